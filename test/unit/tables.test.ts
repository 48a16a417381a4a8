import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { findResource } from '../../src/apiserver/resources.js';
import type { ResourceInfo } from '../../src/apiserver/resources.js';
import { StatusError } from '../../src/apiserver/errors.js';
import { buildTable, parseIncludeObject } from '../../src/apiserver/tables/index.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const ago = (ms: number): string => new Date(NOW.getTime() - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const res = (group: string, resource: string): ResourceInfo => findResource(group, 'v1', resource)!;

function obj(kind: string, name: string, body: Record<string, unknown>, meta: Record<string, unknown> = {}): KubeObject {
  return { kind, metadata: { name, namespace: 'default', creationTimestamp: ago(2 * D + 3 * H), ...meta }, ...body };
}

const row = (r: ResourceInfo, o: KubeObject): unknown[] => buildTable(r, [o], { now: NOW }).rows[0].cells;
const headers = (r: ResourceInfo): string[] =>
  buildTable(r, [], { now: NOW }).columnDefinitions.map((c) => (c.priority ? `${c.name}*` : c.name));

describe('deployments and replicasets', () => {
  const template = {
    metadata: { labels: { app: 'web' } },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }, { name: 'log', image: 'busybox' }] },
  };

  it('prints a deployment', () => {
    const d = obj('Deployment', 'web', {
      spec: { replicas: 3, selector: { matchLabels: { app: 'web', tier: 'fe' } }, template },
      status: { replicas: 3, updatedReplicas: 3, readyReplicas: 2, availableReplicas: 2 },
    });
    expect(headers(res('apps', 'deployments'))).toEqual(['Name', 'Ready', 'Up-to-date', 'Available', 'Age', 'Containers*', 'Images*', 'Selector*']);
    expect(row(res('apps', 'deployments'), d)).toEqual(['web', '2/3', 3, 2, '2d3h', 'nginx,log', 'nginx:1.25,busybox', 'app=web,tier=fe']);
  });

  it('prints a fresh deployment with no status', () => {
    const d = obj('Deployment', 'new', { spec: { replicas: 4, selector: { matchLabels: { app: 'new' } }, template } }, { creationTimestamp: ago(0) });
    expect(row(res('apps', 'deployments'), d).slice(0, 5)).toEqual(['new', '0/4', 0, 0, '0s']);
  });

  it('prints a replicaset with a sorted selector including expressions', () => {
    const rs = obj('ReplicaSet', 'web-7c5ddbdf54', {
      spec: {
        replicas: 3,
        selector: {
          matchLabels: { 'pod-template-hash': '7c5ddbdf54', app: 'web' },
          matchExpressions: [
            { key: 'env', operator: 'In', values: ['prod', 'dev'] },
            { key: 'canary', operator: 'DoesNotExist' },
          ],
        },
        template,
      },
      status: { replicas: 3, readyReplicas: 1 },
    });
    expect(headers(res('apps', 'replicasets'))).toEqual(['Name', 'Desired', 'Current', 'Ready', 'Age', 'Containers*', 'Images*', 'Selector*']);
    expect(row(res('apps', 'replicasets'), rs)).toEqual([
      'web-7c5ddbdf54',
      3,
      3,
      1,
      '2d3h',
      'nginx,log',
      'nginx:1.25,busybox',
      'app=web,!canary,env in (dev,prod),pod-template-hash=7c5ddbdf54',
    ]);
    const empty = obj('ReplicaSet', 'e', { spec: { replicas: 0, selector: {}, template } });
    expect(row(res('apps', 'replicasets'), empty).slice(1, 4)).toEqual([0, 0, 0]);
    expect(row(res('apps', 'replicasets'), empty)[7]).toBe('<none>');
  });
});

