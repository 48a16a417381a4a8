// The TTL-after-finished controller (pkg/controller/ttlafterfinished): deletes a finished
// job ttlSecondsAfterFinished after it finished, with background propagation.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { Informer } from '../framework/informer.js';
import { isNotFound, logErrors, objectKey, splitKey } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';

/** When the job finished (its Complete/Failed condition's transition time), or undefined. */
export function finishTime(job: KubeObject): number | undefined {
  const c = ((job.status?.conditions ?? []) as { type: string; status: string; lastTransitionTime?: string }[]).find(
    (x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True',
  );
  if (!c) return undefined;
  const t = Date.parse(c.lastTransitionTime ?? '');
  return Number.isFinite(t) ? t : undefined;
}

/** ms until the job expires (<= 0: now); undefined when it never does. */
export function timeLeft(job: KubeObject, now: number): number | undefined {
  const ttl = job.spec?.ttlSecondsAfterFinished;
  if (typeof ttl !== 'number' || job.metadata.deletionTimestamp) return undefined;
  const finished = finishTime(job);
  return finished === undefined ? undefined : finished + ttl * 1000 - now;
}

export class TtlAfterFinishedController {
  private informer: Informer;
  private queue: SyncedQueue;

  constructor(private client: ApiClient) {
    this.informer = new Informer(client, R.jobs);
    this.queue = new SyncedQueue((k) => this.process(k), 2, logErrors('ttl-after-finished-controller'));
    this.informer.on({ add: (j) => this.enqueue(j), update: (_o, j) => this.enqueue(j) });
  }

  async start(): Promise<void> {
    await this.informer.start();
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.informer.stop();
  }

  private enqueue(job: KubeObject): void {
    if (timeLeft(job, Date.now()) !== undefined) this.queue.add(objectKey(job));
  }

  private async process(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const cached = this.informer.get(ns, name);
    if (!cached) return;
    const left = timeLeft(cached, Date.now());
    if (left === undefined) return;
    if (left > 0) return this.queue.addAfter(key, left + 50);
    // the cache may be stale (ttl changed): decide on the live object
    let job: KubeObject;
    try {
      job = await this.client.get(R.jobs, ns, name);
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    const live = timeLeft(job, Date.now());
    if (live === undefined) return;
    if (live > 0) return this.queue.addAfter(key, live + 50);
    try {
      await this.client.delete(R.jobs, ns, name, { propagationPolicy: 'Background', preconditions: { uid: job.metadata.uid } });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
