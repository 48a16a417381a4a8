import { describe, expect, it } from 'vitest';
import { generatePodStatus, podPhase, type ContainerRecord } from '../../src/kubelet/status.js';
import { logContainerID, pickContainer, readOptions } from '../../src/kubelet/logs.js';
import { renderLog, type LogRecord } from '../../src/kubelet/log-file.js';
import { StatusError } from '../../src/apiserver/errors.js';

const rec = (over: Partial<ContainerRecord>): ContainerRecord => ({
  name: 'c', image: 'nginx', imageID: '', state: { waiting: { reason: 'ContainerCreating' } }, restartCount: 0, started: false, ready: false, ...over,
});
const term = (exitCode: number) => ({ exitCode, reason: exitCode ? 'Error' : 'Completed', startedAt: 't0', finishedAt: 't1', containerID: 'containerd://a' });

describe('podPhase (kubelet getPhase)', () => {
  it('is Pending while a container waits for the first time', () => {
    expect(podPhase('Always', [rec({})], 1)).toBe('Pending');
  });
  it('is Running when running, and while restarting under Always', () => {
    expect(podPhase('Always', [rec({ state: { running: { startedAt: 't' } } })], 1)).toBe('Running');
    expect(podPhase('Always', [rec({ state: { waiting: { reason: 'CrashLoopBackOff' } }, last: term(1) })], 1)).toBe('Running');
  });
  it('ends Succeeded or Failed by restart policy', () => {
    expect(podPhase('Never', [rec({ state: { terminated: term(0) } })], 1)).toBe('Succeeded');
    expect(podPhase('Never', [rec({ state: { terminated: term(2) } })], 1)).toBe('Failed');
    expect(podPhase('OnFailure', [rec({ state: { terminated: term(2) } })], 1)).toBe('Running');
    expect(podPhase('OnFailure', [rec({ state: { terminated: term(0) } })], 1)).toBe('Succeeded');
  });
});

describe('generatePodStatus', () => {
  const pod = (status: object = {}) => ({ metadata: { name: 'p' }, spec: { containers: [{ name: 'a' }, { name: 'b' }], restartPolicy: 'Always' }, status: { phase: 'Pending', qosClass: 'BestEffort', ...status } });
  it('lists conditions in kubelet order with the not-ready reason and keeps qosClass', () => {
    const s = generatePodStatus(pod(), {
      records: [rec({ name: 'a', ready: true, state: { running: { startedAt: 't' } } }), rec({ name: 'b' })],
      hostIP: '127.0.0.1',
      podIP: '10.244.0.9',
      sandboxReady: true,
      startTime: 't',
      now: new Date('2025-01-01T00:00:00Z'),
    }) as Record<string, any>;
    expect(s.conditions.map((c: any) => c.type)).toEqual(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
    expect(s.conditions[2]).toEqual({ type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'ContainersNotReady', message: 'containers with unready status: [b]' });
    expect(s.phase).toBe('Pending');
    expect(s.podIPs).toEqual([{ ip: '10.244.0.9' }]);
    expect(s.hostIPs).toEqual([{ ip: '127.0.0.1' }]);
    expect(s.qosClass).toBe('BestEffort');
    expect(s.containerStatuses[1]).toEqual({ name: 'b', state: { waiting: { reason: 'ContainerCreating' } }, lastState: {}, ready: false, restartCount: 0, image: 'nginx', imageID: '', started: false });
  });
  it('keeps lastTransitionTime while a condition does not change', () => {
    const old = [{ type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: '2020-01-01T00:00:00Z' }];
    const s = generatePodStatus(pod({ conditions: old }), { records: [], hostIP: 'h', sandboxReady: false }) as Record<string, any>;
    expect(s.conditions[1].lastTransitionTime).toBe('2020-01-01T00:00:00Z');
  });
});

describe('pod log checks', () => {
  const pod = { metadata: { name: 'web' }, spec: { containers: [{ name: 'a' }, { name: 'b' }] } };
  const msg = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return `${(e as StatusError).status.code} ${(e as StatusError).status.message}`;
    }
    return 'no error';
  };
  it('asks for a container name when there are several', () => {
    expect(msg(() => pickContainer(pod, null))).toBe('400 a container name must be specified for pod web, choose one of: [a b]');
    expect(msg(() => pickContainer(pod, 'z'))).toBe('400 container z is not valid for pod web');
    expect(pickContainer(pod, 'b')).toBe('b');
  });
  it('words waiting containers as the kubelet does', () => {
    expect(msg(() => logContainerID('web', { state: { waiting: { reason: 'ContainerCreating' } } }, 'a', false))).toBe('400 container "a" in pod "web" is waiting to start: ContainerCreating');
    expect(msg(() => logContainerID('web', { state: { waiting: { reason: 'ImagePullBackOff' } } }, 'a', false))).toBe('400 container "a" in pod "web" is waiting to start: trying and failing to pull image');
    expect(msg(() => logContainerID('web', { state: { running: {} }, containerID: 'containerd://x', lastState: {} }, 'a', true))).toBe('400 previous terminated container "a" in pod "web" not found');
    expect(logContainerID('web', { state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { containerID: 'containerd://old' } } }, 'a', false)).toBe('containerd://old');
  });
  it('renders tail, timestamps and limitBytes', () => {
    const r = (t: string, s: string, full = true): LogRecord => ({ time: t, stream: 'stdout', full, content: Buffer.from(s) });
    const recs = [r('2025-01-01T00:00:01.000000001Z', 'one'), r('2025-01-01T00:00:02.000000000Z', 'tw', false), r('2025-01-01T00:00:02.500000000Z', 'o'), r('2025-01-01T00:00:03.000000000Z', 'three')];
    expect(renderLog(recs, {}).toString()).toBe('one\ntwo\nthree\n');
    expect(renderLog(recs, { tailLines: 2 }).toString()).toBe('two\nthree\n');
    expect(renderLog(recs, { tailLines: 1, timestamps: true }).toString()).toBe('2025-01-01T00:00:03.000000000Z three\n');
    expect(renderLog(recs, { limitBytes: 5 }).toString()).toBe('one\nt');
    expect(renderLog(recs, { sinceMs: Date.parse('2025-01-01T00:00:02.400Z') }).toString()).toBe('o\nthree\n');
    expect(readOptions(new URLSearchParams('follow=true&tailLines=3')).tailLines).toBe(3);
  });
});
