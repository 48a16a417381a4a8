// The PV controller's writes (pv_controller.go: bindVolumeToClaim, bindClaimToVolume,
// updateClaimStatus, updateVolumePhase, unbindVolume, setClaimProvisioner). Each returns the
// object as stored, so the next step of a bind builds on the newest resourceVersion.
import type { ApiClient } from '../../../client/interface.js';
import { R } from '../../../client/interface.js';
import type { KubeObject } from '../../../client/types.js';
import type { EventRecorder } from '../../framework/events.js';
import { nowRfc3339 } from '../../replicaset/controller-utils.js';
import {
  ANN_BETA_STORAGE_PROVISIONER,
  ANN_BIND_COMPLETED,
  ANN_BOUND_BY_CONTROLLER,
  ANN_STORAGE_PROVISIONER,
  claimReference,
  hasAnnotation,
  isVolumeBoundToClaim,
} from '../volume-helpers.js';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const asClaim = (o: KubeObject): KubeObject => ({ ...o, apiVersion: 'v1', kind: 'PersistentVolumeClaim' });
export const asVolume = (o: KubeObject): KubeObject => ({ ...o, apiVersion: 'v1', kind: 'PersistentVolume' });

export class BindingWrites {
  constructor(
    private client: ApiClient,
    private recorder: EventRecorder,
  ) {}

  event(obj: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string): Promise<void> {
    return this.recorder.record(obj, type, reason, message);
  }

  /** updateClaimStatus: phase, and the bound volume's access modes and (when becoming Bound) capacity. */
  async updateClaimStatus(claim: KubeObject, phase: string, volume?: KubeObject): Promise<KubeObject> {
    const status = structuredClone(claim.status ?? {});
    if (!volume) {
      delete status.accessModes;
      delete status.capacity;
    } else {
      status.accessModes = volume.spec?.accessModes;
      if (claim.status?.phase !== phase && volume.spec?.capacity?.storage !== undefined) status.capacity = { ...(status.capacity ?? {}), storage: volume.spec.capacity.storage };
    }
    status.phase = phase;
    if (sameJson(status, claim.status)) return claim;
    return this.client.update(R.persistentvolumeclaims, claim.metadata.namespace, asClaim({ ...claim, status }), { subresource: 'status' });
  }

  async updateClaimStatusWithEvent(claim: KubeObject, phase: string, type: 'Normal' | 'Warning', reason: string, message: string): Promise<KubeObject> {
    if (claim.status?.phase === phase) return claim;
    const updated = await this.updateClaimStatus(claim, phase);
    await this.event(asClaim(updated), type, reason, message);
    return updated;
  }

  /** updateVolumePhase: phase and message, stamping lastPhaseTransitionTime on a change. */
  async updateVolumePhase(volume: KubeObject, phase: string, message = ''): Promise<KubeObject> {
    const cur = volume.status ?? {};
    if (cur.phase === phase && (cur.message ?? '') === message) return volume;
    const status: KubeObject['status'] = { ...cur, phase };
    if (message) status.message = message;
    else delete status.message;
    if (cur.phase !== phase) status.lastPhaseTransitionTime = nowRfc3339();
    return this.client.update(R.persistentvolumes, undefined, asVolume({ ...volume, status }), { subresource: 'status' });
  }

  async updateVolumePhaseWithEvent(volume: KubeObject, phase: string, type: 'Normal' | 'Warning', reason: string, message: string): Promise<KubeObject> {
    if (volume.status?.phase === phase) return volume;
    const updated = await this.updateVolumePhase(volume, phase, message);
    await this.event(asVolume(updated), type, reason, message);
    return updated;
  }

  /** bindVolumeToClaim: claimRef to the claim; bound-by-controller unless the user pre-bound it. */
  async bindVolumeToClaim(volume: KubeObject, claim: KubeObject): Promise<KubeObject> {
    const ref = volume.spec?.claimRef;
    const shouldSetClaimRef = !ref || ref.name !== claim.metadata.name || ref.namespace !== claim.metadata.namespace || ref.uid !== claim.metadata.uid;
    const setBoundByController = !isVolumeBoundToClaim(volume, claim) && !hasAnnotation(volume, ANN_BOUND_BY_CONTROLLER);
    if (!shouldSetClaimRef && !setBoundByController) return volume;
    const clone = structuredClone(volume);
    if (shouldSetClaimRef) clone.spec.claimRef = claimReference(claim);
    if (setBoundByController) clone.metadata.annotations = { ...(clone.metadata.annotations ?? {}), [ANN_BOUND_BY_CONTROLLER]: 'yes' };
    return this.client.update(R.persistentvolumes, undefined, asVolume(clone));
  }

  /** bindClaimToVolume: volumeName, bound-by-controller when the controller chose it, bind-completed. */
  async bindClaimToVolume(claim: KubeObject, volume: KubeObject): Promise<KubeObject> {
    const clone = structuredClone(claim);
    const annotations: Record<string, string> = { ...(clone.metadata.annotations ?? {}) };
    let dirty = false;
    if (clone.spec.volumeName !== volume.metadata.name) {
      clone.spec.volumeName = volume.metadata.name;
      if (annotations[ANN_BOUND_BY_CONTROLLER] === undefined) annotations[ANN_BOUND_BY_CONTROLLER] = 'yes';
      dirty = true;
    }
    if (annotations[ANN_BIND_COMPLETED] === undefined) {
      annotations[ANN_BIND_COMPLETED] = 'yes';
      dirty = true;
    }
    if (!dirty) return claim;
    clone.metadata.annotations = annotations;
    return this.client.update(R.persistentvolumeclaims, claim.metadata.namespace, asClaim(clone));
  }

  /** unbindVolume: a controller-made binding is dropped; a user's pre-binding keeps the name, not the uid. */
  async unbindVolume(volume: KubeObject): Promise<KubeObject> {
    const clone = structuredClone(volume);
    if (hasAnnotation(volume, ANN_BOUND_BY_CONTROLLER)) {
      delete clone.spec.claimRef;
      delete clone.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER];
    } else if (clone.spec.claimRef) {
      delete clone.spec.claimRef.uid;
    }
    const updated = await this.client.update(R.persistentvolumes, undefined, asVolume(clone));
    return this.updateVolumePhase(updated, 'Available');
  }

  /** setClaimProvisioner: tells external provisioners the claim is theirs (both annotations). */
  async setClaimProvisioner(claim: KubeObject, provisioner: string): Promise<KubeObject> {
    const a = claim.metadata.annotations ?? {};
    if (a[ANN_STORAGE_PROVISIONER] === provisioner && a[ANN_BETA_STORAGE_PROVISIONER] === provisioner) return claim;
    const clone = structuredClone(claim);
    clone.metadata.annotations = { ...a, [ANN_BETA_STORAGE_PROVISIONER]: provisioner, [ANN_STORAGE_PROVISIONER]: provisioner };
    return this.client.update(R.persistentvolumeclaims, claim.metadata.namespace, asClaim(clone));
  }
}
