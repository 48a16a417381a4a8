// The workloads tutorial steps (seeds 000-003) through mk, each checked with the real kubectl
// against the same cluster: scaling picks the right pods, deleted pods are replaced, a rolling
// update keeps within maxSurge/maxUnavailable, a bad tag gets stuck, undo and --to-revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { HttpClient } from '../../src/client/http-client.js';
import { R } from '../../src/client/interface.js';
import type { KubeObject } from '../../src/client/types.js';

const c = new TestCluster();
let api: HttpClient;
const mk = (args: string[]) => c.mk(args);
const k = (args: string[]) => c.kubectl('1.33', args);

async function podNames(selector: string, phase?: string): Promise<string[]> {
  const list = await api.list(R.pods, 'default', { labelSelector: selector });
  return list.items.filter((p) => !p.metadata.deletionTimestamp && (!phase || p.status?.phase === phase)).map((p) => p.metadata.name!).sort();
}

async function rolledOut(name: string): Promise<void> {
  const r = await mk(['rollout', 'status', `deployment/${name}`, '--timeout=60s']);
  expect(r.stdout.endsWith(`deployment "${name}" successfully rolled out\n`)).toBe(true);
}

beforeAll(async () => {
  await c.start();
  const token = JSON.parse(readFileSync(join(c.home, 'cluster.json'), 'utf8')).token;
  api = new HttpClient(`https://127.0.0.1:${c.port}`, token, { ca: readFileSync(join(c.home, 'apiserver.crt')) });
});
afterAll(async () => {
  api?.close();
  await c.destroy();
});

