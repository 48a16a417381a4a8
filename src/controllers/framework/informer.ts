// A shared informer: list, then watch from the list's resourceVersion, keeping a local
// cache and notifying handlers; re-lists when the watch ends or expires (410).
import type { ApiClient, WatchHandle } from '../../client/interface.js';
import type { KubeObject, ResourceRef } from '../../client/types.js';

export interface EventHandlers<T extends KubeObject> {
  add?(obj: T): void;
  update?(oldObj: T, newObj: T): void;
  delete?(obj: T): void;
}

const key = (o: KubeObject) => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name!);

export class Informer<T extends KubeObject = KubeObject> {
  private cache = new Map<string, T>();
  private handlers: EventHandlers<T>[] = [];
  private watch?: WatchHandle;
  private stopped = false;
  private synced!: Promise<void>;

  constructor(
    private client: ApiClient,
    readonly resource: ResourceRef,
    private opts: { namespace?: string; labelSelector?: string; fieldSelector?: string } = {},
  ) {}

  on(h: EventHandlers<T>): this {
    this.handlers.push(h);
    return this;
  }

  /** Resolves once the initial list is in the cache. */
  start(): Promise<void> {
    this.synced = this.run();
    return this.synced;
  }

  private async run(): Promise<void> {
    const list = await this.client.list<T>(this.resource, this.opts.namespace, this.opts);
    const seen = new Set<string>();
    for (const o of list.items) {
      const k = key(o);
      seen.add(k);
      const old = this.cache.get(k);
      this.cache.set(k, o);
      if (!old) this.handlers.forEach((h) => h.add?.(o));
      else if (old.metadata.resourceVersion !== o.metadata.resourceVersion) this.handlers.forEach((h) => h.update?.(old, o));
    }
    for (const [k, o] of [...this.cache]) {
      if (!seen.has(k)) {
        this.cache.delete(k);
        this.handlers.forEach((h) => h.delete?.(o));
      }
    }
    if (this.stopped) return;
    this.watch = this.client.watch<T>(this.resource, this.opts.namespace, { ...this.opts, resourceVersion: list.metadata.resourceVersion }, (ev) => {
      if (ev.type === 'BOOKMARK' || ev.type === 'ERROR') return;
      const k = key(ev.object);
      const old = this.cache.get(k);
      if (ev.type === 'DELETED') {
        this.cache.delete(k);
        this.handlers.forEach((h) => h.delete?.(ev.object));
      } else {
        this.cache.set(k, ev.object);
        if (old) this.handlers.forEach((h) => h.update?.(old, ev.object));
        else this.handlers.forEach((h) => h.add?.(ev.object));
      }
    });
    // a watch that ends (timeout, compaction) is replaced by a fresh list and watch
    this.watch.done.then(
      () => this.restart(),
      () => this.restart(),
    );
  }

  private restart(): void {
    if (this.stopped) return;
    setTimeout(() => {
      if (!this.stopped) this.run().catch(() => this.restart());
    }, 100);
  }

  get(namespace: string | undefined, name: string): T | undefined {
    return this.cache.get(namespace ? `${namespace}/${name}` : name);
  }

  list(namespace?: string): T[] {
    const all = [...this.cache.values()];
    return namespace === undefined ? all : all.filter((o) => o.metadata.namespace === namespace);
  }

  stop(): void {
    this.stopped = true;
    this.watch?.stop();
  }
}
