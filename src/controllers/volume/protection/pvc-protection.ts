// The PVC protection controller (pkg/controller/volume/pvcprotection): a deleted claim keeps
// kubernetes.io/pvc-protection, and so stays Terminating, until no scheduled, unfinished pod
// uses it; a pod that goes or finishes brings its claims back to the queue.
import type { ApiClient } from '../../../client/interface.js';
import { R } from '../../../client/interface.js';
import type { KubeObject } from '../../../client/types.js';
import { Informer } from '../../framework/informer.js';
import { isNotFound, logErrors, objectKey, splitKey } from '../../replicaset/controller-utils.js';
import { SyncedQueue } from '../../replicaset/synced-queue.js';
import { PVC_PROTECTION_FINALIZER, podClaimNames } from '../volume-helpers.js';
import { awaitsFinalizerRemoval, claimInUse, needsFinalizer, withFinalizer } from './protection-decisions.js';

export class PvcProtectionController {
  readonly claimInformer: Informer;
  readonly podInformer: Informer;
  private queue: SyncedQueue;

  constructor(private client: ApiClient) {
    this.claimInformer = new Informer(client, R.persistentvolumeclaims);
    this.podInformer = new Informer(client, R.pods);
    this.queue = new SyncedQueue((k) => this.sync(k), 1, logErrors('pvc-protection-controller'));
    const claim = (c: KubeObject) => {
      if (awaitsFinalizerRemoval(c, PVC_PROTECTION_FINALIZER) || needsFinalizer(c, PVC_PROTECTION_FINALIZER)) this.queue.add(objectKey(c));
    };
    this.claimInformer.on({ add: claim, update: (_o, c) => claim(c) });
    this.podInformer.on({ update: (_o, p) => this.podChanged(p), delete: (p) => this.podChanged(p) });
  }

  async start(): Promise<void> {
    await Promise.all([this.claimInformer.start(), this.podInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.claimInformer.stop();
    this.podInformer.stop();
  }

  private podChanged(pod: KubeObject): void {
    for (const name of podClaimNames(pod)) {
      const c = this.claimInformer.get(pod.metadata.namespace, name);
      if (c?.metadata.deletionTimestamp) this.queue.add(objectKey(c));
    }
  }

  private async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const claim = this.claimInformer.get(ns, name);
    if (!claim) return;
    if (needsFinalizer(claim, PVC_PROTECTION_FINALIZER)) return this.write(withFinalizer(claim, PVC_PROTECTION_FINALIZER, true));
    if (!awaitsFinalizerRemoval(claim, PVC_PROTECTION_FINALIZER)) return;
    if (claimInUse(claim, this.podInformer.list(ns))) return;
    // the cache may lag behind a pod just created: ask the API server before letting go
    const live = await this.client.list(R.pods, ns);
    if (claimInUse(claim, live.items)) return;
    await this.write(withFinalizer(claim, PVC_PROTECTION_FINALIZER, false));
  }

  private async write(claim: KubeObject): Promise<void> {
    try {
      await this.client.update(R.persistentvolumeclaims, claim.metadata.namespace, { ...claim, apiVersion: 'v1', kind: 'PersistentVolumeClaim' });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
