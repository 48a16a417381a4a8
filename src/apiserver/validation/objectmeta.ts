// ObjectMeta, labels, annotations and label selectors (apimachinery pkg/api/validation
// and pkg/apis/meta/v1/validation, plus core's finalizer-name rule).
import type { KubeObject, ObjectMeta } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import { goLabelSelector, goStringSlice, goValue } from './gorepr.js';
import { isQualifiedName, isValidLabelValue, type NameFn } from './names.js';

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
const STANDARD_FINALIZERS = ['kubernetes', 'orphan', 'foregroundDeletion'];

export function validateLabelName(key: string, path: string): FieldError[] {
  return isQualifiedName(key).map((m) => field.invalid(path, key, m));
}

export function validateLabels(labels: Record<string, string> | undefined | null, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...validateLabelName(k, path));
    for (const m of isValidLabelValue(String(v ?? ''))) errs.push(field.invalid(path, v, m));
  }
  return errs;
}

export function validateAnnotations(annotations: Record<string, string> | undefined | null, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const m of isQualifiedName(k.toLowerCase())) errs.push(field.invalid(path, k, m));
    size += Buffer.byteLength(k) + Buffer.byteLength(String(v ?? ''));
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(field.tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

function validateOwnerReferences(refs: KubeObject[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let firstController = '';
  for (const ref of refs ?? []) {
    const apiVersion = String(ref.apiVersion ?? '');
    const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
    if (!version) errs.push(field.invalid(`${path}.apiVersion`, apiVersion, 'version must not be empty'));
    if (!ref.kind) errs.push(field.invalid(`${path}.kind`, ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(field.invalid(`${path}.name`, ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(field.invalid(`${path}.uid`, ref.uid ?? '', 'uid must not be empty'));
    if (ref.controller === true) {
      const current = `${ref.kind}/${ref.name}`;
      if (firstController)
        errs.push(
          field.invalid(path, goValue('[]v1.OwnerReference{...}'), `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`),
        );
      else firstController = current;
    }
  }
  return errs;
}

function validateFinalizers(finalizers: string[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const list = finalizers ?? [];
  for (const f of list) errs.push(...isQualifiedName(f).map((m) => field.invalid(path, f, m)));
  if (list.includes('orphan') && list.includes('foregroundDeletion'))
    errs.push(field.invalid(path, goValue(goStringSlice(list)), 'finalizer orphan and foregroundDeletion cannot be both set'));
  return errs;
}

/** core's extra rule: a finalizer without a '/' must be one of the standard names. */
function validateKubeFinalizerNames(finalizers: string[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (finalizers ?? []).forEach((f, i) => {
    if (!f.includes('/') && !STANDARD_FINALIZERS.includes(f))
      errs.push(field.invalid(`${path}[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'));
  });
  return errs;
}

/** ValidateObjectMeta on create; the namespace is already settled by the registry. */
export function validateObjectMeta(meta: ObjectMeta, nameFn: NameFn, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) for (const m of nameFn(meta.generateName, true)) errs.push(field.invalid(`${path}.generateName`, meta.generateName, m));
  if (!meta.name) errs.push(field.required(`${path}.name`, 'name or generateName is required'));
  else for (const m of nameFn(meta.name, false)) errs.push(field.invalid(`${path}.name`, meta.name, m));
  if (typeof meta.generation === 'number' && meta.generation < 0)
    errs.push(field.invalid(`${path}.generation`, meta.generation, 'must be greater than or equal to 0'));
  errs.push(...commonMeta(meta, path));
  errs.push(...validateFinalizers(meta.finalizers, `${path}.finalizers`));
  errs.push(...validateKubeFinalizerNames(meta.finalizers, `${path}.finalizers`));
  return errs;
}

function commonMeta(meta: ObjectMeta, path: string): FieldError[] {
  return [
    ...validateLabels(meta.labels, `${path}.labels`),
    ...validateAnnotations(meta.annotations, `${path}.annotations`),
    ...validateOwnerReferences(meta.ownerReferences as KubeObject[] | undefined, `${path}.ownerReferences`),
  ];
}

/**
 * ValidateObjectMetaUpdate. Name, namespace, uid and timestamps are carried over from
 * the stored object by the registry, so only the rules that can still fail remain.
 */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (old.deletionTimestamp) {
    const extra = [...new Set(meta.finalizers ?? [])].filter((f) => !(old.finalizers ?? []).includes(f)).sort();
    if (extra.length)
      errs.push(field.forbidden(`${path}.finalizers`, `no new finalizers can be added if the object is being deleted, found new finalizers ${goStringSlice(extra)}`));
  }
  if (typeof meta.generation === 'number' && typeof old.generation === 'number' && meta.generation < old.generation)
    errs.push(field.invalid(`${path}.generation`, meta.generation, 'must not be decremented'));
  errs.push(...commonMeta(meta, path));
  errs.push(...validateKubeFinalizerNames(meta.finalizers, `${path}.finalizers`));
  return errs;
}

// ---- label selectors ----

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

export function validateLabelSelector(sel: KubeObject | undefined | null, path: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  ((sel.matchExpressions ?? []) as KubeObject[]).forEach((r, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values: string[] = r.values ?? [];
    if (r.operator === 'In' || r.operator === 'NotIn') {
      if (!values.length) errs.push(field.required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (r.operator === 'Exists' || r.operator === 'DoesNotExist') {
      if (values.length) errs.push(field.forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else errs.push(field.invalid(`${p}.operator`, r.operator ?? '', 'not a valid selector operator'));
    errs.push(...validateLabelName(String(r.key ?? ''), `${p}.key`));
    values.forEach((v, j) => {
      for (const m of isValidLabelValue(String(v))) errs.push(field.invalid(`${p}.values[${j}]`, v, m));
    });
  });
  return errs;
}

/** metav1.LabelSelectorAsSelector succeeds (every key, value and operator is usable). */
export function selectorConvertible(sel: KubeObject | undefined | null): boolean {
  if (!sel) return true;
  for (const [k, v] of Object.entries((sel.matchLabels ?? {}) as Record<string, string>))
    if (isQualifiedName(k).length || isValidLabelValue(String(v)).length) return false;
  for (const r of (sel.matchExpressions ?? []) as KubeObject[]) {
    if (!OPERATORS.includes(r.operator) || isQualifiedName(String(r.key ?? '')).length) return false;
    const values: string[] = r.values ?? [];
    if ((r.operator === 'In' || r.operator === 'NotIn') && !values.length) return false;
    if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && values.length) return false;
    if (values.some((v) => isValidLabelValue(String(v)).length)) return false;
  }
  return true;
}

export const selectorIsEmpty = (sel: KubeObject | undefined | null): boolean =>
  !!sel && !Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length;

/** A nil selector matches nothing; an empty one matches everything. */
export function selectorMatches(sel: KubeObject | undefined | null, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const have = labels ?? {};
  for (const [k, v] of Object.entries((sel.matchLabels ?? {}) as Record<string, string>)) if (have[k] !== v) return false;
  for (const r of (sel.matchExpressions ?? []) as KubeObject[]) {
    const present = Object.prototype.hasOwnProperty.call(have, r.key);
    const values: string[] = r.values ?? [];
    if (r.operator === 'In' && !(present && values.includes(have[r.key]))) return false;
    if (r.operator === 'NotIn' && present && values.includes(have[r.key])) return false;
    if (r.operator === 'Exists' && !present) return false;
    if (r.operator === 'DoesNotExist' && present) return false;
  }
  return true;
}

export const selectorValue = (sel: KubeObject | undefined | null) => goValue(goLabelSelector(sel));