describe('services', () => {
  const svcs = res('', 'services');
  const svc = (name: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}) =>
    obj('Service', name, { spec, status });

  it('prints a NodePort service', () => {
    const s = svc('web', {
      type: 'NodePort',
      clusterIP: '10.96.12.34',
      clusterIPs: ['10.96.12.34'],
      selector: { app: 'web', tier: 'fe' },
      ports: [
        { name: 'http', port: 80, targetPort: 8080, nodePort: 31124, protocol: 'TCP' },
        { name: 'https', port: 443, targetPort: 8443, nodePort: 30443, protocol: 'TCP' },
      ],
    });
    expect(headers(svcs)).toEqual(['Name', 'Type', 'Cluster-IP', 'External-IP', 'Port(s)', 'Age', 'Selector*']);
    expect(row(svcs, s)).toEqual(['web', 'NodePort', '10.96.12.34', '<none>', '80:31124/TCP,443:30443/TCP', '2d3h', 'app=web,tier=fe']);
  });

  it('prints a LoadBalancer without ingress as <pending>', () => {
    const s = svc('lb', {
      type: 'LoadBalancer',
      clusterIPs: ['10.96.0.50'],
      selector: { app: 'lb' },
      ports: [{ port: 8080, nodePort: 32000, protocol: 'TCP' }],
    });
    expect(row(svcs, s)).toEqual(['lb', 'LoadBalancer', '10.96.0.50', '<pending>', '8080:32000/TCP', '2d3h', 'app=lb']);
  });

  it('prints LoadBalancer ingress sorted, unclipped (the server prints wide), plus externalIPs', () => {
    const status = { loadBalancer: { ingress: [{ ip: '203.0.113.20' }, { hostname: 'lb.example.com' }, { ip: '203.0.113.10' }] } };
    const s = svc('lb', { type: 'LoadBalancer', clusterIPs: ['10.96.0.50'], ports: [{ port: 80, protocol: 'UDP' }] }, status);
    expect(row(svcs, s).slice(3, 5)).toEqual(['203.0.113.10,203.0.113.20,lb.example.com', '80/UDP']);
    const withExternal = svc('lb', { type: 'LoadBalancer', externalIPs: ['198.51.100.1'], ports: [] }, status);
    expect(row(svcs, withExternal).slice(2, 5)).toEqual([
      '<none>',
      '203.0.113.10,203.0.113.20,lb.example.com,198.51.100.1',
      '<none>',
    ]);
  });

  it('prints ClusterIP, headless and ExternalName services', () => {
    const c = svc('kubernetes', { type: 'ClusterIP', clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] });
    expect(row(svcs, c)).toEqual(['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '2d3h', '<none>']);
    const headless = svc('db', { type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], externalIPs: ['1.2.3.4', '5.6.7.8'], selector: { app: 'db' } });
    expect(row(svcs, headless)).toEqual(['db', 'ClusterIP', 'None', '1.2.3.4,5.6.7.8', '<none>', '2d3h', 'app=db']);
    const ext = svc('ext', { type: 'ExternalName', externalName: 'example.com' });
    expect(row(svcs, ext)).toEqual(['ext', 'ExternalName', '<none>', 'example.com', '<none>', '2d3h', '<none>']);
  });
});

describe('endpoints and endpointslices', () => {
  const eps = res('', 'endpoints');
  const ip = (n: number) => ({ ip: `10.244.0.${n}` });

  it('prints at most three addresses then "+ N more..."', () => {
    const e = obj('Endpoints', 'web', {
      subsets: [{ addresses: [ip(5), ip(6), ip(7), ip(8), ip(9)], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] }],
    });
    expect(headers(eps)).toEqual(['Name', 'Endpoints', 'Age']);
    expect(row(eps, e)).toEqual(['web', '10.244.0.5:8080,10.244.0.6:8080,10.244.0.7:8080 + 2 more...', '2d3h']);
  });

  it('counts every address per port, and handles no ports, IPv6, no subsets and not-ready only', () => {
    const multi = obj('Endpoints', 'm', {
      subsets: [{ addresses: [ip(1), ip(2)], ports: [{ port: 80 }, { port: 443 }] }],
    });
    expect(row(eps, multi)[1]).toBe('10.244.0.1:80,10.244.0.2:80,10.244.0.1:443 + 1 more...');
    const headless = obj('Endpoints', 'h', { subsets: [{ addresses: [ip(1), ip(2)] }] });
    expect(row(eps, headless)[1]).toBe('10.244.0.1,10.244.0.2');
    const v6 = obj('Endpoints', 'v6', { subsets: [{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 53 }] }] });
    expect(row(eps, v6)[1]).toBe('[fd00::1]:53');
    expect(row(eps, obj('Endpoints', 'none', {}))[1]).toBe('<none>');
    const notReady = obj('Endpoints', 'nr', { subsets: [{ notReadyAddresses: [ip(3)], ports: [{ port: 80 }] }] });
    expect(row(eps, notReady)[1]).toBe('');
  });

  it('prints endpointslices', () => {
    const slices = findResource('discovery.k8s.io', 'v1', 'endpointslices')!;
    const s = obj('EndpointSlice', 'web-abcde', {
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'metrics', protocol: 'TCP' }, {}],
      endpoints: [
        { addresses: ['10.244.0.5'], conditions: { ready: true } },
        { addresses: ['10.244.0.6', '10.244.0.7'] },
        { addresses: ['10.244.0.8'] },
      ],
    });
    expect(headers(slices)).toEqual(['Name', 'AddressType', 'Ports', 'Endpoints', 'Age']);
    expect(row(slices, s)).toEqual(['web-abcde', 'IPv4', '8080,metrics,*', '10.244.0.5,10.244.0.6,10.244.0.7 + 1 more...', '2d3h']);
    expect(row(slices, obj('EndpointSlice', 'empty', { addressType: 'IPv4', endpoints: [] }))).toEqual(['empty', 'IPv4', '<unset>', '<unset>', '2d3h']);
  });
});

