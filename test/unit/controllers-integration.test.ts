// The workload controllers against a real registry in memory: a test plays kubelet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/storage/store.js';
import { Registry } from '../../src/apiserver/rest/registry.js';
import { LocalClient } from '../../src/client/local-client.js';
import { R } from '../../src/client/interface.js';
import type { KubeObject } from '../../src/client/types.js';
import { bootstrap } from '../../src/cluster/bootstrap.js';
import { nodeObject, registerNode } from '../../src/kubelet/node.js';
import { Informer } from '../../src/controllers/framework/informer.js';
import { WorkQueue } from '../../src/controllers/framework/workqueue.js';
import { DeploymentController, GarbageCollector, ReplicaSetController, Scheduler } from '../../src/controllers/index.js';
import { computeHash } from '../../src/controllers/deployment/hash.js';
import { waitFor as pollFor } from '../helpers/cluster.js';

const NS = 'default';
const REV = 'deployment.kubernetes.io/revision';
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The shared poller, with the subject first as this file's calls read. */
const waitFor = <T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> => pollFor(fn, what, timeoutMs);

/** Plays the kubelet: bound pods become Running and Ready; terminating pods are finished. */
class FakeKubelet {
  hold: (p: KubeObject) => boolean = () => false;
  private informer: Informer;
  private queue: WorkQueue;

  constructor(private client: LocalClient) {
    this.informer = new Informer(client, R.pods);
    this.queue = new WorkQueue((k) => this.handle(k), 2);
    const add = (p: KubeObject) => this.queue.add(`${p.metadata.namespace}/${p.metadata.name}`);
    this.informer.on({ add, update: (_o, c) => add(c) });
  }

  start = () => this.informer.start();

  release(): void {
    this.hold = () => false;
    for (const p of this.informer.list()) this.queue.add(`${p.metadata.namespace}/${p.metadata.name}`);
  }

  stop(): void {
    this.queue.stop();
    this.informer.stop();
  }

  private async handle(key: string): Promise<void> {
    const [ns, name] = key.split('/');
    let pod: KubeObject;
    try {
      pod = await this.client.get(R.pods, ns, name);
    } catch {
      return;
    }
    if (pod.metadata.deletionTimestamp) {
      await this.client.delete(R.pods, ns, name, { gracePeriodSeconds: 0 }).catch(() => undefined);
      return;
    }
    if (!pod.spec.nodeName || pod.status?.phase === 'Running' || this.hold(pod)) return;
    const t = now();
    const cond = (type: string) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: t });
    const status = {
      ...pod.status,
      phase: 'Running',
      hostIP: '127.0.0.1',
      podIP: '10.244.0.9',
      startTime: t,
      conditions: [cond('Initialized'), cond('Ready'), cond('ContainersReady'), cond('PodScheduled')],
      containerStatuses: pod.spec.containers.map((c: KubeObject) => ({ name: c.name, image: c.image, imageID: '', ready: true, restartCount: 0, started: true, state: { running: { startedAt: t } } })),
    };
    await this.client.update(R.pods, ns, { ...pod, status }, { subresource: 'status' });
  }
}

const store = new Store(':memory:');
const client = new LocalClient(new Registry(store));
const kubelet = new FakeKubelet(client);

/**
 * Stand-in for the apiserver's pods/binding endpoint (sets spec.nodeName and PodScheduled),
 * which the registry does not serve yet; a pod update may not change spec.nodeName.
 */
async function storeBinder(pod: KubeObject, node: string): Promise<void> {
  store.batch(() => {
    const cur = store.get('/pods', pod.metadata.namespace!, pod.metadata.name!);
    if (!cur || cur.object.metadata.uid !== pod.metadata.uid) throw Object.assign(new Error('not found'), { code: 404 });
    if (cur.object.spec.nodeName) throw Object.assign(new Error('already assigned'), { code: 409 });
    const obj = structuredClone(cur.object);
    obj.spec.nodeName = node;
    const conditions = (obj.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled');
    obj.status = { ...obj.status, conditions: [...conditions, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now() }] };
    store.write('/pods', pod.metadata.namespace!, pod.metadata.name!, 'MODIFIED', obj);
  });
}

