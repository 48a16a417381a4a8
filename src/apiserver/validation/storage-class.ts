// ValidateStorageClass{,Update} (pkg/apis/storage/validation, 1.33).
import { isDeepStrictEqual } from 'node:util';
import { field, type FieldError } from '../errors.js';
import { isQualifiedName } from './names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const RECLAIM_POLICIES = ['Delete', 'Retain'];
const BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'];
const MAX_PARAMETERS = 512;
const MAX_PARAMETERS_SIZE = 256 * 1024;

function validateParameters(params: Record<string, string> | undefined | null): FieldError[] {
  const entries = Object.entries(params ?? {});
  if (entries.length > MAX_PARAMETERS)
    return [{ type: 'FieldValueTooLong', field: 'parameters', hasValue: false, detail: `may not be more than ${MAX_PARAMETERS} bytes` }];
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of entries) {
    if (!k.length) errs.push(field.invalid('parameters', k, 'field can not be empty.'));
    size += k.length + String(v ?? '').length;
  }
  if (size > MAX_PARAMETERS_SIZE) errs.push(field.tooLong('parameters', MAX_PARAMETERS_SIZE));
  return errs;
}

function validateAllowedTopologies(terms: Obj[] | undefined | null): FieldError[] {
  const errs: FieldError[] = [];
  (terms ?? []).forEach((term, i) => {
    const path = `allowedTopologies[${i}]`;
    const exprs: Obj[] = term?.matchLabelExpressions ?? [];
    if (!exprs.length) errs.push(field.required(`${path}.matchLabelExpressions`, 'must have at least one label expression'));
    exprs.forEach((req, j) => {
      const p = `${path}.matchLabelExpressions[${j}]`;
      errs.push(...isQualifiedName(req?.key ?? '').map((m) => field.invalid(`${p}.key`, req?.key ?? '', m)));
      if (!(req?.values ?? []).length) errs.push(field.required(`${p}.values`, 'must specify as least one value'));
    });
  });
  return errs;
}

/** ValidateStorageClass without the metadata (the caller validates that). */
export function validateStorageClass(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const provisioner: string = obj.provisioner ?? '';
  if (!provisioner) errs.push(field.required('provisioner', ''));
  else errs.push(...isQualifiedName(provisioner.toLowerCase()).map((m) => field.invalid('provisioner', provisioner.toLowerCase(), m)));
  errs.push(...validateParameters(obj.parameters));
  if (obj.reclaimPolicy && !RECLAIM_POLICIES.includes(obj.reclaimPolicy)) errs.push(field.notSupported('reclaimPolicy', obj.reclaimPolicy, RECLAIM_POLICIES));
  if (obj.volumeBindingMode === undefined || obj.volumeBindingMode === null) errs.push(field.required('volumeBindingMode', ''));
  else if (!BINDING_MODES.includes(obj.volumeBindingMode)) errs.push(field.notSupported('volumeBindingMode', obj.volumeBindingMode, BINDING_MODES));
  errs.push(...validateAllowedTopologies(obj.allowedTopologies));
  return errs;
}

/** ValidateStorageClassUpdate's own checks (the caller adds meta and create-time ones). */
export function validateStorageClassUpdate(obj: Obj, old: Obj): FieldError[] {
  const errs: FieldError[] = [];
  if (!isDeepStrictEqual(obj.parameters ?? null, old.parameters ?? null)) errs.push(field.forbidden('parameters', 'updates to parameters are forbidden.'));
  if ((obj.provisioner ?? '') !== (old.provisioner ?? '')) errs.push(field.forbidden('provisioner', 'updates to provisioner are forbidden.'));
  if ((obj.reclaimPolicy ?? '') !== (old.reclaimPolicy ?? '')) errs.push(field.forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
  if ((obj.volumeBindingMode ?? null) !== (old.volumeBindingMode ?? null))
    errs.push(field.invalid('volumeBindingMode', obj.volumeBindingMode ?? null, 'field is immutable'));
  return errs;
}