describe('nodes', () => {
  const nodes = res('', 'nodes');
  const node = (spec: Record<string, unknown>, status: Record<string, unknown>, labels: Record<string, string> = {}) =>
    obj('Node', 'mk-control-plane', { spec, status }, { namespace: undefined, labels, creationTimestamp: ago(40 * D) });

  it('prints a cordoned control-plane node with wide columns', () => {
    const n = node(
      { unschedulable: true },
      {
        conditions: [
          { type: 'MemoryPressure', status: 'False' },
          { type: 'Ready', status: 'True', reason: 'KubeletReady' },
        ],
        addresses: [
          { type: 'InternalIP', address: '172.18.0.2' },
          { type: 'Hostname', address: 'mk-control-plane' },
        ],
        nodeInfo: {
          kubeletVersion: 'v1.33.1',
          osImage: 'Debian GNU/Linux 12 (bookworm)',
          kernelVersion: '6.8.0-1015-gcp',
          containerRuntimeVersion: 'mk://0.1.0',
        },
      },
      { 'kubernetes.io/hostname': 'mk-control-plane', 'node-role.kubernetes.io/control-plane': '', 'node-role.kubernetes.io/': '' },
    );
    expect(headers(nodes)).toEqual([
      'Name', 'Status', 'Roles', 'Age', 'Version', 'Internal-IP*', 'External-IP*', 'OS-Image*', 'Kernel-Version*', 'Container-Runtime*',
    ]);
    expect(row(nodes, n)).toEqual([
      'mk-control-plane',
      'Ready,SchedulingDisabled',
      'control-plane',
      '40d',
      'v1.33.1',
      '172.18.0.2',
      '<none>',
      'Debian GNU/Linux 12 (bookworm)',
      '6.8.0-1015-gcp',
      'mk://0.1.0',
    ]);
  });

  it('prints NotReady, Unknown and kubernetes.io/role roles', () => {
    const notReady = node({}, { conditions: [{ type: 'Ready', status: 'Unknown' }] }, {
      'kubernetes.io/role': 'worker',
      'node-role.kubernetes.io/infra': '',
    });
    expect(row(nodes, notReady).slice(1, 5)).toEqual(['NotReady', 'infra,worker', '40d', '']);
    expect(row(nodes, notReady).slice(5)).toEqual(['<none>', '<none>', '<unknown>', '<unknown>', '<unknown>']);
    expect(row(nodes, node({}, {})).slice(1, 3)).toEqual(['Unknown', '<none>']);
  });
});

describe('events', () => {
  const events = res('', 'events');

  it('prints an event with all wide columns', () => {
    const e = obj('Event', 'web-7c5ddbdf54-x2x9q.17d9a1', {
      involvedObject: { kind: 'Pod', name: 'web-7c5ddbdf54-x2x9q', namespace: 'default', fieldPath: 'spec.containers{nginx}' },
      reason: 'Pulled',
      message: '  Successfully pulled image "nginx:1.25"\n',
      source: { component: 'kubelet', host: 'mk-node' },
      firstTimestamp: ago(10 * M),
      lastTimestamp: ago(42 * S),
      count: 4,
      type: 'Normal',
    });
    expect(headers(events)).toEqual(['Last Seen', 'Type', 'Reason', 'Object', 'Subobject*', 'Source*', 'Message', 'First Seen*', 'Count*', 'Name*']);
    expect(buildTable(events, [], { now: NOW }).columnDefinitions[9].format).toBe('name');
    expect(row(events, e)).toEqual([
      '42s',
      'Normal',
      'Pulled',
      'pod/web-7c5ddbdf54-x2x9q',
      'spec.containers{nginx}',
      'kubelet, mk-node',
      'Successfully pulled image "nginx:1.25"',
      '10m',
      4,
      'web-7c5ddbdf54-x2x9q.17d9a1',
    ]);
  });

  it('falls back to eventTime, uses series and defaults count to 1', () => {
    const fresh = obj('Event', 'e1', {
      involvedObject: { kind: 'Deployment', name: 'web' },
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set web-7c5ddbdf54 from 0 to 3',
      eventTime: '2025-06-01T11:59:30.123456Z',
      reportingComponent: 'deployment-controller',
      type: 'Normal',
    });
    expect(row(events, fresh)).toEqual([
      '29s',
      'Normal',
      'ScalingReplicaSet',
      'deployment/web',
      '',
      'deployment-controller',
      'Scaled up replica set web-7c5ddbdf54 from 0 to 3',
      '29s',
      1,
      'e1',
    ]);
    const series = obj('Event', 'e2', {
      involvedObject: { kind: 'Node' },
      firstTimestamp: ago(3 * H),
      lastTimestamp: ago(2 * H),
      count: 2,
      series: { count: 17, lastObservedTime: ago(5 * S) },
      type: 'Warning',
    });
    const cells = row(events, series);
    expect([cells[0], cells[3], cells[7], cells[8]]).toEqual(['5s', 'node', '3h', 17]);
    const never = obj('Event', 'e3', { involvedObject: { kind: 'Pod', name: 'p' } });
    expect([row(events, never)[0], row(events, never)[7]]).toEqual(['<unknown>', '<unknown>']);
  });
});