const controllers = [new Scheduler(client, storeBinder), new ReplicaSetController(client), new DeploymentController(client), new GarbageCollector(client)];

const pods = async (selector = 'app=web') => (await client.list(R.pods, NS, { labelSelector: selector })).items;
const activePods = async (selector = 'app=web') => (await pods(selector)).filter((p) => !p.metadata.deletionTimestamp);
const replicaSets = async (selector = 'app=web') => (await client.list(R.replicasets, NS, { labelSelector: selector })).items;
const getDeployment = (name = 'web') => client.get(R.deployments, NS, name);
const events = async (reason: string) => (await client.list(R.events, NS)).items.filter((e) => e.reason === reason).map((e) => e.message as string);

function deploymentBody(name: string, replicas: number, image: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NS, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
      ...extra,
    },
  };
}

/** Rolled out: status says every replica is updated and available, for the latest generation. */
async function rolledOut(name: string, replicas: number): Promise<KubeObject> {
  return waitFor(`${name} rolled out to ${replicas}`, async () => {
    const d = await getDeployment(name);
    const s = d.status ?? {};
    const progressing = s.conditions?.find((c: { type: string }) => c.type === 'Progressing');
    return (
      s.observedGeneration === d.metadata.generation &&
      (s.replicas ?? 0) === replicas &&
      (s.updatedReplicas ?? 0) === replicas &&
      (s.availableReplicas ?? 0) === replicas &&
      progressing?.reason === 'NewReplicaSetAvailable' &&
      (await activePods(`app=${name}`)).length === replicas &&
      (await pods(`app=${name}`)).length === replicas &&
      d
    );
  });
}

beforeAll(async () => {
  await bootstrap(client);
  await registerNode(client, nodeObject('mk', '127.0.0.1', true, '10.244.0.0/24'));
  await kubelet.start();
  for (const c of controllers) await c.start();
});

afterAll(() => {
  for (const c of controllers) c.stop();
  kubelet.stop();
});

