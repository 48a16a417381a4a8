// The DaemonSet controller (pkg/controller/daemon/daemon_controller.go): one daemon pod on
// every node the template fits, replaced per the update strategy, with status counts.
// Pods are created already aimed at their node (node-name affinity) and bound by the scheduler.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { controllerRef, isEmptySelector, isPodReady, logErrors, objectKey, selectorMatches, splitKey } from '../replicaset/controller-utils.js';
import { Expectations } from '../replicaset/expectations.js';
import { claimObjects, recheckOwner } from '../replicaset/ref-manager.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { REVISION_HASH_LABEL, targetNodeName, templateGeneration } from './daemon-pods.js';
import { FailedPodBackoff } from './failed-pod-backoff.js';
import { DaemonSetRevisions } from './history.js';
import { planNode } from './manage-plan.js';
import { nodeShouldRunDaemonPod, type Eligibility } from './node-eligibility.js';
import { DaemonPodWriter } from './pod-writer.js';
import { planRollingUpdate, rollingLimits } from './rolling-update.js';
import { countDaemonPods, nextStatus } from './status.js';

const sameEligibility = (a: Eligibility, b: Eligibility) => a.shouldRun === b.shouldRun && a.shouldContinueRunning === b.shouldContinueRunning;

export class DaemonSetController {
  readonly dsInformer: Informer;
  readonly podInformer: Informer;
  readonly nodeInformer: Informer;
  readonly revisionInformer: Informer;
  private queue: SyncedQueue;
  private expectations = new Expectations();
  private recorder: EventRecorder;
  private revisions: DaemonSetRevisions;
  private writer: DaemonPodWriter;
  private backoff = new FailedPodBackoff();

