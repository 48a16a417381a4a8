// REST semantics against a real daemon: verbs, patches, selectors, watch, conflicts, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster } from '../helpers/cluster.js';
import { HttpClient, ApiError } from '../../src/client/http-client.js';
import { R } from '../../src/client/interface.js';
import type { KubeObject, WatchEvent } from '../../src/client/types.js';

let cluster: TestCluster;
let client: HttpClient;

const deployment = (name: string, labels: Record<string, string> = { app: name }): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, labels },
  spec: { replicas: 2, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } } },
});

async function status(p: Promise<unknown>): Promise<{ code: number; reason?: string; message?: string }> {
  try {
    await p;
    return { code: 200 };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { code: e.code, reason: e.status.reason, message: e.status.message };
  }
}

beforeAll(async () => {
  cluster = new TestCluster();
  // a short watch history so that compaction (410 Gone) can be tested
  await cluster.start([], { MK_WATCH_HISTORY: '50' });
  const token = JSON.parse(readFileSync(join(cluster.home, 'cluster.json'), 'utf8')).token;
  client = new HttpClient(`https://127.0.0.1:${cluster.port}`, token, { ca: readFileSync(join(cluster.home, 'apiserver.crt')) });
});
afterAll(async () => {
  client?.close();
  await cluster?.destroy();
});

