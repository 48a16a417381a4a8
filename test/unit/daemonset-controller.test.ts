// The DaemonSet controller's pure parts: node eligibility (selector, affinity, taints),
// the per-node plan, rolling-update arithmetic, status counts, and the API-side rules.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
import { bindToNode, daemonPodTemplate, daemonTolerations, isPodUpdated, targetNodeName } from '../../src/controllers/daemonset/daemon-pods.js';
import { planNode } from '../../src/controllers/daemonset/manage-plan.js';
import { nodeShouldRunDaemonPod } from '../../src/controllers/daemonset/node-eligibility.js';
import { planRollingUpdate, rollingLimits, scaledValue } from '../../src/controllers/daemonset/rolling-update.js';
import { countDaemonPods } from '../../src/controllers/daemonset/status.js';
import { FailedPodBackoff } from '../../src/controllers/daemonset/failed-pod-backoff.js';
import { nodeMisfit } from '../../src/controllers/scheduler/node-selection.js';
import { defaultDaemonSet } from '../../src/apiserver/defaulting/daemonset.js';
import { validateDaemonSetSpec } from '../../src/apiserver/validation/apps-daemonset.js';
import { prepareDaemonSetCreate, prepareDaemonSetUpdate } from '../../src/apiserver/rest/daemonset-generation.js';

const node = (name: string, labels: Record<string, string> = {}, taints: Obj[] = [], unschedulable = false): KubeObject => ({
  metadata: { name, labels },
  spec: { taints, unschedulable },
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
});

const ds = (spec: Obj = {}, annotations: Record<string, string> = { 'deprecated.daemonset.template.generation': '2' }): KubeObject => ({
  metadata: { name: 'web', namespace: 'default', uid: 'u1', annotations, generation: 2 },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
    ...spec,
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...(spec.template?.spec ?? {}) } },
  },
});

let seq = 0;
const readyAt = (ms: number) => [{ type: 'Ready', status: 'True', lastTransitionTime: new Date(ms).toISOString() }];
const dpod = (nodeName: string, hash: string, opts: { ready?: boolean; phase?: string; deleting?: boolean; created?: number } = {}): KubeObject => ({
  metadata: {
    name: `web-${seq++}`,
    namespace: 'default',
    labels: { app: 'web', 'controller-revision-hash': hash },
    creationTimestamp: new Date(opts.created ?? 1_000_000 + seq).toISOString(),
    ...(opts.deleting ? { deletionTimestamp: new Date().toISOString() } : {}),
  },
  spec: { nodeName },
  status: { phase: opts.phase ?? 'Running', conditions: opts.ready === false ? [] : readyAt(0) },
});

describe('node eligibility (NodeShouldRunDaemonPod)', () => {
  it('every node fits a plain template; cordoned nodes too', () => {
    expect(nodeShouldRunDaemonPod(node('a'), ds())).toEqual({ shouldRun: true, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }], true), ds()).shouldRun).toBe(true);
  });
  it('nodeSelector and required node affinity must hold', () => {
    const sel = ds({ template: { spec: { nodeSelector: { disk: 'ssd' } } } });
    expect(nodeShouldRunDaemonPod(node('a'), sel)).toEqual({ shouldRun: false, shouldContinueRunning: false });
    expect(nodeShouldRunDaemonPod(node('a', { disk: 'ssd' }), sel).shouldRun).toBe(true);
    const aff = ds({ template: { spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['x', 'y'] }] }] } } } } } });
    expect(nodeShouldRunDaemonPod(node('a', { zone: 'y' }), aff).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('a', { zone: 'z' }), aff).shouldRun).toBe(false);
  });
  it('an untolerated NoSchedule taint stops new pods only; NoExecute evicts', () => {
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'k', value: 'v', effect: 'NoSchedule' }]), ds())).toEqual({ shouldRun: false, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'k', value: 'v', effect: 'NoExecute' }]), ds())).toEqual({ shouldRun: false, shouldContinueRunning: false });
    const tolerant = ds({ template: { spec: { tolerations: [{ key: 'k', operator: 'Exists' }] } } });
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'k', value: 'v', effect: 'NoExecute' }]), tolerant).shouldRun).toBe(true);
  });
  it('the default tolerations cover not-ready/unreachable (NoExecute) and pressure/unschedulable', () => {
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }]), ds()).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' }]), ds()).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('a', {}, [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }]), ds()).shouldRun).toBe(false);
    expect(daemonTolerations(true).map((t) => t.key)).toContain('node.kubernetes.io/network-unavailable');
  });
});

