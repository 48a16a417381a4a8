// Shared PersistentVolume/PersistentVolumeClaim helpers (component-helpers/storage/volume and
// pkg/controller/volume/persistentvolume/util): the annotations the controllers write, class
// and binding tests.
import type { KubeObject } from '../../client/types.js';

export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_DYNAMICALLY_PROVISIONED = 'pv.kubernetes.io/provisioned-by';
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const ANN_BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';

export const hasAnnotation = (o: KubeObject, key: string): boolean => o.metadata.annotations?.[key] !== undefined;

/** GetPersistentVolumeClaimClass: the beta annotation wins over spec.storageClassName. */
export function claimClass(claim: KubeObject): string {
  return claim.metadata.annotations?.[ANN_BETA_STORAGE_CLASS] ?? claim.spec?.storageClassName ?? '';
}

/** GetPersistentVolumeClass. */
export function volumeClass(volume: KubeObject): string {
  return volume.metadata.annotations?.[ANN_BETA_STORAGE_CLASS] ?? volume.spec?.storageClassName ?? '';
}

/** IsVolumeBoundToClaim: the volume's claimRef names this claim (and its uid, once set). */
export function isVolumeBoundToClaim(volume: KubeObject, claim: KubeObject): boolean {
  const ref = volume.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== claim.metadata.name || ref.namespace !== claim.metadata.namespace) return false;
  return !ref.uid || ref.uid === claim.metadata.uid;
}

/** The claimRef a volume gets when bound to the claim (reference.GetReference). */
export function claimReference(claim: KubeObject): Record<string, string> {
  return {
    kind: 'PersistentVolumeClaim',
    namespace: claim.metadata.namespace!,
    name: claim.metadata.name!,
    uid: claim.metadata.uid!,
    apiVersion: 'v1',
    resourceVersion: claim.metadata.resourceVersion!,
  };
}

/** Keys of a namespaced claim, as the controllers queue them. */
export const claimKey = (claim: { namespace?: string; name?: string }): string => `${claim.namespace ?? ''}/${claim.name}`;

/** CheckVolumeModeMismatches: a missing volumeMode means Filesystem on both sides. */
export function volumeModeMismatches(claim: KubeObject, volume: KubeObject): boolean {
  return (claim.spec?.volumeMode ?? 'Filesystem') !== (volume.spec?.volumeMode ?? 'Filesystem');
}

/** Whether a pod still holds its volumes: not in a terminal phase. */
export const podIsRunningOrPending = (pod: KubeObject): boolean => pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

/** The claim names the pod's volumes refer to. */
export function podClaimNames(pod: KubeObject): string[] {
  return ((pod.spec?.volumes ?? []) as KubeObject[]).filter((v) => v.persistentVolumeClaim?.claimName).map((v) => v.persistentVolumeClaim.claimName as string);
}
