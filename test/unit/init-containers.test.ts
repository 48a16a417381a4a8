import { describe, expect, it } from 'vitest';
import { planInitContainers, runtimeState, type RuntimeState } from '../../src/kubelet/init-containers.js';
import { generatePodStatus, podPhase, type ContainerRecord } from '../../src/kubelet/status.js';

const rec = (name: string, over: Partial<ContainerRecord> = {}): ContainerRecord => ({
  name, image: 'busybox', imageID: '', state: { waiting: { reason: 'PodInitializing' } }, restartCount: 0, started: false, ready: false, ...over,
});
const term = (exitCode: number) => ({ exitCode, reason: exitCode ? 'Error' : 'Completed', startedAt: 't0', finishedAt: 't1', containerID: 'containerd://a' });
const running = { running: { startedAt: 't0' } };

const NONE: RuntimeState = { kind: 'none' };
const RUN: RuntimeState = { kind: 'running', started: true };
const exited = (exitCode: number): RuntimeState => ({ kind: 'exited', exitCode });
const states = (m: Record<string, RuntimeState>) => (n: string) => m[n] ?? NONE;

describe('planInitContainers (computeInitContainerActions)', () => {
  const two = [{ name: 'one' }, { name: 'two' }];
  const plan = (m: Record<string, RuntimeState>, policy = 'Always', inits: { name: string; restartPolicy?: string }[] = two) =>
    planInitContainers(inits, ['app'], policy, states(m));

  it('lets the app containers run when there are no init containers', () => {
    expect(planInitContainers([], ['app'], 'Always', states({}))).toEqual({ start: [], initialized: true, failed: false });
  });
  it('runs the init containers one at a time, in order', () => {
    expect(plan({})).toEqual({ start: ['one'], initialized: false, failed: false });
    expect(plan({ one: RUN })).toEqual({ start: [], initialized: false, failed: false });
    expect(plan({ one: exited(0) })).toEqual({ start: ['two'], initialized: false, failed: false });
    expect(plan({ one: exited(0), two: RUN })).toEqual({ start: [], initialized: false, failed: false });
    expect(plan({ one: exited(0), two: exited(0) })).toEqual({ start: [], initialized: true, failed: false });
  });
  it('restarts a failed init container unless the pod never restarts, which fails the pod', () => {
    expect(plan({ one: exited(1) }, 'Always')).toEqual({ start: ['one'], initialized: false, failed: false });
    expect(plan({ one: exited(0), two: exited(2) }, 'OnFailure')).toEqual({ start: ['two'], initialized: false, failed: false });
    expect(plan({ one: exited(1) }, 'Never')).toEqual({ start: [], initialized: false, failed: true });
  });
  it('does not run regular init containers again once an app container has run', () => {
    expect(plan({ app: RUN })).toEqual({ start: [], initialized: true, failed: false });
    expect(plan({ app: exited(0), one: exited(0) })).toEqual({ start: [], initialized: true, failed: false });
  });
  it('starts a sidecar, waits until it has started, then goes on while it keeps running', () => {
    const inits = [{ name: 'side', restartPolicy: 'Always' }, { name: 'two' }];
    expect(plan({}, 'Never', inits).start).toEqual(['side']);
    expect(plan({ side: { kind: 'running', started: false } }, 'Never', inits)).toEqual({ start: [], initialized: false, failed: false });
    expect(plan({ side: RUN }, 'Never', inits).start).toEqual(['two']);
    expect(plan({ side: RUN, two: exited(0) }, 'Never', inits)).toEqual({ start: [], initialized: true, failed: false });
    // a sidecar that stopped is restarted; later init containers that already exist go on
    expect(plan({ side: exited(1), two: RUN }, 'Never', inits)).toEqual({ start: ['side'], initialized: false, failed: false });
    expect(plan({ side: exited(1), two: NONE }, 'Never', inits)).toEqual({ start: ['side'], initialized: false, failed: false });
    // after initialization only sidecars are kept up
    expect(plan({ side: exited(137), two: exited(0), app: RUN }, 'Never', inits)).toEqual({ start: ['side'], initialized: true, failed: false });
  });
});

