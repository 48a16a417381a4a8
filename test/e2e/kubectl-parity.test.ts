// The real kubectl (1.27 and 1.33) against an mk cluster, and mk's output for the same
// commands compared with kubectl 1.33's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { KUBECTL, TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/manifests/${f}`, import.meta.url));
let cluster: TestCluster;

/**
 * Ages tick between two runs (and a wider age widens its column); everything else
 * must match byte for byte.
 */
const normalise = (s: string) =>
  s
    .replace(/\b\d+(s|m|h|d)(\d+(s|m|h))?\b/g, '<age>')
    .replace(/"?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"?/g, '<time>')
    .replace(/<age> +/g, '<age> ');

async function same(args: string[], setup?: () => Promise<unknown>): Promise<{ mk: RunResult; kubectl: RunResult }> {
  await setup?.();
  const kubectl = await cluster.kubectl('1.33', args);
  await setup?.();
  const mk = await cluster.mk(args);
  expect(normalise(mk.stdout)).toBe(normalise(kubectl.stdout));
  expect(normalise(mk.stderr)).toBe(normalise(kubectl.stderr));
  expect(mk.exitCode).toBe(kubectl.exitCode);
  return { mk, kubectl };
}

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
});
afterAll(async () => {
  await cluster?.destroy();
});

describe.each(['1.27', '1.33'] as const)('kubectl %s against mk', (v) => {
  const ns = `k${v.replace('.', '')}`;
  it('creates, reads in every form, patches, applies and deletes', async () => {
    const k = (args: string[], input?: string) => cluster.kubectl(v, ['-n', ns, ...args], { input });
    expect((await cluster.kubectl(v, ['create', 'namespace', ns])).stdout).toBe(`namespace/${ns} created\n`);
    const created = await k(['create', '-f', fixture('web-deployment.yaml')]);
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('deployment.apps/web created\n');
    const table = await k(['get', 'deployments']);
    expect(table.stdout).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb\s+[0-2]\/2\s+[0-2]\s+[0-2]\s+\d+s\n$/);
    expect((await k(['get', 'deploy', 'web', '-o', 'name'])).stdout).toBe('deployment.apps/web\n');
    expect((await k(['get', 'deploy', 'web', '-o', 'jsonpath={.spec.strategy.type}'])).stdout).toBe('RollingUpdate');
    expect((await k(['get', 'deploy', 'web', '-o', 'yaml'])).stdout).toContain('revisionHistoryLimit: 10');
    expect(JSON.parse((await k(['get', 'deploy', 'web', '-o', 'json'])).stdout).spec.progressDeadlineSeconds).toBe(600);
    expect((await k(['get', 'deploy', '-o', 'wide'])).stdout).toMatch(/CONTAINERS\s+IMAGES\s+SELECTOR\nweb .*nginx\s+nginx:1\.25\s+app=web\n$/);
    expect((await k(['patch', 'deployment', 'web', '-p', '{"spec":{"replicas":3}}'])).stdout).toBe('deployment.apps/web patched\n');
    expect((await k(['patch', 'deployment', 'web', '--type', 'json', '-p', '[{"op":"replace","path":"/spec/replicas","value":4}]'])).stdout).toBe('deployment.apps/web patched\n');
    const applied = await k(['apply', '-f', fixture('settings-configmap.yaml')]);
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toBe('configmap/settings created\nconfigmap/extra created\n');
    const manifest = join(cluster.dir, `cm-${ns}.yaml`);
    writeFileSync(manifest, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n    tier: config\ndata:\n  mode: expert\n`);
    expect((await k(['apply', '-f', manifest])).stdout).toBe('configmap/settings configured\n');
    expect((await k(['apply', '-f', manifest])).stdout).toBe('configmap/settings unchanged\n');
    expect((await k(['get', 'cm', 'settings', '-o', 'jsonpath={.data}'])).stdout).toBe('{"mode":"expert"}');
    const missing = await k(['get', 'deploy', 'nope']);
    expect(missing.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(missing.exitCode).toBe(1);
    expect((await k(['delete', '-f', fixture('settings-configmap.yaml')])).stdout).toBe('configmap "settings" deleted\nconfigmap "extra" deleted\n');
    expect((await k(['delete', 'deployment', 'web'])).stdout).toBe('deployment.apps "web" deleted\n');
    const none = await k(['get', 'deploy']);
    expect(none.stderr).toBe(`No resources found in ${ns} namespace.\n`);
  });

  it('watches with one-row tables', async () => {
    const child = spawn(KUBECTL[v], ['--cache-dir', join(cluster.dir, `wcache-${v}`), '-n', 'default', 'get', 'configmaps', '-w', '-l', `watch=${ns}`], { env: { ...process.env, ...cluster.env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      // whether the object lands in the initial list or arrives as an event, the row is the same
      await cluster.mk(['create', '-f', '-'], { input: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: watched-${ns}\n  labels:\n    watch: ${ns}\ndata:\n  a: b\n` });
      await waitFor(() => /NAME\s+DATA\s+AGE\nwatched-\S+\s+1\s+\d+s/.test(out), 'the watch event row');
    } finally {
      child.kill();
    }
  });

  it('lists api-resources with short names', async () => {
    const r = await cluster.kubectl(v, ['api-resources']);
    expect(r.stdout).toMatch(/\npods\s+po\s+v1\s+true\s+Pod\n/);
    expect(r.stdout).toMatch(/\ndeployments\s+deploy\s+apps\/v1\s+true\s+Deployment\n/);
    expect(r.stdout).toMatch(/\nnamespaces\s+ns\s+v1\s+false\s+Namespace\n/);
  });
});

describe('mk prints what kubectl 1.33 prints', () => {
  it('for get, in every output form', async () => {
    await cluster.mk(['create', '-f', fixture('web-deployment.yaml')]);
    await cluster.mk(['apply', '-f', fixture('settings-configmap.yaml')]);
    // compare a settled cluster: a rollout in progress changes READY between the two runs
    await cluster.mk(['rollout', 'status', 'deployment/web', '--timeout=60s']);
    for (const args of [
      ['get', 'deployments'],
      ['get', 'deployments.apps', 'web'],
      ['get', 'deploy', '-o', 'wide'],
      ['get', 'deploy', 'web', '-o', 'yaml'],
      ['get', 'deploy', 'web', '-o', 'json'],
      ['get', 'deploy', '-o', 'name'],
      ['get', 'cm', '-o', 'jsonpath={.items[*].metadata.name}'],
      ['get', 'cm', '-o', 'go-template', '--template', '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'],
      ['get', 'cm', '--show-labels'],
      ['get', 'cm', '-L', 'tier'],
      ['get', 'namespaces'],
      ['get', 'ns', 'default', '-o', 'yaml'],
      ['get', 'deployments', '-A'],
      ['get', 'deploy,cm'],
      ['get', 'svc', '-n', 'kube-system'],
      ['get', 'deploy', 'nope'],
      ['get', 'foo'],
      ['get', 'cm', 'settings', 'nope', 'extra'],
      ['api-resources', '--namespaced=false'],
    ]) {
      await same(args);
    }
  });

  it('for apply and delete', async () => {
    await same(['apply', '-f', fixture('settings-configmap.yaml')]);
    await same(['delete', '-f', fixture('settings-configmap.yaml')], () => cluster.mk(['apply', '-f', fixture('settings-configmap.yaml')]));
    await same(['delete', 'deploy', 'web'], () => cluster.mk(['create', '-f', fixture('web-deployment.yaml')]));
  });
});
