// The Job controller's pure parts: indexes, back-off, the pod census, plans, pods, conditions.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { backoffRecord, remainingBackoff } from '../../src/controllers/job/backoff.js';
import { ensureCondition } from '../../src/controllers/job/conditions.js';
import { formatIndexes, indexesToCreate, parseIndexes } from '../../src/controllers/job/indexes.js';
import { failureCondition, successReached, wantedActive } from '../../src/controllers/job/plan.js';
import { buildJobPod } from '../../src/controllers/job/pod-template.js';
import { pastBackoffLimitOnFailure, takeCensus, TRACKING_FINALIZER } from '../../src/controllers/job/pod-tracking.js';
import { timeLeft } from '../../src/controllers/ttlafterfinished/ttl-after-finished-controller.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const job = (spec: Obj = {}, status: Obj = {}): KubeObject =>
  ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'work', namespace: 'default', uid: 'job-uid' }, spec: { parallelism: 1, completions: 1, backoffLimit: 6, template: { metadata: { labels: { 'job-name': 'work' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } }, ...spec }, status }) as KubeObject;

let n = 0;
const pod = (phase: string, extra: Obj = {}): KubeObject =>
  ({ metadata: { name: `p${++n}`, uid: `uid-${n}`, finalizers: [TRACKING_FINALIZER], ...(extra.metadata ?? {}) }, status: { phase, ...(extra.status ?? {}) } }) as KubeObject;

describe('completion indexes', () => {
  it('formats and parses ranges', () => {
    expect(formatIndexes([4, 0, 1, 2, 7, 8])).toBe('0-2,4,7-8');
    expect([...parseIndexes('0-2,4,9', 5)]).toEqual([0, 1, 2, 4]);
    expect(formatIndexes([])).toBe('');
  });

  it('picks the lowest free indexes', () => {
    const busy = [{ metadata: { annotations: { 'batch.kubernetes.io/job-completion-index': '1' } } } as unknown as KubeObject];
    expect(indexesToCreate(5, new Set([0]), busy, 2)).toEqual([2, 3]);
  });
});

describe('pod failure back-off', () => {
  const finished = (phase: string, at: string) => pod(phase, { status: { containerStatuses: [{ state: { terminated: { finishedAt: at } } }] } });

  it('doubles from 10s per failure since the last success', () => {
    const t0 = Date.parse('2025-01-01T00:00:00Z');
    const rec = backoffRecord([finished('Succeeded', '2025-01-01T00:00:00Z')], [finished('Failed', '2025-01-01T00:00:00Z'), finished('Failed', '2025-01-01T00:00:05Z')]);
    expect(rec.failuresAfterLastSuccess).toBe(2);
    expect(remainingBackoff(rec, t0 + 5000)).toBe(20_000);
    expect(remainingBackoff(rec, t0 + 60_000)).toBe(0);
    expect(remainingBackoff({ failuresAfterLastSuccess: 30, lastFailureTime: t0 }, t0)).toBe(600_000);
  });
});

describe('pod census', () => {
  it('sorts active, ready, terminating and newly finished pods; skips uncounted and released ones', () => {
    const ready = pod('Running', { status: { conditions: [{ type: 'Ready', status: 'True' }] } });
    const done = pod('Succeeded');
    const failed = pod('Failed');
    const deleted = pod('Running', { metadata: { deletionTimestamp: '2025-01-01T00:00:00Z' } });
    const counted = pod('Failed');
    const old = pod('Succeeded', { metadata: { finalizers: [] } });
    const c = takeCensus(job(), [ready, done, failed, deleted, counted, old], { succeeded: [], failed: [counted.metadata.uid!] }, undefined);
    expect(c.active).toEqual([ready]);
    expect(c.ready).toBe(1);
    expect(c.terminating).toBe(1);
    expect(c.newSucceeded).toEqual([done]);
    expect(c.newFailed).toEqual([failed, deleted]);
    const skipped = takeCensus(job(), [failed], { succeeded: [], failed: [] }, undefined, () => true);
    expect(skipped.newFailed).toEqual([]);
  });

  it('counts a second success of an index only as a release', () => {
    const ix = (i: number) => pod('Succeeded', { metadata: { annotations: { 'batch.kubernetes.io/job-completion-index': String(i) } } });
    const [a, b, c] = [ix(0), ix(0), ix(1)];
    const census = takeCensus(job({ completionMode: 'Indexed', completions: 3 }), [a, b, c], { succeeded: [], failed: [] }, new Set());
    expect(census.newSucceeded).toEqual([a, c]);
    expect(census.release).toEqual([b]);
  });

  it('counts container restarts of OnFailure jobs against the backoff limit', () => {
    const j = job({ backoffLimit: 2, template: { spec: { restartPolicy: 'OnFailure' } } });
    expect(pastBackoffLimitOnFailure(j, [pod('Running', { status: { containerStatuses: [{ restartCount: 1 }] } })])).toBe(false);
    expect(pastBackoffLimitOnFailure(j, [pod('Running', { status: { containerStatuses: [{ restartCount: 2 }] } })])).toBe(true);
  });
});

