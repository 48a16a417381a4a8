// The "StatefulSet basics" tutorial through mk: a headless service and an nginx `web`
// StatefulSet whose pods appear in order, scale up and down from the highest ordinal, roll
// an image update from the highest ordinal down, and roll back through ControllerRevisions.
// Read-only output and validation errors are compared with the real kubectl 1.33 and 1.27.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';
import { normalise, normaliseIdentity } from '../seeds/differential.js';
import { HttpClient } from '../../src/client/http-client.js';
import { R, type WatchHandle } from '../../src/client/interface.js';
import type { KubeObject } from '../../src/client/types.js';

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;

const BAD = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: bad
spec:
  podManagementPolicy: Sometimes
  selector:
    matchLabels:
      app: one
  template:
    metadata:
      labels:
        app: two
    spec:
      containers:
      - name: c
        image: nginx
`;

const c = new TestCluster();
let api: HttpClient;
let watch: WatchHandle | undefined;
/** pod watch events in arrival order: "ADDED web-0", "READY web-0", "DELETED web-2" */
const events: string[] = [];

const isReady = (p: KubeObject) => p.status?.phase === 'Running' && (p.status?.conditions ?? []).some((x: KubeObject) => x.type === 'Ready' && x.status === 'True');
const norm = (r: RunResult): RunResult => ({ stdout: normaliseIdentity(normalise(r.stdout)), stderr: normalise(r.stderr), exitCode: r.exitCode });

/** Pod templates print Node-Selectors/Tolerations since kubectl 1.30: those compare with 1.33 only. */
const LATEST_ONLY = ['1.33'] as const;

async function sameAsKubectl(args: string[], input?: string, versions: readonly ('1.33' | '1.27')[] = ['1.33', '1.27']): Promise<RunResult> {
  const m = norm(await c.mk(args, { input }));
  for (const v of versions) expect(m, `kubectl ${v} ${args.join(' ')}`).toEqual(norm(await c.kubectl(v, args, { input })));
  return m;
}

async function rolledOut(): Promise<string> {
  const r = await c.mk(['rollout', 'status', 'statefulset/web', '--timeout=90s']);
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

const since = (mark: number) => events.slice(mark);

beforeAll(async () => {
  await c.start();
  const token = JSON.parse(readFileSync(join(c.home, 'cluster.json'), 'utf8')).token;
  api = new HttpClient(`https://127.0.0.1:${c.port}`, token, { ca: readFileSync(join(c.home, 'apiserver.crt')) });
  const ready = new Set<string>();
  watch = api.watch(R.pods, 'default', {}, (ev) => {
    const name = ev.object.metadata.name!;
    if (ev.type === 'ADDED') events.push(`ADDED ${name}`);
    if (ev.type === 'DELETED') {
      events.push(`DELETED ${name}`);
      ready.delete(name);
    }
    if (ev.type === 'MODIFIED' && !ev.object.metadata.deletionTimestamp && isReady(ev.object) && !ready.has(name)) {
      ready.add(name);
      events.push(`READY ${name}`);
    }
  });
}, 120_000);
afterAll(async () => {
  watch?.stop();
  api?.close();
  await c.destroy();
});

