// Pure parts of the workload controllers: hashing, fenceposts, proportional scaling,
// pod ranking, template equality, revision annotations.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { computeHash, fnv1a32, safeEncodeString } from '../../src/controllers/deployment/hash.js';
import { maxSurge, maxUnavailable, resolveFenceposts } from '../../src/controllers/deployment/fenceposts.js';
import { proportionalScale } from '../../src/controllers/deployment/proportion.js';
import { equalIgnoreHash } from '../../src/controllers/deployment/template.js';
import { setNewReplicaSetAnnotations } from '../../src/controllers/deployment/annotations.js';
import { newRSNewReplicas } from '../../src/controllers/deployment/sync.js';
import { setCondition, type DeploymentStatus } from '../../src/controllers/deployment/conditions.js';
import { podsToDelete } from '../../src/controllers/replicaset/pod-ranking.js';
import { slowStartBatch } from '../../src/controllers/replicaset/replicaset-controller.js';
import { calculateReplicaSetStatus } from '../../src/controllers/replicaset/status.js';
import { pickNode } from '../../src/controllers/scheduler/node-selection.js';

const template = (image: string): KubeObject => ({
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image, resources: {}, terminationMessagePath: '/dev/termination-log' }], restartPolicy: 'Always', securityContext: {} },
});

const deployment = (replicas: number, surge: unknown = '25%', unavailable: unknown = '25%', extra: Partial<KubeObject['spec']> = {}): KubeObject => ({
  metadata: { name: 'web', namespace: 'default', generation: 1 },
  spec: { replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: surge, maxUnavailable: unavailable } }, ...extra },
  status: {},
});

describe('ComputeHash', () => {
  it('is FNV-1a 32', () => {
    expect(fnv1a32(new TextEncoder().encode(''))).toBe(0x811c9dc5);
    expect(fnv1a32(new TextEncoder().encode('a'))).toBe(0xe40c292c);
    expect(fnv1a32(new TextEncoder().encode('foobar'))).toBe(0xbf9cf968);
  });
  it('maps decimal digits through SafeEncodeString', () => {
    expect(safeEncodeString('3718868910')).toBe('7c5ddbdf54');
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });
  it('gives the same name for the same template, whatever the key order or empty fields', () => {
    const a = template('nginx:1.25');
    const b = { spec: { securityContext: {}, restartPolicy: 'Always', containers: [{ image: 'nginx:1.25', name: 'web', terminationMessagePath: '/dev/termination-log' }] }, metadata: { labels: { app: 'web' }, annotations: {} } };
    expect(computeHash(a)).toBe(computeHash(b));
    expect(computeHash(a)).toMatch(/^[456789bcdf]{1,10}$/);
    expect(computeHash(a)).not.toBe(computeHash(template('nginx:1.24')));
  });
  it('changes with the collision count', () => {
    const t = template('nginx');
    expect(computeHash(t, 1)).not.toBe(computeHash(t));
    expect(computeHash(t, 1)).not.toBe(computeHash(t, 2));
    expect(computeHash(t, 0)).not.toBe(computeHash(t));
  });
});

describe('template equality', () => {
  it('ignores pod-template-hash and treats null, {} and absent alike', () => {
    const rsTemplate = template('nginx');
    rsTemplate.metadata.labels!['pod-template-hash'] = '5d4f8c7b9';
    (rsTemplate.metadata as Record<string, unknown>).creationTimestamp = null;
    expect(equalIgnoreHash(rsTemplate, template('nginx'))).toBe(true);
    expect(equalIgnoreHash(rsTemplate, template('nginx:2'))).toBe(false);
  });
});

describe('ResolveFenceposts', () => {
  it.each([
    [1, 1, 0],
    [3, 1, 0],
    [4, 1, 1],
    [10, 3, 2],
  ])('%i replicas with 25%% → surge %i, unavailable %i', (replicas, surge, unavailable) => {
    const d = deployment(replicas);
    expect(maxSurge(d)).toBe(surge);
    expect(maxUnavailable(d)).toBe(unavailable);
  });
  it('turns 0/0 into unavailable 1 and caps unavailable at replicas', () => {
    expect(resolveFenceposts(0, 0, 5)).toEqual([0, 1]);
    expect(maxUnavailable(deployment(2, 0, 5))).toBe(2);
    expect(maxUnavailable(deployment(0))).toBe(0);
  });
  it('is 0/0 for Recreate', () => {
    const d = deployment(4);
    d.spec.strategy = { type: 'Recreate' };
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([0, 0]);
  });
});

