// The PersistentVolume controller (pkg/controller/volume/persistentvolume/pv_controller.go):
// binds Pending claims to matching Available volumes, hands claims of a class to its
// provisioner (ExternalProvisioning), keeps both sides' phases current (Available, Bound,
// Released, Failed; Pending, Bound, Lost) and reclaims volumes whose claim is gone.
// Claims still waiting are looked at again every resync period, as the real one does.
import type { ApiClient } from '../../../client/interface.js';
import { R } from '../../../client/interface.js';
import type { KubeObject } from '../../../client/types.js';
import { EventRecorder } from '../../framework/events.js';
import { Informer } from '../../framework/informer.js';
import { isNotFound, logErrors, objectKey, splitKey } from '../../replicaset/controller-utils.js';
import { SyncedQueue } from '../../replicaset/synced-queue.js';
import { ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, ANN_DYNAMICALLY_PROVISIONED, ANN_SELECTED_NODE, claimClass, claimKey, hasAnnotation, isVolumeBoundToClaim } from '../volume-helpers.js';
import { asClaim, BindingWrites } from './binding-writes.js';
import { findBestMatchForClaim } from './volume-matching.js';

/** --pvclaimbinder-sync-period */
export const RESYNC_MS = 15_000;

export const externalProvisioningMessage = (provisioner: string): string =>
  `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`;

/** The hostPath plugin's deleter refuses anything outside /tmp. */
export const hostPathDeleteError = (path: string): string | undefined => (/^\/tmp\/.+/.test(path) ? undefined : `host_path deleter only supports /tmp/.+ but received provided ${path}`);

export class PersistentVolumeController {
  readonly volumeInformer: Informer;
  readonly claimInformer: Informer;
  readonly classInformer: Informer;
  private volumeQueue: SyncedQueue;
  private claimQueue: SyncedQueue;
  private writes: BindingWrites;
  /** claims with a resync already scheduled: one timer per claim, however often it syncs */
  private resyncing = new Set<string>();

  constructor(private client: ApiClient) {
    this.volumeInformer = new Informer(client, R.persistentvolumes);
    this.claimInformer = new Informer(client, R.persistentvolumeclaims);
    this.classInformer = new Informer(client, R.storageclasses);
    this.writes = new BindingWrites(client, new EventRecorder(client, { component: 'persistentvolume-controller' }));
    this.volumeQueue = new SyncedQueue((k) => this.syncVolumeKey(k), 1, logErrors('persistentvolume-controller'));
    this.claimQueue = new SyncedQueue((k) => this.syncClaimKey(k), 1, logErrors('persistentvolume-controller'));
    const volume = (v: KubeObject) => this.volumeQueue.add(v.metadata.name!);
    this.volumeInformer.on({
      add: volume,
      update: (_o, v) => {
        volume(v);
        // a volume that became Available may satisfy a waiting claim
        if (v.status?.phase === 'Available') this.enqueuePendingClaims();
      },
      delete: (v) => this.volumeDeleted(v),
    });
    const claim = (c: KubeObject) => this.claimQueue.add(objectKey(c));
    this.claimInformer.on({ add: claim, update: (_o, c) => claim(c), delete: (c) => this.claimDeleted(c) });
    this.classInformer.on({ add: () => this.enqueuePendingClaims() });
  }

  async start(): Promise<void> {
    await Promise.all([this.volumeInformer.start(), this.claimInformer.start(), this.classInformer.start()]);
    this.volumeQueue.open();
    this.claimQueue.open();
  }

  stop(): void {
    this.volumeQueue.stop();
    this.claimQueue.stop();
    for (const i of [this.volumeInformer, this.claimInformer, this.classInformer]) i.stop();
  }

  private enqueuePendingClaims(): void {
    for (const c of this.claimInformer.list()) if (!c.spec?.volumeName) this.claimQueue.add(objectKey(c));
  }

  /** deleteClaim: the volume it was bound to is released (or reclaimed) by its next sync. */
  private claimDeleted(claim: KubeObject): void {
    const name = claim.spec?.volumeName;
    if (name) this.volumeQueue.add(name);
    for (const v of this.volumeInformer.list()) if (isVolumeBoundToClaim(v, claim)) this.volumeQueue.add(v.metadata.name!);
  }

  /** deleteVolume: a claim bound to it becomes Lost on its next sync. */
  private volumeDeleted(volume: KubeObject): void {
    const ref = volume.spec?.claimRef;
    if (ref?.name) this.claimQueue.add(claimKey(ref));
  }

