// The PodDisruptionBudget half of pods/eviction (pkg/registry/core/pod/storage/eviction.go, 1.33):
// which budget guards a pod, whether an unready pod may go without using the budget, and the
// verify-and-decrement that records the pod in status.disruptedPods.
import type { KubeObject } from '../../client/types.js';
import { StatusError, type Status } from '../errors.js';
import { selectorConvertible, selectorIsEmpty, selectorMatches } from '../validation/objectmeta.js';
import { nowTimestamp } from './meta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** Refused beyond this many evictions the disruption controller has not yet seen. */
export const MAX_DISRUPTED_POD_SIZE = 2000;
export const VIOLATION_MESSAGE = "Cannot evict pod as it would violate the pod's disruption budget.";

const failure = (s: Omit<Status, 'kind' | 'apiVersion' | 'metadata' | 'status'>): StatusError =>
  new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', ...s });

export const isPodReady = (pod: KubeObject): boolean =>
  ((pod.status?.conditions ?? []) as Obj[]).some((c) => c.type === 'Ready' && c.status === 'True');

/** Terminal, pending or terminating pods are deleted without asking any budget (canIgnorePDB). */
export function canIgnoreBudget(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata.deletionTimestamp;
}

/** Budgets in the pod's namespace whose (valid, non-empty) selector matches it. */
export function budgetsForPod(pdbs: KubeObject[], pod: KubeObject): KubeObject[] {
  return pdbs.filter((pdb) => {
    if (pdb.metadata.namespace !== pod.metadata.namespace) return false;
    const sel = pdb.spec?.selector;
    // a nil or empty selector matches nothing here, unlike in the controller
    if (!sel || selectorIsEmpty(sel) || !selectorConvertible(sel)) return false;
    return selectorMatches(sel, pod.metadata.labels);
  });
}

export const multipleBudgetsError = (): StatusError =>
  failure({ message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.', code: 500 });

/** An unready pod may go without consuming the budget per unhealthyPodEvictionPolicy. */
export function unhealthyPodMayGo(pdb: KubeObject, pod: KubeObject): boolean {
  if (isPodReady(pod)) return false;
  if (pdb.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow') return true;
  const st: Obj = pdb.status ?? {};
  return (st.currentHealthy ?? 0) >= (st.desiredHealthy ?? 0) && (st.desiredHealthy ?? 0) > 0;
}

/** createTooManyRequestsError: the controller has not caught up with the budget's spec. */
export function stillProcessingError(name: string): StatusError {
  return failure({
    message: VIOLATION_MESSAGE,
    reason: 'TooManyRequests',
    details: { causes: [{ reason: 'DisruptionBudget', message: `The disruption budget ${name} is still being processed by the server.` }], retryAfterSeconds: 10 },
    code: 429,
  });
}

const forbidden = (name: string, why: string): StatusError =>
  failure({ message: `poddisruptionbudget.policy "${name}" is forbidden: ${why}`, reason: 'Forbidden', details: { name, group: 'policy', kind: 'poddisruptionbudget' }, code: 403 });

/** pdbhelper.UpdateDisruptionAllowedCondition. */
export function setDisruptionAllowedCondition(status: Obj, now = nowTimestamp()): void {
  const allowed = (status.disruptionsAllowed ?? 0) > 0;
  setCondition(status, { type: 'DisruptionAllowed', status: allowed ? 'True' : 'False', reason: allowed ? 'SufficientPods' : 'InsufficientPods', message: '' }, now);
}

/** apimeta.SetStatusCondition: the transition time moves only when the status flips. */
export function setCondition(status: Obj, cond: { type: string; status: string; reason: string; message: string }, now = nowTimestamp()): void {
  const conditions: Obj[] = (status.conditions ??= []);
  const observedGeneration = status.observedGeneration ?? 0;
  const existing = conditions.find((c) => c.type === cond.type);
  if (!existing) {
    conditions.push({ type: cond.type, status: cond.status, observedGeneration, lastTransitionTime: now, reason: cond.reason, message: cond.message });
    return;
  }
  if (existing.status !== cond.status) {
    existing.status = cond.status;
    existing.lastTransitionTime = now;
  }
  existing.reason = cond.reason;
  existing.message = cond.message;
  existing.observedGeneration = observedGeneration;
}

/**
 * checkAndDecrement: refuses (429/403) or returns the budget with one disruption used and,
 * unless dry-run, the pod recorded in disruptedPods.
 */
export function checkAndDecrement(pdb: KubeObject, podName: string, dryRun: boolean, now = nowTimestamp()): KubeObject {
  const name = pdb.metadata.name!;
  const st: Obj = pdb.status ?? {};
  if ((st.observedGeneration ?? 0) < (pdb.metadata.generation ?? 0)) throw stillProcessingError(name);
  if ((st.disruptionsAllowed ?? 0) < 0) throw forbidden(name, 'pdb disruptions allowed is negative');
  if (Object.keys(st.disruptedPods ?? {}).length > MAX_DISRUPTED_POD_SIZE) throw forbidden(name, 'DisruptedPods map too big - too many evictions not confirmed by PDB controller');
  if ((st.disruptionsAllowed ?? 0) === 0) {
    throw failure({
      message: VIOLATION_MESSAGE,
      reason: 'TooManyRequests',
      details: { causes: [{ reason: 'DisruptionBudget', message: `The disruption budget ${name} needs ${st.desiredHealthy ?? 0} healthy pods and has ${st.currentHealthy ?? 0} currently` }] },
      code: 429,
    });
  }
  const status: Obj = structuredClone(st);
  status.disruptionsAllowed -= 1;
  if (status.disruptionsAllowed === 0) setDisruptionAllowedCondition(status, now);
  if (!dryRun) status.disruptedPods = { ...(status.disruptedPods ?? {}), [podName]: now };
  return { ...pdb, status };
}
