// PersistentVolume / PersistentVolumeClaim strategies (pkg/registry/core/persistentvolume{,claim}
// strategy.go, 1.33): a new object starts Pending whatever status the client sent, and a PV
// records when its phase last changed.
import type { KubeObject } from '../../client/types.js';
import { nowTimestamp } from './meta.js';

export function preparePersistentVolumeCreate(pv: KubeObject): void {
  pv.status = { phase: 'Pending', lastPhaseTransitionTime: nowTimestamp() };
}

export function preparePersistentVolumeClaimCreate(pvc: KubeObject): void {
  pvc.status = { phase: 'Pending' };
}

/** A status write that changes the phase stamps the transition unless the writer did. */
export function preparePersistentVolumeStatusUpdate(pv: KubeObject, old: KubeObject): void {
  const status = (pv.status ??= {});
  const before = old.status ?? {};
  if ((status.phase ?? '') === (before.phase ?? '')) return;
  if (!status.lastPhaseTransitionTime || status.lastPhaseTransitionTime === before.lastPhaseTransitionTime) status.lastPhaseTransitionTime = nowTimestamp();
}