  private resync(key: string): void {
    if (this.resyncing.has(key)) return;
    this.resyncing.add(key);
    this.claimQueue.addAfter(`resync:${key}`, RESYNC_MS);
  }

  private async syncClaimKey(queued: string): Promise<void> {
    const key = queued.startsWith('resync:') ? queued.slice('resync:'.length) : queued;
    if (key !== queued) this.resyncing.delete(key);
    const [ns, name] = splitKey(key);
    const claim = this.claimInformer.get(ns, name);
    if (!claim) return;
    if (hasAnnotation(claim, ANN_BIND_COMPLETED)) await this.syncBoundClaim(claim);
    else await this.syncUnboundClaim(claim);
  }

  private async syncUnboundClaim(claim: KubeObject): Promise<void> {
    const key = objectKey(claim);
    if (!claim.spec?.volumeName) {
      const className = claimClass(claim);
      const cls = className ? this.classInformer.get(undefined, className) : undefined;
      const delayBinding = cls?.volumeBindingMode === 'WaitForFirstConsumer' && !hasAnnotation(claim, ANN_SELECTED_NODE);
      const volume = findBestMatchForClaim(claim, this.volumeInformer.list(), delayBinding);
      if (volume) return this.bind(volume, claim);
      if (delayBinding) {
        await this.writes.event(asClaim(claim), 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
      } else if (className) {
        await this.provisionClaim(claim, className, cls);
        this.resync(key);
        return;
      } else {
        await this.writes.event(asClaim(claim), 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set');
      }
      await this.writes.updateClaimStatus(claim, 'Pending');
      this.resync(key);
      return;
    }
    // the user asked for a particular volume
    const volume = this.volumeInformer.get(undefined, claim.spec.volumeName);
    if (!volume) {
      await this.writes.updateClaimStatus(claim, 'Pending');
      this.resync(key);
      return;
    }
    if (!volume.spec?.claimRef) {
      const mismatch = volumeMismatch(claim, volume);
      if (mismatch) {
        await this.writes.updateClaimStatusWithEvent(claim, 'Pending', 'Warning', 'VolumeMismatch', mismatch);
        return;
      }
      return this.bind(volume, claim);
    }
    if (isVolumeBoundToClaim(volume, claim)) return this.bind(volume, claim);
    // the volume is someone else's: wait (a claim the controller bound there is an error)
    if (hasAnnotation(claim, ANN_BOUND_BY_CONTROLLER)) throw new Error(`Invalid binding of claim "${key}" to volume "${volume.metadata.name}": volume already claimed by "${claimKey(volume.spec.claimRef)}"`);
    await this.writes.updateClaimStatus(claim, 'Pending');
  }

  private async syncBoundClaim(claim: KubeObject): Promise<void> {
    if (!claim.spec?.volumeName) {
      await this.writes.updateClaimStatusWithEvent(claim, 'Lost', 'Warning', 'ClaimLost', 'Bound claim has lost reference to PersistentVolume. Data on the volume is lost!');
      return;
    }
    const volume = this.volumeInformer.get(undefined, claim.spec.volumeName);
    if (!volume) {
      await this.writes.updateClaimStatusWithEvent(claim, 'Lost', 'Warning', 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!');
      return;
    }
    if (!volume.spec?.claimRef || volume.spec.claimRef.uid === claim.metadata.uid) return this.bind(volume, claim);
    await this.writes.updateClaimStatusWithEvent(claim, 'Lost', 'Warning', 'ClaimMisbound', 'Two claims are bound to the same volume, this one is bound incorrectly');
  }

  /** bind: volume side first, so a crash in between leaves a binding the next sync completes. */
  private async bind(volume: KubeObject, claim: KubeObject): Promise<void> {
    let v = await this.writes.bindVolumeToClaim(volume, claim);
    v = await this.writes.updateVolumePhase(v, 'Bound');
    const c = await this.writes.bindClaimToVolume(claim, v);
    await this.writes.updateClaimStatus(c, 'Bound', v);
  }

  /** provisionClaim for an external provisioner: annotate the claim and say who is expected. */
  private async provisionClaim(claim: KubeObject, className: string, cls: KubeObject | undefined): Promise<void> {
    if (!cls) {
      await this.writes.event(asClaim(claim), 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`);
      return;
    }
    const provisioner: string = cls.provisioner;
    const annotated = await this.writes.setClaimProvisioner(claim, provisioner);
    await this.writes.event(asClaim(annotated), 'Normal', 'ExternalProvisioning', externalProvisioningMessage(provisioner));
  }

  private async syncVolumeKey(name: string): Promise<void> {
    const volume = this.volumeInformer.get(undefined, name);
    if (volume) await this.syncVolume(volume);
  }

  private async syncVolume(volume: KubeObject): Promise<void> {
    const ref = volume.spec?.claimRef;
    if (!ref || !ref.uid) {
      await this.writes.updateVolumePhase(volume, 'Available');
      return;
    }
    let claim = this.claimInformer.get(ref.namespace, ref.name);
    if (claim && claim.metadata.uid !== ref.uid) claim = undefined;
    if (!claim) claim = await this.liveClaim(ref);
    if (!claim) {
      let v = volume;
      if (v.status?.phase !== 'Released' && v.status?.phase !== 'Failed') v = await this.writes.updateVolumePhase(v, 'Released');
      await this.reclaimVolume(v);
      return;
    }
    if (!claim.spec?.volumeName) {
      // Bound volume, Pending claim: the claim's sync finishes the binding
      this.claimQueue.add(objectKey(claim));
      return;
    }
    if (claim.spec.volumeName === volume.metadata.name) {
      await this.writes.updateVolumePhase(volume, 'Bound');
      return;
    }
    // the claim is bound to another volume
    if (hasAnnotation(volume, ANN_DYNAMICALLY_PROVISIONED) && volume.spec?.persistentVolumeReclaimPolicy === 'Delete') {
      let v = volume;
      if (v.status?.phase !== 'Released' && v.status?.phase !== 'Failed') v = await this.writes.updateVolumePhase(v, 'Released');
      await this.reclaimVolume(v);
      return;
    }
    await this.writes.unbindVolume(volume);
  }

  /** The informer may lag: ask the API server before declaring the claim gone. */
  private async liveClaim(ref: { namespace: string; name: string; uid: string }): Promise<KubeObject | undefined> {
    try {
      const c = await this.client.get(R.persistentvolumeclaims, ref.namespace, ref.name);
      return c.metadata.uid === ref.uid ? c : undefined;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /**
   * reclaimVolume: Retain keeps the Released volume; Delete of a provisioned volume is its
   * provisioner's job; a Delete the controller would do itself goes through the hostPath
   * plugin's deleter, which only accepts paths under /tmp (the files are left in place).
   */
  private async reclaimVolume(volume: KubeObject): Promise<void> {
    const policy = volume.spec?.persistentVolumeReclaimPolicy ?? 'Retain';
    if (policy === 'Retain' || volume.metadata.deletionTimestamp) return;
    if (policy === 'Recycle') {
      await this.writes.updateVolumePhaseWithEvent(volume, 'Failed', 'Warning', 'VolumeFailedRecycle', 'No recycler plugin found for the volume!');
      return;
    }
    if (hasAnnotation(volume, ANN_DYNAMICALLY_PROVISIONED)) return;
    const path = volume.spec?.hostPath?.path;
    const refusal = path === undefined ? `error getting deleter volume plugin for volume "${volume.metadata.name}": no deletable volume plugin matched` : hostPathDeleteError(path);
    if (refusal) {
      await this.writes.updateVolumePhaseWithEvent(volume, 'Failed', 'Warning', 'VolumeFailedDelete', refusal);
      return;
    }
    try {
      await this.client.delete(R.persistentvolumes, undefined, volume.metadata.name!);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}

/** checkVolumeSatisfyClaim: why a claim cannot use the volume it names, if it cannot. */
export function volumeMismatch(claim: KubeObject, volume: KubeObject): string | undefined {
  const matched = findBestMatchForClaim({ ...claim, spec: { ...claim.spec, selector: undefined } }, [{ ...volume, status: { ...(volume.status ?? {}), phase: 'Available' } }]);
  if (matched) return undefined;
  if ((claim.spec?.volumeMode ?? 'Filesystem') !== (volume.spec?.volumeMode ?? 'Filesystem')) return 'Cannot bind to requested volume: volumeMode mismatch';
  if (claimClass(claim) !== (volume.spec?.storageClassName ?? '')) return `Cannot bind to requested volume "${volume.metadata.name}": storageClassName does not match`;
  if (!(claim.spec?.accessModes ?? []).every((m: string) => (volume.spec?.accessModes ?? []).includes(m))) return `Cannot bind to requested volume "${volume.metadata.name}": incompatible accessMode`;
  return `Cannot bind to requested volume "${volume.metadata.name}": requested size is larger than volume size`;
}