describe('workloads, as the tutorials drive them', () => {
  it('creates 4 replicas, all Running 1/1, seen the same way by kubectl', async () => {
    expect((await mk(['create', 'deployment', 'hello-nginx', '--image', 'k8s.io/k8s/hello-nginx:v3', '--replicas=4'])).stdout).toBe('deployment.apps/hello-nginx created\n');
    await rolledOut('hello-nginx');
    const pods = (await mk(['get', 'pods', '--no-headers'])).stdout.trim().split('\n');
    expect(pods).toHaveLength(4);
    for (const line of pods) expect(line).toMatch(/^hello-nginx-[456789bcdf]+-[bcdfghjklmnpqrstvwxz2456789]{5}\s+1\/1\s+Running\s+0\s+\d+s$/);
    const norm = (s: string) => s.replace(/\d+s\b/g, 'Xs').replace(/ +/g, ' ');
    expect(norm((await mk(['get', 'deployments.apps', 'hello-nginx'])).stdout)).toBe(norm((await k(['get', 'deployments.apps', 'hello-nginx'])).stdout));
  });

  it('scales to 6 and back to 2, keeping the oldest pods', async () => {
    const first = await podNames('app=hello-nginx');
    expect((await mk(['scale', 'deployment', 'hello-nginx', '--replicas', '6'])).stdout).toBe('deployment.apps/hello-nginx scaled\n');
    await rolledOut('hello-nginx');
    const six = await podNames('app=hello-nginx', 'Running');
    expect(six).toHaveLength(6);
    for (const p of first) expect(six).toContain(p);
    expect((await k(['scale', '--replicas=2', 'deployment', 'hello-nginx'])).stdout).toBe('deployment.apps/hello-nginx scaled\n');
    await waitFor(async () => (await podNames('app=hello-nginx')).length === 2, 'two pods');
    // which two stay is the ReplicaSet's ranking (unit-tested in controllers-pure): pods ready within
    // the same log2 age bucket tie and are ordered by UID, as in Kubernetes, so at this speed the
    // survivors may be new ones; here they must be two of the six, still running
    const two = await podNames('app=hello-nginx', 'Running');
    expect(two).toHaveLength(2);
    for (const p of two) expect(six).toContain(p);
  });

  it('replaces a deleted pod', async () => {
    const [victim] = await podNames('app=hello-nginx');
    expect((await mk(['delete', 'pod', victim])).stdout).toBe(`pod "${victim}" deleted\n`);
    await waitFor(async () => {
      const now = await podNames('app=hello-nginx', 'Running');
      return now.length === 2 && !now.includes(victim);
    }, 'a replacement pod');
  });

  it('rolls out a new image within maxSurge and maxUnavailable, recording the change cause', async () => {
    await mk(['scale', 'deployment', 'hello-nginx', '--replicas=4']);
    await rolledOut('hello-nginx');
    // 4 replicas, 25%/25%: at most 5 pods wanted, at least 3 available at every step
    const rs = new Map<string, { spec: number; available: number }>();
    const violations: string[] = [];
    const list = await api.list(R.replicasets, 'default');
    for (const r of list.items) rs.set(r.metadata.name!, { spec: r.spec.replicas, available: r.status?.availableReplicas ?? 0 });
    const h = api.watch(R.replicasets, 'default', { resourceVersion: list.metadata.resourceVersion }, (ev) => {
      const o = ev.object as KubeObject;
      if (ev.type === 'DELETED') rs.delete(o.metadata.name!);
      else rs.set(o.metadata.name!, { spec: o.spec.replicas, available: o.status?.availableReplicas ?? 0 });
      const spec = [...rs.values()].reduce((a, b) => a + b.spec, 0);
      const available = [...rs.values()].reduce((a, b) => a + b.available, 0);
      if (spec > 5) violations.push(`${spec} pods wanted`);
      if (available < 3) violations.push(`${available} available`);
    });
    try {
      const r = await mk(['set', 'image', 'deployment/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5', '--record']);
      expect(r.stdout).toBe('deployment.apps/hello-nginx image updated\n');
      expect(r.stderr).toBe('Flag --record has been deprecated, --record will be removed in the future\n');
      await rolledOut('hello-nginx');
    } finally {
      h.stop();
    }
    expect(violations).toEqual([]);
    const rses = (await mk(['get', 'rs', '--no-headers'])).stdout.trim().split('\n');
    expect(rses).toHaveLength(2);
    expect(rses.some((l) => /\s0\s+0\s+0\s/.test(l))).toBe(true);
    const history = (await mk(['rollout', 'history', 'deployment', 'hello-nginx'])).stdout;
    expect(history).toBe((await k(['rollout', 'history', 'deployment', 'hello-nginx'])).stdout);
    expect(history).toBe('deployment.apps/hello-nginx \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment/hello-nginx hello-nginx=k8s.io/k8s/hello-nginx:v2.5 --record=true\n\n');
  });

  it('gets stuck on a missing tag with the old pods serving, and rollout status times out', async () => {
    await mk(['set', 'image', 'deployment/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v1.5']);
    await waitFor(async () => (await mk(['get', 'pods'])).stdout.includes('ImagePullBackOff'), 'ImagePullBackOff');
    const pods = (await mk(['get', 'pods', '--no-headers'])).stdout.trim().split('\n');
    expect(pods.filter((l) => /\s1\/1\s+Running\s/.test(l)).length).toBeGreaterThanOrEqual(3);
    const status = await mk(['rollout', 'status', 'deployment/hello-nginx', '--timeout=2s']);
    expect(status.exitCode).toBe(1);
    expect(status.stderr).toBe('error: timed out waiting for the condition\n');
    const kStatus = await k(['rollout', 'status', 'deployment/hello-nginx', '--timeout=2s']);
    expect(kStatus.exitCode).toBe(1);
    expect(status.stdout.split('\n')[0]).toBe(kStatus.stdout.split('\n')[0]);
  });

  it('undoes to the previous revision, then to revision 1 with --to-revision', async () => {
    expect((await mk(['rollout', 'undo', 'deployments/hello-nginx'])).stdout).toBe('deployment.apps/hello-nginx rolled back\n');
    await rolledOut('hello-nginx');
    const image = async () => (await mk(['get', 'deploy', 'hello-nginx', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'])).stdout;
    expect(await image()).toBe('k8s.io/k8s/hello-nginx:v2.5');
    expect((await k(['rollout', 'undo', 'deployment', 'hello-nginx', '--to-revision=1'])).stdout).toBe('deployment.apps/hello-nginx rolled back\n');
    await rolledOut('hello-nginx');
    expect(await image()).toBe('k8s.io/k8s/hello-nginx:v3');
    const missing = await mk(['rollout', 'undo', 'deployment', 'hello-nginx', '--to-revision=1']);
    expect(missing.stderr).toBe('error: unable to find specified revision 1 in history\n');
    expect(missing.exitCode).toBe(1);
    expect((await mk(['rollout', 'history', 'deployment', 'hello-nginx'])).stdout).toBe((await k(['rollout', 'history', 'deployment', 'hello-nginx'])).stdout);
  });

  it('describes the deployment exactly as kubectl does', async () => {
    // same order too: events stamped in the same second are placed by Go's unstable sort in both
    const norm = (s: string) => s.replace(/\d+s \(x\d+ over \d+s\)|\b\d+s\b/g, 'AGE').replace(/ +/g, ' ');
    expect(norm((await mk(['describe', 'deployments/hello-nginx'])).stdout)).toBe(norm((await k(['describe', 'deployments/hello-nginx'])).stdout));
  });
});