describe('API server', () => {
  it('rejects requests without the bearer token', async () => {
    const anon = new HttpClient(`https://127.0.0.1:${cluster.port}`, undefined, { ca: readFileSync(join(cluster.home, 'apiserver.crt')) });
    expect(await status(anon.list(R.pods, 'default'))).toMatchObject({ code: 401, reason: 'Unauthorized' });
    anon.close();
  });

  it('starts with the system namespaces and the kubernetes service', async () => {
    const ns = await client.list(R.namespaces, undefined);
    expect(ns.items.map((n) => n.metadata.name).sort()).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    const svc = await client.get(R.services, 'default', 'kubernetes');
    expect(svc.spec.clusterIP).toBe('10.96.0.1');
  });

  it('creates with defaults, uid, timestamps and generation', async () => {
    const d = await client.create(R.deployments, 'default', deployment('defaults'));
    expect(d.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(d.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(d.metadata.generation).toBe(1);
    expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } });
    expect(d.spec.revisionHistoryLimit).toBe(10);
    expect(d.spec.progressDeadlineSeconds).toBe(600);
  });

  it('answers AlreadyExists, NotFound and Invalid as kube-apiserver does', async () => {
    expect(await status(client.create(R.deployments, 'default', deployment('defaults')))).toEqual({ code: 409, reason: 'AlreadyExists', message: 'deployments.apps "defaults" already exists' });
    expect(await status(client.get(R.deployments, 'default', 'nope'))).toEqual({ code: 404, reason: 'NotFound', message: 'deployments.apps "nope" not found' });
    const bad = await status(client.create(R.deployments, 'default', deployment('Bad_Name')));
    expect(bad.code).toBe(422);
    expect(bad.message).toContain('Deployment.apps "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain');
    const mismatch = deployment('mismatch');
    mismatch.spec.template.metadata.labels = { app: 'other' };
    expect((await status(client.create(R.deployments, 'default', mismatch))).message).toContain('`selector` does not match template `labels`');
    expect(await status(client.create(R.pods, 'nowhere', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }))).toMatchObject({ code: 404, message: 'namespaces "nowhere" not found' });
  });

  it('bumps generation on spec changes only, and rejects stale updates with 409', async () => {
    const d = await client.get(R.deployments, 'default', 'defaults');
    // the deployment controller writes status meanwhile: read-modify-write with RetryOnConflict
    const updateLatest = async (change: (o: KubeObject) => KubeObject): Promise<KubeObject> => {
      for (;;) {
        const latest = await client.get(R.deployments, 'default', 'defaults');
        try {
          return await client.update(R.deployments, 'default', change(latest));
        } catch (e) {
          if (!(e instanceof ApiError) || e.code !== 409) throw e;
        }
      }
    };
    const labelled = await updateLatest((o) => ({ ...o, metadata: { ...o.metadata, labels: { app: 'defaults', x: 'y' } } }));
    expect(labelled.metadata.generation).toBe(1);
    const scaled = await updateLatest((o) => ({ ...o, spec: { ...o.spec, replicas: 3 } }));
    expect(scaled.metadata.generation).toBe(2);
    expect(Number(scaled.metadata.resourceVersion)).toBeGreaterThan(Number(labelled.metadata.resourceVersion));
    const stale = await status(client.update(R.deployments, 'default', d));
    expect(stale).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(stale.message).toBe('Operation cannot be fulfilled on deployments.apps "defaults": the object has been modified; please apply your changes to the latest version and try again');
  });

  it('applies merge, strategic (containers merged by name) and JSON patches', async () => {
    await client.create(R.deployments, 'default', deployment('patchme'));
    const merged = await client.patch(R.deployments, 'default', 'patchme', 'merge', { spec: { replicas: 5 } });
    expect(merged.spec.replicas).toBe(5);
    const smp = await client.patch(R.deployments, 'default', 'patchme', 'strategic', {
      spec: { template: { spec: { $setElementOrder: undefined, containers: [{ name: 'sidecar', image: 'busybox' }] } } },
    });
    expect(smp.spec.template.spec.containers.map((c: KubeObject) => c.name).sort()).toEqual(['sidecar', 'web']);
    const json = await client.patch(R.deployments, 'default', 'patchme', 'json', [{ op: 'replace', path: '/spec/replicas', value: 1 }]);
    expect(json.spec.replicas).toBe(1);
    const scale = await client.patch(R.deployments, 'default', 'patchme', 'merge', { spec: { replicas: 4 } }, { subresource: 'scale' });
    expect(scale).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 4 } });
    expect((await client.get(R.deployments, 'default', 'patchme')).spec.replicas).toBe(4);
  });

  it('filters by label and field selectors', async () => {
    await client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', labels: { tier: 'web', env: 'prod' } }, data: { k: 'v' } });
    await client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', labels: { tier: 'db' } } });
    const names = async (opts: { labelSelector?: string; fieldSelector?: string }) => (await client.list(R.configmaps, 'default', opts)).items.map((i) => i.metadata.name).filter((n) => n === 'a' || n === 'b');
    expect(await names({ labelSelector: 'tier=web' })).toEqual(['a']);
    expect(await names({ labelSelector: 'tier in (web,db)' })).toEqual(['a', 'b']);
    expect(await names({ labelSelector: '!env' })).toEqual(['b']);
    expect(await names({ labelSelector: 'tier!=web' })).toEqual(['b']);
    expect(await names({ fieldSelector: 'metadata.name=b' })).toEqual(['b']);
  });

  it('generates names from generateName', async () => {
    const cm = await client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'gen-' } });
    expect(cm.metadata.name).toMatch(/^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('watches from a resourceVersion and resumes without missing events', async () => {
    const list = await client.list(R.configmaps, 'default');
    const seen: WatchEvent[] = [];
    const h = client.watch(R.configmaps, 'default', { resourceVersion: list.metadata.resourceVersion, labelSelector: 'w=1' }, (ev) => seen.push(ev));
    await client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'w1', labels: { w: '1' } } });
    await client.patch(R.configmaps, 'default', 'w1', 'merge', { data: { a: 'b' } });
    await client.delete(R.configmaps, 'default', 'w1');
    const deadline = Date.now() + 10_000;
    while (seen.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    h.stop();
    expect(seen.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    // resuming from the first event's version replays the rest
    const replay: WatchEvent[] = [];
    const h2 = client.watch(R.configmaps, 'default', { resourceVersion: seen[0].object.metadata.resourceVersion, labelSelector: 'w=1' }, (ev) => replay.push(ev));
    const d2 = Date.now() + 10_000;
    while (replay.length < 2 && Date.now() < d2) await new Promise((r) => setTimeout(r, 20));
    h2.stop();
    expect(replay.map((e) => e.type)).toEqual(['MODIFIED', 'DELETED']);
  });

  it('answers 410 Gone for a compacted resourceVersion', async () => {
    for (let i = 0; i < 120; i++) await client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `churn-${i}`, labels: { churn: 'yes' } } });
    const h = client.watch(R.configmaps, 'default', { resourceVersion: '2' }, () => undefined);
    await expect(h.done).rejects.toMatchObject({ code: 410 });
  });

  it('serves Tables with the kube-apiserver columns', async () => {
    const t = await client.request<{ columnDefinitions: { name: string; priority: number }[]; rows: { cells: unknown[] }[] }>('GET', '/apis/apps/v1/namespaces/default/deployments', {
      accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
    });
    expect(t.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Ready', 'Up-to-date', 'Available', 'Age', 'Containers', 'Images', 'Selector']);
    expect(t.rows.some((r) => r.cells[0] === 'patchme')).toBe(true);
  });

  it('deletes collections by selector', async () => {
    await client.request('DELETE', '/api/v1/namespaces/default/configmaps?labelSelector=tier', { body: {} });
    const left = (await client.list(R.configmaps, 'default')).items.map((i) => i.metadata.name);
    expect(left).not.toContain('a');
    expect(left).not.toContain('b');
  });

  it('keeps every acknowledged write across kill -9 and restart', async () => {
    for (let i = 0; i < 20; i++) await client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `durable-${i}` } });
    const pid = cluster.daemonPid()!;
    process.kill(pid, 'SIGKILL');
    const r = await cluster.mk(['start', '--api-port', String(cluster.port)]);
    expect(r.exitCode).toBe(0);
    const names = (await client.list(R.configmaps, 'default')).items.map((i) => i.metadata.name);
    for (let i = 0; i < 20; i++) expect(names).toContain(`durable-${i}`);
  });
});
