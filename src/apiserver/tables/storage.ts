// PersistentVolumes, PersistentVolumeClaims and StorageClasses: printPersistentVolume,
// printPersistentVolumeClaim, printStorageClass (pkg/printers/internalversion/printers.go, 1.33).
import type { KubeObject } from '../../client/types.js';
import { canonicalQuantity } from '../../cli/describe/quantity.js';
import { fieldOf, getType } from '../schema/registry.js';
import { age, ageColumn, column, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const doc = (type: string, name: string): string => {
  const t = getType(type);
  return (t && fieldOf(t, name)?.description) ?? '';
};
const core = (type: string, name: string) => doc(`io.k8s.api.core.v1.${type}`, name);
const storage = (name: string) => doc('io.k8s.api.storage.v1.StorageClass', name);

const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
const DEFAULT_CLASS_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];
const MODE_ABBREVIATIONS: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** helper.GetAccessModesAsString: fixed order, duplicates and unknown modes dropped. */
export function accessModesString(modes: unknown): string {
  const list = Array.isArray(modes) ? modes : [];
  return MODE_ABBREVIATIONS.filter(([mode]) => list.includes(mode))
    .map(([, short]) => short)
    .join(',');
}

/** helper.GetPersistentVolume{,Claim}Class: the beta annotation wins over the field. */
export function storageClassOf(obj: KubeObject): string {
  const beta = obj.metadata?.annotations?.[BETA_CLASS_ANNOTATION];
  if (beta !== undefined) return beta;
  return str(obj.spec?.storageClassName);
}

export const isDefaultStorageClass = (obj: KubeObject): boolean =>
  DEFAULT_CLASS_ANNOTATIONS.some((a) => obj.metadata?.annotations?.[a] === 'true');

const quantity = (q: unknown): string => (q === undefined || q === null || q === '' ? '0' : canonicalQuantity(q as string));
const phaseOf = (obj: KubeObject): string => (obj.metadata?.deletionTimestamp ? 'Terminating' : str(obj.status?.phase));
const unsetOr = (v: unknown): string => (v === undefined || v === null ? '<unset>' : String(v));

function printPersistentVolume(pv: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = pv.spec ?? {};
  const claim = spec.claimRef ? `${str(spec.claimRef.namespace)}/${str(spec.claimRef.name)}` : '';
  return {
    cells: [
      str(pv.metadata?.name),
      quantity(spec.capacity?.storage),
      accessModesString(spec.accessModes),
      str(spec.persistentVolumeReclaimPolicy),
      phaseOf(pv),
      claim,
      storageClassOf(pv),
      unsetOr(spec.volumeAttributesClassName),
      str(pv.status?.reason),
      age(pv, ctx),
      unsetOr(spec.volumeMode),
    ],
  };
}

export const persistentVolumePrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Capacity', 'string', core('PersistentVolumeSpec', 'capacity')),
    column('Access Modes', 'string', core('PersistentVolumeSpec', 'accessModes')),
    column('Reclaim Policy', 'string', core('PersistentVolumeSpec', 'persistentVolumeReclaimPolicy')),
    column('Status', 'string', core('PersistentVolumeStatus', 'phase')),
    column('Claim', 'string', core('PersistentVolumeSpec', 'claimRef')),
    column('StorageClass', 'string', 'StorageClass of the pv'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pv'),
    column('Reason', 'string', core('PersistentVolumeStatus', 'reason')),
    ageColumn(),
    column('VolumeMode', 'string', core('PersistentVolumeSpec', 'volumeMode'), 1),
  ],
  printRow: printPersistentVolume,
};

function printPersistentVolumeClaim(pvc: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = pvc.spec ?? {};
  const bound = !!spec.volumeName;
  return {
    cells: [
      str(pvc.metadata?.name),
      phaseOf(pvc),
      str(spec.volumeName),
      bound ? quantity(pvc.status?.capacity?.storage) : '',
      bound ? accessModesString(pvc.status?.accessModes) : '',
      storageClassOf(pvc),
      unsetOr(spec.volumeAttributesClassName),
      age(pvc, ctx),
      unsetOr(spec.volumeMode),
    ],
  };
}

export const persistentVolumeClaimPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Status', 'string', core('PersistentVolumeClaimStatus', 'phase')),
    column('Volume', 'string', core('PersistentVolumeClaimSpec', 'volumeName')),
    column('Capacity', 'string', core('PersistentVolumeClaimStatus', 'capacity')),
    column('Access Modes', 'string', core('PersistentVolumeClaimStatus', 'accessModes')),
    column('StorageClass', 'string', 'StorageClass of the pvc'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pvc'),
    ageColumn(),
    column('VolumeMode', 'string', core('PersistentVolumeClaimSpec', 'volumeMode'), 1),
  ],
  printRow: printPersistentVolumeClaim,
};

function printStorageClass(sc: KubeObject, ctx: PrintContext): PrintedRow {
  const name = str(sc.metadata?.name) + (isDefaultStorageClass(sc) ? ' (default)' : '');
  return {
    cells: [name, str(sc.provisioner), sc.reclaimPolicy ?? 'Delete', sc.volumeBindingMode ?? 'Immediate', sc.allowVolumeExpansion === true, age(sc, ctx)],
  };
}

export const storageClassPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Provisioner', 'string', storage('provisioner')),
    column('ReclaimPolicy', 'string', storage('reclaimPolicy')),
    column('VolumeBindingMode', 'string', storage('volumeBindingMode')),
    column('AllowVolumeExpansion', 'string', storage('allowVolumeExpansion')),
    ageColumn(),
  ],
  printRow: printStorageClass,
};
