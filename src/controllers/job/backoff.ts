// Pod failure back-off (pkg/controller/job/backoff_utils.go): after n consecutive failures
// since the last success, new pods wait 10s·2^(n-1), at most 10 minutes, from the last failure.
import type { KubeObject } from '../../client/types.js';

export const DEFAULT_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 10 * 60_000;

/** When a terminated pod finished: its containers' latest finishedAt, else its deletion or creation time. */
export function podFinishTime(pod: KubeObject): number {
  let latest = 0;
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const t = Date.parse(s?.state?.terminated?.finishedAt ?? '');
    if (Number.isFinite(t) && t > latest) latest = t;
  }
  if (latest) return latest;
  const fallback = Date.parse(pod.metadata.deletionTimestamp ?? pod.metadata.creationTimestamp ?? '');
  return Number.isFinite(fallback) ? fallback : 0;
}

export interface BackoffRecord {
  failuresAfterLastSuccess: number;
  lastFailureTime: number;
}

/** The record from the job's finished pods: failures that finished after the newest success. */
export function backoffRecord(succeeded: KubeObject[], failed: KubeObject[]): BackoffRecord {
  const lastSuccess = Math.max(0, ...succeeded.map(podFinishTime));
  const after = failed.map(podFinishTime).filter((t) => t >= lastSuccess);
  return { failuresAfterLastSuccess: after.length, lastFailureTime: Math.max(0, ...after) };
}

/** How long pod creation must still wait (0 = now). */
export function remainingBackoff(rec: BackoffRecord, now: number, base = DEFAULT_BACKOFF_MS, max = MAX_BACKOFF_MS): number {
  if (rec.failuresAfterLastSuccess === 0) return 0;
  const delay = Math.min(base * 2 ** (rec.failuresAfterLastSuccess - 1), max);
  const remaining = delay - (now - rec.lastFailureTime);
  return remaining > 0 ? remaining : 0;
}