describe('Deployment → ReplicaSet → pods', () => {
  let firstRS: KubeObject;
  let originalTemplate: KubeObject;

  it('creates one ReplicaSet named by the template hash, and its pods', async () => {
    await client.create(R.deployments, NS, deploymentBody('web', 4, 'nginx:1.24'));
    const d = await rolledOut('web', 4);
    const rss = await replicaSets();
    expect(rss).toHaveLength(1);
    firstRS = rss[0];
    originalTemplate = d.spec.template;
    const hash = computeHash(d.spec.template, d.status.collisionCount);
    expect(firstRS.metadata.name).toBe(`web-${hash}`);
    expect(firstRS.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(firstRS.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(firstRS.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(firstRS.metadata.annotations).toMatchObject({ [REV]: '1', 'deployment.kubernetes.io/desired-replicas': '4', 'deployment.kubernetes.io/max-replicas': '5' });
    expect(d.metadata.annotations?.[REV]).toBe('1');
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4 });
    expect(d.status.conditions.map((c: { type: string; status: string; reason: string }) => [c.type, c.status, c.reason])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable'],
      ['Progressing', 'True', 'NewReplicaSetAvailable'],
    ]);
    expect(d.status.conditions[1].message).toBe(`ReplicaSet "${firstRS.metadata.name}" has successfully progressed.`);
    for (const p of await pods()) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.ownerReferences![0]).toMatchObject({ kind: 'ReplicaSet', name: firstRS.metadata.name, controller: true, blockOwnerDeletion: true });
      expect(p.spec.nodeName).toBe('mk');
      expect(p.metadata.labels!['pod-template-hash']).toBe(hash);
    }
    const rsStatus = (await client.get(R.replicasets, NS, firstRS.metadata.name!)).status;
    expect(rsStatus).toEqual({ replicas: 4, fullyLabeledReplicas: 4, readyReplicas: 4, availableReplicas: 4, observedGeneration: 1 });
    expect(await events('ScalingReplicaSet')).toContain(`Scaled up replica set ${firstRS.metadata.name} from 0 to 4`);
    expect((await events('SuccessfulCreate')).filter((m) => m.startsWith(`Created pod: ${firstRS.metadata.name}-`))).toHaveLength(4);
    expect((await events('Scheduled')).filter((m) => /^Successfully assigned default\/web-\w+-\w+ to mk$/.test(m))).toHaveLength(4);
  });

  it('scales up without touching the running pods', async () => {
    const before = new Set((await pods()).map((p) => p.metadata.uid));
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { replicas: 6 } }, { subresource: 'scale' });
    await rolledOut('web', 6);
    const after = await pods();
    expect(after.filter((p) => before.has(p.metadata.uid))).toHaveLength(4);
    expect(await replicaSets()).toHaveLength(1);
    expect(await events('ScalingReplicaSet')).toContain(`Scaled up replica set ${firstRS.metadata.name} from 4 to 6`);
  });

  it('scales down deleting pending pods first, then the cheapest', async () => {
    // two pods are worth keeping; two more arrive but never start
    const running = await pods();
    const keep = running.slice(0, 2).map((p) => p.metadata.name!);
    for (const name of keep) await client.patch(R.pods, NS, name, 'merge', { metadata: { annotations: { 'controller.kubernetes.io/pod-deletion-cost': '100' } } });
    kubelet.hold = () => true;
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { replicas: 8 } });
    const pending = await waitFor('two pending pods', async () => {
      const p = (await activePods()).filter((x) => x.status?.phase === 'Pending' && x.spec.nodeName);
      return p.length === 2 && p;
    });
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { replicas: 6 } });
    await waitFor('pending pods deleted', async () => (await pods()).every((p) => !pending.some((x) => x.metadata.uid === p.metadata.uid)));
    kubelet.release();
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { replicas: 2 } });
    await rolledOut('web', 2);
    expect((await pods()).map((p) => p.metadata.name).sort()).toEqual([...keep].sort());
    const deleted = await events('SuccessfulDelete');
    for (const p of pending) expect(deleted).toContain(`Deleted pod: ${p.metadata.name}`);
    expect(await events('ScalingReplicaSet')).toContain(`Scaled down replica set ${firstRS.metadata.name} from 6 to 2`);
  });

  it('rolls out a template change within maxSurge and maxUnavailable', async () => {
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { replicas: 4 } });
    await rolledOut('web', 4);
    // 4 replicas at 25%: surge 1, unavailable 1 → at most 5 desired, at least 3 ready
    const violations: string[] = [];
    let checks = 0;
    const rsWatch = client.watch(R.replicasets, NS, { resourceVersion: String(store.resourceVersion) }, () => {
      checks++;
      void replicaSets().then((rss) => {
        const total = rss.reduce((n, r) => n + r.spec.replicas, 0);
        if (total > 5) violations.push(`Σ spec.replicas = ${total}`);
      });
    });
    const podWatch = client.watch(R.pods, NS, { resourceVersion: String(store.resourceVersion) }, () => {
      checks++;
      void activePods().then((ps) => {
        const ready = ps.filter((p) => p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')).length;
        if (ready < 3) violations.push(`ready = ${ready}`);
      });
    });
    await client.patch(R.deployments, NS, 'web', 'json', [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.25' }]);
    const d = await rolledOut('web', 4);
    rsWatch.stop();
    podWatch.stop();
    expect(violations).toEqual([]);
    expect(checks).toBeGreaterThan(20);
    const rss = await replicaSets();
    expect(rss).toHaveLength(2);
    const old = rss.find((r) => r.metadata.uid === firstRS.metadata.uid)!;
    const fresh = rss.find((r) => r.metadata.uid !== firstRS.metadata.uid)!;
    expect(old.spec.replicas).toBe(0);
    expect(fresh.spec.replicas).toBe(4);
    expect(old.metadata.annotations![REV]).toBe('1');
    expect(fresh.metadata.annotations![REV]).toBe('2');
    expect(d.metadata.annotations![REV]).toBe('2');
    expect(fresh.metadata.name).toBe(`web-${computeHash(d.spec.template)}`);
    for (const p of await pods()) expect(p.spec.containers[0].image).toBe('nginx:1.25');
    const scaling = await events('ScalingReplicaSet');
    expect(scaling).toContain(`Scaled up replica set ${fresh.metadata.name} from 0 to 1`);
    expect(scaling).toContain(`Scaled down replica set ${old.metadata.name} from 4 to 3`);
    expect(scaling.some((m) => m.startsWith(`Scaled down replica set ${old.metadata.name} from `) && m.endsWith(' to 0'))).toBe(true);
  });

  it('rolls back by reusing the old ReplicaSet as revision 3', async () => {
    const created: string[] = [];
    const w = client.watch(R.replicasets, NS, { resourceVersion: String(store.resourceVersion) }, (ev) => {
      if (ev.type === 'ADDED') created.push(ev.object.metadata.name!);
    });
    // what kubectl rollout undo sends: the old template without the hash label
    await client.patch(R.deployments, NS, 'web', 'json', [{ op: 'replace', path: '/spec/template', value: originalTemplate }]);
    const d = await rolledOut('web', 4);
    await waitFor('old RS at revision 3', async () => (await client.get(R.replicasets, NS, firstRS.metadata.name!)).metadata.annotations?.[REV] === '3');
    w.stop();
    expect(created).toEqual([]);
    const rss = await replicaSets();
    expect(rss).toHaveLength(2);
    const reused = rss.find((r) => r.metadata.uid === firstRS.metadata.uid)!;
    expect(reused.spec.replicas).toBe(4);
    expect(reused.metadata.annotations!['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(rss.find((r) => r.metadata.uid !== firstRS.metadata.uid)!.spec.replicas).toBe(0);
    expect(d.metadata.annotations![REV]).toBe('3');
    for (const p of await pods()) expect(p.spec.containers[0].image).toBe('nginx:1.24');
  });

  it('pauses and resumes with Progressing Unknown', async () => {
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { paused: true } });
    const reason = async () => (await getDeployment()).status.conditions.find((c: { type: string }) => c.type === 'Progressing');
    await waitFor('paused condition', async () => (await reason())?.reason === 'DeploymentPaused');
    expect(await reason()).toMatchObject({ status: 'Unknown', message: 'Deployment is paused' });
    await client.patch(R.deployments, NS, 'web', 'json', [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.26' }]);
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { replicas: 5 } });
    await waitFor('scaled while paused', async () => (await activePods()).length === 5);
    expect(await replicaSets()).toHaveLength(2); // no rollout while paused
    await client.patch(R.deployments, NS, 'web', 'merge', { spec: { paused: false } });
    await rolledOut('web', 5);
    expect(await replicaSets()).toHaveLength(3);
  });

  it('deletes ReplicaSets and pods when the Deployment is deleted (background)', async () => {
    await client.delete(R.deployments, NS, 'web');
    await waitFor('dependents collected', async () => (await replicaSets()).length === 0 && (await pods()).length === 0);
  });
});

