// Deployments end to end: the daemon's scheduler, ReplicaSet and Deployment controllers and
// garbage collector, driven by real kubectl 1.33, with the real kubelet running the pods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';
import { execa } from 'execa';
class PrivCluster extends TestCluster {
  async mk(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
    const r = await execa('/tmp/mkpriv/bin/mk', args, { env: { ...this.env, ...(opts.env ?? {}) }, reject: false, input: opts.input, stripFinalNewline: false, timeout: 60_000 });
    return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
  }
}

const c = new PrivCluster();
const k = (args: string[]) => c.kubectl('1.33', args);

async function lines(args: string[]): Promise<string[]> {
  const r = await k(args);
  return r.stdout.split('\n').filter(Boolean);
}

async function rolledOut(name: string): Promise<void> {
  const r = await k(['rollout', 'status', `deployment/${name}`, '--timeout=60s']);
  expect(r.stderr).toBe('');
  expect(r.stdout.endsWith(`deployment "${name}" successfully rolled out\n`)).toBe(true);
}

beforeAll(async () => {
  await c.start(['--nodes', '3']);
}, 60_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('workload controllers', () => {
  it('creates a Deployment: one ReplicaSet, pods spread over the nodes', async () => {
    expect((await k(['create', 'deployment', 'web', '--image=nginx:1.25', '--replicas=3'])).stdout).toBe('deployment.apps/web created\n');
    await rolledOut('web');
    const rs = await lines(['get', 'rs', '-l', 'app=web', '--no-headers']);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatch(/^web-[456789bcdf]{1,10}\s+3\s+3\s+3\s+\S+$/);
    const nodes = await lines(['get', 'pods', '-l', 'app=web', '-o', 'jsonpath={range .items[*]}{.spec.nodeName}{"\\n"}{end}']);
    expect(nodes.sort()).toEqual(['mk', 'mk-m02', 'mk-m03']);
    const ready = await k(['get', 'deployment', 'web', '--no-headers']);
    expect(ready.stdout).toMatch(/^web\s+3\/3\s+3\s+3\s+\S+\n$/);
    const events = (await k(['get', 'events', '--field-selector', 'reason=ScalingReplicaSet', '-o', 'jsonpath={.items[*].message}'])).stdout;
    expect(events).toMatch(/Scaled up replica set web-\w+ from 0 to 3/);
  }, 90_000);

  it('scales with kubectl scale', async () => {
    expect((await k(['scale', 'deployment', 'web', '--replicas=5'])).stdout).toBe('deployment.apps/web scaled\n');
    await rolledOut('web');
    expect(await lines(['get', 'pods', '-l', 'app=web', '--no-headers'])).toHaveLength(5);
    expect((await k(['scale', 'deployment', 'web', '--replicas=3'])).stdout).toBe('deployment.apps/web scaled\n');
    await waitFor(async () => (await lines(['get', 'pods', '-l', 'app=web', '--no-headers'])).length === 3, 'three pods', 30_000);
  }, 90_000);

  it('rolls out a new image and back, reusing the old ReplicaSet', async () => {
    expect((await k(['set', 'image', 'deployment/web', 'nginx=nginx:1.29'])).stdout).toBe('deployment.apps/web image updated\n');
    await rolledOut('web');
    const history = (await k(['rollout', 'history', 'deployment/web'])).stdout;
    expect(history).toMatch(/^deployment\.apps\/web \nREVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>\n\n$/);
    expect((await k(['rollout', 'undo', 'deployment/web'])).stdout).toBe('deployment.apps/web rolled back\n');
    await rolledOut('web');
    expect(await lines(['get', 'rs', '-l', 'app=web', '--no-headers'])).toHaveLength(2);
    const revs = (await k(['get', 'rs', '-l', 'app=web', '-o', 'jsonpath={range .items[*]}{.metadata.annotations.deployment\\.kubernetes\\.io/revision}{" "}{.spec.replicas}{"\\n"}{end}'])).stdout;
    expect(revs.split('\n').filter(Boolean).sort()).toEqual(['2 0', '3 3']);
    const image = (await k(['get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[*].spec.containers[0].image}'])).stdout;
    expect(image.split(' ')).toEqual(['nginx:1.25', 'nginx:1.25', 'nginx:1.25']);
  }, 120_000);

  it('orphans the ReplicaSet with --cascade=orphan', async () => {
    expect((await k(['create', 'deployment', 'api', '--image=nginx:1.25', '--replicas=2'])).stdout).toBe('deployment.apps/api created\n');
    await rolledOut('api');
    const del = await k(['delete', 'deployment', 'api', '--cascade=orphan']);
    expect(del.exitCode).toBe(0);
    await waitFor(async () => (await k(['get', 'rs', '-l', 'app=api', '-o', 'jsonpath={.items[0].metadata.ownerReferences}'])).stdout === '', 'rs orphaned', 30_000);
    expect(await lines(['get', 'pods', '-l', 'app=api', '--no-headers'])).toHaveLength(2);
  }, 90_000);

  it('deletes ReplicaSets and pods with the Deployment', async () => {
    expect((await k(['delete', 'deployment', 'web'])).exitCode).toBe(0);
    await waitFor(async () => (await k(['get', 'rs,pods', '-l', 'app=web'])).stderr === 'No resources found in default namespace.\n', 'web collected', 60_000);
  }, 90_000);
});