const rs = (name: string, replicas: number, created: string, annotations: Record<string, string> = {}, status: Record<string, number> = {}): KubeObject => ({
  metadata: { name, uid: name, creationTimestamp: created, annotations },
  spec: { replicas },
  status,
});

describe('rollout arithmetic', () => {
  it('scales proportionally: 8 + 5 at max 13, resized to 15 with surge 3 → 11 + 7', () => {
    const d = deployment(15, 3, 0);
    const old = rs('web-old', 8, '2024-01-01T00:00:00Z', { 'deployment.kubernetes.io/max-replicas': '13' });
    const cur = rs('web-new', 5, '2024-01-02T00:00:00Z', { 'deployment.kubernetes.io/max-replicas': '13' });
    const plan = proportionalScale(d, [cur, old]);
    expect(plan.operation).toBe('up');
    expect(Object.fromEntries(plan.sizes.map((s) => [s.rs.metadata.name, s.size]))).toEqual({ 'web-old': 11, 'web-new': 7 });
  });
  it('scales proportionally down, the leftover going to the largest', () => {
    const d = deployment(5, 1, 0);
    const old = rs('a', 8, '2024-01-01T00:00:00Z', { 'deployment.kubernetes.io/max-replicas': '13' });
    const cur = rs('b', 5, '2024-01-02T00:00:00Z', { 'deployment.kubernetes.io/max-replicas': '13' });
    const plan = proportionalScale(d, [old, cur]);
    const sizes = Object.fromEntries(plan.sizes.map((s) => [s.rs.metadata.name, s.size]));
    expect(sizes.a + sizes.b).toBe(6);
    expect(sizes).toEqual({ a: 4, b: 2 });
  });
  it('grows the new RS within surge, counting spec replicas', () => {
    const d = deployment(3, 1, 0);
    const old = rs('old', 3, '2024-01-01T00:00:00Z');
    const fresh = rs('new', 0, '2024-01-02T00:00:00Z');
    expect(newRSNewReplicas(d, [old, fresh], fresh)).toBe(1);
    old.spec.replicas = 2;
    fresh.spec.replicas = 1;
    expect(newRSNewReplicas(d, [old, fresh], fresh)).toBe(2);
    expect(newRSNewReplicas(deployment(4), [rs('x', 0, '')], rs('x', 0, ''))).toBe(4);
  });
});

