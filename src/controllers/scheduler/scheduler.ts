// A small kube-scheduler: binds each pending pod of the default scheduler to a node,
// records the Scheduled event and sets the PodScheduled condition.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { isConflict, isNotFound, logErrors, nowRfc3339, objectKey, splitKey } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { isNodeReady, pickNode, unschedulableMessage } from './node-selection.js';
import { podClaims, preFilterMessage, volumeBindingRejection } from './volume-binding.js';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const needsScheduling = (p: KubeObject): boolean =>
  !p.spec?.nodeName &&
  !p.metadata.deletionTimestamp &&
  (p.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler' &&
  p.status?.phase !== 'Succeeded' &&
  p.status?.phase !== 'Failed';

/** Assigns a pod to a node: kube-scheduler POSTs a Binding to the pods/binding subresource. */
export type Binder = (pod: KubeObject, node: string) => Promise<void>;

export const bindingBinder =
  (client: ApiClient): Binder =>
  async (pod, node) => {
    const binding: KubeObject = {
      apiVersion: 'v1',
      kind: 'Binding',
      metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid },
      target: { apiVersion: 'v1', kind: 'Node', name: node },
    };
    await client.create(R.pods, pod.metadata.namespace, binding, { subresource: 'binding' });
  };

interface Condition {
  type: string;
  status: string;
  lastProbeTime?: string | null;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export class Scheduler {
  readonly podInformer: Informer;
  readonly nodeInformer: Informer;
  readonly claimInformer: Informer;
  private queue: SyncedQueue;
  private recorder: EventRecorder;
  /** pods bound by us that the cache may not show bound yet: key → { uid, node } */
  private assumed = new Map<string, { uid: string; node: string }>();

  constructor(
    private client: ApiClient,
    private bind: Binder = bindingBinder(client),
  ) {
    this.podInformer = new Informer(client, R.pods);
    this.nodeInformer = new Informer(client, R.nodes);
    this.claimInformer = new Informer(client, R.persistentvolumeclaims);
    this.recorder = new EventRecorder(client, { component: 'default-scheduler' });
    this.queue = new SyncedQueue((k) => this.schedule(k), 1, logErrors('default-scheduler'));
    const consider = (p: KubeObject) => {
      if (needsScheduling(p)) this.queue.add(objectKey(p));
      else if (p.spec?.nodeName) this.assumed.delete(objectKey(p));
    };
    this.podInformer.on({ add: consider, update: (_o, c) => consider(c), delete: (p) => this.assumed.delete(objectKey(p)) });
    const retryPending = () => {
      for (const p of this.podInformer.list()) if (needsScheduling(p)) this.queue.add(objectKey(p));
    };
    // a claim that appears or binds lets the pods waiting for it be scheduled
    const claimChanged = (c: KubeObject) => {
      for (const p of this.podInformer.list(c.metadata.namespace)) if (needsScheduling(p) && podClaims(p).includes(c.metadata.name!)) this.queue.add(objectKey(p));
    };
    this.claimInformer.on({ add: claimChanged, update: (_o, c) => claimChanged(c), delete: claimChanged });
    this.nodeInformer.on({
      add: retryPending,
      // cordon, uncordon, taints, labels or readiness can make a pending pod fit; heartbeats cannot
      update: (o, c) => {
        if (isNodeReady(o) !== isNodeReady(c) || !sameJson(o.spec, c.spec) || !sameJson(o.metadata.labels, c.metadata.labels)) retryPending();
      },
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.podInformer.start(), this.nodeInformer.start(), this.claimInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.podInformer.stop();
    this.nodeInformer.stop();
    this.claimInformer.stop();
  }

  private placedPods(): KubeObject[] {
    return this.podInformer.list().map((p) => {
      const a = this.assumed.get(objectKey(p));
      return a && a.uid === p.metadata.uid && !p.spec?.nodeName ? { ...p, spec: { ...p.spec, nodeName: a.node } } : p;
    });
  }

  private async schedule(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const pod = this.podInformer.get(ns, name);
    if (!pod || !needsScheduling(pod)) return;
    if (this.assumed.get(key)?.uid === pod.metadata.uid) return;
    const nodes = this.nodeInformer.list();
    const volumeReason = nodes.length ? volumeBindingRejection(pod, (claim) => this.claimInformer.get(ns, claim)) : undefined;
    if (volumeReason) return this.reportUnschedulable(pod, preFilterMessage(volumeReason, nodes.length));
    const node = pickNode(pod, nodes, this.placedPods());
    if (!node) return this.reportUnschedulable(pod, unschedulableMessage(pod, nodes));
    try {
      await this.bind(pod, node);
    } catch (e) {
      // gone, or bound meanwhile: the informer brings the news
      if (isNotFound(e) || isConflict(e)) return;
      throw e;
    }
    this.assumed.set(key, { uid: pod.metadata.uid!, node });
    await this.recorder.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${name} to ${node}`);
    // the binding sets PodScheduled; make sure of it in case the binder did not
    const bound = await this.client.get(R.pods, ns, name).catch(() => undefined);
    if (bound && !(bound.status?.conditions ?? []).some((c: Condition) => c.type === 'PodScheduled' && c.status === 'True')) {
      await this.setScheduledCondition(bound, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: nowRfc3339() });
    }
  }

  private async reportUnschedulable(pod: KubeObject, message: string): Promise<void> {
    await this.recorder.record(pod, 'Warning', 'FailedScheduling', message);
    const cur = (pod.status?.conditions ?? []).find((c: Condition) => c.type === 'PodScheduled');
    if (cur?.status === 'False' && cur.message === message) return;
    await this.setScheduledCondition(pod, { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: nowRfc3339(), reason: 'Unschedulable', message });
  }

  /** Sets the condition through the status subresource, re-reading once if the kubelet wrote first. */
  private async setScheduledCondition(pod: KubeObject, cond: Condition): Promise<void> {
    let current = pod;
    for (let attempt = 0; attempt < 3; attempt++) {
      const conditions = (current.status?.conditions ?? []).filter((c: Condition) => c.type !== 'PodScheduled');
      try {
        await this.client.update(R.pods, current.metadata.namespace, { ...current, status: { ...(current.status ?? {}), conditions: [...conditions, cond] } }, { subresource: 'status' });
        return;
      } catch (e) {
        if (isNotFound(e)) return;
        if (!isConflict(e)) throw e;
        current = await this.client.get(R.pods, current.metadata.namespace, current.metadata.name!);
        if ((current.status?.conditions ?? []).some((c: Condition) => c.type === 'PodScheduled' && c.status === cond.status)) return;
      }
    }
  }
}
