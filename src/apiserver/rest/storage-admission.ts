// Two storage admission plugins of kube-apiserver (1.33), both on create only:
// DefaultStorageClass gives a claim without a class the default StorageClass's name, and
// StorageObjectInUseProtection adds the protection finalizers the PV/PVC controllers remove.
import type { KubeObject } from '../../client/types.js';
import { findResource, type ResourceInfo } from '../resources.js';
import type { Registry } from './registry.js';

export const DEFAULT_STORAGE_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
const BETA_DEFAULT_STORAGE_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';
const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';

const isDefaultClass = (c: KubeObject): boolean => {
  const a = c.metadata?.annotations ?? {};
  return a[DEFAULT_STORAGE_CLASS_ANNOTATION] === 'true' || a[BETA_DEFAULT_STORAGE_CLASS_ANNOTATION] === 'true';
};

/** GetDefaultClass: the newest default-annotated class, ties broken by name. */
export function defaultStorageClass(classes: KubeObject[]): KubeObject | undefined {
  const time = (c: KubeObject) => Date.parse(String(c.metadata?.creationTimestamp ?? '')) || 0;
  return classes
    .filter(isDefaultClass)
    .sort((a, b) => time(b) - time(a) || String(a.metadata.name).localeCompare(String(b.metadata.name)))[0];
}

function admitDefaultStorageClass(registry: Registry, claim: KubeObject): void {
  // an explicit class, even "", opts out
  if (claim.spec?.storageClassName !== undefined && claim.spec?.storageClassName !== null) return;
  if (claim.metadata?.annotations?.[BETA_CLASS_ANNOTATION] !== undefined) return;
  const classes = findResource('storage.k8s.io', 'v1', 'storageclasses');
  if (!classes) return;
  const chosen = defaultStorageClass(registry.list(classes, undefined).items);
  if (chosen) claim.spec = { ...(claim.spec ?? {}), storageClassName: chosen.metadata.name };
}

function addFinalizer(obj: KubeObject, finalizer: string): void {
  const md = (obj.metadata ??= {});
  const list: string[] = md.finalizers ?? [];
  if (!list.includes(finalizer)) md.finalizers = [...list, finalizer];
}

export function admitStorage(registry: Registry, info: ResourceInfo, obj: KubeObject, old: KubeObject | undefined): void {
  if (old || info.group !== '') return;
  if (info.resource === 'persistentvolumeclaims') {
    admitDefaultStorageClass(registry, obj);
    addFinalizer(obj, PVC_PROTECTION_FINALIZER);
  } else if (info.resource === 'persistentvolumes') addFinalizer(obj, PV_PROTECTION_FINALIZER);
}
