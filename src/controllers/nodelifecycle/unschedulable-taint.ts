// The part of the node lifecycle controller that mirrors spec.unschedulable as the taint
// node.kubernetes.io/unschedulable:NoSchedule (doNoScheduleTaintingPass): added with a
// timeAdded stamp when a node is cordoned, removed when it is uncordoned.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { Informer } from '../framework/informer.js';
import { isNotFound, logErrors, nowRfc3339 } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { nodeTaints, UNSCHEDULABLE_TAINT_KEY, type Taint } from '../scheduler/tolerations.js';

const isUnschedulableTaint = (t: Taint): boolean => t.key === UNSCHEDULABLE_TAINT_KEY && t.effect === 'NoSchedule';

/** The taints the node should carry, or undefined when they are already right. */
export function desiredTaints(node: KubeObject, now: () => string = nowRfc3339): Taint[] | undefined {
  const taints = nodeTaints(node);
  const has = taints.some(isUnschedulableTaint);
  const want = node.spec?.unschedulable === true;
  if (has === want) return undefined;
  return want ? [...taints, { key: UNSCHEDULABLE_TAINT_KEY, effect: 'NoSchedule', timeAdded: now() }] : taints.filter((t) => !isUnschedulableTaint(t));
}

export class UnschedulableTaintController {
  readonly nodeInformer: Informer;
  private queue: SyncedQueue;

  constructor(private client: ApiClient) {
    this.nodeInformer = new Informer(client, R.nodes);
    this.queue = new SyncedQueue((k) => this.sync(k), 1, logErrors('node-lifecycle-controller'));
    const enqueue = (n: KubeObject) => this.queue.add(n.metadata.name!);
    this.nodeInformer.on({ add: enqueue, update: (_o, n) => enqueue(n) });
  }

  async start(): Promise<void> {
    await this.nodeInformer.start();
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.nodeInformer.stop();
  }

  private async sync(name: string): Promise<void> {
    const node = this.nodeInformer.get(undefined, name);
    if (!node) return;
    const taints = desiredTaints(node);
    if (!taints) return;
    const spec = { ...(node.spec ?? {}) };
    if (taints.length) spec.taints = taints;
    else delete spec.taints;
    try {
      // a conflict (the kubelet or kubectl wrote first) fails the sync; the queue retries
      // against the newer node the informer brings
      await this.client.update(R.nodes, undefined, { ...node, spec });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
