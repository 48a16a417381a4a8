// Init containers end to end: two busybox init containers run one after the other before
// nginx (get pods shows Init:N/2, then Running), their statuses, events and logs; describe
// against kubectl 1.33; a failing init container under restartPolicy Never (Init:Error, pod
// Failed) and Always (Init:CrashLoopBackOff); a sidecar init container that keeps running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from '../helpers/cluster.js';

const c = new TestCluster();
const k = (args: string[], input?: string) => c.kubectl('1.33', args, { input });
const pod = (name: string, spec: object) => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: name } }, spec });
const jsonpath = async (name: string, path: string) => (await k(['get', 'pod', name, '-o', `jsonpath=${path}`])).stdout;

/** The STATUS column of `get pods` for one pod. */
async function statusColumn(name: string): Promise<string> {
  const out = (await c.mk(['get', 'pod', name, '--no-headers'])).stdout;
  return out.trim().split(/\s+/)[2] ?? '';
}

/** Ages and times tick between two runs; everything else must match byte for byte. */
const normalise = (s: string) =>
  s
    .replace(/\b\d+(s|m|h|d)(\d+(s|m|h))?\b/g, '<age>')
    .replace(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (\w{3}) \d{4} \d\d:\d\d:\d\d [+-]\d{4}/g, '<date>')
    .replace(/<age> +/g, '<age> ');

const myapp = pod('myapp', {
  initContainers: [
    { name: 'init-one', image: 'busybox', command: ['sh', '-c', 'echo one'] },
    { name: 'init-two', image: 'busybox', command: ['sh', '-c', 'sleep 2; echo two'] },
  ],
  containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }],
});

const failing = (name: string, restartPolicy: string) =>
  pod(name, {
    restartPolicy,
    initContainers: [{ name: 'init-fail', image: 'busybox', command: ['sh', '-c', 'echo failing; exit 3'] }],
    containers: [{ name: 'app', image: 'busybox', command: ['sleep', '3600'] }],
  });

