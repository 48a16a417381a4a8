// Taints and tolerations in the scheduler's filter and messages, the node lifecycle
// controller's unschedulable taint, and kubectl taint/drain bookkeeping.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { firstUntoleratedTaint, toleratesTaint, type Toleration } from '../../src/controllers/scheduler/tolerations.js';
import { effectiveTaints, nodeMisfit, pickNode, unschedulableMessage } from '../../src/controllers/scheduler/node-selection.js';
import { desiredTaints } from '../../src/controllers/nodelifecycle/unschedulable-taint.js';
import { alreadyPresent, conflictingTaints, parseTaint, parseTaints, reorganizeTaints, TaintSpecError } from '../../src/cli/taint-spec.js';
import { classifyPods, drainErrors, drainWarnings, podsToDelete, type DrainOptions } from '../../src/cli/drain-filters.js';
import { goDuration, parseGoDuration } from '../../src/cli/drain-run.js';

const node = (name: string, spec: KubeObject['spec'] = {}, ready: 'True' | 'False' | 'Unknown' = 'True', labels: Record<string, string> = {}): KubeObject => ({
  metadata: { name, labels },
  spec,
  status: { conditions: [{ type: 'Ready', status: ready }] },
});
const pod = (tolerations: Toleration[] = [], nodeSelector?: Record<string, string>): KubeObject => ({ metadata: { name: 'p', namespace: 'default' }, spec: { tolerations, nodeSelector }, status: {} });
const gpu = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };

describe('toleration matching (ToleratesTaint)', () => {
  it('Equal needs key and value; an empty operator means Equal', () => {
    expect(toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, gpu)).toBe(true);
    expect(toleratesTaint({ key: 'dedicated', value: 'gpu' }, gpu)).toBe(true);
    expect(toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'cpu' }, gpu)).toBe(false);
    expect(toleratesTaint({ key: 'other', operator: 'Equal', value: 'gpu' }, gpu)).toBe(false);
  });
  it('Exists ignores the value; with no key it matches every taint', () => {
    expect(toleratesTaint({ key: 'dedicated', operator: 'Exists' }, gpu)).toBe(true);
    expect(toleratesTaint({ operator: 'Exists' }, gpu)).toBe(true);
    expect(toleratesTaint({ operator: 'Exists' }, { key: 'x', effect: 'NoExecute' })).toBe(true);
  });
  it('an effect must match when given, and matches all effects when empty', () => {
    expect(toleratesTaint({ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, gpu)).toBe(false);
    expect(toleratesTaint({ key: 'dedicated', operator: 'Exists', effect: '' }, gpu)).toBe(true);
  });
  it('unknown operators tolerate nothing', () => {
    expect(toleratesTaint({ key: 'dedicated', operator: 'Gt', value: 'gpu' }, gpu)).toBe(false);
  });
  it('the filter only weighs NoSchedule and NoExecute taints, in node order', () => {
    const taints = [{ key: 'soft', effect: 'PreferNoSchedule' }, gpu, { key: 'evict', effect: 'NoExecute' }];
    expect(firstUntoleratedTaint(taints, [])).toEqual(gpu);
    expect(firstUntoleratedTaint(taints, [{ key: 'dedicated', operator: 'Exists' }])?.key).toBe('evict');
    expect(firstUntoleratedTaint(taints, [{ operator: 'Exists' }])).toBeUndefined();
  });
});

