// syncJob (pkg/controller/job/job_controller.go, 1.33): count finished pods through the
// tracking finalizer and status.uncountedTerminatedPods, keep the wanted number of pods
// running, and finish the job with an interim then a terminal condition.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { EventRecorder } from '../framework/events.js';
import type { Expectations } from '../replicaset/expectations.js';
import { errorCode, errorMessage, isNotFound, nowRfc3339, objectKey } from '../replicaset/controller-utils.js';
import { backoffRecord, remainingBackoff } from './backoff.js';
import { conditionsOf, ensureCondition, isJobFinished, type JobCondition } from './conditions.js';
import { formatIndexes, indexesToCreate, parseIndexes, podCompletionIndex } from './indexes.js';
import { deadlineRemaining, failureCondition, interimFor, isIndexed, isSuspended, successCondition, successReached, wantedActive, type Counts, type FinishedCondition } from './plan.js';
import { buildJobPod } from './pod-template.js';
import { hasTrackingFinalizer, isPodFailed, isPodSucceeded, takeCensus, TRACKING_FINALIZER, type Uncounted } from './pod-tracking.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export interface SyncDeps {
  client: ApiClient;
  recorder: EventRecorder;
  expectations: Expectations;
  requeueAfter(key: string, ms: number): void;
}

