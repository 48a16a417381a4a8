// Per-kind rules for writes (the apiserver's RESTCreateStrategy/RESTUpdateStrategy).
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';
import type { ResourceInfo } from '../resources.js';
import { prepareJobForCreate } from './job-strategy.js';
import { prepareDaemonSetCreate, prepareDaemonSetUpdate } from './daemonset-generation.js';
import { preparePersistentVolumeClaimCreate, preparePersistentVolumeCreate, preparePersistentVolumeStatusUpdate } from './persistent-volume-strategy.js';

export interface Strategy {
  /** status is written only through the /status subresource */
  statusSubresource: boolean;
  /** metadata.generation tracks spec changes */
  generation: boolean;
  /** reset fields a client may not set on create */
  prepareForCreate(obj: KubeObject): void;
}

const clearStatus = (obj: KubeObject) => {
  obj.status = {};
};

const STRATEGIES: Record<string, Partial<Strategy>> = {
  deployments: { statusSubresource: true, generation: true, prepareForCreate: clearStatus },
  replicasets: { statusSubresource: true, generation: true, prepareForCreate: clearStatus },
  jobs: { statusSubresource: true, generation: true, prepareForCreate: prepareJobForCreate },
  daemonsets: { statusSubresource: true, generation: true, prepareForCreate: prepareDaemonSetCreate },
  statefulsets: {
    statusSubresource: true,
    generation: true,
    // replicas and availableReplicas have no omitempty in the Go type
    prepareForCreate: (o) => {
      o.status = { replicas: 0, availableReplicas: 0 };
    },
  },
  cronjobs: { statusSubresource: true, generation: true, prepareForCreate: clearStatus },
  // v2 encodes currentMetrics without omitempty and desiredReplicas always
  horizontalpodautoscalers: { statusSubresource: true, prepareForCreate: (o) => void (o.status = { currentMetrics: null, desiredReplicas: 0 }) },
  // the status counters have no omitempty in policy/v1
  poddisruptionbudgets: {
    statusSubresource: true,
    generation: true,
    prepareForCreate: (o) => void (o.status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 }),
  },
  // IngressStatus.loadBalancer is a struct: encoded even when empty
  ingresses: { statusSubresource: true, generation: true, prepareForCreate: (o) => void (o.status = { loadBalancer: {} }) },
  ingressclasses: { generation: true },
  pods: {
    statusSubresource: true,
    prepareForCreate: (o) => {
      o.status = { phase: 'Pending', qosClass: qosClass(o) };
    },
  },
  services: {
    statusSubresource: true,
    prepareForCreate: (o) => {
      o.status = { loadBalancer: {} };
    },
  },
  nodes: { statusSubresource: true },
  persistentvolumes: { statusSubresource: true, prepareForCreate: preparePersistentVolumeCreate },
  persistentvolumeclaims: { statusSubresource: true, prepareForCreate: preparePersistentVolumeClaimCreate },
  namespaces: {
    statusSubresource: true,
    prepareForCreate: (o) => {
      o.status = { phase: 'Active' };
    },
  },
};

export function strategyFor(info: ResourceInfo): Strategy {
  const s = STRATEGIES[info.resource] ?? {};
  return {
    statusSubresource: s.statusSubresource ?? false,
    generation: s.generation ?? false,
    prepareForCreate: s.prepareForCreate ?? (() => {}),
  };
}

/**
 * Merges an update into the stored object the way the apiserver does: a main-resource
 * update cannot change status, a status update cannot change anything else.
 */
export function prepareForUpdate(info: ResourceInfo, strategy: Strategy, obj: KubeObject, old: KubeObject, subresource?: string): void {
  if (strategy.statusSubresource) {
    if (subresource === 'status') {
      const status = obj.status;
      for (const k of Object.keys(obj)) if (k !== 'status' && k !== 'metadata') delete obj[k];
      for (const k of Object.keys(old)) if (k !== 'status' && k !== 'metadata') obj[k] = old[k];
      // status writers may not touch metadata beyond what the apiserver allows
      const md = obj.metadata;
      obj.metadata = { ...old.metadata, resourceVersion: md.resourceVersion };
      obj.status = status;
    } else if (info.resource !== 'namespaces' || old.status?.phase !== 'Terminating') {
      obj.status = old.status;
    }
    if (info.resource === 'daemonsets' && subresource !== 'status') prepareDaemonSetUpdate(obj, old);
    if (info.resource === 'persistentvolumes' && subresource === 'status') preparePersistentVolumeStatusUpdate(obj, old);
  }
  if (strategy.generation) {
    const changed = !isDeepStrictEqual(obj.spec, old.spec);
    obj.metadata.generation = (old.metadata.generation ?? 1) + (changed ? 1 : 0);
  }
}

/** core/v1 helper qos.GetPodQOS, reduced to what matters for display. */
export function qosClass(pod: KubeObject): string {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let anyRequest = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) anyRequest = true;
    for (const r of ['cpu', 'memory']) {
      const l = lim[r];
      const q = req[r] ?? l;
      if (!l || q !== l) guaranteed = false;
    }
  }
  if (!anyRequest) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
