// SetDefaults_* for the served kinds (pkg/apis/core/v1/defaults.go, apps/v1/defaults.go,
// discovery/v1/defaults.go), applied in place before validation. ClusterIPs and node
// ports are not defaults: the REST layer allocates them.
import type { KubeObject } from '../../client/types.js';
import type { ResourceInfo } from '../resources.js';
import { defaultPod, defaultPodTemplate } from './podspec.js';
import { defaultDaemonSet } from './daemonset.js';
import { defaultJob } from './job.js';
import { defaultCronJob } from './cronjob.js';
import { defaultHorizontalPodAutoscaler } from './hpa.js';
import { defaultStatefulSet } from './statefulset.js';
import { defaultPersistentVolume, defaultPersistentVolumeClaim, defaultStorageClass } from './storage.js';

export { defaultPodSpec, defaultPodTemplate, imageTag } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const unset = (v: unknown): boolean => v === undefined || v === null || v === '';

function defaultDeployment(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  const strategy: Obj = (spec.strategy ??= {});
  if (unset(strategy.type)) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru: Obj = (strategy.rollingUpdate ??= {});
    if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = '25%';
    if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = '25%';
  }
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
  if (spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null) spec.progressDeadlineSeconds = 600;
  defaultPodTemplate((spec.template ??= {}));
}

function defaultReplicaSet(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  defaultPodTemplate((spec.template ??= {}));
}

function defaultService(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (unset(spec.sessionAffinity)) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && typeof spec.sessionAffinityConfig?.clientIP?.timeoutSeconds !== 'number')
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  if (unset(spec.type)) spec.type = 'ClusterIP';
  for (const p of spec.ports ?? []) {
    if (unset(p.protocol)) p.protocol = 'TCP';
    if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  const external = spec.type === 'NodePort' || spec.type === 'LoadBalancer' || (spec.type === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);
  if (external && unset(spec.externalTrafficPolicy)) spec.externalTrafficPolicy = 'Cluster';
  if ((spec.internalTrafficPolicy === undefined || spec.internalTrafficPolicy === null) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type))
    spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && (spec.allocateLoadBalancerNodePorts === undefined || spec.allocateLoadBalancerNodePorts === null))
    spec.allocateLoadBalancerNodePorts = true;
  // the single-stack IPv4 family the allocator records (mk serves no IPv6 range)
  if (spec.type !== 'ExternalName') {
    if (!(spec.ipFamilies ?? []).length) spec.ipFamilies = ['IPv4'];
    if (unset(spec.ipFamilyPolicy)) spec.ipFamilyPolicy = 'SingleStack';
  }
}

function defaultNamespace(obj: Obj): void {
  const md = obj.metadata;
  if (md?.name) md.labels = { ...(md.labels ?? {}), 'kubernetes.io/metadata.name': md.name };
  const spec: Obj = (obj.spec ??= {});
  if (!spec.finalizers) spec.finalizers = ['kubernetes'];
  // a terminating namespace keeps its phase; only an empty status becomes Active
  if (obj.status && unset(obj.status.phase) && !md?.deletionTimestamp) obj.status.phase = 'Active';
}

function defaultNode(obj: Obj): void {
  const status = obj.status;
  if (status?.capacity && !status.allocatable) status.allocatable = { ...status.capacity };
}

function defaultEndpoints(obj: Obj): void {
  for (const ss of obj.subsets ?? []) for (const p of ss.ports ?? []) if (unset(p.protocol)) p.protocol = 'TCP';
}

function defaultEndpointSlice(obj: Obj): void {
  for (const p of obj.ports ?? []) {
    if (p.name === undefined || p.name === null) p.name = '';
    if (unset(p.protocol)) p.protocol = 'TCP';
  }
}

export function applyDefaults(info: ResourceInfo, obj: KubeObject): void {
  switch (info.resource) {
    case 'pods':
      defaultPod(obj);
      break;
    case 'deployments':
      defaultDeployment(obj);
      break;
    case 'replicasets':
      defaultReplicaSet(obj);
      break;
    case 'daemonsets':
      defaultDaemonSet(obj);
      break;
    case 'jobs':
      defaultJob(obj);
      break;
    case 'cronjobs':
      defaultCronJob(obj);
      break;
    case 'horizontalpodautoscalers':
      defaultHorizontalPodAutoscaler(obj);
      break;
    case 'statefulsets':
      defaultStatefulSet(obj);
      break;
    case 'services':
      defaultService(obj);
      break;
    case 'namespaces':
      defaultNamespace(obj);
      break;
    case 'nodes':
      defaultNode(obj);
      break;
    case 'secrets':
      if (unset(obj.type)) obj.type = 'Opaque';
      break;
    case 'endpoints':
      defaultEndpoints(obj);
      break;
    case 'endpointslices':
      defaultEndpointSlice(obj);
      break;
    case 'persistentvolumes':
      defaultPersistentVolume(obj);
      break;
    case 'persistentvolumeclaims':
      defaultPersistentVolumeClaim(obj);
      break;
    case 'storageclasses':
      defaultStorageClass(obj);
      break;
  }
}
