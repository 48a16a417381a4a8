// Which of a job's pods count as what (pkg/controller/job/tracking_utils.go and job_controller.go):
// active, ready, terminating, and the finished pods whose result is not yet in the counters.
import type { KubeObject } from '../../client/types.js';
import { isPodActive, isPodReady } from '../replicaset/controller-utils.js';
import { podCompletionIndex } from './indexes.js';

export const TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';

export const hasTrackingFinalizer = (pod: KubeObject): boolean => (pod.metadata.finalizers ?? []).includes(TRACKING_FINALIZER);

export const isPodSucceeded = (pod: KubeObject): boolean => pod.status?.phase === 'Succeeded';

/** isPodFailed: Failed, or (with TerminatingOrFailed) deleted before it could succeed. */
export function isPodFailed(pod: KubeObject, job: KubeObject): boolean {
  if (pod.status?.phase === 'Failed') return true;
  if (job.spec?.podReplacementPolicy === 'Failed') return false;
  return !!pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded';
}

/** Terminal for tracking: finished, or deleted while still carrying the finalizer. */
const isFinished = (pod: KubeObject, job: KubeObject): boolean =>
  isPodSucceeded(pod) || pod.status?.phase === 'Failed' || (!!pod.metadata.deletionTimestamp && hasTrackingFinalizer(pod) && isPodFailed(pod, job));

export const isPodTerminating = (pod: KubeObject): boolean =>
  !!pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

export interface Uncounted {
  succeeded: string[];
  failed: string[];
}

export interface PodCensus {
  active: KubeObject[];
  ready: number;
  terminating: number;
  /** pods whose result is being recorded now: they join status.uncountedTerminatedPods */
  newSucceeded: KubeObject[];
  newFailed: KubeObject[];
  /** finished pods that count for nothing (a second success for a done index): only released */
  release: KubeObject[];
}

/**
 * Sorts the job's pods. `completed` (Indexed jobs) keeps a second success for an index
 * out of the counts, as upstream does.
 */
export function takeCensus(job: KubeObject, pods: KubeObject[], uncounted: Uncounted, completed: Set<number> | undefined, alreadyCounted: (pod: KubeObject) => boolean = () => false): PodCensus {
  const seen = new Set([...uncounted.succeeded, ...uncounted.failed]);
  const census: PodCensus = { active: [], ready: 0, terminating: 0, newSucceeded: [], newFailed: [], release: [] };
  const completions = job.spec?.completions ?? 0;
  const newIndexes = new Set<number>();
  for (const pod of pods) {
    if (isPodActive(pod)) {
      census.active.push(pod);
      if (isPodReady(pod)) census.ready++;
    }
    if (isPodTerminating(pod)) census.terminating++;
    if (!hasTrackingFinalizer(pod) || seen.has(pod.metadata.uid!) || alreadyCounted(pod) || !isFinished(pod, job)) continue;
    if (isPodSucceeded(pod)) {
      if (completed) {
        const ix = podCompletionIndex(pod);
        if (ix < 0 || ix >= completions || completed.has(ix) || newIndexes.has(ix)) {
          census.release.push(pod);
          continue;
        }
        newIndexes.add(ix);
      }
      census.newSucceeded.push(pod);
    } else census.newFailed.push(pod);
  }
  return census;
}

/** Restarts of the containers of running/pending pods: what OnFailure jobs count against backoffLimit. */
export function restartsOfActivePods(pods: KubeObject[]): number {
  let total = 0;
  for (const pod of pods) {
    if (pod.status?.phase !== 'Running' && pod.status?.phase !== 'Pending') continue;
    for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) total += s?.restartCount ?? 0;
  }
  return total;
}

/** pastBackoffLimitOnFailure. */
export function pastBackoffLimitOnFailure(job: KubeObject, pods: KubeObject[]): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== 'OnFailure') return false;
  const restarts = restartsOfActivePods(pods);
  const limit = job.spec?.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}
