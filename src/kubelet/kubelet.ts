// A kubelet for one node: watches the pods bound to it and runs a PodWorker for each.
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { Informer } from '../controllers/framework/informer.js';
import { EventRecorder } from '../controllers/framework/events.js';
import { join } from 'node:path';
import { Backoff } from './backoff.js';
import { IpAllocator } from './ip-allocator.js';
import { ImagePuller, NodeImages } from './image-puller.js';
import { PodWorker, type NodeContext } from './pod-worker.js';
import { podMetadataChanged, volumeSourceChanged } from './volumes-registry.js';
import type { SourceKind } from './volumes.js';

export interface KubeletOptions {
  nodeName: string;
  hostIP: string;
  podCIDR: string;
  home: string;
  client: ApiClient;
  services(): KubeObject[];
}

export class Kubelet {
  readonly workers = new Map<string, PodWorker>(); // by pod uid
  private informer: Informer;
  private ctx: NodeContext;

  constructor(readonly opts: KubeletOptions) {
    this.ctx = {
      nodeName: opts.nodeName,
      hostIP: opts.hostIP,
      home: opts.home,
      client: opts.client,
      recorder: new EventRecorder(opts.client, { component: 'kubelet', host: opts.nodeName }),
      ips: new IpAllocator(opts.podCIDR),
      puller: new ImagePuller(new NodeImages(join(opts.home, 'images', `${opts.nodeName}.json`))),
      crashBackoff: new Backoff(),
      services: opts.services,
    };
    this.informer = new Informer(opts.client, R.pods, { fieldSelector: `spec.nodeName=${opts.nodeName}` });
    this.informer.on({
      add: (p) => this.upsert(p),
      update: (_o, p) => this.upsert(p),
      delete: (p) => void this.workers.get(p.metadata.uid!)?.removed(),
    });
  }

  get nodeName(): string {
    return this.opts.nodeName;
  }

  async start(): Promise<void> {
    await this.informer.start();
  }

  private upsert(pod: KubeObject): void {
    const uid = pod.metadata.uid!;
    let w = this.workers.get(uid);
    if (!w) {
      w = new PodWorker(this.ctx, pod);
      w.onDone = () => this.workers.delete(uid);
      this.workers.set(uid, w);
      // let every listed pod reserve its IP before any new one allocates
      const worker = w;
      setImmediate(() => worker.kick());
      return;
    }
    const before = w.pod;
    w.update(pod);
    podMetadataChanged(w, before, pod);
  }

  /** A ConfigMap or Secret changed (the component's watch): pods that mount it follow. */
  sourceChanged(kind: SourceKind, obj: KubeObject): void {
    for (const w of this.workers.values()) volumeSourceChanged(w, kind, obj);
  }

  /** The worker of a pod by name (for logs and exec). */
  find(namespace: string, name: string): PodWorker | undefined {
    for (const w of this.workers.values()) if (w.name === name && w.namespace === namespace) return w;
    return undefined;
  }

  uids(): string[] {
    return [...this.workers.keys()];
  }

  async stop(): Promise<void> {
    this.informer.stop();
    await Promise.all([...this.workers.values()].map((w) => w.shutdown()));
  }
}
