// A WorkQueue that holds keys back until every informer has finished its first list,
// so that no sync ever runs against a half-filled cache (WaitForCacheSync).
import { WorkQueue } from '../framework/workqueue.js';

export class SyncedQueue {
  private queue: WorkQueue;
  private pending: Set<string> | undefined = new Set();

  constructor(handler: (key: string) => Promise<void>, workers: number, onError: (key: string, e: unknown) => void) {
    this.queue = new WorkQueue(handler, workers, onError);
  }

  add(key: string): void {
    if (this.pending) this.pending.add(key);
    else this.queue.add(key);
  }

  addAfter(key: string, ms: number): void {
    this.queue.addAfter(key, ms);
  }

  /** Caches are synced: start processing. */
  open(): void {
    const keys = this.pending ?? new Set<string>();
    this.pending = undefined;
    for (const k of keys) this.queue.add(k);
  }

  stop(): void {
    this.queue.stop();
  }
}
