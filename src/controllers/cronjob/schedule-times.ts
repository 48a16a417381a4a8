// Schedule arithmetic of the CronJob controller (pkg/controller/cronjob/utils.go, 1.33):
// which activation is due now, how many were missed, and when to look again.
import type { KubeObject } from '../../client/types.js';
import type { CronSchedule } from '../../util/cron/cron-schedule.js';

/** How many start times passed unnoticed since the last one. */
export type MissedSchedules = 'none' | 'few' | 'many';

/** The controller looks again this long after an activation is due (nextScheduleDelta). */
export const NEXT_SCHEDULE_DELTA_MS = 100;

const ms = (rfc3339: string | undefined | null): number | undefined => (rfc3339 ? Date.parse(rfc3339) : undefined);

export interface MostRecent {
  earliest: number;
  mostRecent?: number;
  missed: MissedSchedules;
  error?: string;
}

/**
 * mostRecentScheduleTime: from the last schedule time (or creation), the latest start
 * time not after `now`, counting missed ones roughly by the gap between two activations.
 */
export function mostRecentScheduleTime(cj: KubeObject, now: number, sched: CronSchedule, includeStartingDeadline: boolean): MostRecent {
  let earliest = ms(cj.status?.lastScheduleTime) ?? ms(cj.metadata.creationTimestamp) ?? now;
  let missed: MissedSchedules = 'none';
  const deadline = cj.spec?.startingDeadlineSeconds;
  if (includeStartingDeadline && typeof deadline === 'number') {
    // nothing older than the deadline will be started anyway
    const schedulingDeadline = now - deadline * 1000;
    if (schedulingDeadline > earliest) earliest = schedulingDeadline;
  }
  const t1 = sched.next(earliest);
  const t2 = sched.next(t1);
  if (now < t1) return { earliest, missed };
  if (now < t2) return { earliest, mostRecent: t1, missed };
  const between = Math.round((t2 - t1) / 1000);
  // e.g. "59 23 31 2 *" parses but never fires
  if (between < 1) return { earliest, missed, error: 'time difference between two schedules is less than 1 second' };
  const elapsed = Math.trunc((now - t1) / 1000);
  const count = Math.trunc(elapsed / between) + 1;
  let mostRecent: number | undefined;
  // start one interval early and let the schedule find the real times (irregular specs)
  const potentialEarliest = t1 + (count - 2) * between * 1000;
  for (let t = sched.next(potentialEarliest); t <= now; t = sched.next(t)) mostRecent = t;
  if (count > 100) missed = 'many';
  else if (count > 1) missed = 'few';
  return { earliest, mostRecent, missed };
}

/** nextScheduleTimeDuration: how long until the controller should sync this CronJob again. */
export function nextScheduleDelay(cj: KubeObject, now: number, sched: CronSchedule): number {
  const r = mostRecentScheduleTime(cj, now, sched, false);
  let from: number;
  if (r.error) from = now;
  else if (r.mostRecent === undefined) from = r.missed === 'none' ? r.earliest : now;
  else from = r.mostRecent;
  return sched.next(from) + NEXT_SCHEDULE_DELTA_MS - now;
}

/** Jobs for one nominal start time get one deterministic name. */
export const jobNameFor = (cj: KubeObject, scheduledMs: number): string => `${cj.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
