// The CronJob controller against a real in-memory registry, with a fake clock: the test
// steps minutes and calls sync itself (no timers), then checks Jobs, status and events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/storage/store.js';
import { Registry } from '../../src/apiserver/rest/registry.js';
import { LocalClient } from '../../src/client/local-client.js';
import { R } from '../../src/client/interface.js';
import type { KubeObject } from '../../src/client/types.js';
import { bootstrap } from '../../src/cluster/bootstrap.js';
import { CronJobController } from '../../src/controllers/cronjob/cronjob-controller.js';
import { waitFor } from '../helpers/cluster.js';

const NS = 'default';
const MIN = 60_000;
const client = new LocalClient(new Registry(new Store(':memory:')));
let clock = Date.now();
const controller = new CronJobController(client, { now: () => clock, zone: 'UTC' });

function cronJobBody(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, namespace: NS },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: { metadata: { labels: { team: 'a' } }, spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox' }] } } } },
      ...spec,
    },
  };
}

/** The informers have caught up with the API for this CronJob and its Jobs. */
async function settled(name: string): Promise<void> {
  await waitFor(async () => {
    const cj = await client.get(R.cronjobs, NS, name);
    const jobs = (await client.list(R.jobs, NS)).items;
    const cached = controller.jobInformer.list(NS);
    const sameJobs = jobs.length === cached.length && jobs.every((j) => controller.jobInformer.get(NS, j.metadata.name!)?.metadata.resourceVersion === j.metadata.resourceVersion);
    return controller.cronJobInformer.get(NS, name)?.metadata.resourceVersion === cj.metadata.resourceVersion && sameJobs;
  }, `informers to catch up for ${name}`);
}

async function syncAt(name: string, at: number): Promise<number | undefined> {
  await settled(name);
  clock = at;
  const after = await controller.sync(`${NS}/${name}`);
  await settled(name);
  return after;
}

const jobsOf = async (name: string) =>
  (await client.list(R.jobs, NS)).items.filter((j) => j.metadata.ownerReferences?.[0]?.name === name).map((j) => j.metadata.name).sort();
const events = async (name: string) => (await client.list(R.events, NS)).items.filter((e) => e.involvedObject.name === name).map((e) => `${e.reason} ${e.message}`);
/** Events are recorded asynchronously, as client-go's broadcaster does. */
const expectEvent = (name: string, text: string) => waitFor(async () => (await events(name)).includes(text), `event "${text}"`, 5000);

/** Marks a Job finished the way the Job controller would. */
async function finish(name: string, type: 'Complete' | 'Failed', at: number): Promise<void> {
  const job = await client.get(R.jobs, NS, name);
  const t = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const cond = (c: string) => ({ type: c, status: 'True', lastProbeTime: t, lastTransitionTime: t, reason: '', message: '' });
  const status =
    type === 'Complete'
      ? { startTime: t, completionTime: t, succeeded: 1, conditions: [cond('SuccessCriteriaMet'), cond('Complete')] }
      : { startTime: t, failed: 1, conditions: [cond('FailureTarget'), cond('Failed')] };
  await client.update(R.jobs, NS, { ...job, status: { ...job.status, ...status, uncountedTerminatedPods: {} } }, { subresource: 'status' });
}

/** Creation time of the CronJob, and the first 5-minute boundary after it. */
async function create(name: string, spec: Record<string, unknown> = {}): Promise<{ created: number; first: number }> {
  const cj = await client.create(R.cronjobs, NS, cronJobBody(name, spec));
  const created = Date.parse(cj.metadata.creationTimestamp!);
  return { created, first: Math.floor(created / (5 * MIN)) * 5 * MIN + 5 * MIN };
}

beforeAll(async () => {
  await bootstrap(client);
  await controller.startInformers();
});
afterAll(() => controller.stop());

