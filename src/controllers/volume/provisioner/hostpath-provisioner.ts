// minikube's storage-provisioner, in process: provisions claims handed to
// k8s.io/minikube-hostpath (the PV controller's storage-provisioner annotation) with a
// directory and a pre-bound hostPath PersistentVolume, and deletes Released volumes it
// made whose reclaim policy is Delete, directory first.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import type { ApiClient } from '../../../client/interface.js';
import { R } from '../../../client/interface.js';
import type { KubeObject } from '../../../client/types.js';
import { EventRecorder } from '../../framework/events.js';
import { Informer } from '../../framework/informer.js';
import { errorMessage, isAlreadyExists, isNotFound, logErrors, objectKey, splitKey } from '../../replicaset/controller-utils.js';
import { SyncedQueue } from '../../replicaset/synced-queue.js';
import { asClaim } from '../binder/binding-writes.js';
import { claimClass } from '../volume-helpers.js';
import { HOSTPATH_PROVISIONER, isUnder, provisionedPath, provisionedVolume, provisionedVolumeName, shouldDelete, shouldProvision } from './hostpath-volume.js';

export class HostPathProvisioner {
  readonly claimInformer: Informer;
  readonly classInformer: Informer;
  readonly volumeInformer: Informer;
  private claimQueue: SyncedQueue;
  private volumeQueue: SyncedQueue;
  private recorder: EventRecorder;
  /** a fresh identity per start, as minikube's provisioner generates one */
  readonly identity = randomUUID();

  constructor(
    private client: ApiClient,
    /** the directory that holds the provisioned volumes */
    private root: string,
    nodeName: string,
  ) {
    this.claimInformer = new Informer(client, R.persistentvolumeclaims);
    this.classInformer = new Informer(client, R.storageclasses);
    this.volumeInformer = new Informer(client, R.persistentvolumes);
    this.recorder = new EventRecorder(client, { component: `${HOSTPATH_PROVISIONER}_${nodeName}_${this.identity}` });
    this.claimQueue = new SyncedQueue((k) => this.syncClaim(k), 1, logErrors('storage-provisioner'));
    this.volumeQueue = new SyncedQueue((k) => this.syncVolume(k), 1, logErrors('storage-provisioner'));
    const claim = (c: KubeObject) => this.claimQueue.add(objectKey(c));
    this.claimInformer.on({ add: claim, update: (_o, c) => claim(c) });
    const volume = (v: KubeObject) => this.volumeQueue.add(v.metadata.name!);
    this.volumeInformer.on({ add: volume, update: (_o, v) => volume(v) });
  }

  async start(): Promise<void> {
    await Promise.all([this.claimInformer.start(), this.classInformer.start(), this.volumeInformer.start()]);
    this.claimQueue.open();
    this.volumeQueue.open();
  }

  stop(): void {
    this.claimQueue.stop();
    this.volumeQueue.stop();
    for (const i of [this.claimInformer, this.classInformer, this.volumeInformer]) i.stop();
  }

  private async syncClaim(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const claim = this.claimInformer.get(ns, name);
    if (!claim) return;
    const cls = this.classInformer.get(undefined, claimClass(claim)) ?? (await this.liveClass(claimClass(claim)));
    if (!shouldProvision(claim, cls)) return;
    const volumeName = provisionedVolumeName(claim);
    if (this.volumeInformer.get(undefined, volumeName)) return;
    await this.recorder.record(asClaim(claim), 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${name}"`);
    const fail = (why: string) => this.recorder.record(asClaim(claim), 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${cls!.metadata.name}": ${why}`);
    if (claim.spec?.selector) return fail('claim Selector is not supported');
    const path = provisionedPath(this.root, claim);
    try {
      mkdirSync(path, { recursive: true, mode: 0o777 });
      chmodSync(path, 0o777);
      await this.client.create(R.persistentvolumes, undefined, provisionedVolume(claim, cls!, path, this.identity));
    } catch (e) {
      if (isAlreadyExists(e)) return;
      await fail(errorMessage(e));
      throw e;
    }
    await this.recorder.record(asClaim(claim), 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${volumeName}`);
  }

  private async liveClass(name: string): Promise<KubeObject | undefined> {
    if (!name) return undefined;
    return this.client.get(R.storageclasses, undefined, name).catch(() => undefined);
  }

  private async syncVolume(name: string): Promise<void> {
    const volume = this.volumeInformer.get(undefined, name);
    if (!volume || !shouldDelete(volume)) return;
    const path: string | undefined = volume.spec?.hostPath?.path;
    // only our own directories are ever removed
    if (path && isUnder(this.root, path)) rmSync(path, { recursive: true, force: true });
    try {
      await this.client.delete(R.persistentvolumes, undefined, name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
