// batch/v1 Jobs end to end: the docs' pi job, a job that runs out of retries, parallel and
// Indexed completions, and kubectl 1.33 / 1.27 against mk for reads, describe, create and errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { differential, kubectl, mk, normalise } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

const job = (name: string, spec: string, command: string, image = 'busybox') => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${spec}  template:
    spec:
      containers:
      - name: ${name}
        image: ${image}
        command: ${command}
      restartPolicy: Never
`;

// The docs' example (100 digits: the host perl 5.36's bignum cannot do bpi(2000)).
const PI = job('pi', '  backoffLimit: 4\n', '["perl", "-Mbignum=bpi", "-wle", "print bpi(100)"]', 'perl:5.34.0');
const FAIL = job('fail', '  backoffLimit: 1\n', `["sh", "-c", "exit 1"]`);
const PARALLEL = job('par', '  completions: 4\n  parallelism: 2\n', `["sh", "-c", "echo done"]`);
const INDEXED = job('idx', '  completions: 3\n  parallelism: 2\n  completionMode: Indexed\n', `["sh", "-c", "echo index=$JOB_COMPLETION_INDEX"]`);

async function ok(args: string[]): Promise<string> {
  const r = await mk(cluster, args);
  if (r.exitCode !== 0) throw new Error(`mk ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  writeFileSync(file('jobs.yaml'), [PI, FAIL, PARALLEL, INDEXED].join('---\n'));
  writeFileSync(file('always.yaml'), job('bad', '', '["true"]').replace('restartPolicy: Never', 'restartPolicy: Always'));
  writeFileSync(file('unset.yaml'), job('bad', '', '["true"]').replace('      restartPolicy: Never\n', ''));
  await ok(['apply', '-f', file('jobs.yaml')]);
  await ok(['wait', '--for=condition=complete', 'job/pi', 'job/par', 'job/idx', '--timeout=60s']);
  // one retry after the 10s back-off, then the limit
  await ok(['wait', '--for=condition=failed', 'job/fail', '--timeout=60s']);
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

describe('running jobs', () => {
  it('completes the pi job: 1/1, a Completed pod, the digits in its log', async () => {
    const jobs = await ok(['get', 'job', 'pi']);
    expect(jobs).toMatch(/^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\npi\s+Complete\s+1\/1\s/);
    expect(await ok(['get', 'pods', '-l', 'job-name=pi'])).toMatch(/pi-[a-z0-9]{5}\s+0\/1\s+Completed\s+0\s/);
    expect(await ok(['logs', 'job/pi'])).toMatch(/^3\.14159265358979323846/);
    const status = JSON.parse(await ok(['get', 'job', 'pi', '-o', 'json'])).status;
    expect(status.conditions.map((c: { type: string }) => c.type)).toEqual(['SuccessCriteriaMet', 'Complete']);
    expect(status).toMatchObject({ succeeded: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    // released: no pod keeps the tracking finalizer
    expect(await ok(['get', 'pods', '-o', 'jsonpath={.items[*].metadata.finalizers}'])).toBe('');
  });

  it('fails a job at its backoff limit after one delayed retry', async () => {
    const status = JSON.parse(await ok(['get', 'job', 'fail', '-o', 'json'])).status;
    expect(status.failed).toBe(2);
    expect(status.conditions.map((c: { type: string; reason: string }) => `${c.type}/${c.reason}`)).toEqual(['FailureTarget/BackoffLimitExceeded', 'Failed/BackoffLimitExceeded']);
    const pods = JSON.parse(await ok(['get', 'pods', '-l', 'job-name=fail', '-o', 'json'])).items;
    expect(pods).toHaveLength(2);
    const created = pods.map((p: { metadata: { creationTimestamp: string } }) => Date.parse(p.metadata.creationTimestamp)).sort();
    expect(created[1] - created[0]).toBeGreaterThanOrEqual(9_000);
    expect(await ok(['get', 'pods', '-l', 'job-name=fail'])).toMatch(/Error/);
    expect(await ok(['get', 'events', '--field-selector', 'involvedObject.name=fail'])).toMatch(/BackoffLimitExceeded\s+job\/fail\s+Job has reached the specified backoff limit/);
  });

  it('runs parallel and Indexed completions', async () => {
    expect(await ok(['get', 'job', 'par', '-o', 'jsonpath={.status.succeeded}'])).toBe('4');
    expect(await ok(['get', 'job', 'idx', '-o', 'jsonpath={.status.completedIndexes}'])).toBe('0-2');
    const names = (await ok(['get', 'pods', '-l', 'job-name=idx', '-o', 'name'])).trim().split('\n').sort();
    expect(names.map((n) => n.replace(/-[a-z0-9]{5}$/, ''))).toEqual(['pod/idx-0', 'pod/idx-1', 'pod/idx-2']);
    const logs = await Promise.all(names.map((n) => ok(['logs', n])));
    expect(logs.sort()).toEqual(['index=0\n', 'index=1\n', 'index=2\n']);
  });
});

describe('kubectl parity', () => {
  const cases: string[][] = [
    ['get', 'jobs'],
    ['get', 'jobs', '-o', 'wide'],
    ['get', 'job.batch', 'pi', 'fail'],
    ['get', 'all'],
    ['describe', 'job', 'pi'],
    ['describe', 'jobs', 'fail'],
    ['describe', 'job', 'idx'],
    ['create', 'job', 'hello', '--image=busybox', '--dry-run=client', '-o', 'yaml'],
    ['create', 'job', 'hello', '--image=busybox', '--dry-run=client', '-o', 'yaml', '--', 'sh', '-c', 'echo hi'],
    ['create', 'job', 'hello', '--dry-run=client'],
    ['create', 'job', 'hello', '--image=busybox', '--dry-run=server'],
    // the create generators' shared flags: --save-config, --template, --validate
    ['create', 'job', 'hello', '--image=busybox', '--save-config', '--dry-run=client', '-o', 'yaml'],
    ['create', 'job', 'hello', '--image=busybox', '--dry-run=client', '--template={{.kind}}/{{.metadata.name}}'],
    ['create', 'job', 'hello', '--image=busybox', '--dry-run=client', '-o', 'jsonpath={.nope}', '--allow-missing-template-keys=false'],
    ['create', 'job', 'hello', '--image=busybox', '--validate=bogus', '--dry-run=server'],
    ['create', '-f', 'always.yaml'],
    ['create', '-f', 'unset.yaml'],
  ];
  for (const args of cases) {
    it(args.join(' '), async () => {
      const real = args.map((a) => (a.endsWith('.yaml') ? file(a) : a));
      const r = await differential(cluster, { args: real });
      expect(r.mk).toEqual(r.kubectl);
    });
  }

  it('kubectl 1.27 reads the same jobs table', async () => {
    const [k, m] = await Promise.all([kubectl(cluster, '1.27', ['get', 'jobs', '-o', 'wide']), mk(cluster, ['get', 'jobs', '-o', 'wide'])]);
    expect(k.exitCode).toBe(0);
    expect(normalise(m.stdout)).toBe(normalise(k.stdout));
  });
});

describe('deleting', () => {
  it('delete job removes its pods', async () => {
    expect(await ok(['delete', 'job', 'par'])).toBe('job.batch "par" deleted\n');
    await waitFor(async () => (await ok(['get', 'pods', '-l', 'job-name=par', '-o', 'name'])) === '', 'pods of par gone', 30_000);
  });
});
