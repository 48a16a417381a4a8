// DaemonSets on a three-node cluster: one pod per eligible node (taints, nodeSelector, node
// changes), rolling image updates, rollout status/history/undo, drain, and mk's get/describe/
// rollout/validation output compared with real kubectl 1.33 and 1.27 against the same cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { kubectl, mk, normalise, type Version } from '../seeds/differential.js';

const c = new TestCluster();

const daemonSet = (name: string, image: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name },
    spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }], ...extra } } },
  });

async function ok(args: string[], input?: string): Promise<string> {
  const r = await c.mk(args, { input });
  if (r.exitCode !== 0) throw new Error(`mk ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** "node image phase generation" for each pod of the DaemonSet, sorted by node. */
async function podsOf(name: string): Promise<string[]> {
  const out = await ok(['get', 'pods', '-l', `app=${name}`, '-o', 'jsonpath={range .items[*]}{.spec.nodeName} {.spec.containers[0].image} {.status.phase} {.metadata.labels.pod-template-generation}{"\\n"}{end}']);
  return out.split('\n').filter(Boolean).sort();
}

const status = async (name: string) => JSON.parse(await ok(['get', 'ds', name, '-o', 'jsonpath={.status}']));

/** The same command through mk and kubectl `version`, normalised (ages, times). */
async function same(args: string[], versions: Version[] = ['1.33', '1.27']): Promise<void> {
  const norm = (r: { stdout: string; stderr: string; exitCode: number }) => ({ stdout: normalise(r.stdout), stderr: normalise(r.stderr), exitCode: r.exitCode });
  const mine = norm(await mk(c, args));
  for (const v of versions) expect({ args: args.join(' '), v, ...mine }).toEqual({ args: args.join(' '), v, ...norm(await kubectl(c, v, args)) });
}

beforeAll(async () => {
  await c.start(['--nodes', '3']);
  await ok(['apply', '-f', '-'], daemonSet('web', 'nginx:1.25'));
  await waitFor(async () => (await status('web')).numberAvailable === 3, 'web available on 3 nodes', 60_000);
}, 120_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('placement', () => {
  it('runs one pod on every node, labelled with the revision and template generation', async () => {
    expect(await podsOf('web')).toEqual(['mk nginx:1.25 Running 1', 'mk-m02 nginx:1.25 Running 1', 'mk-m03 nginx:1.25 Running 1']);
    const st = await status('web');
    expect(st).toMatchObject({ desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, updatedNumberScheduled: 3, numberMisscheduled: 0, observedGeneration: 1 });
    const pod = JSON.parse(await ok(['get', 'pods', '-l', 'app=web', '--field-selector', 'spec.nodeName=mk-m02', '-o', 'jsonpath={.items[0]}']));
    expect(pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['mk-m02'] }] }]);
    expect(pod.metadata.labels['controller-revision-hash']).toMatch(/^[a-z0-9]+$/);
    expect(pod.spec.tolerations.map((t: { key: string }) => t.key)).toContain('node.kubernetes.io/unschedulable');
  });

  it('leaves out a node with an untolerated taint, and adds it once the taint goes', async () => {
    await ok(['taint', 'node', 'mk-m03', 'dedicated=infra:NoSchedule']);
    await ok(['apply', '-f', '-'], daemonSet('tainted', 'nginx:1.25'));
    await waitFor(async () => (await status('tainted')).numberAvailable === 2, 'tainted on 2 nodes', 30_000);
    expect((await podsOf('tainted')).map((l) => l.split(' ')[0])).toEqual(['mk', 'mk-m02']);
    // web's pod already there keeps running (NoSchedule does not evict) but no longer counts as desired
    await waitFor(async () => (await status('web')).numberMisscheduled === 1, 'web misscheduled on mk-m03', 30_000);
    expect(await status('web')).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberMisscheduled: 1 });
    expect((await podsOf('web')).map((l) => l.split(' ')[0])).toEqual(['mk', 'mk-m02', 'mk-m03']);
    await ok(['taint', 'node', 'mk-m03', 'dedicated-']);
    await waitFor(async () => (await status('tainted')).numberAvailable === 3, 'tainted on 3 nodes', 30_000);
    await waitFor(async () => (await status('web')).numberMisscheduled === 0, 'web desired on mk-m03 again', 30_000);
  }, 90_000);

  it('follows a nodeSelector as node labels change', async () => {
    await ok(['apply', '-f', '-'], daemonSet('ssd', 'nginx:1.25', { nodeSelector: { disk: 'ssd' } }));
    await waitFor(async () => (await status('ssd')).observedGeneration === 1, 'ssd observed', 30_000);
    expect(await podsOf('ssd')).toEqual([]);
    await ok(['label', 'node', 'mk-m02', 'disk=ssd']);
    await waitFor(async () => (await status('ssd')).numberAvailable === 1, 'ssd pod on mk-m02', 30_000);
    expect((await podsOf('ssd')).map((l) => l.split(' ')[0])).toEqual(['mk-m02']);
    await same(['get', 'ds', 'ssd', '-o', 'wide']);
    await ok(['label', 'node', 'mk-m02', 'disk-']);
    await waitFor(async () => (await podsOf('ssd')).length === 0, 'ssd pod removed', 30_000);
  }, 90_000);
});

describe('rolling update and rollout', () => {
  it('rolls a new image out node by node; rollout status waits for it', async () => {
    await ok(['set', 'image', 'ds/web', 'nginx=nginx:1.27']);
    const r = await c.mk(['rollout', 'status', 'ds/web', '--timeout=60s']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('daemon set "web" successfully rolled out');
    expect(await podsOf('web')).toEqual(['mk nginx:1.27 Running 2', 'mk-m02 nginx:1.27 Running 2', 'mk-m03 nginx:1.27 Running 2']);
    const events = await ok(['get', 'events', '--field-selector', 'involvedObject.name=web,reason=SuccessfulDelete', '-o', 'jsonpath={range .items[*]}{.message}{"\\n"}{end}']);
    expect(events.split('\n').filter(Boolean)).toHaveLength(3);
    await same(['rollout', 'status', 'ds/web']);
  }, 90_000);

  it('keeps its revisions as ControllerRevisions: history and undo as kubectl', async () => {
    await same(['rollout', 'history', 'ds/web']);
    // kubectl 1.27's pod template lacks the Node-Selectors and Tolerations lines
    await same(['rollout', 'history', 'daemonset', 'web', '--revision=1'], ['1.33']);
    await same(['rollout', 'history', 'ds/web', '--revision=9']);
    await same(['rollout', 'undo', 'ds/web', '--to-revision=2'], ['1.33']);
    await same(['rollout', 'undo', 'ds/web', '--to-revision=9'], ['1.33']);
    const r = await c.mk(['rollout', 'undo', 'ds/web']);
    expect(r).toMatchObject({ exitCode: 0, stdout: 'daemonset.apps/web rolled back\n' });
    await waitFor(async () => (await podsOf('web')).every((l) => l.includes('nginx:1.25 Running 3')) && (await podsOf('web')).length === 3, 'web back on nginx:1.25', 60_000);
    expect(await ok(['rollout', 'history', 'ds/web'])).toBe('daemonset.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
  }, 120_000);
});

describe('kubectl parity', () => {
  it('get prints what kubectl 1.33 and 1.27 print, describe what 1.33 prints', async () => {
    await waitFor(async () => (await status('web')).numberAvailable === 3, 'web settled', 30_000);
    for (const args of [['get', 'ds'], ['get', 'daemonsets', '-o', 'wide'], ['get', 'ds', 'web', '-o', 'yaml'], ['get', 'all']]) await same(args);
    // kubectl 1.27's describer has no Namespace line and an older pod template section
    for (const args of [['describe', 'ds', 'web'], ['describe', 'daemonset', 'ssd']]) await same(args, ['1.33']);
    for (const args of [['explain', 'ds.spec.updateStrategy.rollingUpdate'], ['explain', 'daemonsets.status']]) await same(args, ['1.33']);
  });

  it('rejects an invalid DaemonSet with the apiserver\'s message', async () => {
    const bad = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'bad' },
      spec: {
        selector: { matchLabels: { app: 'other' } },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } },
        template: { metadata: { labels: { app: 'bad' } }, spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'nginx' }] } },
      },
    });
    const mine = await c.mk(['create', '-f', '-'], { input: bad });
    expect(mine.exitCode).toBe(1);
    expect(mine.stderr).toContain('The DaemonSet "bad" is invalid: \n* spec.template.metadata.labels: Invalid value: map[string]string{"app":"bad"}: `selector` does not match template `labels`');
    expect(mine.stderr).toContain('* spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0');
    for (const v of ['1.33', '1.27'] as const) expect(mine).toEqual(await kubectl(c, v, ['create', '-f', '-'], bad));
  });
});

describe('drain', () => {
  it('refuses DaemonSet pods without --ignore-daemonsets, skips them with it', async () => {
    const refuse = ['drain', 'mk-m02', '--timeout=30s'];
    const k = await kubectl(c, '1.33', refuse);
    await ok(['uncordon', 'mk-m02']);
    const m = await c.mk(refuse);
    expect(m).toEqual(k);
    expect(m.exitCode).toBe(1);
    expect(m.stderr).toMatch(/cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): default\/tainted-\w+, default\/web-\w+/);
    await ok(['uncordon', 'mk-m02']);
    const drained = await c.mk(['drain', 'mk-m02', '--ignore-daemonsets', '--timeout=30s']);
    expect(drained.exitCode).toBe(0);
    expect(drained.stderr).toMatch(/^Warning: ignoring DaemonSet-managed Pods: default\/tainted-\w+, default\/web-\w+\n$/);
    expect(drained.stdout).toBe('node/mk-m02 cordoned\nnode/mk-m02 drained\n');
    // a cordoned node keeps its daemon pods
    expect((await podsOf('web')).map((l) => l.split(' ')[0])).toEqual(['mk', 'mk-m02', 'mk-m03']);
    await ok(['uncordon', 'mk-m02']);
  }, 90_000);
});

describe('deletion', () => {
  it('takes the DaemonSet\'s pods and revisions with it', async () => {
    await ok(['delete', 'ds', 'tainted']);
    await waitFor(async () => (await podsOf('tainted')).length === 0, 'tainted pods gone', 30_000);
    await waitFor(async () => !(await ok(['get', 'controllerrevisions', '-o', 'name'])).includes('tainted-'), 'tainted revisions gone', 30_000);
  }, 60_000);
});
