// The PV protection controller (pkg/controller/volume/pvprotection): a deleted volume keeps
// kubernetes.io/pv-protection while it is Bound, and loses it once it is not.
import type { ApiClient } from '../../../client/interface.js';
import { R } from '../../../client/interface.js';
import type { KubeObject } from '../../../client/types.js';
import { Informer } from '../../framework/informer.js';
import { isNotFound, logErrors } from '../../replicaset/controller-utils.js';
import { SyncedQueue } from '../../replicaset/synced-queue.js';
import { PV_PROTECTION_FINALIZER } from '../volume-helpers.js';
import { awaitsFinalizerRemoval, needsFinalizer, volumeInUse, withFinalizer } from './protection-decisions.js';

export class PvProtectionController {
  readonly volumeInformer: Informer;
  private queue: SyncedQueue;

  constructor(private client: ApiClient) {
    this.volumeInformer = new Informer(client, R.persistentvolumes);
    this.queue = new SyncedQueue((k) => this.sync(k), 1, logErrors('pv-protection-controller'));
    const volume = (v: KubeObject) => {
      if (awaitsFinalizerRemoval(v, PV_PROTECTION_FINALIZER) || needsFinalizer(v, PV_PROTECTION_FINALIZER)) this.queue.add(v.metadata.name!);
    };
    this.volumeInformer.on({ add: volume, update: (_o, v) => volume(v) });
  }

  async start(): Promise<void> {
    await this.volumeInformer.start();
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.volumeInformer.stop();
  }

  private async sync(name: string): Promise<void> {
    const volume = this.volumeInformer.get(undefined, name);
    if (!volume) return;
    let next: KubeObject | undefined;
    if (needsFinalizer(volume, PV_PROTECTION_FINALIZER)) next = withFinalizer(volume, PV_PROTECTION_FINALIZER, true);
    else if (awaitsFinalizerRemoval(volume, PV_PROTECTION_FINALIZER) && !volumeInUse(volume)) next = withFinalizer(volume, PV_PROTECTION_FINALIZER, false);
    if (!next) return;
    try {
      await this.client.update(R.persistentvolumes, undefined, { ...next, apiVersion: 'v1', kind: 'PersistentVolume' });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