beforeAll(async () => {
  await c.start();
}, 60_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('init containers', () => {
  it('runs the init containers in order before the app container', async () => {
    expect((await k(['apply', '-f', '-'], myapp)).exitCode).toBe(0);
    const seen = new Set<string>();
    await waitFor(async () => {
      const s = await statusColumn('myapp');
      seen.add(s);
      return s === 'Running';
    }, 'myapp running', 60_000);
    expect([...seen].some((s) => /^Init:[01]\/2$/.test(s))).toBe(true);
    expect([...seen].filter((s) => !['Pending', 'Init:0/2', 'Init:1/2', 'PodInitializing', 'Running'].includes(s))).toEqual([]);
    expect(await jsonpath('myapp', '{.status.initContainerStatuses[*].state.terminated.reason}')).toBe('Completed Completed');
    expect(await jsonpath('myapp', '{.status.initContainerStatuses[*].ready}')).toBe('true true');
    expect(await jsonpath('myapp', '{.status.initContainerStatuses[*].state.terminated.exitCode}')).toBe('0 0');
    expect(await jsonpath('myapp', '{.status.conditions[?(@.type=="Initialized")].status}')).toBe('True');
    // the second init container started only after the first finished, nginx after both
    const [, firstDone] = (await jsonpath('myapp', '{.status.initContainerStatuses[0].state.terminated.startedAt} {.status.initContainerStatuses[0].state.terminated.finishedAt}')).split(' ');
    const [secondStart, secondDone] = (await jsonpath('myapp', '{.status.initContainerStatuses[1].state.terminated.startedAt} {.status.initContainerStatuses[1].state.terminated.finishedAt}')).split(' ');
    const nginxStart = await jsonpath('myapp', '{.status.containerStatuses[0].state.running.startedAt}');
    expect(Date.parse(secondStart)).toBeGreaterThanOrEqual(Date.parse(firstDone));
    expect(Date.parse(nginxStart)).toBeGreaterThanOrEqual(Date.parse(secondDone));
  }, 90_000);

  it('records events for init containers with their field path', async () => {
    const events = (await k(['get', 'events', '--field-selector', 'involvedObject.name=myapp', '-o', 'jsonpath={range .items[*]}{.reason} {.involvedObject.fieldPath}{"\\n"}{end}'])).stdout;
    expect(events).toContain('Created spec.initContainers{init-one}');
    expect(events).toContain('Started spec.initContainers{init-two}');
    expect(events).toContain('Started spec.containers{nginx}');
  });

  it('serves the init containers logs', async () => {
    expect((await c.mk(['logs', 'myapp', '-c', 'init-one'])).stdout).toBe('one\n');
    expect((await c.mk(['logs', 'myapp', '-c', 'init-two'])).stdout).toBe('two\n');
    const all = await c.mk(['logs', 'myapp', '--all-containers', '--prefix']);
    expect(all.stdout.startsWith('[pod/myapp/init-one] one\n[pod/myapp/init-two] two\n')).toBe(true);
  });

  it('describes the pod as kubectl 1.33 does', async () => {
    const kubectl = await k(['describe', 'pod', 'myapp']);
    const mk = await c.mk(['describe', 'pod', 'myapp']);
    expect(kubectl.stdout).toContain('Init Containers:\n  init-one:');
    expect(normalise(mk.stdout)).toBe(normalise(kubectl.stdout));
  });

  it('fails the pod when an init container fails under restartPolicy Never', async () => {
    expect((await k(['apply', '-f', '-'], failing('never', 'Never'))).exitCode).toBe(0);
    await waitFor(async () => (await jsonpath('never', '{.status.phase}')) === 'Failed', 'never failed', 60_000);
    expect(await statusColumn('never')).toBe('Init:Error');
    expect(await jsonpath('never', '{.status.initContainerStatuses[0].state.terminated.exitCode}')).toBe('3');
    expect(await jsonpath('never', '{.status.conditions[?(@.type=="Initialized")].message}')).toBe('containers with incomplete status: [init-fail]');
    expect(await jsonpath('never', '{.status.containerStatuses[0].state.waiting.reason}')).toBe('PodInitializing');
    expect((await c.mk(['logs', 'never', '-c', 'init-fail'])).stdout).toBe('failing\n');
    const kubectl = await k(['describe', 'pod', 'never']);
    const mk = await c.mk(['describe', 'pod', 'never']);
    expect(normalise(mk.stdout)).toBe(normalise(kubectl.stdout));
  }, 90_000);

  it('restarts a failing init container with back-off under restartPolicy Always', async () => {
    expect((await k(['apply', '-f', '-'], failing('looping', 'Always'))).exitCode).toBe(0);
    await waitFor(async () => (await statusColumn('looping')) === 'Init:CrashLoopBackOff', 'looping in back-off', 90_000);
    expect(await jsonpath('looping', '{.status.phase}')).toBe('Pending');
    expect(Number(await jsonpath('looping', '{.status.initContainerStatuses[0].restartCount}'))).toBeGreaterThanOrEqual(1);
    expect(await jsonpath('looping', '{.status.containerStatuses[0].state.waiting.reason}')).toBe('PodInitializing');
  }, 120_000);

  it('keeps a sidecar init container running next to the app container', async () => {
    const sidecar = pod('sidecar', {
      initContainers: [{ name: 'side', image: 'busybox', restartPolicy: 'Always', command: ['sh', '-c', 'echo side up; sleep 3600'] }],
      containers: [{ name: 'app', image: 'busybox', command: ['sleep', '3600'] }],
    });
    expect((await k(['apply', '-f', '-'], sidecar)).exitCode).toBe(0);
    await waitFor(async () => (await c.mk(['get', 'pod', 'sidecar', '--no-headers'])).stdout.match(/^sidecar\s+2\/2\s+Running\s/), 'sidecar 2/2', 60_000);
    expect(await jsonpath('sidecar', '{.status.initContainerStatuses[0].state.running.startedAt}')).not.toBe('');
    expect(await jsonpath('sidecar', '{.status.initContainerStatuses[0].started}')).toBe('true');
    expect((await c.mk(['logs', 'sidecar', '-c', 'side'])).stdout).toBe('side up\n');
  }, 90_000);
});
