// NoExecute taints evict running pods (the taint eviction controller): at once when not
// tolerated, after tolerationSeconds when tolerated for a while, never when tolerated forever,
// and a countdown is cancelled when the taint goes first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { evictionDelay } from '../../src/controllers/nodelifecycle/taint-eviction.js';

const c = new TestCluster();

const pod = (name: string, tolerations: object[] = []) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: 'evict' } },
    spec: { nodeName: 'mk-m02', tolerations, containers: [{ name: 'c', image: 'nginx' }] },
  });

const podNames = async () => (await c.mk(['get', 'pods', '-l', 'app=evict', '-o', 'name'])).stdout.split('\n').filter(Boolean);
const events = async () => (await c.mk(['get', 'events', '--field-selector', 'reason=TaintManagerEviction', '-o', 'jsonpath={range .items[*]}{.source.component} {.message}{"\\n"}{end}'])).stdout;

beforeAll(async () => {
  await c.start(['--nodes', '2']);
}, 90_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('evictionDelay (GetMatchingTolerations + getMinTolerationTime)', () => {
  const taint = { key: 'k', value: 'v', effect: 'NoExecute' };
  it('is now for an untolerated taint, never without taints or when tolerated forever, else the shortest tolerationSeconds', () => {
    expect(evictionDelay([], [])).toBeUndefined();
    expect(evictionDelay([taint], [])).toBe(0);
    expect(evictionDelay([taint], [{ key: 'k', operator: 'Exists' }])).toBeUndefined();
    expect(evictionDelay([taint], [{ key: 'k', operator: 'Exists', tolerationSeconds: 30 }, { operator: 'Exists', tolerationSeconds: 5 }])).toBe(30_000);
    expect(evictionDelay([taint, { key: 'o', effect: 'NoExecute' }], [{ key: 'k', operator: 'Exists', tolerationSeconds: 30 }, { operator: 'Exists', tolerationSeconds: 5 }])).toBe(5_000);
    expect(evictionDelay([taint], [{ key: 'k', operator: 'Exists', tolerationSeconds: 0 }])).toBe(0);
  });
});

describe('NoExecute taints on a running node', () => {
  it('evict untolerated pods at once, tolerated-for-a-while pods later, and leave forever-tolerated pods', async () => {
    const forever = [{ key: 'maint', operator: 'Exists', effect: 'NoExecute' }];
    const briefly = [{ key: 'maint', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 3 }];
    for (const [name, tol] of [['plain', []], ['forever', forever], ['briefly', briefly]] as const) {
      expect((await c.mk(['create', '-f', '-'], { input: pod(name, [...tol]) })).exitCode).toBe(0);
    }
    await waitFor(async () => (await c.mk(['get', 'pods', '-l', 'app=evict'])).stdout.match(/Running/g)?.length === 3, 'three running pods', 60_000);

    const tainted = Date.now();
    expect((await c.mk(['taint', 'nodes', 'mk-m02', 'maint=now:NoExecute'])).stdout).toBe('node/mk-m02 tainted\n');
    await waitFor(async () => !(await podNames()).includes('pod/plain'), 'the untolerated pod to go', 30_000);
    expect(await podNames()).toContain('pod/briefly');
    await waitFor(async () => !(await podNames()).includes('pod/briefly'), 'the briefly tolerating pod to go', 30_000);
    expect(Date.now() - tainted).toBeGreaterThanOrEqual(3_000);
    expect(await podNames()).toEqual(['pod/forever']);
    const log = await events();
    expect(log).toContain('taint-eviction-controller Marking for deletion Pod default/plain');
    expect(log).toContain('taint-eviction-controller Marking for deletion Pod default/briefly');
    expect(log).not.toContain('Pod default/forever');

    expect((await c.mk(['taint', 'nodes', 'mk-m02', 'maint=now:NoExecute-'])).exitCode).toBe(0);
    await c.mk(['delete', 'pod', 'forever', '--grace-period=0', '--force']);
  }, 120_000);

  it('cancels a countdown when the taint is removed before it runs out', async () => {
    const tol = [{ key: 'slow', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 600 }];
    expect((await c.mk(['create', '-f', '-'], { input: pod('patient', tol) })).exitCode).toBe(0);
    expect((await c.mk(['create', '-f', '-'], { input: pod('quick') })).exitCode).toBe(0);
    await waitFor(async () => (await c.mk(['get', 'pods', '-l', 'app=evict'])).stdout.match(/Running/g)?.length === 2, 'both pods to run', 60_000);
    expect((await c.mk(['taint', 'nodes', 'mk-m02', 'slow=1:NoExecute'])).exitCode).toBe(0);
    // the node sync that evicts `quick` at once has also started `patient`'s countdown
    await waitFor(async () => !(await podNames()).includes('pod/quick'), 'the untolerated pod to go', 30_000);
    expect((await c.mk(['taint', 'nodes', 'mk-m02', 'slow=1:NoExecute-'])).exitCode).toBe(0);
    await waitFor(async () => (await events()).includes('Cancelling deletion of Pod default/patient'), 'the cancel event', 30_000);
    expect(await podNames()).toEqual(['pod/patient']);
  }, 120_000);
});