describe('scheduler filter', () => {
  it('reports the first failing plugin: NodeUnschedulable, then TaintToleration, then the selector', () => {
    const cordoned = node('a', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }, gpu] });
    expect(nodeMisfit(pod(), cordoned)).toBe('node(s) were unschedulable');
    expect(nodeMisfit(pod(), node('b', { taints: [gpu] }))).toBe('node(s) had untolerated taint {dedicated: gpu}');
    expect(nodeMisfit(pod([], { disk: 'ssd' }), node('c'))).toBe("node(s) didn't match Pod's node affinity/selector");
    expect(nodeMisfit(pod([], { disk: 'ssd' }), node('c', {}, 'True', { disk: 'ssd' }))).toBeUndefined();
  });
  it('lets a pod that tolerates the unschedulable taint onto a cordoned node', () => {
    const cordoned = node('a', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] });
    expect(nodeMisfit(pod([{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }]), cordoned)).toBeUndefined();
  });
  it('treats a node that is not Ready as tainted not-ready or unreachable', () => {
    expect(effectiveTaints(node('a', {}, 'False'))).toEqual([{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }]);
    expect(nodeMisfit(pod(), node('a', {}, 'Unknown'))).toBe('node(s) had untolerated taint {node.kubernetes.io/unreachable: }');
    expect(nodeMisfit(pod([{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }]), node('a', {}, 'False'))).toBeUndefined();
  });
  it("words the FailedScheduling message like kube-scheduler's FitError", () => {
    const nodes = [node('mk', { unschedulable: true }), node('mk-m02', { taints: [gpu] }), node('mk-m03', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] })];
    expect(unschedulableMessage(pod(), nodes)).toBe(
      '0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    expect(unschedulableMessage(pod(), [])).toBe('no nodes available to schedule pods');
  });
  it('picks only fitting nodes and prefers those without untolerated PreferNoSchedule taints', () => {
    const nodes = [node('a', { taints: [{ key: 'soft', effect: 'PreferNoSchedule' }] }), node('b', { unschedulable: true }), node('c')];
    expect(pickNode(pod(), nodes, [])).toBe('c');
    expect(pickNode(pod(), nodes.slice(0, 2), [])).toBe('a');
    expect(pickNode(pod([{ key: 'dedicated', operator: 'Exists' }]), [node('g', { taints: [gpu] })], [])).toBe('g');
    expect(pickNode(pod(), [node('g', { taints: [gpu] })], [])).toBeUndefined();
  });
});

describe('node lifecycle: the unschedulable taint', () => {
  const now = () => '2025-01-01T00:00:00Z';
  it('adds it, stamped, when a node is cordoned, after the taints it already has', () => {
    expect(desiredTaints(node('a', { unschedulable: true, taints: [gpu] }), now)).toEqual([gpu, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: '2025-01-01T00:00:00Z' }]);
  });
  it('removes it on uncordon and leaves a settled node alone', () => {
    const t = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: 'x' };
    expect(desiredTaints(node('a', { taints: [t, gpu] }), now)).toEqual([gpu]);
    expect(desiredTaints(node('a', { unschedulable: true, taints: [t] }), now)).toBeUndefined();
    expect(desiredTaints(node('a'), now)).toBeUndefined();
  });
});