describe('runtimeState', () => {
  it('reads running, exited (also while in back-off) and not-yet-run records', () => {
    expect(runtimeState(rec('a', { state: running, started: true }), true)).toEqual({ kind: 'running', started: true });
    expect(runtimeState(rec('a', { state: { terminated: term(3) } }), true)).toEqual({ kind: 'exited', exitCode: 3 });
    expect(runtimeState(rec('a', { state: { waiting: { reason: 'CrashLoopBackOff' } }, last: term(1) }), true)).toEqual({ kind: 'exited', exitCode: 1 });
    expect(runtimeState(rec('a'), true)).toEqual({ kind: 'none' });
    // what ran before a daemon restart belongs to the old sandbox
    expect(runtimeState(rec('a', { state: { terminated: term(0) } }), false)).toEqual({ kind: 'none' });
  });
});

describe('podPhase with init containers (getPhase)', () => {
  const specs = [{ name: 'one' }, { name: 'two' }];
  const app = [rec('app')];
  it('is Pending while initializing, also while an init container crash-loops', () => {
    expect(podPhase('Always', app, 1, { specs, records: [rec('one', { state: running }), rec('two')] })).toBe('Pending');
    const looping = rec('one', { state: { waiting: { reason: 'CrashLoopBackOff' } }, last: term(1) });
    expect(podPhase('Always', app, 1, { specs, records: [looping, rec('two')] })).toBe('Pending');
  });
  it('is Failed when an init container failed and the pod never restarts', () => {
    expect(podPhase('Never', app, 1, { specs, records: [rec('one', { state: { terminated: term(1) } }), rec('two')] })).toBe('Failed');
  });
  it('follows the app containers once initialized', () => {
    const done = [rec('one', { state: { terminated: term(0) } }), rec('two', { state: { terminated: term(0) } })];
    expect(podPhase('Always', [rec('app', { state: running })], 1, { specs, records: done })).toBe('Running');
    expect(podPhase('Always', [rec('app')], 1, { specs, records: done })).toBe('Pending');
  });
  it('counts a running sidecar as running and ignores a terminated one', () => {
    const side = [{ name: 'side', restartPolicy: 'Always' }];
    expect(podPhase('Never', [rec('app', { state: running })], 1, { specs: side, records: [rec('side', { state: running, started: true })] })).toBe('Running');
    expect(podPhase('Never', [rec('app', { state: { terminated: term(0) } })], 1, { specs: side, records: [rec('side', { state: { terminated: term(137) } })] })).toBe('Succeeded');
  });
});

describe('generatePodStatus with init containers', () => {
  const pod = { metadata: { name: 'p' }, spec: { initContainers: [{ name: 'init-a' }, { name: 'init-b' }], containers: [{ name: 'app' }], restartPolicy: 'Always' }, status: {} };
  const now = new Date('2025-01-01T00:00:00Z');
  it('reports Initialized False with the incomplete init containers and their statuses', () => {
    const s = generatePodStatus(pod, {
      records: [rec('app')],
      initRecords: [rec('init-a', { state: { terminated: term(0) } }), rec('init-b', { state: running, started: true, ready: true })],
      hostIP: 'h', podIP: '10.0.0.1', sandboxReady: true, now,
    }) as Record<string, any>;
    expect(s.phase).toBe('Pending');
    expect(s.conditions[1]).toEqual({
      type: 'Initialized', status: 'False', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z',
      reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-b]',
    });
    // a regular init container is ready once it exited 0, never while it runs
    expect(s.initContainerStatuses.map((c: any) => [c.name, c.ready, c.started])).toEqual([['init-a', true, false], ['init-b', false, true]]);
    expect(s.containerStatuses[0].state).toEqual({ waiting: { reason: 'PodInitializing' } });
    expect(s.conditions[2].message).toBe('containers with unready status: [app]');
  });
  it('is Initialized once every init container completed', () => {
    const s = generatePodStatus(pod, {
      records: [rec('app', { state: running, started: true, ready: true })],
      initRecords: [rec('init-a', { state: { terminated: term(0) } }), rec('init-b', { state: { terminated: term(0) } })],
      hostIP: 'h', podIP: '10.0.0.1', sandboxReady: true, now,
    }) as Record<string, any>;
    expect(s.phase).toBe('Running');
    expect(s.conditions.map((c: any) => `${c.type}=${c.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True']);
  });
  it('has no initContainerStatuses without init containers', () => {
    const plain = { ...pod, spec: { containers: [{ name: 'app' }] } };
    const s = generatePodStatus(plain, { records: [rec('app')], hostIP: 'h', sandboxReady: true, now }) as Record<string, any>;
    expect(s.initContainerStatuses).toBeUndefined();
  });
});
