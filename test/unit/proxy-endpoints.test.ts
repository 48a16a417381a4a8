import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { desiredEndpoints, endpointsUpToDate } from '../../src/controllers/endpoints/desired-endpoints.js';
import { desiredGroups, newSlice } from '../../src/controllers/endpointslice/desired-slices.js';
import { planSlices } from '../../src/controllers/endpointslice/plan.js';
import { apiserverEndpoints } from '../../src/controllers/endpoints/apiserver-endpoints.js';

const svc = (spec: KubeObject['spec'] = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'default', uid: 'svc-uid', labels: { app: 'web' }, creationTimestamp: '2024-01-01T00:00:00Z' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }], ...spec },
});

let n = 0;
const pod = (o: { ip?: string; ready?: boolean; deleting?: boolean; phase?: string; labels?: Record<string, string>; ports?: Record<string, unknown>[]; ns?: string } = {}): KubeObject => {
  n++;
  return {
    metadata: {
      name: `web-${n}`,
      namespace: o.ns ?? 'default',
      uid: `uid-${n}`,
      labels: o.labels ?? { app: 'web' },
      creationTimestamp: '2024-01-01T00:00:01Z',
      ...(o.deleting ? { deletionTimestamp: '2024-01-01T00:01:00Z' } : {}),
    },
    spec: { nodeName: 'mk', containers: [{ name: 'c', ports: o.ports ?? [] }] },
    status: {
      phase: o.phase ?? 'Running',
      ...(o.ip === '' ? {} : { podIP: o.ip ?? `10.244.0.${n}` }),
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: '2024-01-01T00:00:05Z' }],
    },
  };
};