describe('daemon pod template', () => {
  it('adds the generation and hash labels and the tolerations; binds by node-name affinity', () => {
    const tmpl = daemonPodTemplate(ds(), 'abc');
    expect(tmpl.metadata.labels).toEqual({ app: 'web', 'pod-template-generation': '2', 'controller-revision-hash': 'abc' });
    expect(tmpl.spec.tolerations).toHaveLength(6);
    const spec = structuredClone(tmpl.spec);
    bindToNode(spec, 'n2');
    expect(spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n2'] }] }]);
    const pod = { metadata: { name: 'p' }, spec };
    expect(targetNodeName(pod)).toBe('n2');
    // the scheduler honours the matchFields term
    expect(nodeMisfit(pod, node('n1'))).toBe("node(s) didn't match Pod's node affinity/selector");
    expect(nodeMisfit(pod, node('n2'))).toBeUndefined();
  });
  it('a pod is updated when its hash or its template generation matches', () => {
    const p = { metadata: { name: 'p', labels: { 'controller-revision-hash': 'old', 'pod-template-generation': '2' } } };
    expect(isPodUpdated(p, 'new', 2)).toBe(true);
    expect(isPodUpdated(p, 'new', 3)).toBe(false);
    expect(isPodUpdated(p, 'old', undefined)).toBe(true);
  });
});

describe('per-node plan (podsShouldBeOnNode)', () => {
  const ctx = { hash: 'h2', allowsSurge: false, minReadySeconds: 0, now: Date.now() };
  const run = { shouldRun: true, shouldContinueRunning: true };
  it('creates where a pod should run and none exists; keeps only the oldest', () => {
    expect(planNode(run, [], ctx).createOnNode).toBe(true);
    const a = dpod('n', 'h2', { created: 1000 });
    const b = dpod('n', 'h2', { created: 2000 });
    expect(planNode(run, [b, a], ctx).remove).toEqual([b]);
  });
  it('deletes failed pods and waits for terminating ones', () => {
    const failed = dpod('n', 'h2', { phase: 'Failed' });
    expect(planNode(run, [failed], ctx)).toMatchObject({ createOnNode: false, remove: [failed], failed: [failed] });
    expect(planNode(run, [dpod('n', 'h2', { deleting: true })], ctx)).toEqual({ createOnNode: false, remove: [], failed: [] });
  });
  it('removes every pod from a node that may not run one', () => {
    const p = dpod('n', 'h2');
    expect(planNode({ shouldRun: false, shouldContinueRunning: false }, [p], ctx).remove).toEqual([p]);
    expect(planNode({ shouldRun: false, shouldContinueRunning: true }, [p], ctx).remove).toEqual([]);
  });
  it('with surge keeps the old pod until the new one is available', () => {
    const sctx = { ...ctx, allowsSurge: true };
    const old = dpod('n', 'h1', { created: 1000 });
    const fresh = dpod('n', 'h2', { created: 2000, ready: false });
    expect(planNode(run, [old, fresh], sctx).remove).toEqual([]);
    const ready = dpod('n', 'h2', { created: 2000 });
    expect(planNode(run, [old, ready], sctx).remove).toEqual([old]);
  });
});

describe('rolling update arithmetic', () => {
  it('percentages round up; 0/0 falls back to one unavailable', () => {
    expect(scaledValue('30%', 10)).toBe(3);
    expect(scaledValue('25%', 3)).toBe(1);
    expect(scaledValue(2, 10)).toBe(2);
    expect(rollingLimits(ds(), 3)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(rollingLimits(ds({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } }), 3)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(rollingLimits(ds({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '50%' } } }), 3)).toEqual({ maxSurge: 2, maxUnavailable: 0 });
    expect(rollingLimits(ds({ updateStrategy: { type: 'OnDelete' } }), 3)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });
  const input = (nodeToPods: Map<string, KubeObject[]>, maxSurge: number, maxUnavailable: number) => ({
    nodeToPods,
    shouldRun: () => true,
    desired: nodeToPods.size,
    maxSurge,
    maxUnavailable,
    hash: 'h2',
    generation: undefined,
    minReadySeconds: 0,
    now: Date.now(),
  });
  it('without surge deletes at most maxUnavailable available old pods', () => {
    const pods = new Map([['a', [dpod('a', 'h1')]], ['b', [dpod('b', 'h1')]], ['c', [dpod('c', 'h1')]]]);
    expect(planRollingUpdate(input(pods, 0, 1)).deletePods.map((p) => p.spec.nodeName)).toEqual(['a']);
    expect(planRollingUpdate(input(pods, 0, 2)).deletePods.map((p) => p.spec.nodeName)).toEqual(['a', 'b']);
  });
  it('an unavailable new pod uses up the budget; unavailable old pods go regardless', () => {
    const pods = new Map([['a', [dpod('a', 'h2', { ready: false })]], ['b', [dpod('b', 'h1')]], ['c', [dpod('c', 'h1', { ready: false })]]]);
    expect(planRollingUpdate(input(pods, 0, 1)).deletePods.map((p) => p.spec.nodeName)).toEqual(['c']);
    // a node still waiting for its new pod counts as unavailable
    const waiting = new Map([['a', []], ['b', [dpod('b', 'h1')]]]);
    expect(planRollingUpdate(input(waiting, 0, 1)).deletePods).toEqual([]);
  });
  it('with surge creates new pods beside old ones, up to maxSurge', () => {
    const pods = new Map([['a', [dpod('a', 'h1')]], ['b', [dpod('b', 'h1')]], ['c', [dpod('c', 'h1')]]]);
    expect(planRollingUpdate(input(pods, 1, 0))).toEqual({ deletePods: [], createOnNodes: ['a'] });
    const old = dpod('a', 'h1');
    const surged = new Map([['a', [old, dpod('a', 'h2')]], ['b', [dpod('b', 'h1')]]]);
    expect(planRollingUpdate(input(surged, 1, 0))).toEqual({ deletePods: [old], createOnNodes: ['b'] });
  });
});

describe('status counts', () => {
  it('counts desired, current, ready, updated, available and misscheduled per node', () => {
    const el = (shouldRun: boolean) => ({ shouldRun, shouldContinueRunning: shouldRun });
    const nodes = [{ name: 'a', eligibility: el(true) }, { name: 'b', eligibility: el(true) }, { name: 'c', eligibility: el(true) }, { name: 'd', eligibility: el(false) }];
    const byNode = new Map([['a', [dpod('a', 'h2')]], ['b', [dpod('b', 'h1', { ready: false })]], ['d', [dpod('d', 'h2')]]]);
    expect(countDaemonPods(nodes, byNode, 'h2', undefined, 0, Date.now())).toEqual({
      desiredNumberScheduled: 3,
      currentNumberScheduled: 2,
      numberMisscheduled: 1,
      numberReady: 1,
      updatedNumberScheduled: 1,
      numberAvailable: 1,
      numberUnavailable: 2,
    });
  });
});

describe('API rules', () => {
  it('defaults the update strategy and history limit', () => {
    const obj: KubeObject = { metadata: { name: 'x' }, spec: { template: {} } };
    defaultDaemonSet(obj);
    expect(obj.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(obj.spec.revisionHistoryLimit).toBe(10);
    const onDelete: KubeObject = { metadata: { name: 'x' }, spec: { updateStrategy: { type: 'OnDelete' } } };
    defaultDaemonSet(onDelete);
    expect(onDelete.spec.updateStrategy).toEqual({ type: 'OnDelete' });
  });
  it('validates selector, restart policy and surge/unavailable with the apiserver messages', () => {
    const obj = ds({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } });
    obj.spec.selector = { matchLabels: { app: 'other' } };
    obj.spec.template.spec.restartPolicy = 'Never';
    defaultDaemonSet(obj);
    const errs = validateDaemonSetSpec(obj, undefined).map((e) => `${e.field}: ${e.type}: ${e.detail ?? ''}`);
    expect(errs).toEqual([
      'spec.template.metadata.labels: FieldValueInvalid: `selector` does not match template `labels`',
      'spec.template.spec.restartPolicy: FieldValueNotSupported: supported values: "Always"',
      'spec.updateStrategy.rollingUpdate.maxUnavailable: FieldValueRequired: cannot be 0 when maxSurge is 0',
    ]);
    const both = ds({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: '10%' } } });
    defaultDaemonSet(both);
    expect(validateDaemonSetSpec(both, undefined).map((e) => e.detail)).toEqual(['may not be set when maxUnavailable is non-zero']);
  });
  it('the template generation starts at 1 and moves only with the template', () => {
    const obj: KubeObject = { metadata: { name: 'x' }, spec: { template: { spec: { containers: [{ image: 'a' }] } } } };
    prepareDaemonSetCreate(obj);
    expect(obj.metadata.annotations).toEqual({ 'deprecated.daemonset.template.generation': '1' });
    expect(obj.status).toEqual({ currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 });
    const sameTemplate = structuredClone(obj);
    sameTemplate.spec.minReadySeconds = 5;
    sameTemplate.metadata.annotations!['deprecated.daemonset.template.generation'] = '7';
    prepareDaemonSetUpdate(sameTemplate, obj);
    expect(sameTemplate.metadata.annotations!['deprecated.daemonset.template.generation']).toBe('1');
    const newTemplate = structuredClone(obj);
    newTemplate.spec.template.spec.containers[0].image = 'b';
    prepareDaemonSetUpdate(newTemplate, obj);
    expect(newTemplate.metadata.annotations!['deprecated.daemonset.template.generation']).toBe('2');
  });
});

describe('failed pod backoff', () => {
  it('lets a node\'s failed pod be killed at once, then after 1s, 2s, 4s ...', () => {
    const b = new FailedPodBackoff();
    expect(b.wait('ds/n', 0)).toBe(0);
    expect(b.wait('ds/n', 400)).toBe(600);
    expect(b.wait('ds/n', 1000)).toBe(0);
    expect(b.wait('ds/n', 1500)).toBe(1500);
    expect(b.wait('ds/n', 3000)).toBe(0);
    expect(b.wait('ds/n', 3000)).toBe(4000);
    expect(b.wait('ds/other', 3000)).toBe(0);
  });
});
