// ValidatePersistentVolume{,Spec,Update} (pkg/apis/core/validation, 1.33) in upstream's order,
// with its path quirks (gcePersistentDisk checked under "persistentDisk", a second cephfs
// reported as "cephFS", flexVolume never counted as a second source). Plugin-specific checks
// are done for the sources mk can back (hostPath, local, nfs, csi); others are only counted.
import { posix } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { cmpQuantity, formatQuantity, parseQuantity, ZERO } from '../../cli/describe/quantity.js';
import { field, type FieldError } from '../errors.js';
import { goValue } from './gorepr.js';
import { isDNS1123Subdomain } from './names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
export const VOLUME_MODES = ['Block', 'Filesystem'];
const RECLAIM_POLICIES = ['Delete', 'Recycle', 'Retain'];
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

// [json key, path when it is a second source, path its own checks use]
const PV_SOURCES: [string, string, string][] = [
  ['hostPath', 'hostPath', 'hostPath'], ['gcePersistentDisk', 'gcePersistentDisk', 'persistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore', 'awsElasticBlockStore'], ['glusterfs', 'glusterfs', 'glusterfs'],
  ['flocker', 'flocker', 'flocker'], ['nfs', 'nfs', 'nfs'], ['rbd', 'rbd', 'rbd'], ['quobyte', 'quobyte', 'quobyte'],
  ['cephfs', 'cephFS', 'cephfs'], ['iscsi', 'iscsi', 'iscsi'], ['cinder', 'cinder', 'cinder'], ['fc', 'fc', 'fc'],
  ['flexVolume', '', 'flexVolume'], ['azureFile', 'azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk', 'photonPersistentDisk'], ['portworxVolume', 'portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk', 'azureDisk'], ['scaleIO', 'scaleIO', 'scaleIO'], ['local', 'local', 'local'],
  ['storageos', 'storageos', 'storageos'], ['csi', 'csi', 'csi'],
];
export const PV_SOURCE_KEYS = PV_SOURCES.map(([key]) => key);

const present = (v: unknown): boolean => v !== undefined && v !== null;

function noBacksteps(p: string, path: string): FieldError[] {
  return p.split(/[\\/]/).includes('..') ? [field.invalid(path, p, "must not contain '..'")] : [];
}