describe('Endpoints', () => {
  it('splits ready and not-ready pods, skips terminating, terminal, IP-less and unselected pods', () => {
    const pods = [pod({ ip: '10.244.0.9' }), pod({ ip: '10.244.0.10', ready: false }), pod({ deleting: true }), pod({ phase: 'Succeeded' }), pod({ ip: '' }), pod({ labels: { app: 'x' } }), pod({ ns: 'other' })];
    const ep = desiredEndpoints(svc(), pods);
    expect(ep.metadata).toMatchObject({ name: 'web', namespace: 'default', labels: { app: 'web' }, annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': '2024-01-01T00:00:05Z' } });
    expect(ep.subsets).toHaveLength(1);
    const [s] = ep.subsets;
    expect(s.addresses.map((a: KubeObject) => a.ip)).toEqual(['10.244.0.9']);
    expect(s.addresses[0]).toMatchObject({ nodeName: 'mk', targetRef: { kind: 'Pod', namespace: 'default', name: expect.stringMatching(/^web-/) } });
    expect(s.notReadyAddresses.map((a: KubeObject) => a.ip)).toEqual(['10.244.0.10']);
    expect(s.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
  });

  it('resolves a named targetPort per pod and skips pods without it', () => {
    const s = svc({ ports: [{ name: 'http', port: 80, targetPort: 'web', protocol: 'TCP' }] });
    const pods = [pod({ ports: [{ name: 'web', containerPort: 8080, protocol: 'TCP' }] }), pod({ ports: [{ name: 'web', containerPort: 9090, protocol: 'TCP' }] }), pod({ ports: [] })];
    const subsets = desiredEndpoints(s, pods).subsets;
    expect(subsets).toHaveLength(2);
    expect(subsets.map((x: KubeObject) => x.ports[0].port).sort()).toEqual([8080, 9090]);
    expect(subsets[0].ports[0].name).toBe('http');
  });

  it('publishNotReadyAddresses puts everything in addresses; no pods → no subsets', () => {
    const ep = desiredEndpoints(svc({ publishNotReadyAddresses: true }), [pod({ ready: false })]);
    expect(ep.subsets[0].addresses).toHaveLength(1);
    expect(ep.subsets[0].notReadyAddresses).toBeUndefined();
    expect(desiredEndpoints(svc(), []).subsets).toBeUndefined();
  });

  it('compares subsets and labels regardless of key order', () => {
    const pods = [pod()];
    const want = desiredEndpoints(svc(), pods);
    const stored = JSON.parse(JSON.stringify({ ...want, metadata: { ...want.metadata, resourceVersion: '9' } }));
    stored.subsets[0].ports = [{ protocol: 'TCP', port: 8080 }];
    expect(endpointsUpToDate(stored, want)).toBe(true);
    expect(endpointsUpToDate({ ...stored, subsets: [] }, want)).toBe(false);
  });

  it('the kubernetes service points at the advertised address and the real port', () => {
    const { endpoints, slice } = apiserverEndpoints('192.168.49.2', 8443);
    expect(endpoints.subsets).toEqual([{ addresses: [{ ip: '192.168.49.2' }], ports: [{ name: 'https', port: 8443, protocol: 'TCP' }] }]);
    expect(slice.metadata.name).toBe('kubernetes');
    expect(slice.metadata.labels).toEqual({ 'kubernetes.io/service-name': 'kubernetes' });
  });
});

describe('EndpointSlices', () => {
  it('builds endpoints with ready/serving/terminating, nodeName and targetRef', () => {
    const pods = [pod({ ip: '10.244.0.20' }), pod({ ip: '10.244.0.21', ready: false }), pod({ ip: '10.244.0.22', deleting: true })];
    const [g] = desiredGroups(svc(), pods);
    expect(g.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
    expect(g.endpoints.map((e) => [e.addresses[0], e.conditions])).toEqual([
      ['10.244.0.20', { ready: true, serving: true, terminating: false }],
      ['10.244.0.21', { ready: false, serving: false, terminating: false }],
      ['10.244.0.22', { ready: false, serving: true, terminating: true }],
    ]);
    expect(g.endpoints[0]).toMatchObject({ nodeName: 'mk', targetRef: { kind: 'Pod', namespace: 'default' } });
  });

  it('new slices carry generateName, labels and a controller reference to the service', () => {
    const s = newSlice(svc({ clusterIP: 'None' }), [{ name: '', port: 80, protocol: 'TCP' }], []);
    expect(s.metadata.generateName).toBe('web-');
    expect(s.metadata.labels).toEqual({
      app: 'web',
      'kubernetes.io/service-name': 'web',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      'service.kubernetes.io/headless': '',
    });
    expect(s.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'svc-uid', controller: true, blockOwnerDeletion: true }]);
    expect(s.addressType).toBe('IPv4');
  });

  it('plans: create, then no-op, placeholder reuse, 100 per slice and deletes', () => {
    const s = svc();
    const pods = [pod(), pod()];
    const first = planSlices(s, desiredGroups(s, pods), []);
    expect(first.create).toHaveLength(1);
    const stored = { ...first.create[0], metadata: { ...first.create[0].metadata, name: 'web-abcde' } };
    expect(planSlices(s, desiredGroups(s, pods), [stored])).toEqual({ create: [], update: [], delete: [] });
    // all pods gone: the slice becomes the placeholder, keeping its name
    const empty = planSlices(s, [], [stored]);
    expect(empty.update).toHaveLength(1);
    expect(empty.update[0]).toMatchObject({ metadata: { name: 'web-abcde' }, endpoints: null, ports: null });
    // and the placeholder is reused when pods come back
    const back = planSlices(s, desiredGroups(s, pods), [empty.update[0]]);
    expect(back.create).toHaveLength(0);
    expect(back.update[0].metadata.name).toBe('web-abcde');
    const many = Array.from({ length: 150 }, () => pod());
    const big = planSlices(s, desiredGroups(s, many), [stored]);
    expect([...big.create, ...big.update].map((x) => x.endpoints.length).sort()).toEqual([100, 50]);
    expect(planSlices(s, desiredGroups(s, pods), [stored, { ...stored, metadata: { ...stored.metadata, name: 'web-zzzzz' } }]).delete).toHaveLength(1);
  });
});
