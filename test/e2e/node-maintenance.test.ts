// Node maintenance on a two-node cluster: cordon/uncordon, taint, drain (through the pods/eviction
// subresource), api-versions, and a scheduler that honours them — mk's output compared with
// real kubectl 1.33 (and 1.27 for api-versions) against the same cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';

const c = new TestCluster();
const k = (args: string[], opts?: { input?: string }) => c.kubectl('1.33', args, opts);

/** mk names itself in usage hints where kubectl says "kubectl". */
const asKubectl = (r: RunResult): RunResult => ({ ...r, stderr: r.stderr.replace(/'mk /g, "'kubectl ") });

/** The AGE column moves on between two calls; everything else must match. */
const withoutAge = (s: string) => s.replace(/\s\d+[smhd](\d+[smh])?\s/g, ' AGE ');

async function jsonpath(args: string[], path: string): Promise<string> {
  return (await k([...args, '-o', `jsonpath=${path}`])).stdout;
}

const podNodes = (selector: string) => jsonpath(['get', 'pods', '-l', selector], '{range .items[*]}{.spec.nodeName}{" "}{.status.phase}{"\\n"}{end}');

const PINNED_POD = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pinned', labels: { app: 'pinned' } }, spec: { nodeName: 'mk-m02', containers: [{ name: 'c', image: 'nginx' }] } });

beforeAll(async () => {
  await c.start(['--nodes', '2']);
}, 90_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('api-versions', () => {
  it('prints the sorted group/versions exactly as kubectl 1.33 and 1.27 do', async () => {
    const mine = await c.mk(['api-versions']);
    expect(mine.exitCode).toBe(0);
    expect(mine.stdout.split('\n')).toContain('apps/v1');
    expect(mine).toEqual(await k(['api-versions']));
    expect(mine).toEqual(await c.kubectl('1.27', ['api-versions']));
    expect(asKubectl(await c.mk(['api-versions', 'x']))).toEqual(await k(['api-versions', 'x']));
  });
});

describe('taint', () => {
  // each sequence starts and ends with mk-m02 untainted, so both tools see the same states
  const steps = [
    ['taint', 'nodes', 'mk-m02', 'dedicated=gpu:NoSchedule'],
    ['taint', 'nodes', 'mk-m02', 'dedicated=gpu:NoSchedule'],
    ['taint', 'nodes', 'mk-m02', 'dedicated=cpu:NoSchedule', '--overwrite'],
    ['taint', 'nodes', 'mk-m02', 'dedicated=cpu:NoExecute'],
    ['taint', 'node', 'mk-m02', 'dedicated:NoExecute-'],
    ['taint', 'nodes', 'mk-m02', 'dedicated-'],
    ['taint', 'nodes', 'mk-m02', 'dedicated-'],
    ['taint', 'nodes', 'mk-m02', 'a=b:Bad'],
    ['taint', 'nodes', 'mk-m02', 'a=b'],
    ['taint', 'nodes', 'mk-m02', 'a=b:NoSchedule', 'a-'],
    ['taint', 'nodes', 'mk-m02', 'k=v:NoSchedule', 'k=w:NoSchedule'],
    ['taint', 'pods', 'x', 'a=b:NoSchedule'],
    ['taint', 'nodes', 'nope', 'a=b:NoSchedule'],
    ['taint', 'nodes', 'mk-m02'],
    ['taint', 'nodes', '--all', 'q=1:PreferNoSchedule'],
    ['taint', 'nodes', 'mk', 'mk-m02', 'q-', 'z-'],
    ['taint', 'nodes', '--all', 'q-'],
  ];
  it('adds, overwrites and removes taints, and fails, with kubectl 1.33 output and exit codes', async () => {
    const theirs: RunResult[] = [];
    for (const s of steps) theirs.push(await k(s));
    expect(theirs[0].stdout).toBe('node/mk-m02 tainted\n');
    expect(theirs[1]).toMatchObject({ exitCode: 1, stderr: 'error: node mk-m02 already has dedicated taint(s) with same effect(s) and --overwrite is false\n' });
    for (const [i, s] of steps.entries()) expect({ step: s.join(' '), ...asKubectl(await c.mk(s)) }).toEqual({ step: s.join(' '), ...theirs[i] });
    expect(await jsonpath(['get', 'node', 'mk-m02'], '{.spec.taints}')).toBe('');
  });
});

describe('cordon, drain and uncordon', () => {
  it('cordons: SchedulingDisabled, the unschedulable taint, and new pods avoid the node', async () => {
    expect((await k(['create', 'deployment', 'web', '--image=nginx', '--replicas=4'])).exitCode).toBe(0);
    await waitFor(async () => (await podNodes('app=web')).split('\n').filter((l) => l.endsWith(' Running')).length === 4, 'web running');
    expect(await podNodes('app=web')).toContain('mk-m02 Running');

    expect(await c.mk(['cordon', 'mk-m02'])).toMatchObject({ stdout: 'node/mk-m02 cordoned\n', exitCode: 0 });
    expect(await c.mk(['cordon', 'mk-m02'])).toEqual(await k(['cordon', 'mk-m02']));
    expect((await c.mk(['cordon', 'mk-m02'])).stdout).toBe('node/mk-m02 already cordoned\n');
    expect(asKubectl(await c.mk(['cordon']))).toEqual(await k(['cordon']));
    expect(await c.mk(['cordon', 'nope'])).toEqual(await k(['cordon', 'nope']));
    expect(await c.mk(['uncordon', 'mk', '--dry-run=client'])).toEqual(await k(['uncordon', 'mk', '--dry-run=client']));

    const mine = await c.mk(['get', 'nodes']);
    expect(mine.stdout).toMatch(/\nmk-m02\s+Ready,SchedulingDisabled\s/);
    expect(withoutAge(mine.stdout)).toBe(withoutAge((await k(['get', 'nodes'])).stdout));

    await waitFor(async () => (await jsonpath(['get', 'node', 'mk-m02'], '{.spec.taints[*].key}')) === 'node.kubernetes.io/unschedulable', 'the unschedulable taint');
    const described = (await c.mk(['describe', 'node', 'mk-m02'])).stdout;
    expect(described).toContain('\nTaints:             node.kubernetes.io/unschedulable:NoSchedule\nUnschedulable:      true\n');

    expect((await k(['run', 'solo', '--image=nginx'])).exitCode).toBe(0);
    await waitFor(async () => (await jsonpath(['get', 'pod', 'solo'], '{.spec.nodeName}')) === 'mk', 'solo scheduled on mk');
  });

  it('drain refuses an unmanaged pod without --force, exactly as kubectl does', async () => {
    expect((await k(['create', '-f', '-'], { input: PINNED_POD })).exitCode).toBe(0);
    const theirs = await k(['drain', 'mk-m02']);
    expect(theirs.exitCode).toBe(1);
    expect(theirs.stderr).toContain('cannot delete Pods that declare no controller (use --force to override): default/pinned');
    expect(await c.mk(['drain', 'mk-m02'])).toEqual(theirs);
    expect(await c.mk(['drain', 'mk-m02', '--force', '--dry-run=client'])).toEqual(await k(['drain', 'mk-m02', '--force', '--dry-run=client']));
  });

  it('drain --force evicts the pods and the Deployment replaces them on the other node', async () => {
    const onM02 = (await k(['get', 'pods', '--field-selector', 'spec.nodeName=mk-m02', '-o', 'name'])).stdout.trim().split('\n').sort();
    expect(onM02).toContain('pod/pinned');
    const r = await c.mk(['drain', 'mk-m02', '--force']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('Warning: deleting Pods that declare no controller: default/pinned\n');
    const out = r.stdout.split('\n').filter(Boolean);
    expect(out[0]).toBe('node/mk-m02 already cordoned');
    expect(out[out.length - 1]).toBe('node/mk-m02 drained');
    for (const p of onM02) {
      expect(out).toContain(`evicting pod default/${p.slice(4)}`);
      expect(out).toContain(`${p} evicted`);
    }
    await waitFor(async () => {
      const lines = (await podNodes('app=web')).split('\n').filter(Boolean);
      return lines.length === 4 && lines.every((l) => l === 'mk Running');
    }, 'web pods all running on mk', 60_000);
    expect((await k(['get', 'pod', 'pinned'])).exitCode).toBe(1);
  });

  it('uncordons: the taint goes away and the node takes pods again', async () => {
    expect(await c.mk(['uncordon', 'mk-m02'])).toMatchObject({ stdout: 'node/mk-m02 uncordoned\n', exitCode: 0 });
    expect(await c.mk(['uncordon', 'mk-m02'])).toEqual(await k(['uncordon', 'mk-m02']));
    await waitFor(async () => (await jsonpath(['get', 'node', 'mk-m02'], '{.spec}')).indexOf('taints') < 0, 'the unschedulable taint removed');
    expect((await c.mk(['get', 'nodes', 'mk-m02', '--no-headers'])).stdout).toMatch(/^mk-m02\s+Ready\s/);
  });
});

describe('scheduling around taints', () => {
  it('leaves a pod Pending with kube-scheduler’s reasons, and schedules it when a node frees up', async () => {
    await c.mk(['taint', 'nodes', 'mk-m02', 'dedicated=gpu:NoSchedule']);
    await c.mk(['cordon', 'mk']);
    expect((await k(['run', 'waiting', '--image=nginx'])).exitCode).toBe(0);
    const expected = '0/2 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
    await waitFor(async () => (await jsonpath(['get', 'pod', 'waiting'], '{.status.conditions[?(@.type=="PodScheduled")].message}')) === expected, 'the Unschedulable condition');
    expect(await jsonpath(['get', 'pod', 'waiting'], '{.status.conditions[?(@.type=="PodScheduled")].reason}')).toBe('Unschedulable');
    const events = await jsonpath(['get', 'events', '--field-selector', 'reason=FailedScheduling,involvedObject.name=waiting'], '{.items[*].message}');
    expect(events).toContain(expected);

    // a pod that tolerates the taint fits at once
    const tolerant = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'tolerant' }, spec: { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }], containers: [{ name: 'c', image: 'nginx' }] } });
    expect((await k(['create', '-f', '-'], { input: tolerant })).exitCode).toBe(0);
    await waitFor(async () => (await jsonpath(['get', 'pod', 'tolerant'], '{.spec.nodeName}')) === 'mk-m02', 'tolerant pod on mk-m02');

    // removing the taint is a node update: the pending pod is retried and lands
    expect((await c.mk(['taint', 'nodes', 'mk-m02', 'dedicated-'])).stdout).toBe('node/mk-m02 untainted\n');
    await waitFor(async () => (await jsonpath(['get', 'pod', 'waiting'], '{.spec.nodeName}')) === 'mk-m02', 'waiting pod scheduled');
    await c.mk(['uncordon', 'mk']);
  });
});
