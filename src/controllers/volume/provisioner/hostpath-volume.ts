// What minikube's storage-provisioner (pkg/storage/storage_provisioner.go, on
// sig-storage-lib-external-provisioner) makes for a claim: a directory
// <root>/<namespace>/<claim> and a hostPath PersistentVolume "pvc-<claim uid>" pre-bound
// to the claim, sized and moded as the claim asks, reclaimed as its class says.
import { join, relative, isAbsolute } from 'node:path';
import type { KubeObject } from '../../../client/types.js';
import { ANN_BETA_STORAGE_PROVISIONER, ANN_DYNAMICALLY_PROVISIONED, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, claimClass, claimReference } from '../volume-helpers.js';

export const HOSTPATH_PROVISIONER = 'k8s.io/minikube-hostpath';
export const IDENTITY_ANNOTATION = 'hostPathProvisionerIdentity';

/** The volume's name: the lib's "pvc-" + claim uid. */
export const provisionedVolumeName = (claim: KubeObject): string => `pvc-${claim.metadata.uid}`;

/** Where the claim's data lives on the host. */
export const provisionedPath = (root: string, claim: KubeObject): string => join(root, claim.metadata.namespace ?? 'default', claim.metadata.name!);

/** Whether a path is strictly inside root (the provisioner only ever removes those). */
export function isUnder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return !!rel && !rel.startsWith('..') && !isAbsolute(rel);
}

/** shouldProvision: an unbound claim handed to us, of a class of ours, ready to bind now. */
export function shouldProvision(claim: KubeObject, cls: KubeObject | undefined, provisioner = HOSTPATH_PROVISIONER): boolean {
  if (claim.spec?.volumeName || claim.metadata.deletionTimestamp) return false;
  const a = claim.metadata.annotations ?? {};
  if ((a[ANN_STORAGE_PROVISIONER] ?? a[ANN_BETA_STORAGE_PROVISIONER]) !== provisioner) return false;
  if (!cls || cls.provisioner !== provisioner || claimClass(claim) !== cls.metadata.name) return false;
  return cls.volumeBindingMode !== 'WaitForFirstConsumer' || a[ANN_SELECTED_NODE] !== undefined;
}

/** The PersistentVolume for a claim (the provisioner's Provision plus the lib's additions). */
export function provisionedVolume(claim: KubeObject, cls: KubeObject, path: string, identity: string, provisioner = HOSTPATH_PROVISIONER): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: provisionedVolumeName(claim),
      annotations: { [IDENTITY_ANNOTATION]: identity, [ANN_DYNAMICALLY_PROVISIONED]: provisioner },
    },
    spec: {
      accessModes: claim.spec?.accessModes,
      capacity: { storage: claim.spec?.resources?.requests?.storage },
      claimRef: claimReference(claim),
      hostPath: { path },
      persistentVolumeReclaimPolicy: cls.reclaimPolicy ?? 'Delete',
      storageClassName: cls.metadata.name,
      ...(cls.mountOptions?.length ? { mountOptions: [...cls.mountOptions] } : {}),
      ...(claim.spec?.volumeMode ? { volumeMode: claim.spec.volumeMode } : {}),
    },
  };
}

/** shouldDelete: a Released volume we provisioned whose class says Delete. */
export function shouldDelete(volume: KubeObject, provisioner = HOSTPATH_PROVISIONER): boolean {
  return (
    volume.status?.phase === 'Released' &&
    volume.spec?.persistentVolumeReclaimPolicy === 'Delete' &&
    volume.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED] === provisioner &&
    !volume.metadata.deletionTimestamp
  );
}