describe('kubectl taint arguments', () => {
  it('parses key=value:effect, key:effect and removals', () => {
    expect(parseTaint('dedicated=gpu:NoSchedule')).toEqual({ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' });
    expect(parseTaints(['a:NoExecute', 'b-', 'c:NoSchedule-'])).toEqual({ add: [{ key: 'a', value: '', effect: 'NoExecute' }], remove: [{ key: 'b', effect: '' }, { key: 'c', effect: 'NoSchedule' }] });
  });
  it('rejects bad effects, keys, missing effects and duplicates in kubectl words', () => {
    expect(() => parseTaint('a=b:Bad')).toThrow('invalid taint effect: Bad, unsupported taint effect');
    expect(() => parseTaints(['a=b'])).toThrow(/^invalid taint spec: a=b, name part must consist of alphanumeric characters/);
    expect(() => parseTaints(['a'])).toThrow('invalid taint spec: a');
    expect(() => parseTaints(['k=v:NoSchedule', 'k=w:NoSchedule'])).toThrow('duplicated taints with the same key and effect: {k w NoSchedule <nil>}');
    expect(() => parseTaint('a=b=c:NoSchedule')).toThrow(TaintSpecError);
  });
  it('computes the new list and the verb, quirks included', () => {
    const old = [gpu, { key: 'x', value: '', effect: 'NoExecute' }];
    expect(reorganizeTaints(old, false, [{ key: 'y', value: '', effect: 'NoSchedule' }], [])).toMatchObject({ operation: 'tainted', taints: [{ key: 'y' }, gpu, old[1]] });
    expect(reorganizeTaints(old, false, [], [{ key: 'dedicated', effect: '' }])).toMatchObject({ operation: 'untainted', taints: [old[1]], notFound: [] });
    expect(reorganizeTaints(old, true, [{ key: 'dedicated', value: 'cpu', effect: 'NoSchedule' }], [])).toMatchObject({ operation: 'modified' });
    expect(reorganizeTaints(old, false, [], [{ key: 'z', effect: '' }, { key: 'q', effect: 'NoSchedule' }]).notFound).toEqual(['z', 'q:NoSchedule']);
    expect(alreadyPresent(old, [{ key: 'dedicated', value: 'other', effect: 'NoSchedule' }])).toBe('dedicated');
    expect(conflictingTaints([gpu], [{ key: 'dedicated', effect: '' }])).toEqual(['dedicated=']);
  });
});

describe('kubectl drain pod filters', () => {
  const opts = (o: Partial<DrainOptions> = {}): DrainOptions => ({ force: false, ignoreDaemonSets: false, deleteEmptyDirData: false, skipWaitForDeleteTimeout: 0, ...o });
  const p = (name: string, extra: Partial<KubeObject> & { owner?: string } = {}): KubeObject => ({
    metadata: { name, namespace: 'default', ...(extra.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: extra.owner, name: 'o', uid: 'u', controller: true }] } : {}), ...(extra.metadata ?? {}) },
    spec: extra.spec ?? {},
    status: extra.status ?? { phase: 'Running' },
  });
  const dsExists = async () => undefined;
  it('refuses unmanaged pods without --force, and warns with it', async () => {
    const pods = [p('bare'), p('web', { owner: 'ReplicaSet' })];
    const strict = await classifyPods(pods, opts(), dsExists);
    expect(drainErrors(strict)).toEqual(['cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare']);
    const forced = await classifyPods(pods, opts({ force: true }), dsExists);
    expect(drainErrors(forced)).toEqual([]);
    expect(drainWarnings(forced)).toBe('deleting Pods that declare no controller: default/bare');
    expect(podsToDelete(forced).map((x) => x.metadata.name)).toEqual(['bare', 'web']);
  });
  it('keeps DaemonSet pods, erroring unless --ignore-daemonsets', async () => {
    const pods = [p('ds', { owner: 'DaemonSet' })];
    expect(drainErrors(await classifyPods(pods, opts(), dsExists))).toEqual(['cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/ds']);
    const ignored = await classifyPods(pods, opts({ ignoreDaemonSets: true }), dsExists);
    expect(podsToDelete(ignored)).toEqual([]);
    expect(drainWarnings(ignored)).toBe('ignoring DaemonSet-managed Pods: default/ds');
    const orphan = await classifyPods(pods, opts({ force: true }), async () => ({ notFound: true, message: 'daemonsets.apps "o" not found' }));
    expect(podsToDelete(orphan)).toHaveLength(1);
  });
  it('needs --delete-emptydir-data for emptyDir pods, skips mirror pods and lets finished pods go', async () => {
    const local = p('local', { owner: 'ReplicaSet', spec: { volumes: [{ name: 'v', emptyDir: {} }] } });
    expect(drainErrors(await classifyPods([local], opts(), dsExists))).toEqual(['cannot delete Pods with local storage (use --delete-emptydir-data to override): default/local']);
    expect(podsToDelete(await classifyPods([local], opts({ deleteEmptyDirData: true }), dsExists))).toHaveLength(1);
    const mirror = p('static', { metadata: { name: 'static', namespace: 'default', annotations: { 'kubernetes.io/config.mirror': 'x' } } });
    expect(await classifyPods([mirror], opts(), dsExists)).toMatchObject([{ status: { delete: false, reason: 'Skip' } }]);
    expect(podsToDelete(await classifyPods([p('done', { status: { phase: 'Succeeded' } })], opts(), dsExists))).toHaveLength(1);
  });
  it('reads and prints Go durations', () => {
    expect(parseGoDuration('90s')).toBe(90_000);
    expect(parseGoDuration('1m30s')).toBe(90_000);
    expect(parseGoDuration('0s')).toBe(0);
    expect(goDuration(60_000)).toBe('1m0s');
    expect(goDuration(3_600_000)).toBe('1h0m0s');
    expect(() => parseGoDuration('5x')).toThrow('time: unknown unit "x" in duration "5x"');
  });
});