describe('CronJob controller', () => {
  it('waits for the next activation, then creates the Job and records it in status', async () => {
    const { created, first } = await create('basic');
    const wait = await syncAt('basic', created + 1000);
    expect(wait).toBe(first + 100 - (created + 1000));
    expect(await jobsOf('basic')).toEqual([]);

    const wait2 = await syncAt('basic', first + 2000);
    expect(wait2).toBe(5 * MIN + 100 - 2000);
    const jobName = `basic-${first / MIN}`;
    expect(await jobsOf('basic')).toEqual([jobName]);
    const job = await client.get(R.jobs, NS, jobName);
    expect(job.metadata.labels?.team).toBe('a');
    expect(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe(new Date(first).toISOString().replace('.000Z', 'Z'));
    expect(job.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'basic', uid: expect.any(String), controller: true, blockOwnerDeletion: true }]);
    const cj = await client.get(R.cronjobs, NS, 'basic');
    expect(cj.status.lastScheduleTime).toBe(new Date(first).toISOString().replace('.000Z', 'Z'));
    expect(cj.status.active.map((r: KubeObject) => r.name)).toEqual([jobName]);
    // the same activation never runs twice
    await syncAt('basic', first + 3000);
    expect(await jobsOf('basic')).toEqual([jobName]);
    await expectEvent('basic', `SuccessfulCreate Created job ${jobName}`);
  });

  it('starts only the most recent of several missed activations; many missed warn', async () => {
    const { first } = await create('missed');
    await syncAt('missed', first + 3 * 5 * MIN + 1000);
    expect(await jobsOf('missed')).toEqual([`missed-${first / MIN + 15}`]);

    const { created } = await create('many', { schedule: '* * * * *' });
    await syncAt('many', created + 150 * MIN);
    expect(await jobsOf('many')).toHaveLength(1);
    await expectEvent('many', 'TooManyMissedTimes too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
  });

  it('skips an activation past startingDeadlineSeconds', async () => {
    const late = await create('late', { startingDeadlineSeconds: 10 });
    await syncAt('late', late.first + 30_000);
    expect(await jobsOf('late')).toEqual([]);
    // within the window the activation starts
    const ontime = await create('ontime', { startingDeadlineSeconds: 10 });
    await syncAt('ontime', ontime.first + 5000);
    expect(await jobsOf('ontime')).toEqual([`ontime-${ontime.first / MIN}`]);
  });

  it('Forbid keeps the running Job; Replace deletes it for the new one', async () => {
    const f = await create('forbid', { concurrencyPolicy: 'Forbid' });
    await syncAt('forbid', f.first + 1000);
    await syncAt('forbid', f.first + 5 * MIN + 1000);
    expect(await jobsOf('forbid')).toEqual([`forbid-${f.first / MIN}`]);
    await expectEvent('forbid', 'JobAlreadyActive Not starting job because prior execution is running and concurrency policy is Forbid');

    const r = await create('replace', { concurrencyPolicy: 'Replace' });
    await syncAt('replace', r.first + 1000);
    await syncAt('replace', r.first + 5 * MIN + 1000);
    const second = `replace-${r.first / MIN + 5}`;
    await waitFor(async () => JSON.stringify(await jobsOf('replace')) === JSON.stringify([second]), 'the replaced job to go');
    await expectEvent('replace', `SuccessfulDelete Deleted job replace-${r.first / MIN}`);
    const cj = await client.get(R.cronjobs, NS, 'replace');
    expect(cj.status.active.map((a: KubeObject) => a.name)).toEqual([second]);
  });

  it('notices finished Jobs and keeps only the history limits', async () => {
    const { first } = await create('history', { successfulJobsHistoryLimit: 1, failedJobsHistoryLimit: 0 });
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const at = first + i * 5 * MIN;
      await syncAt('history', at + 1000);
      names.push(`history-${at / MIN}`);
    }
    expect(await jobsOf('history')).toEqual(names);
    await finish(names[0], 'Complete', first + 60_000);
    await finish(names[1], 'Complete', first + 6 * MIN);
    await finish(names[2], 'Failed', first + 11 * MIN);
    await syncAt('history', first + 12 * MIN);
    await waitFor(async () => JSON.stringify(await jobsOf('history')) === JSON.stringify([names[1]]), 'history to be trimmed');
    expect((await client.get(R.cronjobs, NS, 'history')).status.active).toBeUndefined();
    // as upstream, a Job's completion counts once it has left the active list: next sync
    await syncAt('history', first + 12 * MIN + 1000);
    const cj = await client.get(R.cronjobs, NS, 'history');
    expect(cj.status.lastSuccessfulTime).toBe(new Date(first + 6 * MIN).toISOString().replace('.000Z', 'Z'));
    await expectEvent('history', `SawCompletedJob Saw completed job: ${names[1]}, condition: Complete`);
    await expectEvent('history', `SuccessfulDelete Deleted job ${names[0]}`);
    await expectEvent('history', `SuccessfulDelete Deleted job ${names[2]}`);
  });

  it('does nothing while suspended', async () => {
    const { first } = await create('paused', { suspend: true });
    expect(await syncAt('paused', first + 1000)).toBeUndefined();
    expect(await jobsOf('paused')).toEqual([]);
  });
});
