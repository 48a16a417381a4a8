// SetDefaults_PersistentVolume / _PersistentVolumeClaim{,Spec} and the volume-source defaults
// a PV can carry (pkg/apis/core/v1/defaults.go), SetDefaults_StorageClass
// (pkg/apis/storage/v1/defaults.go), all as of 1.33.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const missing = (v: unknown): boolean => v === undefined || v === null;
const emptyString = (v: unknown): boolean => missing(v) || v === '';

function defaultPersistentVolumeSource(spec: Obj): void {
  if (spec.hostPath && missing(spec.hostPath.type)) spec.hostPath.type = '';
  if (spec.iscsi && emptyString(spec.iscsi.iscsiInterface)) spec.iscsi.iscsiInterface = 'default';
  if (spec.rbd) {
    if (emptyString(spec.rbd.pool)) spec.rbd.pool = 'rbd';
    if (emptyString(spec.rbd.user)) spec.rbd.user = 'admin';
    if (emptyString(spec.rbd.keyring)) spec.rbd.keyring = '/etc/ceph/keyring';
  }
  if (spec.azureDisk) {
    if (missing(spec.azureDisk.cachingMode)) spec.azureDisk.cachingMode = 'ReadWrite';
    if (missing(spec.azureDisk.kind)) spec.azureDisk.kind = 'Shared';
    if (missing(spec.azureDisk.fsType)) spec.azureDisk.fsType = 'ext4';
    if (missing(spec.azureDisk.readOnly)) spec.azureDisk.readOnly = false;
  }
  if (spec.scaleIO) {
    if (emptyString(spec.scaleIO.storageMode)) spec.scaleIO.storageMode = 'ThinProvisioned';
    if (emptyString(spec.scaleIO.fsType)) spec.scaleIO.fsType = 'xfs';
  }
}

export function defaultPersistentVolume(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (emptyString(spec.persistentVolumeReclaimPolicy)) spec.persistentVolumeReclaimPolicy = 'Retain';
  if (missing(spec.volumeMode)) spec.volumeMode = 'Filesystem';
  defaultPersistentVolumeSource(spec);
  const status: Obj = (obj.status ??= {});
  if (emptyString(status.phase)) status.phase = 'Pending';
}

export function defaultPersistentVolumeClaim(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (missing(spec.volumeMode)) spec.volumeMode = 'Filesystem';
  const status: Obj = (obj.status ??= {});
  if (emptyString(status.phase)) status.phase = 'Pending';
}

export function defaultStorageClass(obj: Obj): void {
  if (missing(obj.reclaimPolicy)) obj.reclaimPolicy = 'Delete';
  if (missing(obj.volumeBindingMode)) obj.volumeBindingMode = 'Immediate';
}
