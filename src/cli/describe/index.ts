// `kubectl describe` renderers as pure functions over already-fetched objects;
// the CLI decides what to fetch and passes it in `related`.
import type { KubeObject } from '../../client/types.js';
import { describeConfigMap, describeSecret } from './config.js';
import { describeEndpoints, describeEndpointSlice, describeService } from './networking.js';
import { describeNamespace } from './namespace.js';
import { describeNode } from './node.js';
import { describePod } from './pod.js';
import { describeDeployment, describeReplicaSet } from './workloads.js';
import { describeDaemonSet } from './daemonset.js';
import { describeCronJob } from './cronjob.js';
import { describeStatefulSet } from './statefulset.js';
import { describeGeneric } from './generic.js';
import { describeJob } from './job.js';
import { describeHorizontalPodAutoscaler } from './hpa.js';
import { describePodDisruptionBudget } from './pdb.js';
import { describeIngress, describeIngressClass } from './ingress.js';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './storage.js';

export { describeConfigMap, describeSecret } from './config.js';
export { describeEndpoints, describeEndpointSlice, describeService, formatEndpointSlices } from './networking.js';
export type { ServiceRelated, EventsRelated } from './networking.js';
export { describeNamespace } from './namespace.js';
export type { NamespaceRelated } from './namespace.js';
export { describeNode } from './node.js';
export type { NodeRelated } from './node.js';
export { describePod } from './pod.js';
export type { PodRelated } from './pod.js';
export { describeDeployment, describeReplicaSet } from './workloads.js';
export { describeStatefulSet } from './statefulset.js';
export type { DeploymentRelated, ReplicaSetRelated } from './workloads.js';
export { describeEvents } from './events.js';
export { describePodTemplate, printPodTemplate } from './pod-template.js';
export { rfc1123z } from './format.js';

/** Everything any describer may use; each takes the fields it needs. */
export interface DescribeRelated {
  events?: KubeObject[];
  now?: number;
  newRS?: KubeObject | null;
  oldRSes?: KubeObject[];
  pods?: KubeObject[];
  podsError?: string;
  endpointSlices?: KubeObject[];
  services?: KubeObject[];
  resourceQuotas?: KubeObject[];
  limitRanges?: KubeObject[];
  lease?: KubeObject;
  leaseError?: string;
}

type Describer = (obj: KubeObject, related: DescribeRelated) => string;

const DESCRIBERS: Record<string, Describer> = {
  deployment: describeDeployment,
  replicaset: describeReplicaSet,
  daemonset: describeDaemonSet,
  cronjob: describeCronJob,
  statefulset: describeStatefulSet,
  controllerrevision: describeGeneric,
  job: describeJob,
  horizontalpodautoscaler: describeHorizontalPodAutoscaler,
  poddisruptionbudget: describePodDisruptionBudget,
  ingress: describeIngress,
  ingressclass: describeIngressClass,
  persistentvolume: describePersistentVolume,
  persistentvolumeclaim: describePersistentVolumeClaim,
  storageclass: describeStorageClass,
  pod: describePod,
  service: describeService,
  node: describeNode,
  namespace: describeNamespace,
  endpoints: describeEndpoints,
  endpointslice: describeEndpointSlice,
  configmap: describeConfigMap,
  secret: (obj) => describeSecret(obj),
};

// resource names and short names the CLI may hold instead of the Kind
const ALIASES: Record<string, string> = {
  deployments: 'deployment', deploy: 'deployment', replicasets: 'replicaset', rs: 'replicaset',
  daemonsets: 'daemonset', ds: 'daemonset',
  cronjobs: 'cronjob', cj: 'cronjob',
  statefulsets: 'statefulset', sts: 'statefulset',
  controllerrevisions: 'controllerrevision',
  jobs: 'job',
  horizontalpodautoscalers: 'horizontalpodautoscaler', hpa: 'horizontalpodautoscaler',
  poddisruptionbudgets: 'poddisruptionbudget', pdb: 'poddisruptionbudget',
  ingresses: 'ingress', ing: 'ingress', ingressclasses: 'ingressclass',
  persistentvolumes: 'persistentvolume', pv: 'persistentvolume', persistentvolumeclaims: 'persistentvolumeclaim', pvc: 'persistentvolumeclaim',
  storageclasses: 'storageclass', sc: 'storageclass',
  pods: 'pod', po: 'pod', services: 'service', svc: 'service', nodes: 'node', no: 'node',
  namespaces: 'namespace', ns: 'namespace', ep: 'endpoints', endpointslices: 'endpointslice',
  configmaps: 'configmap', cm: 'configmap', secrets: 'secret',
};

/** Kinds with a dedicated describer (lower-case Kind). */
export const describableKinds = (): string[] => Object.keys(DESCRIBERS);

/** Describes `obj` of the given Kind, resource or short name (case-insensitive); throws when there is no describer. */
export function describe(kind: string, obj: KubeObject, related: DescribeRelated = {}): string {
  const key = kind.toLowerCase();
  const fn = DESCRIBERS[ALIASES[key] ?? key];
  if (!fn) throw new Error(`no describer for kind ${JSON.stringify(kind)}`);
  return fn(obj, related);
}