describe('revision annotations', () => {
  it('raises a reused RS to the new revision and keeps the old number in revision-history', () => {
    const d: KubeObject = { metadata: { name: 'web', annotations: { 'kubernetes.io/change-cause': 'undo', 'kubectl.kubernetes.io/last-applied-configuration': '{}' } }, spec: {} };
    const r = rs('web-1', 0, '', { 'deployment.kubernetes.io/revision': '1' });
    expect(setNewReplicaSetAnnotations(d, r, 3, true, 4, 5)).toBe(true);
    expect(r.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1', 'kubernetes.io/change-cause': 'undo' });
    const r2 = rs('web-2', 0, '', { 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' });
    setNewReplicaSetAnnotations(d, r2, 5, true, 4, 5);
    expect(r2.metadata.annotations!['deployment.kubernetes.io/revision-history']).toBe('1,3');
  });
  it('sets desired/max replicas on a new RS only', () => {
    const d: KubeObject = { metadata: { name: 'web' }, spec: {} };
    const r = rs('web-1', 0, '');
    setNewReplicaSetAnnotations(d, r, 1, false, 4, 5);
    expect(r.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '4', 'deployment.kubernetes.io/max-replicas': '5' });
  });
});

describe('conditions', () => {
  it('keeps lastTransitionTime when only the reason changes, and moves the changed one last', () => {
    const s: DeploymentStatus = {
      conditions: [
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetCreated', lastTransitionTime: 'T0', lastUpdateTime: 'T0' },
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', lastTransitionTime: 'T0', lastUpdateTime: 'T0' },
      ],
    };
    setCondition(s, { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', lastTransitionTime: 'T1', lastUpdateTime: 'T1' });
    expect(s.conditions!.map((c) => c.type)).toEqual(['Available', 'Progressing']);
    expect(s.conditions![1]).toMatchObject({ lastTransitionTime: 'T0', lastUpdateTime: 'T1' });
    setCondition(s, { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', lastTransitionTime: 'T2', lastUpdateTime: 'T2' });
    expect(s.conditions![0].lastUpdateTime).toBe('T0');
  });
});

const NOW = Date.parse('2024-06-01T12:00:00Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const pod = (name: string, o: { node?: string; phase?: string; ready?: boolean; readySince?: number; created?: number; cost?: string; restarts?: number } = {}): KubeObject => ({
  metadata: { name, uid: name, creationTimestamp: ago(o.created ?? 1000), ...(o.cost ? { annotations: { 'controller.kubernetes.io/pod-deletion-cost': o.cost } } : {}) },
  spec: { nodeName: o.node ?? 'mk' },
  status: {
    phase: o.phase ?? 'Running',
    conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: ago(o.readySince ?? 900) }],
    containerStatuses: [{ restartCount: o.restarts ?? 0 }],
  },
});

describe('pod ranking for scale-down', () => {
  const pick = (pods: KubeObject[], n: number, related: KubeObject[] = pods) => podsToDelete(pods, related, n, NOW).map((p) => p.metadata.name);
  it('deletes unassigned, then pending, then not-ready pods first', () => {
    const pods = [pod('running'), pod('notready', { ready: false }), pod('pending', { phase: 'Pending', ready: false }), pod('unassigned', { node: '', phase: 'Pending', ready: false })];
    expect(pick(pods, 3)).toEqual(['unassigned', 'pending', 'notready']);
  });
  it('respects pod-deletion-cost, then doubled-up nodes', () => {
    expect(pick([pod('keep', { cost: '100' }), pod('cheap', { cost: '-5' }), pod('plain')], 2)).toEqual(['cheap', 'plain']);
    const pods = [pod('alone', { node: 'a' }), pod('crowded1', { node: 'b' }), pod('crowded2', { node: 'b' })];
    expect(pick(pods, 1)).toEqual([expect.stringMatching(/^crowded/)]);
  });
  it('deletes the most recently ready, then most restarted, then newest', () => {
    expect(pick([pod('old', { readySince: 10_000 }), pod('young', { readySince: 5 })], 1)).toEqual(['young']);
    expect(pick([pod('calm'), pod('flappy', { restarts: 4 })], 1)).toEqual(['flappy']);
    expect(pick([pod('elder', { created: 100_000 }), pod('newborn', { created: 2 })], 1)).toEqual(['newborn']);
  });
});

describe('ReplicaSet helpers', () => {
  it('creates in slow-start batches and stops after a failing batch', async () => {
    const sizes: number[] = [];
    let inBatch = 0;
    let calls = 0;
    const r = await slowStartBatch(10, 1, async () => {
      const n = ++calls;
      inBatch++;
      await Promise.resolve();
      if (inBatch) sizes.push(inBatch);
      inBatch = 0;
      if (n === 5) throw new Error('boom');
    });
    expect(sizes).toEqual([1, 2, 4]);
    expect(calls).toBe(7); // batches of 1, 2, 4; the third fails
    expect(r.successes).toBe(6);
    expect((r.error as Error).message).toBe('boom');
  });
  it('counts status from active pods, with minReadySeconds', () => {
    const r: KubeObject = { metadata: { name: 'x', generation: 2 }, spec: { replicas: 3, minReadySeconds: 60, template: { metadata: { labels: { app: 'web' } } } }, status: {} };
    const p1 = pod('a', { readySince: 120 });
    p1.metadata.labels = { app: 'web' };
    const p2 = pod('b', { readySince: 5 });
    const s = calculateReplicaSetStatus(r, [p1, p2, pod('c', { ready: false })], undefined, NOW);
    expect(s).toEqual({ replicas: 3, fullyLabeledReplicas: 1, readyReplicas: 2, availableReplicas: 1 });
  });
});

describe('scheduler node choice', () => {
  const node = (name: string, ready = true): KubeObject => ({ metadata: { name, labels: {} }, spec: {}, status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] } });
  const owned = (name: string, nodeName: string, owner: string): KubeObject => ({ metadata: { name, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: owner, controller: true }] }, spec: { nodeName }, status: {} });
  it('spreads replicas of one owner before balancing load, and skips nodes that are not Ready', () => {
    const nodes = [node('mk'), node('mk-m02'), node('mk-m03', false)];
    const placed = [owned('a1', 'mk', 'A'), owned('b1', 'mk-m02', 'B'), owned('b2', 'mk-m02', 'B')];
    expect(pickNode(owned('a2', '', 'A'), nodes, placed)).toBe('mk-m02');
    expect(pickNode(owned('c1', '', 'C'), nodes, placed)).toBe('mk');
    expect(pickNode(owned('x', '', 'X'), [node('n', false)], [])).toBeUndefined();
  });
});
