// The Jobs a CronJob owns: building one from the template (getJobFromTemplate2), the
// finished/succeeded tests (pkg/controller/job/util) and history ordering.
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { formatRfc3339InZone } from '../../util/cron/time-zone.js';
import { jobNameFor } from './schedule-times.js';

export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

export function cronJobControllerRef(cj: KubeObject): OwnerReference {
  return { apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name!, uid: cj.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

/** The Job for one scheduled time; the timestamp annotation is written in the CronJob's zone (UTC without one). */
export function jobFromTemplate(cj: KubeObject, scheduledMs: number): KubeObject {
  const tmpl = cj.spec?.jobTemplate ?? {};
  const labels = { ...(tmpl.metadata?.labels ?? {}) };
  const annotations = { ...(tmpl.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP_ANNOTATION]: formatRfc3339InZone(scheduledMs, cj.spec?.timeZone ?? undefined) };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobNameFor(cj, scheduledMs),
      namespace: cj.metadata.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      annotations,
      ownerReferences: [cronJobControllerRef(cj)],
    },
    spec: structuredClone(tmpl.spec ?? {}),
  };
}

/** The Complete or Failed condition that ended the Job, if it has ended. */
export function finishedCondition(job: KubeObject): 'Complete' | 'Failed' | undefined {
  for (const c of job.status?.conditions ?? []) if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type;
  return undefined;
}

export const isJobFinished = (job: KubeObject): boolean => finishedCondition(job) !== undefined;
export const isJobSucceeded = (job: KubeObject): boolean =>
  (job.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Complete' && c.status === 'True');

/** byJobStartTime: started before unstarted, earlier first, then by name. */
export function byStartTime(a: KubeObject, b: KubeObject): number {
  const sa = a.status?.startTime ? Date.parse(a.status.startTime) : undefined;
  const sb = b.status?.startTime ? Date.parse(b.status.startTime) : undefined;
  if (sa === undefined && sb !== undefined) return 1;
  if (sa !== undefined && sb === undefined) return -1;
  if (sa === sb) return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
  return sa! - sb!;
}

/** The ObjectReference status.active holds for a Job (ref.GetReference). */
export function jobReference(job: KubeObject): Record<string, string | undefined> {
  return {
    kind: 'Job',
    namespace: job.metadata.namespace,
    name: job.metadata.name,
    uid: job.metadata.uid,
    apiVersion: 'batch/v1',
    resourceVersion: job.metadata.resourceVersion,
  };
}