  constructor(private client: ApiClient) {
    this.dsInformer = new Informer(client, R.daemonsets);
    this.podInformer = new Informer(client, R.pods);
    this.nodeInformer = new Informer(client, R.nodes);
    this.revisionInformer = new Informer(client, R.controllerrevisions);
    this.recorder = new EventRecorder(client, { component: 'daemonset-controller' });
    this.revisions = new DaemonSetRevisions(client);
    this.writer = new DaemonPodWriter(client, this.recorder, this.expectations);
    this.queue = new SyncedQueue((k) => this.sync(k), 2, logErrors('daemonset-controller'));
    this.dsInformer.on({
      add: (ds) => this.queue.add(objectKey(ds)),
      update: (old, cur) => {
        if (old.metadata.uid !== cur.metadata.uid) this.expectations.delete(objectKey(old));
        this.queue.add(objectKey(cur));
      },
      delete: (ds) => {
        this.expectations.delete(objectKey(ds));
        this.queue.add(objectKey(ds));
      },
    });
    this.podInformer.on({ add: (p) => this.addPod(p), update: (o, c) => this.updatePod(o, c), delete: (p) => this.deletePod(p) });
    this.nodeInformer.on({
      add: (n) => this.enqueueFor(n, undefined),
      update: (o, c) => this.enqueueFor(c, o),
      delete: () => this.enqueueAll(),
    });
    this.revisionInformer.on({
      add: (r) => this.enqueueOwner(r),
      update: (_o, r) => this.enqueueOwner(r),
      delete: (r) => this.enqueueOwner(r),
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.dsInformer.start(), this.podInformer.start(), this.nodeInformer.start(), this.revisionInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    for (const i of [this.dsInformer, this.podInformer, this.nodeInformer, this.revisionInformer]) i.stop();
  }

  // ---- event handlers ----

  private owner(o: KubeObject): KubeObject | undefined {
    const ref = controllerRef(o);
    if (!ref || ref.kind !== 'DaemonSet') return undefined;
    const ds = this.dsInformer.get(o.metadata.namespace, ref.name);
    return ds?.metadata.uid === ref.uid ? ds : undefined;
  }

  private enqueueOwner(o: KubeObject): void {
    const ds = this.owner(o);
    if (ds) this.queue.add(objectKey(ds));
  }

  private enqueueAll(): void {
    for (const ds of this.dsInformer.list()) this.queue.add(objectKey(ds));
  }

  /** A node came or changed: the DaemonSets whose verdict for it differs now. */
  private enqueueFor(node: KubeObject, old: KubeObject | undefined): void {
    for (const ds of this.dsInformer.list()) {
      const now = nodeShouldRunDaemonPod(node, ds);
      if (!old ? now.shouldRun : !sameEligibility(now, nodeShouldRunDaemonPod(old, ds))) this.queue.add(objectKey(ds));
    }
  }

  private matching(pod: KubeObject): KubeObject[] {
    return this.dsInformer.list(pod.metadata.namespace).filter((ds) => !isEmptySelector(ds.spec?.selector) && selectorMatches(ds.spec?.selector, pod.metadata.labels));
  }

  private addPod(pod: KubeObject): void {
    if (pod.metadata.deletionTimestamp) return this.deletePod(pod);
    if (controllerRef(pod)) {
      const ds = this.owner(pod);
      if (!ds) return;
      this.expectations.creationObserved(objectKey(ds));
      this.queue.add(objectKey(ds));
      return;
    }
    for (const ds of this.matching(pod)) this.queue.add(objectKey(ds));
  }

  private updatePod(old: KubeObject, cur: KubeObject): void {
    if (old.metadata.resourceVersion === cur.metadata.resourceVersion) return;
    const oldOwner = this.owner(old);
    const curOwner = this.owner(cur);
    if (oldOwner && oldOwner !== curOwner) this.queue.add(objectKey(oldOwner));
    if (curOwner) {
      this.queue.add(objectKey(curOwner));
      // availability is time-based: look again once minReadySeconds have passed
      const mrs = curOwner.spec?.minReadySeconds ?? 0;
      if (!isPodReady(old) && isPodReady(cur) && mrs > 0) this.queue.addAfter(objectKey(curOwner), mrs * 1000 + 1000);
      return;
    }
    if (!controllerRef(cur)) for (const ds of this.matching(cur)) this.queue.add(objectKey(ds));
  }

  private deletePod(pod: KubeObject): void {
    const ds = this.owner(pod);
    if (!ds) return;
    this.expectations.deletionObserved(objectKey(ds), objectKey(pod));
    this.queue.add(objectKey(ds));
  }

  // ---- sync ----

  private async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const ds = this.dsInformer.get(ns, name);
    if (!ds) {
      this.expectations.delete(key);
      return;
    }
    if (ds.metadata.deletionTimestamp) return;
    if (isEmptySelector(ds.spec?.selector)) {
      await this.recorder.record(ds, 'Warning', 'SelectingAll', 'This daemon set is selecting all pods. A non-empty selector is required.');
      return;
    }
    const candidates = this.revisionInformer.list(ns);
    const { current, old } = await this.revisions.construct(ds, candidates);
    const hash: string = current.metadata.labels?.[REVISION_HASH_LABEL] ?? '';
    const nodes = this.nodeInformer.list().sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
    if (!this.expectations.satisfied(key)) return this.updateStatus(ds, nodes, hash, false);
    let err: unknown;
    try {
      await this.manage(ds, nodes, hash, key);
      if (this.expectations.satisfied(key) && ds.spec?.updateStrategy?.type === 'RollingUpdate') await this.rollingUpdate(ds, nodes, hash, key);
      await this.revisions.cleanup(ds, old, await this.claimedPods(ds));
    } catch (e) {
      err = e;
    }
    await this.updateStatus(ds, nodes, hash, true);
    if (err) throw err;
  }

  private async claimedPods(ds: KubeObject): Promise<KubeObject[]> {
    return claimObjects(this.podInformer.list(ds.metadata.namespace), {
      client: this.client,
      resource: R.pods,
      owner: ds,
      ownerApiVersion: 'apps/v1',
      ownerKind: 'DaemonSet',
      canAdopt: recheckOwner(this.client, R.daemonsets, ds),
    });
  }

  /** getNodesToDaemonPods: the claimed pods by target node (deleted terminal ones left out). */
  private async nodeToDaemonPods(ds: KubeObject): Promise<Map<string, KubeObject[]>> {
    const out = new Map<string, KubeObject[]>();
    for (const p of await this.claimedPods(ds)) {
      const terminal = p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
      if (p.metadata.deletionTimestamp && terminal) continue;
      const node = targetNodeName(p);
      if (!node) continue;
      out.set(node, [...(out.get(node) ?? []), p]);
    }
    return out;
  }

  private async manage(ds: KubeObject, nodes: KubeObject[], hash: string, key: string): Promise<void> {
    const byNode = await this.nodeToDaemonPods(ds);
    const ru = ds.spec?.updateStrategy?.rollingUpdate;
    const desired = nodes.filter((n) => nodeShouldRunDaemonPod(n, ds).shouldRun).length;
    const allowsSurge = ds.spec?.updateStrategy?.type === 'RollingUpdate' && !!ru && rollingLimits(ds, desired).maxSurge > 0;
    const ctx = { hash, allowsSurge, minReadySeconds: ds.spec?.minReadySeconds ?? 0, now: Date.now() };
    const create: string[] = [];
    const remove: KubeObject[] = [];
    for (const node of nodes) {
      const plan = planNode(nodeShouldRunDaemonPod(node, ds), byNode.get(node.metadata.name!), ctx);
      if (plan.createOnNode) create.push(node.metadata.name!);
      for (const p of plan.remove) {
        if (!plan.failed.includes(p)) {
          remove.push(p);
          continue;
        }
        // a failed pod is killed again only once its node's backoff has passed
        const wait = this.backoff.wait(`${ds.metadata.uid}/${node.metadata.name}`);
        if (wait > 0) {
          this.queue.addAfter(key, wait);
          continue;
        }
        remove.push(p);
        await this.recorder.record(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${p.metadata.namespace}/${p.metadata.name} on node ${node.metadata.name}, will try to kill it`);
      }
    }
    // unbound pods aimed at nodes that no longer exist
    this.backoff.gc();
    const names = new Set(nodes.map((n) => n.metadata.name));
    for (const [node, pods] of byNode) if (!names.has(node)) remove.push(...pods.filter((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp));
    await this.writer.syncNodes(ds, key, remove, create, hash);
  }

  private async rollingUpdate(ds: KubeObject, nodes: KubeObject[], hash: string, key: string): Promise<void> {
    const byNode = await this.nodeToDaemonPods(ds);
    const run = new Set<string>();
    for (const n of nodes) {
      if (!nodeShouldRunDaemonPod(n, ds).shouldRun) continue;
      run.add(n.metadata.name!);
      if (!byNode.has(n.metadata.name!)) byNode.set(n.metadata.name!, []);
    }
    const { maxSurge, maxUnavailable } = rollingLimits(ds, run.size);
    const plan = planRollingUpdate({
      nodeToPods: byNode,
      shouldRun: (n) => run.has(n),
      desired: run.size,
      maxSurge,
      maxUnavailable,
      hash,
      generation: templateGeneration(ds),
      minReadySeconds: ds.spec?.minReadySeconds ?? 0,
      now: Date.now(),
    });
    await this.writer.syncNodes(ds, key, plan.deletePods, plan.createOnNodes, hash);
  }

  private async updateStatus(ds: KubeObject, nodes: KubeObject[], hash: string, observe: boolean): Promise<void> {
    const byNode = await this.nodeToDaemonPods(ds);
    const mrs = ds.spec?.minReadySeconds ?? 0;
    const eligible = nodes.map((n) => ({ name: n.metadata.name!, eligibility: nodeShouldRunDaemonPod(n, ds) }));
    const counts = countDaemonPods(eligible, byNode, hash, templateGeneration(ds), mrs, Date.now());
    const next = nextStatus(ds, counts, observe);
    if (next) await this.client.update(R.daemonsets, ds.metadata.namespace, { ...ds, status: next }, { subresource: 'status' });
    // availability is time-based: look again once minReadySeconds have passed
    if (mrs > 0 && counts.numberReady !== counts.numberAvailable) this.queue.addAfter(objectKey(ds), mrs * 1000);
  }
}
