// In-memory fan-out of committed changes to watchers.
import type { KubeObject, WatchEventType } from '../client/types.js';

export interface StoredEvent {
  rv: number;
  kind: string;
  namespace: string;
  type: WatchEventType;
  object: KubeObject;
}

export type Subscriber = (ev: StoredEvent) => void;

export class WatchHub {
  private subs = new Map<string, Set<Subscriber>>();

  subscribe(kind: string, fn: Subscriber): () => void {
    let set = this.subs.get(kind);
    if (!set) this.subs.set(kind, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }

  publish(ev: StoredEvent): void {
    const set = this.subs.get(ev.kind);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        fn(ev);
      } catch {
        // one broken watcher must not break a write
      }
    }
  }

  closeAll(): void {
    this.subs.clear();
  }
}
