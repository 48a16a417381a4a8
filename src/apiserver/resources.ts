// The resources this API server serves: the single source for routing, discovery,
// RBAC-free verbs, short names and categories.

export interface SubresourceInfo {
  name: string;
  kind: string;
  group: string;
  version: string;
  verbs: string[];
}

export interface ResourceInfo {
  group: string; // "" for core
  version: string;
  resource: string; // plural, e.g. "deployments"
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  subresources: SubresourceInfo[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function res(
  group: string,
  version: string,
  kind: string,
  resource: string,
  namespaced: boolean,
  extra: Partial<ResourceInfo> = {},
): ResourceInfo {
  return {
    group,
    version,
    resource,
    singular: kind.toLowerCase(),
    kind,
    listKind: `${kind}List`,
    namespaced,
    shortNames: [],
    categories: [],
    verbs: ALL_VERBS,
    subresources: [],
    ...extra,
  };
}

const statusSub = (group: string, version: string, kind: string): SubresourceInfo => ({
  name: 'status',
  kind,
  group,
  version,
  verbs: ['get', 'patch', 'update'],
});
const scaleSub: SubresourceInfo = {
  name: 'scale',
  kind: 'Scale',
  group: 'autoscaling',
  version: 'v1',
  verbs: ['get', 'patch', 'update'],
};

export const RESOURCES: ResourceInfo[] = [
  res('', 'v1', 'ConfigMap', 'configmaps', true, { shortNames: ['cm'] }),
  res('', 'v1', 'Endpoints', 'endpoints', true, { shortNames: ['ep'], listKind: 'EndpointsList', singular: 'endpoints' }),
  res('', 'v1', 'Event', 'events', true, { shortNames: ['ev'] }),
  res('', 'v1', 'Namespace', 'namespaces', false, {
    shortNames: ['ns'],
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    subresources: [statusSub('', 'v1', 'Namespace')],
  }),
  res('', 'v1', 'Node', 'nodes', false, { shortNames: ['no'], subresources: [statusSub('', 'v1', 'Node')] }),
  res('', 'v1', 'Pod', 'pods', true, {
    shortNames: ['po'],
    categories: ['all'],
    subresources: [
      statusSub('', 'v1', 'Pod'),
      { name: 'binding', kind: 'Binding', group: '', version: 'v1', verbs: ['create'] },
      { name: 'eviction', kind: 'Eviction', group: 'policy', version: 'v1', verbs: ['create'] },
      { name: 'log', kind: 'Pod', group: '', version: 'v1', verbs: ['get'] },
      { name: 'attach', kind: 'PodAttachOptions', group: '', version: 'v1', verbs: ['create', 'get'] },
      { name: 'exec', kind: 'PodExecOptions', group: '', version: 'v1', verbs: ['create', 'get'] },
      { name: 'portforward', kind: 'PodPortForwardOptions', group: '', version: 'v1', verbs: ['create', 'get'] },
      { name: 'proxy', kind: 'PodProxyOptions', group: '', version: 'v1', verbs: ['create', 'delete', 'get', 'patch', 'update'] },
    ],
  }),
  res('', 'v1', 'Secret', 'secrets', true),
  res('', 'v1', 'Service', 'services', true, {
    shortNames: ['svc'],
    categories: ['all'],
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    subresources: [
      statusSub('', 'v1', 'Service'),
      { name: 'proxy', kind: 'ServiceProxyOptions', group: '', version: 'v1', verbs: ['create', 'delete', 'get', 'patch', 'update'] },
    ],
  }),
  res('apps', 'v1', 'Deployment', 'deployments', true, {
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: [statusSub('apps', 'v1', 'Deployment'), scaleSub],
  }),
  res('apps', 'v1', 'ReplicaSet', 'replicasets', true, {
    shortNames: ['rs'],
    categories: ['all'],
    subresources: [statusSub('apps', 'v1', 'ReplicaSet'), scaleSub],
  }),
  res('discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', true),
  res('coordination.k8s.io', 'v1', 'Lease', 'leases', true),
];

export function groupVersion(r: { group: string; version: string }): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/** "deployments.apps" / "pods": the name kube-apiserver uses in messages. */
export function qualifiedResource(r: { group: string; resource: string }): string {
  return r.group ? `${r.resource}.${r.group}` : r.resource;
}

export function findResource(group: string, version: string, resource: string): ResourceInfo | undefined {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.resource === resource);
}

export function findByKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  return RESOURCES.find((r) => groupVersion(r) === apiVersion && r.kind === kind);
}

/** The groups in the order discovery lists them (core first). */
export function servedGroups(): { group: string; versions: string[] }[] {
  const out: { group: string; versions: string[] }[] = [];
  for (const r of RESOURCES) {
    let g = out.find((x) => x.group === r.group);
    if (!g) out.push((g = { group: r.group, versions: [] }));
    if (!g.versions.includes(r.version)) g.versions.push(r.version);
  }
  return out;
}