/** Drops the tracking finalizer; false when the pod is already gone. */
export async function releasePod(client: ApiClient, pod: KubeObject): Promise<boolean> {
  const finalizers = (pod.metadata.finalizers ?? []).filter((f) => f !== TRACKING_FINALIZER);
  try {
    await client.patch(R.pods, pod.metadata.namespace, pod.metadata.name!, 'merge', { metadata: { finalizers: finalizers.length ? finalizers : null } });
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

/** status.uncountedTerminatedPods: empty lists are omitted, the struct always present. */
function uncountedStatus(u: Uncounted): Obj {
  return { ...(u.succeeded.length ? { succeeded: u.succeeded } : {}), ...(u.failed.length ? { failed: u.failed } : {}) };
}

const RELEASE_EXPECTATION_MS = 5 * 60_000;

export class JobSync {
  /** pods whose finalizer this controller removed, until the informer shows it (finalizer expectations) */
  private released = new Map<string, number>();
  /** per job uid: the resourceVersion of the last status this controller wrote */
  private written = new Map<string, number>();

  constructor(private deps: SyncDeps) {}

  /** The informer saw the pod without the finalizer (or gone): its release is no longer pending. */
  observeReleased(pod: KubeObject): void {
    this.released.delete(pod.metadata.uid!);
  }

  /** A pod already counted whose stale cached copy still shows the finalizer. */
  private pendingRelease(pod: KubeObject): boolean {
    const at = this.released.get(pod.metadata.uid!);
    if (at === undefined) return false;
    if (Date.now() - at < RELEASE_EXPECTATION_MS) return true;
    this.released.delete(pod.metadata.uid!);
    return false;
  }

  private async release(pod: KubeObject): Promise<void> {
    if (await releasePod(this.deps.client, pod)) this.released.set(pod.metadata.uid!, Date.now());
  }

  async sync(job: KubeObject, pods: KubeObject[]): Promise<void> {
    const { client } = this.deps;
    // a cached job older than our own last status write would recount and recreate: wait for it
    const written = this.written.get(job.metadata.uid!);
    if (written !== undefined && Number(job.metadata.resourceVersion) < written) return;
    // finished or going away: nothing left to count, only finalizers to release
    if (isJobFinished(job) || job.metadata.deletionTimestamp) {
      for (const p of pods) if (hasTrackingFinalizer(p)) await releasePod(client, p);
      return;
    }
    const key = objectKey(job);
    const now = Date.now();
    const nowText = nowRfc3339(new Date(now));
    const status: Obj = structuredClone(job.status ?? {});
    const uncounted: Uncounted = { succeeded: [...(status.uncountedTerminatedPods?.succeeded ?? [])], failed: [...(status.uncountedTerminatedPods?.failed ?? [])] };
    if (!status.startTime && !isSuspended(job)) status.startTime = nowText;
    const working: KubeObject = { ...job, status };
    const completions = job.spec?.completions ?? 0;
    const completed = isIndexed(job) ? parseIndexes(status.completedIndexes, completions) : undefined;
    const census = takeCensus(working, pods, uncounted, completed, (p) => this.pendingRelease(p));
    for (const p of census.newSucceeded) if (completed) completed.add(podCompletionIndex(p));

    const succeeded = (status.succeeded ?? 0) + uncounted.succeeded.length + census.newSucceeded.length;
    const failed = (status.failed ?? 0) + uncounted.failed.length + census.newFailed.length;
    let active = census.active;
    let terminating = census.terminating;
    let finished: FinishedCondition | undefined = failureCondition(working, pods, failed, now);
    const counts = (): Counts => ({ succeeded, failed, active: active.length, completedIndexes: completed?.size ?? 0 });
    if (!finished && successReached(working, counts())) finished = successCondition();

    let conditions: JobCondition[] = conditionsOf(working);
    let manageError: unknown;
    if (finished) {
      terminating += await this.deletePods(job, active);
      active = [];
      [conditions] = ensureCondition(conditions, interimFor(finished), 'True', finished.reason, finished.message, nowText);
    } else {
      try {
        active = await this.manage(job, working, active, counts(), terminating, completed, key, now);
      } catch (e) {
        manageError = e;
      }
      const suspended = isSuspended(job);
      const [next, changed] = suspended
        ? ensureCondition(conditions, 'Suspended', 'True', 'JobSuspended', 'Job suspended', nowText)
        : ensureCondition(conditions, 'Suspended', 'False', 'JobResumed', 'Job resumed', nowText);
      conditions = next;
      if (changed) {
        await this.deps.recorder.record(job, 'Normal', suspended ? 'Suspended' : 'Resumed', suspended ? 'Job suspended' : 'Job resumed');
        if (!suspended) status.startTime = nowText;
      }
      if (suspended) {
        terminating += await this.deletePods(job, active);
        active = [];
      }
      // a job that never saw success criteria: complete once the last active pod is gone
      if (successReached({ ...working, status: { ...status, conditions } }, counts())) {
        finished = successCondition();
        [conditions] = ensureCondition(conditions, 'SuccessCriteriaMet', 'True', finished.reason, finished.message, nowText);
      }
    }

    // 1. record the newly finished pods as uncounted before touching their finalizers
    uncounted.succeeded.push(...census.newSucceeded.map((p) => p.metadata.uid!));
    uncounted.failed.push(...census.newFailed.map((p) => p.metadata.uid!));
    const base: Obj = { ...status, conditions, active: active.length, ready: census.ready, terminating };
    if (!conditions.length) delete base.conditions;
    if (completed) base.completedIndexes = formatIndexes(completed);
    let current = job;
    if (census.newSucceeded.length || census.newFailed.length) current = await this.writeStatus(current, { ...base, uncountedTerminatedPods: uncountedStatus(uncounted) });

    // 2. release the finalizers of everything uncounted, 3. move it into the counters
    const byUid = new Map(pods.map((p) => [p.metadata.uid!, p]));
    const flushed = { succeeded: 0, failed: 0 };
    for (const kind of ['succeeded', 'failed'] as const) {
      for (const uid of uncounted[kind]) {
        const pod = byUid.get(uid);
        // gone or released: its result can go into the counter (a failed release throws and retries)
        if (pod && hasTrackingFinalizer(pod) && !this.pendingRelease(pod)) await this.release(pod);
        flushed[kind]++;
      }
      uncounted[kind] = [];
    }
    for (const p of census.release) await this.release(p);
    const next: Obj = { ...base, succeeded: (status.succeeded ?? 0) + flushed.succeeded, failed: (status.failed ?? 0) + flushed.failed, uncountedTerminatedPods: uncountedStatus(uncounted) };
    if (!next.succeeded) delete next.succeeded;
    if (!next.failed) delete next.failed;
    if (!next.active) delete next.active;

    // 4. the terminal condition once nothing is uncounted or still terminating
    const done = !!finished && !uncounted.succeeded.length && !uncounted.failed.length && terminating === 0;
    if (done && finished) {
      [next.conditions] = ensureCondition(next.conditions ?? [], finished.type, 'True', finished.reason, finished.message, nowText);
      if (finished.type === 'Complete') next.completionTime = nowText;
    }
    if (JSON.stringify(next) !== JSON.stringify(current.status ?? {})) current = await this.writeStatus(current, next);
    if (done && finished) await this.recordFinished(current, finished);

    const left = deadlineRemaining(current, Date.now());
    if (!finished && left !== undefined && left > 0) this.deps.requeueAfter(key, left + 50);
    if (manageError) throw manageError;
  }

  private async writeStatus(job: KubeObject, status: Obj): Promise<KubeObject> {
    const saved = await this.deps.client.update(R.jobs, job.metadata.namespace, { ...job, status }, { subresource: 'status' });
    const rv = Number(saved.metadata.resourceVersion);
    if (Number.isFinite(rv)) this.written.set(saved.metadata.uid!, rv);
    if (this.written.size > 10_000) this.written.delete(this.written.keys().next().value!);
    return saved;
  }

  private async recordFinished(job: KubeObject, finished: FinishedCondition): Promise<void> {
    if (finished.type === 'Failed') return this.deps.recorder.record(job, 'Warning', finished.reason, finished.message);
    const completions = job.spec?.completions;
    if (typeof completions === 'number' && (job.status?.succeeded ?? 0) > completions)
      await this.deps.recorder.record(job, 'Warning', 'TooManySucceededPods', 'Too many succeeded pods running after completion count reached');
    await this.deps.recorder.record(job, 'Normal', 'Completed', 'Job completed');
  }

  /** manageJob: create or delete pods toward the wanted count; returns the active pods left. */
  private async manage(job: KubeObject, working: KubeObject, active: KubeObject[], c: Counts, terminating: number, completed: Set<number> | undefined, key: string, now: number): Promise<KubeObject[]> {
    if (isSuspended(job)) return active;
    if (!this.deps.expectations.satisfied(key)) return active;
    const want = wantedActive(working, c);
    if (active.length > want) {
      const victims = active.slice(want);
      await this.deletePods(job, victims);
      return active.slice(0, want);
    }
    let diff = want - active.length;
    // with podReplacementPolicy Failed a terminating pod is replaced only once it has failed
    if (job.spec?.podReplacementPolicy === 'Failed') diff -= terminating;
    if (diff <= 0) return active;
    const finishedPods = this.finishedPodsOf(job, working);
    const wait = remainingBackoff(backoffRecord(finishedPods.succeeded, finishedPods.failed), now);
    if (wait > 0) {
      this.deps.requeueAfter(key, wait + 50);
      return active;
    }
    const indexes = completed ? indexesToCreate(job.spec?.completions ?? 0, completed, active, diff) : undefined;
    const n = indexes ? indexes.length : diff;
    this.deps.expectations.expectCreations(key, n);
    const created: KubeObject[] = [];
    let firstError: unknown;
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        try {
          created.push(await this.createPod(job, indexes?.[i]));
        } catch (e) {
          this.deps.expectations.creationObserved(key);
          firstError ??= e;
        }
      }),
    );
    if (firstError) throw firstError;
    return [...active, ...created];
  }

  private finishedPodsOf(job: KubeObject, working: KubeObject): { succeeded: KubeObject[]; failed: KubeObject[] } {
    const pods = this.podsProvider?.(job) ?? [];
    return { succeeded: pods.filter(isPodSucceeded), failed: pods.filter((p) => p.status?.phase === 'Failed' || (isPodFailed(p, working) && !!p.metadata.deletionTimestamp)) };
  }

  /** Set by the controller: the job's pods from the informer. */
  podsProvider?: (job: KubeObject) => KubeObject[];

  private async createPod(job: KubeObject, index?: number): Promise<KubeObject> {
    try {
      const created = await this.deps.client.create(R.pods, job.metadata.namespace, buildJobPod(job, index));
      await this.deps.recorder.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
      return created;
    } catch (e) {
      if (!(errorCode(e) === 403 && /being terminated/.test(errorMessage(e)))) await this.deps.recorder.record(job, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(e)}`);
      throw e;
    }
  }

  /** Deletes pods (events as RealPodControl records them); returns how many now terminate. */
  private async deletePods(job: KubeObject, pods: KubeObject[]): Promise<number> {
    let n = 0;
    for (const p of pods) {
      try {
        await this.deps.client.delete(R.pods, p.metadata.namespace, p.metadata.name!);
        await this.deps.recorder.record(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
        n++;
      } catch (e) {
        if (isNotFound(e)) continue;
        await this.deps.recorder.record(job, 'Warning', 'FailedDelete', `Error deleting: ${errorMessage(e)}`);
        throw e;
      }
    }
    return n;
  }
}