describe('StatefulSet basics', () => {
  it('creates web-0, waits for it to be Running and Ready, then creates web-1', async () => {
    expect((await c.mk(['apply', '-f', '-'], { input: WEB })).stdout).toBe('service/nginx created\nstatefulset.apps/web created\n');
    expect(await rolledOut()).toMatch(/partitioned roll out complete: 2 new pods have been updated\.\.\.\n$/);
    await waitFor(() => events.includes('READY web-1'), 'web-1 ready');
    expect(events.filter((e) => e.startsWith('ADDED'))).toEqual(['ADDED web-0', 'ADDED web-1']);
    expect(events.indexOf('READY web-0')).toBeLessThan(events.indexOf('ADDED web-1'));
    const pod = await api.get(R.pods, 'default', 'web-1');
    expect(pod.spec.hostname).toBe('web-1');
    expect(pod.spec.subdomain).toBe('nginx');
    expect(pod.metadata.labels).toMatchObject({ app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1' });
    const sts = await api.get(R.statefulsets, 'default', 'web');
    expect(pod.metadata.labels!['controller-revision-hash']).toBe(sts.status.updateRevision);
    expect(sts.status).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2, currentReplicas: 2, updatedReplicas: 2, observedGeneration: 1 });
    expect(sts.spec).toMatchObject({ podManagementPolicy: 'OrderedReady', revisionHistoryLimit: 10, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } } });
  });

  it('prints the set, its revisions and its description as kubectl does', async () => {
    expect((await sameAsKubectl(['get', 'statefulsets'])).stdout).toMatch(/^NAME +READY +AGE\nweb +2\/2 +<age>\n$/);
    await sameAsKubectl(['get', 'sts', 'web', '-o', 'wide']);
    expect((await sameAsKubectl(['get', 'controllerrevisions'])).stdout).toMatch(/^NAME +CONTROLLER +REVISION +AGE\nweb-[a-z0-9]+ +statefulset\.apps\/web +1 +<age>\n$/);
    const d = await sameAsKubectl(['describe', 'statefulset', 'web'], undefined, LATEST_ONLY);
    expect(d.stdout).toContain('Update Strategy:    RollingUpdate\n  Partition:        0\n');
    expect(d.stdout).toContain('Volume Claims:\n  Name:          www\n');
    expect(d.stdout).toContain('create Pod web-1 in StatefulSet web successful');
    await sameAsKubectl(['get', 'all']);
  });

  it('scales up in order and down from the highest ordinal', async () => {
    expect((await c.mk(['scale', 'sts', 'web', '--replicas=3'])).stdout).toBe('statefulset.apps/web scaled\n');
    await rolledOut();
    await waitFor(() => events.includes('READY web-2'), 'web-2 ready');
    let mark = events.length;
    expect((await c.kubectl('1.33', ['scale', 'sts', 'web', '--replicas=1'])).stdout).toBe('statefulset.apps/web scaled\n');
    await waitFor(() => since(mark).includes('DELETED web-1'), 'web-1 deleted', 60_000);
    expect(since(mark).filter((e) => e.startsWith('DELETED'))).toEqual(['DELETED web-2', 'DELETED web-1']);
    mark = events.length;
    await c.mk(['scale', 'sts', 'web', '--replicas=3']);
    await rolledOut();
    await waitFor(() => since(mark).includes('READY web-2'), 'web-2 back');
    expect(since(mark).filter((e) => e.startsWith('ADDED'))).toEqual(['ADDED web-1', 'ADDED web-2']);
  });

  it('rolls an image update out from the highest ordinal down, then undoes it', async () => {
    const mark = events.length;
    expect((await c.mk(['set', 'image', 'statefulset/web', 'nginx=nginx:1.27'])).stdout).toBe('statefulset.apps/web image updated\n');
    expect(await rolledOut()).toMatch(/partitioned roll out complete: 3 new pods have been updated\.\.\.\n$/);
    expect(since(mark).filter((e) => e.startsWith('DELETED'))).toEqual(['DELETED web-2', 'DELETED web-1', 'DELETED web-0']);
    const pods = (await api.list(R.pods, 'default', { labelSelector: 'app=nginx' })).items;
    for (const p of pods) expect(p.spec.containers[0].image).toBe('nginx:1.27');
    const history = await sameAsKubectl(['rollout', 'history', 'statefulset/web']);
    expect(history.stdout).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    await sameAsKubectl(['rollout', 'history', 'sts/web', '--revision=1'], undefined, LATEST_ONLY);
    expect((await c.mk(['rollout', 'undo', 'sts/web'])).stdout).toBe('statefulset.apps/web rolled back\n');
    await waitFor(async () => (await api.get(R.statefulsets, 'default', 'web')).spec.template.spec.containers[0].image === 'nginx:1.25', 'template restored');
    await rolledOut();
    const revisions = (await api.list(R.controllerrevisions, 'default')).items.map((r) => Number(r.revision)).sort();
    expect(revisions).toEqual([2, 3]);
    const status = await sameAsKubectl(['rollout', 'status', 'sts/web']);
    expect(status.stdout).toBe('partitioned roll out complete: 3 new pods have been updated...\n');
  });

  it('restarts every pod through a new revision', async () => {
    const mark = events.length;
    const before = (await api.get(R.statefulsets, 'default', 'web')).status.updateRevision;
    expect((await c.kubectl('1.33', ['rollout', 'restart', 'sts/web'])).stdout).toBe('statefulset.apps/web restarted\n');
    await waitFor(async () => {
      const set = await api.get(R.statefulsets, 'default', 'web');
      return set.status?.observedGeneration === set.metadata.generation && set.status?.updateRevision !== before;
    }, 'restart observed');
    await rolledOut();
    expect(since(mark).filter((e) => e.startsWith('DELETED'))).toEqual(['DELETED web-2', 'DELETED web-1', 'DELETED web-0']);
    const pods = (await api.list(R.pods, 'default', { labelSelector: 'app=nginx' })).items;
    for (const p of pods) expect(p.metadata.annotations?.['kubectl.kubernetes.io/restartedAt']).toBeTruthy();
    expect((await c.mk(['get', 'controllerrevisions', '--no-headers'])).stdout.trim().split('\n')).toHaveLength(3);
  });

  it('rejects invalid sets and forbidden updates with kube-apiserver messages', async () => {
    const bad = await sameAsKubectl(['create', '-f', '-'], BAD);
    expect(bad.stderr).toContain(`spec.podManagementPolicy: Invalid value: "Sometimes": must be 'OrderedReady' or 'Parallel'`);
    const forbidden = await sameAsKubectl(['patch', 'sts', 'web', '-p', '{"spec":{"serviceName":"other"}}']);
    expect(forbidden.stderr).toContain(
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
  });
});
