// The taint eviction controller (pkg/controller/tainteviction): pods on a node with NoExecute
// taints they do not tolerate are deleted at once; pods that tolerate them only for
// tolerationSeconds are deleted when the shortest of those runs out, unless the taint goes
// (or the pod's tolerations change) first. Deletion marks the pod DisruptionTarget, then
// deletes it with its own grace period, as addConditionAndDeletePod does.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { isNotFound, logErrors, nowRfc3339 } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { nodeTaints, toleratesTaint, type Taint, type Toleration } from '../scheduler/tolerations.js';

export const TAINT_EVICTION_CONTROLLER = 'taint-eviction-controller';

const noExecute = (taints: Taint[]): Taint[] => taints.filter((t) => t.effect === 'NoExecute');
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * When the pod must go, in ms from now: 0 for at once, undefined for never (no taints, or
 * tolerated forever). GetMatchingTolerations + getMinTolerationTime.
 */
export function evictionDelay(taints: Taint[], tolerations: Toleration[]): number | undefined {
  if (!taints.length) return undefined;
  const used: Toleration[] = [];
  for (const taint of taints) {
    const t = tolerations.find((tol) => toleratesTaint(tol, taint));
    if (!t) return 0;
    used.push(t);
  }
  let min = Infinity;
  for (const t of used) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Infinity ? undefined : min * 1000;
}

interface Scheduled {
  createdAt: number;
  fireAt: number;
}

export class TaintEvictionController {
  private podInformer: Informer;
  private nodeInformer: Informer;
  private queue: SyncedQueue;
  private recorder: EventRecorder;
  /** NoExecute taints per node, as last seen by a node sync (taintedNodes). */
  private tainted = new Map<string, Taint[]>();
  /** Pod key → its pending eviction (the TimedWorkerQueue). */
  private scheduled = new Map<string, Scheduled>();

  constructor(
    private client: ApiClient,
    private now: () => number = Date.now,
  ) {
    this.podInformer = new Informer(client, R.pods);
    this.nodeInformer = new Informer(client, R.nodes);
    this.recorder = new EventRecorder(client, { component: TAINT_EVICTION_CONTROLLER });
    // one worker: node and pod updates are handled in order, so a pod never reads stale taints
    this.queue = new SyncedQueue((k) => this.sync(k), 1, logErrors(TAINT_EVICTION_CONTROLLER));
    const podKey = (p: KubeObject) => `pod:${p.metadata.namespace}/${p.metadata.name}`;
    this.podInformer.on({
      add: (p) => this.queue.add(podKey(p)),
      update: (o, p) => {
        if (o.spec?.nodeName !== p.spec?.nodeName || !sameJson(o.spec?.tolerations, p.spec?.tolerations)) this.queue.add(podKey(p));
      },
      delete: (p) => this.queue.add(podKey(p)),
    });
    const nodeKey = (n: KubeObject) => `node:${n.metadata.name}`;
    this.nodeInformer.on({
      add: (n) => this.queue.add(nodeKey(n)),
      update: (o, n) => {
        if (!sameJson(noExecute(nodeTaints(o)), noExecute(nodeTaints(n)))) this.queue.add(nodeKey(n));
      },
      delete: (n) => this.queue.add(nodeKey(n)),
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.podInformer.start(), this.nodeInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.podInformer.stop();
    this.nodeInformer.stop();
  }

  private async sync(key: string): Promise<void> {
    const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'node') return this.syncNode(rest);
    if (kind === 'pod') return this.syncPod(rest);
    if (kind === 'evict') return this.fire(rest);
  }

  private async syncNode(name: string): Promise<void> {
    const node = this.nodeInformer.get(undefined, name);
    const taints = node ? noExecute(nodeTaints(node)) : [];
    if (taints.length) this.tainted.set(name, taints);
    else this.tainted.delete(name);
    if (!node) return;
    const pods = this.podInformer.list().filter((p) => p.spec?.nodeName === name);
    for (const p of pods) await this.processPod(p, taints);
  }

  private async syncPod(podKey: string): Promise<void> {
    const [ns, name] = podKey.split('/');
    const pod = this.podInformer.get(ns, name);
    if (!pod) return this.cancel(podKey);
    const node = pod.spec?.nodeName;
    if (!node) return;
    const taints = this.tainted.get(node);
    // no NoExecute taints: a node sync already cancelled whatever was scheduled
    if (!taints) return;
    await this.processPod(pod, taints);
  }

  /** processPodOnNode. */
  private async processPod(pod: KubeObject, taints: Taint[]): Promise<void> {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const delay = evictionDelay(taints, pod.spec?.tolerations ?? []);
    if (delay === undefined) return this.cancel(key);
    const now = this.now();
    if (delay === 0) {
      await this.cancel(key);
      return this.schedule(key, now, now);
    }
    const existing = this.scheduled.get(key);
    let createdAt = now;
    if (existing) {
      // an eviction already counting down stays as scheduled (upstream keeps any that started earlier)
      createdAt = existing.createdAt;
      if (createdAt < now) return;
      await this.cancel(key);
    }
    this.schedule(key, createdAt, createdAt + delay);
  }

  private schedule(key: string, createdAt: number, fireAt: number): void {
    this.scheduled.set(key, { createdAt, fireAt });
    const wait = fireAt - this.now();
    if (wait <= 0) this.queue.add(`evict:${key}`);
    else this.queue.addAfter(`evict:${key}`, wait);
  }

  private async cancel(key: string): Promise<void> {
    if (!this.scheduled.delete(key)) return;
    await this.recorder.record(podRef(key), 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`);
  }

  /** The timer ran out: evict unless it was cancelled or moved meanwhile. */
  private async fire(key: string): Promise<void> {
    const due = this.scheduled.get(key);
    if (!due || due.fireAt > this.now()) return;
    this.scheduled.delete(key);
    await this.recorder.record(podRef(key), 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${key}`);
    const [ns, name] = key.split('/');
    try {
      const pod = await this.client.get(R.pods, ns, name);
      await this.markDisruptionTarget(pod);
      await this.client.delete(R.pods, ns, name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  private async markDisruptionTarget(pod: KubeObject): Promise<void> {
    const conditions: KubeObject[] = pod.status?.conditions ?? [];
    const reason = 'DeletionByTaintManager';
    const message = 'Taint manager: deleting due to NoExecute taint';
    const current = conditions.find((c) => c.type === 'DisruptionTarget');
    if (current && current.status === 'True' && current.reason === reason && current.message === message) return;
    const next = { type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: nowRfc3339(), reason, message };
    const merged = current ? conditions.map((c) => (c.type === 'DisruptionTarget' ? next : c)) : [...conditions, next];
    await this.client.patch(R.pods, pod.metadata.namespace, pod.metadata.name!, 'merge', { status: { conditions: merged } }, { subresource: 'status' });
  }
}

/** The involved object of its events: a reference without uid, as the real one records. */
function podRef(key: string): KubeObject {
  const [namespace, name] = key.split('/');
  return { apiVersion: 'v1', kind: 'Pod', metadata: { namespace, name } } as KubeObject;
}
