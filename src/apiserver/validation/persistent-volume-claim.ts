// ValidatePersistentVolumeClaim{,Spec,Update} (pkg/apis/core/validation, 1.33). Feature gates
// as 1.33 ships them: RecoverVolumeExpansionFailure on, VolumeAttributesClass off.
import { isDeepStrictEqual } from 'node:util';
import { cmpQuantity, parseQuantity, ZERO } from '../../cli/describe/quantity.js';
import { field, type FieldError } from '../errors.js';
import { isDNS1123Subdomain } from './names.js';
import { validateLabelSelector } from './objectmeta.js';
import { positiveQuantity, validateAccessModes, VOLUME_MODES } from './persistent-volume.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const present = (v: unknown): boolean => v !== undefined && v !== null;
const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

function validateDataSource(ref: Obj, path: string, withNamespace: boolean): FieldError[] {
  const errs: FieldError[] = [];
  if (!ref.name) errs.push(field.required(`${path}.name`, ''));
  if (!ref.kind) errs.push(field.required(`${path}.kind`, ''));
  const group = ref.apiGroup ?? '';
  if (!group && ref.kind !== 'PersistentVolumeClaim')
    errs.push(field.invalid(path, ref.kind ?? '', "must be 'PersistentVolumeClaim' when referencing the default apiGroup"));
  if (group) errs.push(...isDNS1123Subdomain(group).map((m) => field.invalid(`${path}.apiGroup`, group, m)));
  if (withNamespace && ref.namespace) {
    const ns = String(ref.namespace);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(ns) || ns.length > 63)
      errs.push(field.invalid(`${path}.namespace`, ns, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"));
  }
  return errs;
}

export function validatePersistentVolumeClaimSpec(spec: Obj | undefined, path = 'spec'): FieldError[] {
  const s: Obj = spec ?? {};
  const errs: FieldError[] = [];
  const modes = validateAccessModes(s.accessModes, `${path}.accessModes`, 'at least 1 access mode is required');
  // upstream checks "at least one mode" before the selector and the modes after it
  const required = modes.filter((e) => e.type === 'FieldValueRequired');
  errs.push(...required);
  if (present(s.selector)) errs.push(...validateLabelSelector(s.selector, `${path}.selector`));
  errs.push(...modes.filter((e) => e.type !== 'FieldValueRequired'));
  const storagePath = `${path}.resources[storage]`;
  const storage = s.resources?.requests?.storage;
  if (!present(storage)) errs.push(field.required(storagePath, ''));
  else errs.push(...positiveQuantity(storage, storagePath));
  if (s.storageClassName)
    errs.push(...isDNS1123Subdomain(s.storageClassName).map((m) => field.invalid(`${path}.storageClassName`, s.storageClassName, m)));
  if (present(s.volumeMode) && !VOLUME_MODES.includes(s.volumeMode)) errs.push(field.notSupported(`${path}.volumeMode`, s.volumeMode, VOLUME_MODES));
  if (present(s.dataSource)) errs.push(...validateDataSource(s.dataSource, `${path}.dataSource`, false));
  if (present(s.dataSourceRef)) errs.push(...validateDataSource(s.dataSourceRef, `${path}.dataSourceRef`, true));
  if (s.dataSourceRef?.namespace) {
    if (present(s.dataSource)) errs.push(field.invalid(path, `${path}.dataSource`, 'may not be specified when dataSourceRef.namespace is specified'));
  } else if (present(s.dataSource) && present(s.dataSourceRef)) {
    const same = (s.dataSource.apiGroup ?? null) === (s.dataSourceRef.apiGroup ?? null) && s.dataSource.kind === s.dataSourceRef.kind && s.dataSource.name === s.dataSourceRef.name;
    if (!same) errs.push(field.invalid(path, `${path}.dataSource`, 'must match dataSourceRef'));
  }
  return errs;
}

/** The spec fields an update may not change: everything but the allowed ones, normalised. */
function comparableSpec(spec: Obj | undefined, volumeName: unknown, storage: unknown, storageClassName: unknown): Obj {
  const out: Obj = { ...(spec ?? {}) };
  delete out.volumeAttributesClassName;
  out.volumeName = volumeName ?? '';
  out.storageClassName = storageClassName ?? null;
  if (out.resources?.requests) out.resources = { ...out.resources, requests: { ...out.resources.requests, storage } };
  for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === null) delete out[k];
  return JSON.parse(JSON.stringify(out));
}

/** ValidatePersistentVolumeClaimUpdate's own checks (the caller adds meta and create-time ones). */
export function validatePersistentVolumeClaimUpdate(obj: Obj, old: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const spec: Obj = obj.spec ?? {};
  const oldSpec: Obj = old.spec ?? {};
  // volumeName may be set once (by the binder); a nil class may take the beta annotation's value
  const volumeName = oldSpec.volumeName ? oldSpec.volumeName : spec.volumeName;
  const oldBeta = old.metadata?.annotations?.[BETA_CLASS_ANNOTATION];
  const classFromAnnotation = !present(oldSpec.storageClassName) && oldBeta !== undefined && spec.storageClassName === oldBeta;
  const classFromNil = !present(oldSpec.storageClassName) && oldBeta === undefined && present(spec.storageClassName);
  const storageClassName = classFromAnnotation || classFromNil ? oldSpec.storageClassName : spec.storageClassName;
  const bound = obj.status?.phase === 'Bound';
  const storage = bound && spec.resources?.requests ? oldSpec.resources?.requests?.storage : spec.resources?.requests?.storage;
  const now = comparableSpec(spec, spec.volumeName, storage, storageClassName);
  const before = comparableSpec(oldSpec, volumeName, oldSpec.resources?.requests?.storage, oldSpec.storageClassName);
  if (!classFromAnnotation && (obj.metadata?.annotations?.[BETA_CLASS_ANNOTATION] ?? '') !== (oldBeta ?? ''))
    errs.push(field.forbidden(`metadata.annotations[${BETA_CLASS_ANNOTATION}]`, 'field is immutable'));
  if (!isDeepStrictEqual(now, before))
    errs.push(field.forbidden('spec', 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims'));
  const newSize = parseQuantity(spec.resources?.requests?.storage ?? 0) ?? ZERO;
  const oldSize = parseQuantity(oldSpec.resources?.requests?.storage ?? 0) ?? ZERO;
  const statusSize = parseQuantity(old.status?.capacity?.storage ?? 0) ?? ZERO;
  if (cmpQuantity(newSize, oldSize) < 0 && cmpQuantity(newSize, statusSize) <= 0)
    errs.push(field.forbidden('spec.resources.requests.storage', 'field can not be less than status.capacity'));
  if ((spec.volumeMode ?? null) !== (oldSpec.volumeMode ?? null)) errs.push(field.invalid('volumeMode', spec.volumeMode ?? null, 'field is immutable'));
  if ((spec.volumeAttributesClassName ?? null) !== (oldSpec.volumeAttributesClassName ?? null))
    errs.push(field.forbidden('spec.volumeAttributesClassName', 'update is forbidden when the VolumeAttributesClass feature gate is disabled'));
  return errs;
}
