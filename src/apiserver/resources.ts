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
  res('', 'v1', 'PersistentVolume', 'persistentvolumes', false, {
    shortNames: ['pv'],
    subresources: [statusSub('', 'v1', 'PersistentVolume')],
  }),
  res('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, {
    shortNames: ['pvc'],
    subresources: [statusSub('', 'v1', 'PersistentVolumeClaim')],
  }),
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
  res('apps', 'v1', 'ControllerRevision', 'controllerrevisions', true),
  res('apps', 'v1', 'DaemonSet', 'daemonsets', true, {
    shortNames: ['ds'],
    categories: ['all'],
    subresources: [statusSub('apps', 'v1', 'DaemonSet')],
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
  // one stored object served as v2 (preferred, listed first) and v1: see rest/versions.ts
  ...(['v2', 'v1'] as const).map((v) =>
    res('autoscaling', v, 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, {
      shortNames: ['hpa'],
      categories: ['all'],
      subresources: [statusSub('autoscaling', v, 'HorizontalPodAutoscaler')],
    }),
  ),
  res('batch', 'v1', 'CronJob', 'cronjobs', true, {
    shortNames: ['cj'],
    categories: ['all'],
    subresources: [statusSub('batch', 'v1', 'CronJob')],
  }),
  res('batch', 'v1', 'Job', 'jobs', true, { categories: ['all'], subresources: [statusSub('batch', 'v1', 'Job')] }),
  res('apps', 'v1', 'StatefulSet', 'statefulsets', true, {
    shortNames: ['sts'],
    categories: ['all'],
    subresources: [statusSub('apps', 'v1', 'StatefulSet'), scaleSub],
  }),
  res('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, {
    shortNames: ['pdb'],
    subresources: [statusSub('policy', 'v1', 'PodDisruptionBudget')],
  }),
  res('networking.k8s.io', 'v1', 'Ingress', 'ingresses', true, {
    shortNames: ['ing'],
    subresources: [statusSub('networking.k8s.io', 'v1', 'Ingress')],
  }),
  res('networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', false),
  res('discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', true),
  res('coordination.k8s.io', 'v1', 'Lease', 'leases', true),
  res('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', false, { shortNames: ['sc'] }),
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

// kube-apiserver's group priorities (the aggregator's defaults): discovery lists groups by them.
const GROUP_PRIORITY: Record<string, number> = {
  '': 18000,
  apps: 17800,
  'events.k8s.io': 17750,
  'authentication.k8s.io': 17700,
  'authorization.k8s.io': 17600,
  autoscaling: 17500,
  batch: 17400,
  'certificates.k8s.io': 17300,
  'networking.k8s.io': 17200,
  policy: 17100,
  'rbac.authorization.k8s.io': 17000,
  'storage.k8s.io': 16800,
  'admissionregistration.k8s.io': 16700,
  'apiextensions.k8s.io': 16700,
  'scheduling.k8s.io': 16600,
  'coordination.k8s.io': 16500,
  'node.k8s.io': 16300,
  'discovery.k8s.io': 16200,
  'flowcontrol.apiserver.k8s.io': 16100,
};

/** Kube-aware version order (version.CompareKubeAwareVersionStrings): GA, then beta, then alpha, newest first. */
export function compareKubeVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return undefined;
    return { major: Number(m[1]), stage: m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2, minor: Number(m[3] ?? 0) };
  };
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  return pb.stage - pa.stage || pb.major - pa.major || pb.minor - pa.minor;
}

/** The groups in the order discovery lists them (core first, then by priority), versions preferred first. */
export function servedGroups(): { group: string; versions: string[] }[] {
  const out: { group: string; versions: string[] }[] = [];
  for (const r of RESOURCES) {
    let g = out.find((x) => x.group === r.group);
    if (!g) out.push((g = { group: r.group, versions: [] }));
    if (!g.versions.includes(r.version)) g.versions.push(r.version);
  }
  for (const g of out) g.versions.sort(compareKubeVersions);
  const priority = (group: string) => GROUP_PRIORITY[group] ?? 0;
  return out.sort((a, b) => priority(b.group) - priority(a.group) || a.group.localeCompare(b.group));
}

/** One group version's resources as discovery lists them: sorted by resource name. */
export function groupVersionResources(group: string, version: string): ResourceInfo[] {
  return RESOURCES.filter((r) => r.group === group && r.version === version).sort((a, b) => a.resource.localeCompare(b.resource));
}