describe('namespaces, configmaps, secrets', () => {
  it('prints namespaces', () => {
    const ns = res('', 'namespaces');
    expect(headers(ns)).toEqual(['Name', 'Status', 'Age']);
    const t = obj('Namespace', 'dev', { status: { phase: 'Terminating' } }, { namespace: undefined, deletionTimestamp: ago(S) });
    expect(row(ns, t)).toEqual(['dev', 'Terminating', '2d3h']);
  });

  it('prints configmaps counting data and binaryData', () => {
    const cms = res('', 'configmaps');
    expect(headers(cms)).toEqual(['Name', 'Data', 'Age']);
    expect(row(cms, obj('ConfigMap', 'cfg', { data: { a: '1', b: '2' }, binaryData: { c: 'AA==' } }))).toEqual(['cfg', 3, '2d3h']);
    expect(row(cms, obj('ConfigMap', 'kube-root-ca.crt', {}, { creationTimestamp: ago(90 * S) }))).toEqual(['kube-root-ca.crt', 0, '90s']);
  });

  it('prints secrets', () => {
    const secrets = res('', 'secrets');
    expect(headers(secrets)).toEqual(['Name', 'Type', 'Data', 'Age']);
    expect(row(secrets, obj('Secret', 'tls', { type: 'kubernetes.io/tls', data: { 'tls.crt': 'eA==', 'tls.key': 'eQ==' } }))).toEqual([
      'tls',
      'kubernetes.io/tls',
      2,
      '2d3h',
    ]);
  });
});

describe('default table and table options', () => {
  const roles: ResourceInfo = { ...res('', 'configmaps'), group: 'rbac.authorization.k8s.io', resource: 'roles', kind: 'Role' };

  it('prints Name and Created At for kinds without a printer', () => {
    const t = buildTable(roles, [obj('Role', 'reader', {}, { creationTimestamp: '2024-03-05T07:08:09Z' }), obj('Role', 'x', {}, { creationTimestamp: undefined })], {
      now: NOW,
    });
    expect(t.columnDefinitions).toEqual([
      expect.objectContaining({ name: 'Name', type: 'string', format: 'name', priority: 0 }),
      expect.objectContaining({ name: 'Created At', type: 'date', format: '', priority: 0 }),
    ]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['reader', '2024-03-05T07:08:09Z'],
      ['x', '0001-01-01T00:00:00Z'],
    ]);
  });

  it('honours includeObject, continue tokens and noHeaders', () => {
    const cms = res('', 'configmaps');
    const cm = obj('ConfigMap', 'cfg', { apiVersion: 'v1', data: { a: '1' } }, { managedFields: [{ manager: 'x' }], resourceVersion: '7' });
    const none = buildTable(cms, [cm], { now: NOW, includeObject: 'None', resourceVersion: '9', continue: 'abc' });
    expect(none.metadata).toEqual({ resourceVersion: '9', continue: 'abc' });
    expect('object' in none.rows[0]).toBe(false);
    expect(buildTable(cms, [cm], { now: NOW, includeObject: 'Object' }).rows[0].object).toBe(cm);
    const meta = buildTable(cms, [cm], { now: NOW }).rows[0].object as { metadata: Record<string, unknown> };
    expect(meta.metadata.managedFields).toBeUndefined();
    expect(meta.metadata.resourceVersion).toBe('7');
    expect(cm.metadata.managedFields).toHaveLength(1);
    const bare = buildTable(cms, [cm], { now: NOW, noHeaders: true });
    expect(bare.columnDefinitions).toEqual([]);
    expect(bare.metadata).toEqual({});
    expect(JSON.parse(JSON.stringify(bare)).kind).toBe('Table');
  });

  it('validates includeObject like the apiserver', () => {
    expect(parseIncludeObject(undefined)).toBe('Metadata');
    expect(parseIncludeObject('Object')).toBe('Object');
    expect(() => parseIncludeObject('Everything')).toThrow(StatusError);
    try {
      parseIncludeObject('Everything');
    } catch (e) {
      expect((e as StatusError).status).toMatchObject({ code: 400, reason: 'BadRequest', message: 'unrecognized includeObject value: "Everything"' });
    }
  });
});
