// Job conditions as the 1.33 controller writes them: an interim condition
// (SuccessCriteriaMet / FailureTarget) first, the terminal one once no pod is left running.
import type { KubeObject } from '../../client/types.js';

export interface JobCondition {
  type: string;
  status: string;
  lastProbeTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export const COMPLETIONS_REACHED = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };
export const BACKOFF_LIMIT_EXCEEDED = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
export const DEADLINE_EXCEEDED = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };

export const conditionsOf = (job: KubeObject): JobCondition[] => (job.status?.conditions ?? []) as JobCondition[];

export function hasCondition(conditions: JobCondition[], type: string, status = 'True'): boolean {
  return conditions.some((c) => c.type === type && c.status === status);
}

export function findCondition(conditions: JobCondition[], type: string): JobCondition | undefined {
  return conditions.find((c) => c.type === type);
}

export const isJobFinished = (job: KubeObject): boolean => hasCondition(conditionsOf(job), 'Complete') || hasCondition(conditionsOf(job), 'Failed');

/**
 * ensureJobConditionStatus: sets a condition's status, reason and message. A missing
 * condition is only added when it would be True. Returns the new list and whether it changed.
 */
export function ensureCondition(conditions: JobCondition[], type: string, status: string, reason: string, message: string, now: string): [JobCondition[], boolean] {
  const existing = conditions.find((c) => c.type === type);
  if (!existing) {
    if (status !== 'True') return [conditions, false];
    return [[...conditions, { type, status, lastProbeTime: now, lastTransitionTime: now, reason, message }], true];
  }
  if (existing.status === status && existing.reason === reason && existing.message === message) return [conditions, false];
  const updated: JobCondition = { ...existing, status, reason, message, lastProbeTime: now };
  if (existing.status !== status) updated.lastTransitionTime = now;
  return [conditions.map((c) => (c === existing ? updated : c)), true];
}
