import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { findResource } from '../../src/apiserver/resources.js';
import { buildTable } from '../../src/apiserver/tables/index.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const ago = (ms: number): string => new Date(NOW.getTime() - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const S = 1000;
const M = 60 * S;
const pods = findResource('', 'v1', 'pods')!;

function pod(name: string, spec: Record<string, unknown>, status: Record<string, unknown>, meta: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(5 * M + 10 * S), ...meta },
    spec: { containers: [{ name: 'app', image: 'nginx:1.25' }], ...spec },
    status,
  };
}

const cells = (p: KubeObject): unknown[] => buildTable(pods, [p], { now: NOW }).rows[0].cells;

const runningContainer = (name = 'app', restartCount = 0) => ({
  name,
  ready: true,
  started: true,
  restartCount,
  image: 'nginx:1.25',
  state: { running: { startedAt: ago(5 * M) } },
});

describe('pod table', () => {
  it('has the pod columns with wide ones at priority 1', () => {
    const t = buildTable(pods, [], { now: NOW });
    expect(t.columnDefinitions.map((c) => [c.name, c.type, c.format, c.priority])).toEqual([
      ['Name', 'string', 'name', 0],
      ['Ready', 'string', '', 0],
      ['Status', 'string', '', 0],
      ['Restarts', 'string', '', 0],
      ['Age', 'string', '', 0],
      ['IP', 'string', '', 1],
      ['Node', 'string', '', 1],
      ['Nominated Node', 'string', '', 1],
      ['Readiness Gates', 'string', '', 1],
    ]);
    expect(t.columnDefinitions[4].description).toMatch(/^CreationTimestamp is a timestamp/);
    expect(t.rows).toEqual([]);
  });

  it('prints a running pod', () => {
    const p = pod(
      'web-7c5ddbdf54-x2x9q',
      { nodeName: 'mk-node' },
      {
        phase: 'Running',
        podIP: '10.244.0.5',
        podIPs: [{ ip: '10.244.0.5' }],
        conditions: [
          { type: 'Initialized', status: 'True' },
          { type: 'Ready', status: 'True' },
          { type: 'ContainersReady', status: 'True' },
          { type: 'PodScheduled', status: 'True' },
        ],
        containerStatuses: [runningContainer()],
      },
      { managedFields: [{ manager: 'kubectl' }], labels: { app: 'web' } },
    );
    const t = buildTable(pods, [p], { now: NOW, resourceVersion: '1055' });
    expect(t.metadata).toEqual({ resourceVersion: '1055' });
    expect(t.rows[0].cells).toEqual(['web-7c5ddbdf54-x2x9q', '1/1', 'Running', '0', '5m10s', '10.244.0.5', 'mk-node', '<none>', '<none>']);
    expect(t.rows[0].conditions).toBeUndefined();
    expect(t.rows[0].object).toEqual({
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: {
        name: 'web-7c5ddbdf54-x2x9q',
        namespace: 'default',
        uid: 'uid-web-7c5ddbdf54-x2x9q',
        creationTimestamp: ago(5 * M + 10 * S),
        labels: { app: 'web' },
      },
    });
  });

  it('falls back to status.podIP when podIPs is absent', () => {
    expect(cells(pod('p', {}, { phase: 'Running', podIP: '10.1.2.3' }))[5]).toBe('10.1.2.3');
  });

  it('prints a pending pod in ImagePullBackOff', () => {
    const p = pod(
      'bad-image',
      { nodeName: 'mk-node' },
      {
        phase: 'Pending',
        conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
        containerStatuses: [
          {
            name: 'app',
            ready: false,
            started: false,
            restartCount: 0,
            state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "nginx:nope"' } },
          },
        ],
      },
    );
    expect(cells(p)).toEqual(['bad-image', '0/1', 'ImagePullBackOff', '0', '5m10s', '<none>', 'mk-node', '<none>', '<none>']);
  });

  it('prints a crash-looping pod with restarts and the time of the last one', () => {
    const p = pod(
      'crasher',
      { nodeName: 'mk-node' },
      {
        phase: 'Running',
        podIPs: [{ ip: '10.244.0.9' }],
        containerStatuses: [
          {
            name: 'app',
            ready: false,
            started: false,
            restartCount: 3,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: ago(50 * S), finishedAt: ago(42 * S) } },
          },
        ],
      },
    );
    expect(cells(p).slice(0, 5)).toEqual(['crasher', '0/1', 'CrashLoopBackOff', '3 (42s ago)', '5m10s']);
  });

  it('uses the most recent termination across containers for the restart age', () => {
    const p = pod(
      'two',
      { containers: [{ name: 'a' }, { name: 'b' }] },
      {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [
          { ...runningContainer('a', 2), lastState: { terminated: { exitCode: 1, finishedAt: ago(3 * M + 14 * S) } } },
          { ...runningContainer('b', 1), lastState: { terminated: { exitCode: 137, finishedAt: ago(90 * S) } } },
        ],
      },
    );
    expect(cells(p).slice(1, 4)).toEqual(['2/2', 'Running', '3 (90s ago)']);
  });

  it('prints Terminating for a pod being deleted', () => {
    const p = pod(
      'going',
      { nodeName: 'mk-node' },
      { phase: 'Running', podIPs: [{ ip: '10.244.0.7' }], containerStatuses: [runningContainer()] },
      { deletionTimestamp: ago(2 * S), deletionGracePeriodSeconds: 30 },
    );
    expect(cells(p).slice(0, 4)).toEqual(['going', '1/1', 'Terminating', '0']);
  });

  it('keeps the terminal phase of a deleted finished pod, and prints Unknown for NodeLost', () => {
    const done = pod('done', {}, { phase: 'Succeeded' }, { deletionTimestamp: ago(S) });
    expect(cells(done)[2]).toBe('Succeeded');
    const lost = pod('lost', {}, { phase: 'Running', reason: 'NodeLost' }, { deletionTimestamp: ago(S) });
    expect(cells(lost)[2]).toBe('Unknown');
    const lostNotDeleted = pod('lost2', {}, { phase: 'Running', reason: 'NodeLost' });
    expect(cells(lostNotDeleted)[2]).toBe('NodeLost');
  });

  it('prints Completed with a Completed row condition for a succeeded pod', () => {
    const p = pod('job-x', {}, {
      phase: 'Succeeded',
      containerStatuses: [
        { name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed', finishedAt: ago(M) } } },
      ],
    });
    const row = buildTable(pods, [p], { now: NOW }).rows[0];
    expect(row.cells.slice(0, 4)).toEqual(['job-x', '0/1', 'Completed', '0']);
    expect(row.conditions).toEqual([
      { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' },
    ]);
  });

  it('prints Error, ExitCode and Signal reasons for failed containers', () => {
    const failed = (terminated: Record<string, unknown>) =>
      pod('f', {}, { phase: 'Failed', containerStatuses: [{ name: 'app', ready: false, state: { terminated } }] });
    expect(cells(failed({ exitCode: 1, reason: 'Error' }))[2]).toBe('Error');
    expect(cells(failed({ exitCode: 2 }))[2]).toBe('ExitCode:2');
    expect(cells(failed({ exitCode: 137, signal: 9 }))[2]).toBe('Signal:9');
    expect(buildTable(pods, [failed({ exitCode: 1 })], { now: NOW }).rows[0].conditions).toEqual([
      { type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' },
    ]);
  });

  it('turns Completed back into NotReady / Running while another container still runs', () => {
    const statuses = [
      { name: 'a', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
      runningContainer('b'),
    ];
    const spec = { containers: [{ name: 'a' }, { name: 'b' }] };
    expect(cells(pod('p', spec, { phase: 'Running', containerStatuses: statuses })).slice(1, 3)).toEqual(['1/2', 'NotReady']);
    const ready = pod('p', spec, { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: statuses });
    expect(cells(ready).slice(1, 3)).toEqual(['1/2', 'Running']);
  });

  it('prints init container progress and failures', () => {
    const spec = { initContainers: [{ name: 'init-a' }, { name: 'init-b' }] };
    const done = { name: 'init-a', ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } };
    const withInit = (second: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      pod('init', spec, {
        phase: 'Pending',
        initContainerStatuses: [done, { name: 'init-b', ready: false, restartCount: 0, ...second }],
        containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }],
        ...extra,
      });
    expect(cells(withInit({ state: { running: {} } })).slice(1, 4)).toEqual(['0/1', 'Init:1/2', '0']);
    expect(cells(withInit({ state: { waiting: { reason: 'PodInitializing' } } }))[2]).toBe('Init:1/2');
    expect(cells(withInit({ state: { waiting: { reason: 'ErrImagePull' } } }))[2]).toBe('Init:ErrImagePull');
    expect(cells(withInit({ state: { terminated: { exitCode: 1, reason: 'Error' } } }))[2]).toBe('Init:Error');
    expect(cells(withInit({ state: { terminated: { exitCode: 3 } } }))[2]).toBe('Init:ExitCode:3');
    expect(cells(withInit({ state: { terminated: { exitCode: 0, signal: 15 } } }))[2]).toBe('PodInitializing');
    // Restarts of a failing init container count while the pod initializes.
    const looping = withInit({
      restartCount: 4,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 1, finishedAt: ago(20 * S) } },
    });
    expect(cells(looping).slice(1, 4)).toEqual(['0/1', 'Init:CrashLoopBackOff', '4 (20s ago)']);
    // All init containers done: the app containers decide.
    expect(cells(withInit({ state: { terminated: { exitCode: 0, reason: 'Completed' } } }))[2]).toBe('PodInitializing');
  });

  it('counts started sidecars (restartable init containers) as containers', () => {
    const p = pod(
      'sidecar',
      { initContainers: [{ name: 'proxy', restartPolicy: 'Always' }] },
      {
        phase: 'Running',
        conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'True' }],
        initContainerStatuses: [
          { ...runningContainer('proxy', 2), lastState: { terminated: { exitCode: 1, finishedAt: ago(2 * M) } } },
        ],
        containerStatuses: [runningContainer('app', 1)],
      },
    );
    expect(cells(p).slice(1, 4)).toEqual(['2/2', 'Running', '3 (2m ago)']);
  });

  it('prints SchedulingGated, nominated node and readiness gates', () => {
    const gated = pod('gated', {}, {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
    });
    expect(cells(gated)).toEqual(['gated', '0/1', 'SchedulingGated', '0', '5m10s', '<none>', '<none>', '<none>', '<none>']);

    const gates = pod(
      'gates',
      { readinessGates: [{ conditionType: 'example.com/lb' }, { conditionType: 'example.com/dns' }] },
      {
        phase: 'Pending',
        nominatedNodeName: 'node-2',
        conditions: [
          { type: 'example.com/lb', status: 'True' },
          { type: 'example.com/dns', status: 'False' },
        ],
      },
    );
    expect(cells(gates).slice(6)).toEqual(['<none>', 'node-2', '1/2']);
  });

  it('prints <unknown> age without a creationTimestamp', () => {
    const p = pod('no-ts', {}, { phase: 'Pending' }, { creationTimestamp: undefined });
    expect(cells(p)[4]).toBe('<unknown>');
  });
});