describe('plans', () => {
  const counts = (o: Partial<{ succeeded: number; failed: number; active: number; completedIndexes: number }>) => ({ succeeded: 0, failed: 0, active: 0, completedIndexes: 0, ...o });

  it('wants parallelism pods, bounded by the completions still missing', () => {
    expect(wantedActive(job({ parallelism: 3, completions: 5 }), counts({ succeeded: 3 }))).toBe(2);
    expect(wantedActive(job({ parallelism: 2, completions: undefined }), counts({}))).toBe(2);
    expect(wantedActive(job({ parallelism: 2, completions: undefined }), counts({ succeeded: 1, active: 1 }))).toBe(1);
    expect(wantedActive(job({ suspend: true }), counts({}))).toBe(0);
  });

  it('fails past the backoff limit, then past the deadline; succeeds at completions', () => {
    expect(failureCondition(job({ backoffLimit: 1 }), [], 2, Date.now())?.reason).toBe('BackoffLimitExceeded');
    expect(failureCondition(job({ backoffLimit: 1 }), [], 1, Date.now())).toBeUndefined();
    const started = job({ activeDeadlineSeconds: 5 }, { startTime: '2025-01-01T00:00:00Z' });
    expect(failureCondition(started, [], 0, Date.parse('2025-01-01T00:00:06Z'))).toEqual({ type: 'Failed', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' });
    expect(successReached(job({ completions: 2 }), counts({ succeeded: 2 }))).toBe(true);
    expect(successReached(job({ completions: undefined }), counts({ succeeded: 1, active: 1 }))).toBe(false);
    expect(successReached(job({ completionMode: 'Indexed', completions: 3 }), counts({ succeeded: 3, completedIndexes: 2 }))).toBe(false);
  });
});

describe('job pods', () => {
  it('carries the template, the owner, the finalizer and, when indexed, the index', () => {
    const p = buildJobPod(job({ completionMode: 'Indexed', completions: 3 }), 2);
    expect(p.metadata.generateName).toBe('work-2-');
    expect(p.metadata.labels).toEqual({ 'job-name': 'work', 'batch.kubernetes.io/job-completion-index': '2' });
    expect(p.metadata.annotations).toEqual({ 'batch.kubernetes.io/job-completion-index': '2' });
    expect(p.metadata.finalizers).toEqual([TRACKING_FINALIZER]);
    expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'Job', name: 'work', uid: 'job-uid', controller: true, blockOwnerDeletion: true }]);
    expect(p.spec.hostname).toBe('work-2');
    expect(p.spec.containers[0].env).toEqual([{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }]);
    expect(buildJobPod(job()).metadata.generateName).toBe('work-');
  });
});

describe('conditions and TTL', () => {
  it('adds a True condition, changes an existing one, never adds a False one', () => {
    const [added, changed] = ensureCondition([], 'Suspended', 'True', 'JobSuspended', 'Job suspended', 't1');
    expect(changed).toBe(true);
    expect(added).toEqual([{ type: 'Suspended', status: 'True', lastProbeTime: 't1', lastTransitionTime: 't1', reason: 'JobSuspended', message: 'Job suspended' }]);
    const [resumed] = ensureCondition(added, 'Suspended', 'False', 'JobResumed', 'Job resumed', 't2');
    expect(resumed[0]).toMatchObject({ status: 'False', lastTransitionTime: 't2', reason: 'JobResumed' });
    expect(ensureCondition([], 'Suspended', 'False', 'JobResumed', 'Job resumed', 't3')).toEqual([[], false]);
  });

  it('expires a finished job ttlSecondsAfterFinished after it finished', () => {
    const finished = job({ ttlSecondsAfterFinished: 30 }, { conditions: [{ type: 'Complete', status: 'True', lastTransitionTime: '2025-01-01T00:00:00Z' }] });
    expect(timeLeft(finished, Date.parse('2025-01-01T00:00:10Z'))).toBe(20_000);
    expect(timeLeft(job({ ttlSecondsAfterFinished: 30 }), Date.now())).toBeUndefined();
  });
});
