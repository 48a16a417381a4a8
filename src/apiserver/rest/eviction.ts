// pods/eviction: a policy/v1 (or v1beta1) Eviction is a graceful delete that PodDisruptionBudgets
// may refuse. mk serves no PodDisruptionBudgets, so every eviction goes ahead, as upstream does
// when no budget selects the pod: mark the pod with the DisruptionTarget condition, then
// delete it with the Eviction's deleteOptions (pkg/registry/core/pod/storage/eviction.go).
import type { DeleteOptions, KubeObject } from '../../client/types.js';
import { errors } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import { nowTimestamp } from './meta.js';
import type { Registry } from './registry.js';

const EVICTION_API_VERSIONS = new Set(['policy/v1', 'policy/v1beta1']);

/** What the create handler answers: a bare Success Status with the 201 it was created with. */
const SUCCESS = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 };

export function evictPod(registry: Registry, info: ResourceInfo, ns: string | undefined, name: string, eviction: KubeObject, dryRun: boolean): KubeObject {
  if (eviction.kind && eviction.kind !== 'Eviction') throw errors.badRequest(`not a Eviction object: ${eviction.kind}`);
  if (eviction.apiVersion && !EVICTION_API_VERSIONS.has(eviction.apiVersion))
    throw errors.badRequest(`the API version in the data (${eviction.apiVersion}) does not match the expected API version (policy/v1)`);
  if ((eviction.metadata?.name ?? name) !== name) throw errors.badRequest('name in URL does not match name in Eviction object');
  const options: DeleteOptions = { ...((eviction.deleteOptions as DeleteOptions | undefined) ?? {}) };
  if (dryRun) options.dryRun = ['All'];
  const pod = registry.get(info, ns, name);
  if (!options.dryRun?.length) markDisruptionTarget(registry, info, ns, pod);
  registry.delete(info, ns, name, options);
  return { ...SUCCESS } as unknown as KubeObject;
}

/** The condition tells the pod's owner (and `describe`) why it went away. */
function markDisruptionTarget(registry: Registry, info: ResourceInfo, ns: string | undefined, pod: KubeObject): void {
  const conditions = (pod.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'DisruptionTarget');
  conditions.push({ type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: nowTimestamp(), reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
  registry.update(info, ns, pod.metadata.name!, { ...pod, status: { ...(pod.status ?? {}), conditions } }, { subresource: 'status' });
}
