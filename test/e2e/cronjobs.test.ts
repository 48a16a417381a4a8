// CronJobs end to end: the create generator, printing and describe against kubectl 1.33
// (and 1.27 reading the same server), `create job --from=cronjob/…`, and one real
// activation of a `*/1 * * * *` schedule by the controller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { differential, kubectl, mk, normalise } from '../seeds/differential.js';

let cluster: TestCluster;
const QUIET = 'quiet'; // only suspended cron jobs: reads there do not change between runs

const SUSPENDED = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
  namespace: ${QUIET}
  labels: {team: data}
spec:
  schedule: "30 2 * * *"
  timeZone: Europe/Berlin
  suspend: true
  startingDeadlineSeconds: 120
  concurrencyPolicy: Forbid
  jobTemplate:
    metadata:
      labels: {run: nightly}
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
          - name: report
            image: busybox
            command: [echo, done]
`;

async function ok(args: string[], input?: string): Promise<string> {
  const r = await mk(cluster, args, input);
  if (r.exitCode !== 0) throw new Error(`mk ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const getJson = async (args: string[]) => JSON.parse(await ok([...args, '-o', 'json']));

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  // the scheduled one first, so its first minute runs while the other tests do
  await ok(['create', 'cronjob', 'hello', '--image=busybox', '--schedule=*/1 * * * *', '--', 'echo', 'hi']);
  await ok(['create', 'namespace', QUIET]);
  writeFileSync(join(cluster.dir, 'nightly.yaml'), SUSPENDED);
  await ok(['apply', '-f', join(cluster.dir, 'nightly.yaml')]);
  await ok(['create', 'cronjob', 'weekly', '-n', QUIET, '--image=busybox', '--schedule=@weekly', '--restart=Never']);
  await ok(['patch', 'cronjob', 'weekly', '-n', QUIET, '-p', '{"spec":{"suspend":true}}']);
}, 90_000);

afterAll(async () => {
  await cluster?.destroy();
});

describe('cronjobs: mk prints what kubectl prints', () => {
  const reads: string[][] = [
    ['get', 'cronjobs', '-n', QUIET],
    ['get', 'cj', '-o', 'wide', '-n', QUIET],
    ['get', 'cronjob.batch/nightly', '-n', QUIET, '-o', 'yaml'],
    ['describe', 'cronjob', 'nightly', '-n', QUIET],
    ['describe', 'cj', '-n', QUIET],
    ['get', 'all', '-n', QUIET],
    ['create', 'cronjob', 'gen', '--image=busybox', '--schedule=*/1 * * * *', '--dry-run=client', '-o', 'yaml', '--', 'date'],
    ['create', 'cronjob', 'gen', '--image=busybox', '--schedule=0 0 * * *', '--restart=Never', '--dry-run=client', '-o', 'yaml'],
    ['create', 'cronjob', 'bad', '--image=busybox', '--schedule=61 * * * *'],
    ['create', 'cronjob', 'bad', '--image=busybox', '--schedule=* * *'],
    ['create', 'cronjob', 'bad', '--image=busybox'],
    ['create', 'cronjob', 'gen', '--image=busybox', '--schedule=0 0 * * *', '--save-config', '--dry-run=client', '-o', 'yaml', '--', 'date'],
    ['create', 'cronjob', 'gen', '--image=busybox', '--schedule=0 0 * * *', '--dry-run=server', '-o', 'go-template', '--template={{.spec.schedule}}'],
    ['create', 'cronjob', '--image=busybox', '--schedule=* * * * *'],
  ];
  it.each(reads.map((a) => [a.join(' '), a] as const))('%s', async (_, args) => {
    const { mk: m, kubectl: k } = await differential(cluster, { args, cleanup: [['delete', 'cronjob', 'bad', '--ignore-not-found']] });
    expect(m).toEqual(k);
  });

  // describe is client-side (1.27's pod template block is shorter); tables come from the server
  it('kubectl 1.27 reads the same tables', async () => {
    for (const args of reads.filter((a) => a[0] === 'get')) {
      const k = await kubectl(cluster, '1.27', args);
      const m = await mk(cluster, args);
      expect({ args, out: normalise(m.stdout) }).toEqual({ args, out: normalise(k.stdout) });
    }
  });
});

describe('cronjobs: jobs', () => {
  it('create job --from=cronjob/NAME runs the template to completion', async () => {
    await ok(['create', 'job', 'by-hand', '--from=cronjob/nightly', '-n', QUIET]);
    const job = await waitFor(async () => {
      const j = await getJson(['get', 'job', 'by-hand', '-n', QUIET]);
      return j.status?.succeeded === 1 ? j : undefined;
    }, 'the manual job to complete', 45_000);
    expect(job.metadata.annotations['cronjob.kubernetes.io/instantiate']).toBe('manual');
    expect(job.metadata.labels.run).toBe('nightly');
    expect(job.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: expect.any(String), controller: true }]);
    // as upstream, an owned Job's success counts even while suspended; it never becomes active
    const cj = await waitFor(async () => {
      const c = await getJson(['get', 'cj', 'nightly', '-n', QUIET]);
      return c.status?.lastSuccessfulTime ? c : undefined;
    }, 'nightly to notice the manual job', 15_000);
    expect(cj.status).toEqual({ lastSuccessfulTime: job.status.completionTime });
  }, 60_000);

  it('the controller starts a Job at the next minute and records it', async () => {
    const job = await waitFor(
      async () => {
        const jobs = (await getJson(['get', 'jobs'])).items.filter((j: { metadata: { ownerReferences?: { name: string }[] } }) => j.metadata.ownerReferences?.[0]?.name === 'hello');
        return jobs[0];
      },
      'a job of cron job hello',
      75_000,
    );
    expect(job.metadata.name).toMatch(/^hello-\d+$/);
    const scheduled = Number(job.metadata.name.slice('hello-'.length)) * 60_000;
    expect(job.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe(new Date(scheduled).toISOString().replace('.000Z', 'Z'));
    const cj = await waitFor(async () => {
      const c = await getJson(['get', 'cj', 'hello']);
      return c.status?.lastSuccessfulTime ? c : undefined;
    }, 'hello to see its job succeed', 45_000);
    expect(Date.parse(cj.status.lastScheduleTime)).toBeGreaterThanOrEqual(scheduled);
    const described = await ok(['describe', 'cronjob', 'hello']);
    expect(described).toContain(`Created job ${job.metadata.name}`);
    expect(described).toMatch(/Saw completed job: hello-\d+, condition: Complete/);
    // the garbage collector takes the cron job's jobs with it
    await ok(['delete', 'cronjob', 'hello']);
    await waitFor(async () => !(await ok(['get', 'jobs', '-o', 'name'])).includes('job.batch/hello-'), 'hello jobs to be collected', 30_000);
  }, 160_000);
});