/** ValidateAccessModes as both PV and PVC specs do it (the Required detail differs). */
export function validateAccessModes(modes: unknown, path: string, requiredDetail: string): FieldError[] {
  const list = Array.isArray(modes) ? (modes as string[]) : [];
  const errs: FieldError[] = [];
  if (!list.length) errs.push(field.required(path, requiredDetail));
  let rwop = false;
  let other = false;
  for (const mode of list) {
    if (!ACCESS_MODES.includes(mode)) errs.push(field.notSupported(path, mode, ACCESS_MODES));
    if (mode === 'ReadWriteOncePod') rwop = true;
    else if (ACCESS_MODES.includes(mode)) other = true;
  }
  if (rwop && other) errs.push(field.forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  return errs;
}

/** Go's %#v of the internal core.ResourceList, as NotSupported prints it. */
function goResourceList(list: Obj | undefined | null): string {
  if (list === undefined || list === null) return 'core.ResourceList(nil)';
  const keys = Object.keys(list).sort();
  return `core.ResourceList{${keys.map((k) => `${JSON.stringify(k)}:resource.Quantity{${JSON.stringify(String(list[k]))}}`).join(', ')}}`;
}

export function positiveQuantity(value: unknown, path: string): FieldError[] {
  const q = parseQuantity(value as string);
  if (q && cmpQuantity(q, ZERO) <= 0) return [field.invalid(path, formatQuantity(q), 'must be greater than zero')];
  return [];
}

function validateCapacity(capacity: Obj | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const keys = Object.keys(capacity ?? {});
  if (!keys.length) errs.push(field.required(path, ''));
  if (!keys.includes('storage') || keys.length > 1) errs.push(field.notSupported(path, goValue(goResourceList(capacity)), ['storage']));
  for (const key of keys) {
    const q = parseQuantity(capacity![key] as string);
    if (q && cmpQuantity(q, ZERO) < 0) errs.push(field.invalid(`${path}[${key}]`, formatQuantity(q), 'must be a valid resource quantity'));
    errs.push(...positiveQuantity(capacity![key], `${path}[${key}]`));
  }
  return errs;
}

function validateSource(key: string, src: Obj, path: string): FieldError[] {
  switch (key) {
    case 'hostPath':
      if (!src.path) return [field.required(`${path}.path`, '')];
      return [
        ...noBacksteps(src.path, `${path}.path`),
        ...(present(src.type) && !HOST_PATH_TYPES.includes(src.type) ? [field.notSupported(`${path}.type`, src.type, HOST_PATH_TYPES)] : []),
      ];
    case 'local':
      return src.path ? noBacksteps(src.path, `${path}.path`) : [field.required(`${path}.path`, '')];
    case 'nfs': {
      const errs: FieldError[] = [];
      if (!src.server) errs.push(field.required(`${path}.server`, ''));
      if (!src.path) errs.push(field.required(`${path}.path`, ''));
      if (!String(src.path ?? '').startsWith('/')) errs.push(field.invalid(`${path}.path`, src.path ?? '', 'must be an absolute path'));
      return errs;
    }
    case 'csi': {
      const errs: FieldError[] = [];
      if (!src.driver) errs.push(field.required(`${path}.driver`, ''));
      if (!src.volumeHandle) errs.push(field.required(`${path}.volumeHandle`, ''));
      return errs;
    }
    default:
      return [];
  }
}

function validateNodeAffinity(affinity: Obj, path: string): FieldError[] {
  if (!present(affinity.required)) return [field.required(`${path}.required`, 'must specify required node constraints')];
  const terms = affinity.required.nodeSelectorTerms;
  if (!Array.isArray(terms) || !terms.length) return [field.required(`${path}.required.nodeSelectorTerms`, 'must have at least one node selector term')];
  return [];
}

export function validatePersistentVolumeSpec(spec: Obj | undefined, path = 'spec'): FieldError[] {
  const s: Obj = spec ?? {};
  const errs = validateAccessModes(s.accessModes, `${path}.accessModes`, '');
  errs.push(...validateCapacity(s.capacity, `${path}.capacity`));
  const policy = s.persistentVolumeReclaimPolicy;
  if (policy && !RECLAIM_POLICIES.includes(policy)) errs.push(field.notSupported(`${path}.persistentVolumeReclaimPolicy`, policy, RECLAIM_POLICIES));
  const hasAffinity = present(s.nodeAffinity);
  if (hasAffinity) errs.push(...validateNodeAffinity(s.nodeAffinity, `${path}.nodeAffinity`));
  let count = 0;
  for (const [key, secondPath, ownPath] of PV_SOURCES) {
    if (!present(s[key])) continue;
    if (count > 0 && secondPath) {
      errs.push(field.forbidden(`${path}.${secondPath}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    errs.push(...validateSource(key, s[key], `${path}.${ownPath}`));
    if (key === 'local' && !hasAffinity) errs.push(field.required(`${path}.nodeAffinity`, 'Local volume requires node affinity'));
  }
  if (!count) errs.push(field.required(path, 'must specify a volume type'));
  if (s.hostPath?.path && posix.normalize(s.hostPath.path) === '/' && policy === 'Recycle')
    errs.push(field.forbidden(`${path}.persistentVolumeReclaimPolicy`, "may not be 'recycle' for a hostPath mount of '/'"));
  if (s.storageClassName)
    errs.push(...isDNS1123Subdomain(s.storageClassName).map((m) => field.invalid(`${path}.storageClassName`, s.storageClassName, m)));
  if (present(s.volumeMode) && !VOLUME_MODES.includes(s.volumeMode)) errs.push(field.notSupported(`${path}.volumeMode`, s.volumeMode, VOLUME_MODES));
  return errs;
}

function sourceOf(spec: Obj | undefined): Obj {
  const out: Obj = {};
  for (const key of PV_SOURCE_KEYS) if (present(spec?.[key])) out[key] = spec![key];
  return out;
}

/** ValidatePersistentVolumeUpdate's own checks (the caller adds the create-time ones). */
export function validatePersistentVolumeUpdate(obj: Obj, old: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const now = sourceOf(obj.spec);
  const before = sourceOf(old.spec);
  // a CSI volume may gain a controllerExpandSecretRef it did not have
  if (now.csi && before.csi && !present(before.csi.controllerExpandSecretRef)) {
    now.csi = { ...now.csi };
    delete now.csi.controllerExpandSecretRef;
  }
  if (!isDeepStrictEqual(now, before))
    errs.push(field.forbidden('spec.persistentvolumesource', 'spec.persistentvolumesource is immutable after creation'));
  if ((obj.spec?.volumeMode ?? null) !== (old.spec?.volumeMode ?? null))
    errs.push(field.invalid('volumeMode', obj.spec?.volumeMode ?? null, 'field is immutable'));
  if (present(old.spec?.nodeAffinity) && !isDeepStrictEqual(obj.spec?.nodeAffinity, old.spec?.nodeAffinity))
    errs.push(field.forbidden('nodeAffinity', 'field is immutable'));
  if ((obj.spec?.volumeAttributesClassName ?? null) !== (old.spec?.volumeAttributesClassName ?? null))
    errs.push(field.forbidden('spec.volumeAttributesClassName', 'update is forbidden when the VolumeAttributesClass feature gate is disabled'));
  return errs;
}