describe('Recreate and minReadySeconds', () => {
  it('Recreate scales the old ReplicaSet to 0 before the new one starts', async () => {
    await client.create(R.deployments, NS, deploymentBody('rec', 2, 'nginx:1.24', { strategy: { type: 'Recreate' } }));
    await rolledOut('rec', 2);
    let overlap = false;
    const w = client.watch(R.replicasets, NS, { resourceVersion: String(store.resourceVersion) }, () => {
      void replicaSets('app=rec').then((rss) => {
        if (rss.filter((r) => r.spec.replicas > 0).length > 1) overlap = true;
      });
    });
    await client.patch(R.deployments, NS, 'rec', 'json', [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.25' }]);
    await rolledOut('rec', 2);
    w.stop();
    expect(overlap).toBe(false);
    expect((await replicaSets('app=rec')).map((r) => r.spec.replicas).sort()).toEqual([0, 2]);
    for (const p of await pods('app=rec')) expect(p.spec.containers[0].image).toBe('nginx:1.25');
    await client.delete(R.deployments, NS, 'rec');
    await waitFor('rec collected', async () => (await pods('app=rec')).length === 0);
  });

  it('counts pods as available only after minReadySeconds', async () => {
    let readyNotAvailable = false;
    const w = client.watch(R.replicasets, NS, { resourceVersion: String(store.resourceVersion) }, (ev) => {
      const st = ev.object.status ?? {};
      if (ev.object.metadata.labels?.app === 'slow' && st.readyReplicas === 2 && (st.availableReplicas ?? 0) < 2) readyNotAvailable = true;
    });
    await client.create(R.deployments, NS, deploymentBody('slow', 2, 'nginx', { minReadySeconds: 2 }));
    await rolledOut('slow', 2);
    w.stop();
    expect(readyNotAvailable).toBe(true);
    expect((await replicaSets('app=slow'))[0].spec.minReadySeconds).toBe(2);
    await client.delete(R.deployments, NS, 'slow');
    await waitFor('slow collected', async () => (await pods('app=slow')).length === 0);
  });
});

describe('progress deadline', () => {
  it('reports ProgressDeadlineExceeded when pods never become ready', async () => {
    kubelet.hold = (p) => p.metadata.labels?.app === 'stuck';
    await client.create(R.deployments, NS, deploymentBody('stuck', 1, 'nginx', { progressDeadlineSeconds: 1 }));
    const cond = await waitFor('timed out', async () => {
      const d = await getDeployment('stuck');
      const c = d.status?.conditions?.find((x: { type: string }) => x.type === 'Progressing');
      return c?.reason === 'ProgressDeadlineExceeded' && c;
    }, 10_000);
    const rs = (await replicaSets('app=stuck'))[0];
    expect(cond).toMatchObject({ status: 'False', message: `ReplicaSet "${rs.metadata.name}" has timed out progressing.` });
    const d = await getDeployment('stuck');
    expect(d.status.conditions.find((x: { type: string }) => x.type === 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' });
    kubelet.release();
    await client.delete(R.deployments, NS, 'stuck');
    await waitFor('stuck collected', async () => (await pods('app=stuck')).length === 0);
  });
});

describe('garbage collection policies', () => {
  it('orphans: dependents survive without the ownerReference', async () => {
    await client.create(R.deployments, NS, deploymentBody('api', 2, 'nginx'));
    await rolledOut('api', 2);
    await client.delete(R.deployments, NS, 'api', { propagationPolicy: 'Orphan' });
    await waitFor('deployment gone', async () => !(await client.list(R.deployments, NS)).items.some((d) => d.metadata.name === 'api'));
    const rs = await waitFor('RS orphaned', async () => {
      const [r] = await replicaSets('app=api');
      return r && !r.metadata.ownerReferences && r;
    });
    expect(rs.metadata.finalizers).toBeUndefined();
    await client.delete(R.replicasets, NS, rs.metadata.name!, { propagationPolicy: 'Orphan' });
    await waitFor('RS gone', async () => (await replicaSets('app=api')).length === 0);
    const left = await waitFor('pods orphaned', async () => {
      const ps = await pods('app=api');
      return ps.length === 2 && ps.every((p) => !p.metadata.ownerReferences) && ps;
    });
    for (const p of left) {
      expect(p.status.phase).toBe('Running');
      expect(p.metadata.deletionTimestamp).toBeUndefined();
    }
    // nobody owns them any more: they stay
    for (const p of left) await client.delete(R.pods, NS, p.metadata.name!, { gracePeriodSeconds: 0 });
  });

  it('foreground: the owner stays until its dependents are gone', async () => {
    await client.create(R.deployments, NS, deploymentBody('fg', 2, 'nginx'));
    await rolledOut('fg', 2);
    await client.delete(R.deployments, NS, 'fg', { propagationPolicy: 'Foreground' });
    const d = await getDeployment('fg');
    expect(d.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(d.metadata.deletionTimestamp).toBeDefined();
    await waitFor('all gone', async () => {
      const ds = (await client.list(R.deployments, NS)).items.filter((x) => x.metadata.name === 'fg');
      return ds.length === 0 && (await replicaSets('app=fg')).length === 0 && (await pods('app=fg')).length === 0;
    });
  });
});
