// ApiClient for components inside the daemon: the same REST layer as HTTP
// (defaulting, validation, admission), without the serialisation.
import type { Registry } from '../apiserver/rest/registry.js';
import { errors } from '../apiserver/errors.js';
import { findResource, type ResourceInfo } from '../apiserver/resources.js';
import type { ApiClient, WatchHandle } from './interface.js';
import type { DeleteOptions, KubeList, KubeObject, ListOptions, PatchType, ResourceRef, WatchEvent, WatchOptions, WriteOptions } from './types.js';

export class LocalClient implements ApiClient {
  constructor(private registry: Registry) {}

  private info(res: ResourceRef): ResourceInfo {
    const info = findResource(res.group, res.version, res.resource);
    if (!info) throw errors.notFoundPath();
    return info;
  }

  // Results are cloned so that callers can never mutate what a watcher holds.
  async get<T extends KubeObject>(res: ResourceRef, ns: string | undefined, name: string, opts: { subresource?: string } = {}): Promise<T> {
    return this.registry.get(this.info(res), ns, name, opts.subresource) as T;
  }
  async list<T extends KubeObject>(res: ResourceRef, ns: string | undefined, opts: ListOptions = {}): Promise<KubeList<T>> {
    const info = this.info(res);
    const list = this.registry.list(info, ns, opts) as KubeList<T>;
    for (const o of list.items) {
      o.apiVersion = list.apiVersion;
      o.kind = info.kind;
    }
    return list;
  }
  async create<T extends KubeObject>(res: ResourceRef, ns: string | undefined, obj: KubeObject, opts: WriteOptions = {}): Promise<T> {
    return this.registry.create(this.info(res), ns, obj, opts) as T;
  }
  async update<T extends KubeObject>(res: ResourceRef, ns: string | undefined, obj: KubeObject, opts: WriteOptions = {}): Promise<T> {
    return this.registry.update(this.info(res), ns, obj.metadata.name!, obj, opts) as T;
  }
  async patch<T extends KubeObject>(res: ResourceRef, ns: string | undefined, name: string, type: PatchType, patch: unknown, opts: WriteOptions = {}): Promise<T> {
    return this.registry.patch(this.info(res), ns, name, type, patch, opts) as T;
  }
  async delete(res: ResourceRef, ns: string | undefined, name: string, opts: DeleteOptions = {}): Promise<KubeObject> {
    return this.registry.delete(this.info(res), ns, name, opts);
  }

  /** Events are queued and delivered after the write that caused them has returned. */
  watch<T extends KubeObject>(res: ResourceRef, ns: string | undefined, opts: WatchOptions, onEvent: (ev: WatchEvent<T>) => void): WatchHandle {
    let queue: WatchEvent<T>[] = [];
    let scheduled = false;
    let stopped = false;
    let resolveDone!: () => void;
    const done = new Promise<void>((r) => (resolveDone = r));
    const flush = () => {
      scheduled = false;
      const batch = queue;
      queue = [];
      for (const ev of batch) if (!stopped) onEvent(ev);
    };
    const sub = this.registry.watch(this.info(res), ns, opts, (ev) => {
      queue.push(ev as WatchEvent<T>);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
    return {
      stop: () => {
        if (stopped) return;
        stopped = true;
        sub.stop();
        resolveDone();
      },
      done,
    };
  }
}
