// The decisions of syncJob that need no API: is the job done (and how), and how many
// pods should be running now.
import type { KubeObject } from '../../client/types.js';
import { BACKOFF_LIMIT_EXCEEDED, COMPLETIONS_REACHED, DEADLINE_EXCEEDED, conditionsOf, findCondition, hasCondition } from './conditions.js';
import { pastBackoffLimitOnFailure } from './pod-tracking.js';

export interface FinishedCondition {
  type: 'Complete' | 'Failed';
  reason: string;
  message: string;
}

export interface Counts {
  succeeded: number;
  failed: number;
  /** active pods left after this sync's deletions */
  active: number;
  /** Indexed: how many indexes are complete */
  completedIndexes: number;
}

export const isIndexed = (job: KubeObject): boolean => job.spec?.completionMode === 'Indexed';
export const isSuspended = (job: KubeObject): boolean => job.spec?.suspend === true;

/** ms left before activeDeadlineSeconds runs out (undefined when there is no deadline). */
export function deadlineRemaining(job: KubeObject, now: number): number | undefined {
  const ads = job.spec?.activeDeadlineSeconds;
  const start = Date.parse(job.status?.startTime ?? '');
  if (typeof ads !== 'number' || !Number.isFinite(start) || isSuspended(job)) return undefined;
  return start + ads * 1000 - now;
}

/** The failure the job has run into, if any (BackoffLimitExceeded before DeadlineExceeded). */
export function failureCondition(job: KubeObject, pods: KubeObject[], failed: number, now: number): FinishedCondition | undefined {
  const target = findCondition(conditionsOf(job), 'FailureTarget');
  if (target?.status === 'True') return { type: 'Failed', reason: target.reason ?? '', message: target.message ?? '' };
  if (failed > (job.spec?.backoffLimit ?? 6) || pastBackoffLimitOnFailure(job, pods)) return { type: 'Failed', ...BACKOFF_LIMIT_EXCEEDED };
  const left = deadlineRemaining(job, now);
  if (left !== undefined && left <= 0) return { type: 'Failed', ...DEADLINE_EXCEEDED };
  return undefined;
}

/** Whether enough pods succeeded. */
export function successReached(job: KubeObject, c: Counts): boolean {
  if (hasCondition(conditionsOf(job), 'SuccessCriteriaMet')) return true;
  const completions = job.spec?.completions;
  if (isIndexed(job)) return typeof completions === 'number' && c.completedIndexes >= completions;
  if (typeof completions !== 'number') return c.succeeded > 0 && c.active === 0;
  return c.succeeded >= completions;
}

/** How many pods should be active: parallelism, bounded by the completions still missing. */
export function wantedActive(job: KubeObject, c: Counts): number {
  if (isSuspended(job)) return 0;
  const parallelism = Math.max(0, job.spec?.parallelism ?? 1);
  const completions = job.spec?.completions;
  if (typeof completions !== 'number') return c.succeeded > 0 ? Math.min(c.active, parallelism) : parallelism;
  const done = isIndexed(job) ? c.completedIndexes : c.succeeded;
  return Math.max(0, Math.min(completions - done, parallelism));
}

export const interimFor = (finished: FinishedCondition): string => (finished.type === 'Complete' ? 'SuccessCriteriaMet' : 'FailureTarget');

export const successCondition = (): FinishedCondition => ({ type: 'Complete', ...COMPLETIONS_REACHED });
