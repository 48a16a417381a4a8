// pods/eviction: a policy/v1 (or v1beta1) Eviction is a graceful delete that PodDisruptionBudgets
// may refuse (pkg/registry/core/pod/storage/eviction.go, 1.33). Pods that are terminal, pending
// or terminating go at once; otherwise the one budget selecting the pod must allow a disruption,
// which is used up (and the pod recorded in status.disruptedPods) before the pod is marked with
// the DisruptionTarget condition and deleted with the Eviction's deleteOptions.
import type { DeleteOptions, KubeObject } from '../../client/types.js';
import { errors } from '../errors.js';
import { findResource, type ResourceInfo } from '../resources.js';
import { budgetsForPod, canIgnoreBudget, checkAndDecrement, multipleBudgetsError, unhealthyPodMayGo } from './eviction-budget.js';
import { nowTimestamp } from './meta.js';
import type { Registry } from './registry.js';

const EVICTION_API_VERSIONS = new Set(['policy/v1', 'policy/v1beta1']);
/** Conflicting budget writers are retried this often (EvictionsRetry.Steps). */
const CONFLICT_RETRIES = 20;

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
  if (!canIgnoreBudget(pod)) {
    const mayGo = consultBudget(registry, pod, !!options.dryRun?.length);
    // an unready pod let go for free must not have turned ready meanwhile
    if (mayGo === 'unhealthy' && !options.preconditions?.resourceVersion)
      options.preconditions = { ...(options.preconditions ?? {}), resourceVersion: pod.metadata.resourceVersion };
  }
  if (!options.dryRun?.length) {
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== pod.metadata.uid)
      throw errors.conflict(info, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${pod.metadata.uid}`);
    if (pre?.resourceVersion && pre.resourceVersion !== pod.metadata.resourceVersion)
      throw errors.conflict(info, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${pod.metadata.resourceVersion}`);
    const marked = markDisruptionTarget(registry, info, ns, pod);
    // we made the newer version ourselves (addConditionAndDeletePod)
    if (pre?.resourceVersion) options.preconditions = { ...pre, resourceVersion: marked.metadata.resourceVersion };
  }
  registry.delete(info, ns, name, options);
  return { ...SUCCESS } as unknown as KubeObject;
}

/** Throws when the budget refuses; says whether the pod goes without using a disruption. */
function consultBudget(registry: Registry, pod: KubeObject, dryRun: boolean): 'none' | 'unhealthy' | 'consumed' {
  const pdbInfo = findResource('policy', 'v1', 'poddisruptionbudgets');
  if (!pdbInfo) return 'none';
  const ns = pod.metadata.namespace;
  const budgets = budgetsForPod(registry.list(pdbInfo, ns).items, pod);
  if (budgets.length > 1) throw multipleBudgetsError();
  if (!budgets.length) return 'none';
  let pdb = budgets[0];
  if (unhealthyPodMayGo(pdb, pod)) return 'unhealthy';
  for (let attempt = 1; ; attempt++) {
    const next = checkAndDecrement(pdb, pod.metadata.name!, dryRun);
    if (dryRun) return 'consumed';
    try {
      registry.update(pdbInfo, ns, pdb.metadata.name!, next, { subresource: 'status' });
      return 'consumed';
    } catch (e) {
      if ((e as { code?: number }).code !== 409 || attempt >= CONFLICT_RETRIES) throw e;
      pdb = registry.get(pdbInfo, ns, pdb.metadata.name!);
    }
  }
}

/** The condition tells the pod's owner (and `describe`) why it went away. */
function markDisruptionTarget(registry: Registry, info: ResourceInfo, ns: string | undefined, pod: KubeObject): KubeObject {
  const conditions = (pod.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'DisruptionTarget');
  conditions.push({ type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: nowTimestamp(), reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
  return registry.update(info, ns, pod.metadata.name!, { ...pod, status: { ...(pod.status ?? {}), conditions } }, { subresource: 'status' });
}
