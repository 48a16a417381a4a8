// Validation and defaulting wired into the registry: the objects mk's own controllers
// and kubectl write must pass, and bad ones fail with kube-apiserver's Status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/storage/store.js';
import { Registry } from '../../src/apiserver/rest/registry.js';
import { StatusError } from '../../src/apiserver/errors.js';
import { deployment, pod, RES, service } from './validation-fixtures.js';

let dir: string;
let registry: Registry;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mk-validation-'));
  registry = new Registry(new Store(join(dir, 'db.sqlite')));
  registry.create(RES.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError && e.code === 422) return e.status.message!;
    throw e;
  }
  throw new Error('expected a 422');
}

describe('registry with validation', () => {
  it('stores a kubectl-created deployment with upstream defaults', () => {
    const d = registry.create(RES.deployments, 'default', deployment('web'));
    expect(d.spec.template.spec.containers[0].imagePullPolicy).toBe('Always');
    expect(d.metadata.labels).toEqual({ app: 'web' });
  });

  it('accepts the ReplicaSet and Pod shapes the controllers write', () => {
    const d = registry.get(RES.deployments, 'default', 'web');
    const owner = (o: typeof d, kind: string) => [{ apiVersion: 'apps/v1', kind, name: o.metadata.name!, uid: o.metadata.uid!, controller: true, blockOwnerDeletion: true }];
    const template = structuredClone(d.spec.template);
    template.metadata.labels['pod-template-hash'] = '7d4b9c8f6';
    const rs = registry.create(RES.replicasets, 'default', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-7d4b9c8f6', labels: template.metadata.labels, ownerReferences: owner(d, 'Deployment'), annotations: { 'deployment.kubernetes.io/revision': '1' } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d4b9c8f6' } }, template },
    });
    const p = registry.create(RES.pods, 'default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: 'web-7d4b9c8f6-', labels: template.metadata.labels, ownerReferences: owner(rs, 'ReplicaSet') },
      spec: structuredClone(rs.spec.template.spec),
    });
    expect(p.metadata.name).toMatch(/^web-7d4b9c8f6-[a-z0-9]{5}$/);
    expect(p.spec.priority).toBe(0);
    // the kubelet's status writes re-validate the stored spec
    const st = registry.update(RES.pods, 'default', p.metadata.name!, { ...p, status: { phase: 'Running' } }, { subresource: 'status' });
    expect(st.status.phase).toBe('Running');
  });

  it('rejects a selector change with the Go-formatted selector', () => {
    const d = registry.get(RES.deployments, 'default', 'web');
    d.spec.selector = { matchLabels: { app: 'other' } };
    d.spec.template.metadata.labels = { app: 'other' };
    expect(invalid(() => registry.update(RES.deployments, 'default', 'web', d))).toBe(
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    );
  });

  it('lets a service be re-applied without its allocated clusterIP', () => {
    const created = registry.create(RES.services, 'default', service());
    expect(created.spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
    const again = registry.update(RES.services, 'default', 'web', service((s) => (s.metadata.resourceVersion = created.metadata.resourceVersion)));
    expect(again.spec.clusterIP).toBe(created.spec.clusterIP);
  });

  it('answers a bad pod with every problem in upstream order', () => {
    const bad = pod((p) => {
      p.metadata.name = 'Bad';
      p.spec.containers = [{ name: 'c', image: '', ports: [{ containerPort: 0 }] }];
    });
    expect(invalid(() => registry.create(RES.pods, 'default', bad))).toMatch(
      /^Pod "Bad" is invalid: \[metadata\.name: Invalid value: "Bad": a lowercase RFC 1123 subdomain .*, spec\.containers\[0\]\.image: Required value, spec\.containers\[0\]\.ports\[0\]\.containerPort: Required value\]$/,
    );
  });
});
