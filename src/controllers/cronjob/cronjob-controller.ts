// The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go, 1.33): driven by
// CronJob and Job informers; each sync settles the active list and history, starts the
// Job that is due, and re-queues the CronJob for its next activation (no polling).
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { parseStandard, type CronSchedule } from '../../util/cron/cron-schedule.js';
import { loadLocationError, localZone } from '../../util/cron/time-zone.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { controllerRef, isAlreadyExists, isNotFound, logErrors, objectKey, splitKey } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { byStartTime, finishedCondition, isJobFinished, isJobSucceeded, jobFromTemplate, jobReference } from './jobs.js';
import { jobNameFor, mostRecentScheduleTime, nextScheduleDelay } from './schedule-times.js';

export interface CronJobControllerOptions {
  /** the clock, injectable so tests can step through minutes */
  now?: () => number;
  /** the zone of schedules without spec.timeZone (kube-controller-manager's time.Local) */
  zone?: string;
}

/** setTimeout's ceiling; a longer wait just syncs early and computes again. */
const MAX_DELAY_MS = 2 ** 31 - 1;

const rfc1123z = (ms: number): string => {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${p2(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
};

export class CronJobController {
  readonly cronJobInformer: Informer;
  readonly jobInformer: Informer;
  private queue: SyncedQueue;
  private recorder: EventRecorder;
  private now: () => number;
  private zone: string;

  constructor(
    private client: ApiClient,
    opts: CronJobControllerOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.zone = opts.zone ?? localZone();
    this.cronJobInformer = new Informer(client, R.cronjobs);
    this.jobInformer = new Informer(client, R.jobs);
    this.recorder = new EventRecorder(client, { component: 'cronjob-controller' });
    this.queue = new SyncedQueue((k) => this.process(k), 2, logErrors('cronjob-controller'));
    this.cronJobInformer.on({
      add: (cj) => this.queue.add(objectKey(cj)),
      update: (old, cur) => this.updateCronJob(old, cur),
      delete: (cj) => this.queue.add(objectKey(cj)),
    });
    const enqueueOwner = (job: KubeObject) => {
      const ref = controllerRef(job);
      if (ref?.kind === 'CronJob') this.queue.add(`${job.metadata.namespace}/${ref.name}`);
    };
    this.jobInformer.on({
      add: enqueueOwner,
      update: (old, cur) => {
        if (controllerRef(old)?.uid !== controllerRef(cur)?.uid) enqueueOwner(old);
        enqueueOwner(cur);
      },
      delete: enqueueOwner,
    });
  }

  async start(): Promise<void> {
    await this.startInformers();
    this.queue.open();
  }

  /** The caches without the queue: tests drive syncs themselves. */
  async startInformers(): Promise<void> {
    await Promise.all([this.cronJobInformer.start(), this.jobInformer.start()]);
  }

  stop(): void {
    this.queue.stop();
    this.cronJobInformer.stop();
    this.jobInformer.stop();
  }

  /** A changed schedule or zone waits for its own next activation; anything else syncs now. */
  private updateCronJob(old: KubeObject, cur: KubeObject): void {
    const key = objectKey(cur);
    const scheduleChanged = old.spec?.schedule !== cur.spec?.schedule || (old.spec?.timeZone ?? null) !== (cur.spec?.timeZone ?? null);
    if (!scheduleChanged || cur.spec?.suspend) return this.queue.add(key);
    const sched = this.schedule(cur, false);
    if (!sched) return this.queue.add(key);
    this.queue.addAfter(key, Math.min(MAX_DELAY_MS, Math.max(0, nextScheduleDelay(cur, this.now(), sched))));
  }

  private async process(key: string): Promise<void> {
    const after = await this.sync(key);
    if (after !== undefined) this.queue.addAfter(key, Math.min(MAX_DELAY_MS, Math.max(0, after)));
  }

  /** The schedule in the CronJob's zone; a TZ= prefix in the schedule itself wins (legacy). */
  private schedule(cj: KubeObject, record: boolean): CronSchedule | undefined {
    const spec = cj.spec ?? {};
    const text: string = spec.schedule ?? '';
    if (text.includes('TZ') && record)
      this.event(cj, 'Warning', 'UnsupportedSchedule', `CRON_TZ or TZ used in schedule ${JSON.stringify(text)} is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details`);
    const zone = spec.timeZone && !text.includes('TZ') && !loadLocationError(spec.timeZone) ? spec.timeZone : this.zone;
    try {
      return parseStandard(text, zone === 'Local' ? this.zone : zone);
    } catch (e) {
      if (record) this.event(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(text)} : ${(e as Error).message}`);
      return undefined;
    }
  }

  private event(cj: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
    void this.recorder.record({ ...cj, apiVersion: 'batch/v1', kind: 'CronJob' }, type, reason, message);
  }

  /** One reconcile; resolves to how long until the next look (ms), if any. */
  async sync(key: string): Promise<number | undefined> {
    const [ns, name] = splitKey(key);
    const cached = this.cronJobInformer.get(ns, name);
    if (!cached) return undefined;
    const jobs = this.jobInformer.list(ns).filter((j) => {
      const ref = controllerRef(j);
      return ref?.kind === 'CronJob' && ref.name === name;
    });
    const cj: KubeObject = structuredClone(cached);
    cj.status ??= {};
    const cleaned = await this.cleanupFinishedJobs(cj, jobs);
    const { requeueAfter, updateStatus } = await this.syncCronJob(cj, jobs);
    if (cleaned || updateStatus) await this.client.update(R.cronjobs, ns, cj, { subresource: 'status' });
    return requeueAfter;
  }

  private async syncCronJob(cj: KubeObject, jobs: KubeObject[]): Promise<{ requeueAfter?: number; updateStatus: boolean }> {
    const now = this.now();
    let updateStatus = false;
    const children = new Set<string>();
    for (const j of jobs) {
      children.add(j.metadata.uid!);
      const found = inActiveList(cj, j.metadata.uid!);
      if (!found && !isJobFinished(j)) {
        const fresh = await this.client.get(R.cronjobs, cj.metadata.namespace, cj.metadata.name!);
        if (inActiveList(fresh, j.metadata.uid!)) {
          Object.assign(cj, structuredClone(fresh));
          continue;
        }
        this.event(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`);
      } else if (found && isJobFinished(j)) {
        deleteFromActiveList(cj, j.metadata.uid!);
        this.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, condition: ${finishedCondition(j)}`);
        updateStatus = true;
      } else if (isJobSucceeded(j)) {
        // a succeeded Job counts whether or not it is still listed as active
        const done = j.status?.completionTime;
        const last = cj.status.lastSuccessfulTime;
        if (!last || (done && Date.parse(done) > Date.parse(last))) {
          cj.status.lastSuccessfulTime = done ?? null;
          updateStatus = true;
        }
      }
    }
    // an active entry whose Job is gone would keep the CronJob "active" forever
    for (const ref of [...(cj.status.active ?? [])]) {
      if (children.has(ref.uid)) continue;
      try {
        await this.client.get(R.jobs, ref.namespace, ref.name);
      } catch (e) {
        if (!isNotFound(e)) throw e;
        this.event(cj, 'Normal', 'MissingJob', `Active job went missing: ${ref.name}`);
        deleteFromActiveList(cj, ref.uid);
        updateStatus = true;
      }
    }
    if (cj.metadata.deletionTimestamp) return { updateStatus };
    const tz = cj.spec?.timeZone;
    if (tz !== undefined && tz !== null) {
      const err = loadLocationError(tz);
      if (err) {
        this.event(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(tz)}: ${err}`);
        return { updateStatus };
      }
    }
    if (cj.spec?.suspend) return { updateStatus };
    const sched = this.schedule(cj, true);
    if (!sched) return { updateStatus };

    const due = mostRecentScheduleTime(cj, now, sched, true);
    if (due.error) {
      this.event(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec.schedule} : ${due.error}`);
      return { updateStatus };
    }
    const later = () => ({ requeueAfter: nextScheduleDelay(cj, now, sched), updateStatus });
    if (due.mostRecent === undefined || due.mostRecent > now) return later();
    if (due.missed === 'many')
      this.event(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    const scheduled = due.mostRecent;
    const deadline = cj.spec?.startingDeadlineSeconds;
    if (typeof deadline === 'number' && scheduled + deadline * 1000 < now) {
      this.event(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduled)}`);
      return later();
    }
    const jobName = jobNameFor(cj, scheduled);
    const lastSchedule = cj.status.lastScheduleTime ? Date.parse(cj.status.lastScheduleTime) : undefined;
    if ((cj.status.active ?? []).some((r: KubeObject) => r.name === jobName) || lastSchedule === scheduled) return later();
    if (cj.spec?.concurrencyPolicy === 'Forbid' && (cj.status.active ?? []).length > 0) {
      this.event(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return later();
    }
    if (cj.spec?.concurrencyPolicy === 'Replace') {
      for (const ref of [...(cj.status.active ?? [])]) {
        let job: KubeObject;
        try {
          job = await this.client.get(R.jobs, ref.namespace, ref.name);
        } catch (e) {
          this.event(cj, 'Warning', 'FailedGet', `Get job: ${(e as Error).message}`);
          throw e;
        }
        if (!(await this.deleteJob(cj, job))) throw new Error(`could not replace job ${job.metadata.namespace}/${job.metadata.name}`);
        updateStatus = true;
      }
    }

    const request = jobFromTemplate(cj, scheduled);
    let created: KubeObject;
    try {
      created = await this.client.create(R.jobs, cj.metadata.namespace, request);
      this.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${created.metadata.name}`);
    } catch (e) {
      if (!isAlreadyExists(e)) {
        this.event(cj, 'Warning', 'FailedCreate', `Error creating job: ${(e as Error).message}`);
        throw e;
      }
      // someone (an earlier sync) made it already: adopt it only if it is ours
      created = await this.client.get(R.jobs, cj.metadata.namespace, request.metadata.name!);
      if (controllerRef(created)?.uid !== cj.metadata.uid) return { updateStatus };
    }
    if (!inActiveList(cj, created.metadata.uid!)) (cj.status.active ??= []).push(jobReference(created));
    cj.status.lastScheduleTime = new Date(scheduled).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { requeueAfter: nextScheduleDelay(cj, now, sched), updateStatus: true };
  }

  /** Deletes finished Jobs beyond the history limits, oldest first. */
  private async cleanupFinishedJobs(cj: KubeObject, jobs: KubeObject[]): Promise<boolean> {
    const spec = cj.spec ?? {};
    if (spec.failedJobsHistoryLimit == null && spec.successfulJobsHistoryLimit == null) return false;
    const succeeded = jobs.filter((j) => finishedCondition(j) === 'Complete');
    const failed = jobs.filter((j) => finishedCondition(j) === 'Failed');
    let changed = false;
    if (spec.successfulJobsHistoryLimit != null && (await this.removeOldest(cj, succeeded, spec.successfulJobsHistoryLimit))) changed = true;
    if (spec.failedJobsHistoryLimit != null && (await this.removeOldest(cj, failed, spec.failedJobsHistoryLimit))) changed = true;
    return changed;
  }

  private async removeOldest(cj: KubeObject, jobs: KubeObject[], keep: number): Promise<boolean> {
    const surplus = jobs.length - keep;
    if (surplus <= 0) return false;
    let changed = false;
    for (const job of [...jobs].sort(byStartTime).slice(0, surplus)) if (await this.deleteJob(cj, job)) changed = true;
    return changed;
  }

  private async deleteJob(cj: KubeObject, job: KubeObject): Promise<boolean> {
    try {
      await this.client.delete(R.jobs, job.metadata.namespace, job.metadata.name!, { propagationPolicy: 'Background' });
    } catch (e) {
      this.event(cj, 'Warning', 'FailedDelete', `Deleted job: ${(e as Error).message}`);
      return false;
    }
    deleteFromActiveList(cj, job.metadata.uid!);
    this.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
    return true;
  }
}

function inActiveList(cj: KubeObject, uid: string): boolean {
  return (cj.status?.active ?? []).some((r: KubeObject) => r.uid === uid);
}

function deleteFromActiveList(cj: KubeObject, uid: string): void {
  const active = (cj.status?.active ?? []).filter((r: KubeObject) => r.uid !== uid);
  if (active.length) cj.status.active = active;
  else delete cj.status.active;
}
