// StatefulSet and ControllerRevision (pkg/apis/apps/validation, 1.33). StatefulSet templates
// get only label/annotation checks there, not full pod validation (the upstream TODO).
import { isDeepStrictEqual } from 'node:util';
import { field, type FieldError } from '../errors.js';
import { goPointer, goStringMap, goValue } from './gorepr.js';
import { selectorConvertible, selectorIsEmpty, selectorMatches, selectorValue, validateAnnotations, validateLabelSelector, validateLabels } from './objectmeta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [field.invalid(path, v, 'must be greater than or equal to 0')] : [];
}

function validateUpdateStrategy(strategy: Obj | undefined, errs: FieldError[]): void {
  const s: Obj = strategy ?? {};
  const type = s.type ?? '';
  const ru = s.rollingUpdate;
  if (type === '') errs.push(field.required('spec.updateStrategy', ''));
  else if (type === 'OnDelete') {
    if (ru) errs.push(field.invalid('spec.updateStrategy.rollingUpdate', goValue(goRollingUpdate(ru)), "only allowed for updateStrategy 'RollingUpdate'"));
  } else if (type === 'RollingUpdate') {
    if (ru) errs.push(...nonNegative(ru.partition ?? 0, 'spec.updateStrategy.rollingUpdate.partition'));
  } else {
    const text = `apps.StatefulSetUpdateStrategy{Type:${JSON.stringify(String(type))}, RollingUpdate:${goPointer('apps.RollingUpdateStatefulSetStrategy', !!ru)}}`;
    errs.push(field.invalid('spec.updateStrategy', goValue(text), "must be 'RollingUpdate' or 'OnDelete'"));
  }
}

function goRollingUpdate(ru: Obj): string {
  const max = ru.maxUnavailable === undefined || ru.maxUnavailable === null ? '(*intstr.IntOrString)(nil)' : '(*intstr.IntOrString)(0xc000a1c0f8)';
  return `apps.RollingUpdateStatefulSetStrategy{Partition:${Number(ru.partition ?? 0)}, MaxUnavailable:${max}}`;
}

function validateRetentionPolicy(policy: Obj | undefined, errs: FieldError[]): void {
  if (!policy) return;
  for (const key of ['whenDeleted', 'whenScaled']) {
    const v = policy[key] ?? '';
    if (v !== 'Retain' && v !== 'Delete')
      errs.push(field.notSupported(`spec.persistentVolumeClaimRetentionPolicy.${key}`, v, ['Retain', 'Delete']));
  }
}

/** ValidatePodTemplateSpecForStatefulSet. */
function validateTemplate(spec: Obj, errs: FieldError[]): void {
  const sel = spec.selector;
  if (!selectorConvertible(sel)) {
    errs.push(field.invalid('spec.selector', selectorValue(sel), ''));
  } else {
    const template: Obj = spec.template ?? {};
    const labels = template.metadata?.labels;
    if (!selectorIsEmpty(sel) && !selectorMatches(sel, labels))
      errs.push(field.invalid('spec.template.metadata.labels', goValue(goStringMap(labels)), '`selector` does not match template `labels`'));
    errs.push(...validateLabels(labels, 'spec.template.labels'));
    errs.push(...validateAnnotations(template.metadata?.annotations, 'spec.template.annotations'));
  }
  const rp = spec.template?.spec?.restartPolicy ?? '';
  if (rp !== 'Always') errs.push(field.notSupported('spec.template.spec.restartPolicy', rp, ['Always']));
  const ads = spec.template?.spec?.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null)
    errs.push(field.forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in StatefulSet is not Supported'));
}

/** ValidateStatefulSetSpec. */
export function validateStatefulSetSpec(obj: Obj): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const errs: FieldError[] = [];
  const policy = spec.podManagementPolicy ?? '';
  if (policy === '') errs.push(field.required('spec.podManagementPolicy', ''));
  else if (policy !== 'OrderedReady' && policy !== 'Parallel')
    errs.push(field.invalid('spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'"));
  validateUpdateStrategy(spec.updateStrategy, errs);
  validateRetentionPolicy(spec.persistentVolumeClaimRetentionPolicy, errs);
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (spec.ordinals) errs.push(...nonNegative(spec.ordinals.start ?? 0, 'spec.ordinals.start'));
  const sel = spec.selector;
  if (!sel) errs.push(field.required('spec.selector', ''));
  else {
    errs.push(...validateLabelSelector(sel, 'spec.selector'));
    if (selectorIsEmpty(sel)) errs.push(field.invalid('spec.selector', selectorValue(sel), 'empty selector is invalid for statefulset'));
  }
  validateTemplate(spec, errs);
  return errs;
}

const MUTABLE_SPEC_FIELDS = ['replicas', 'template', 'updateStrategy', 'minReadySeconds', 'ordinals', 'persistentVolumeClaimRetentionPolicy'];

/** The part of ValidateStatefulSetUpdate beyond re-validating the spec. */
export function validateStatefulSetSpecUpdate(obj: Obj, old: Obj): FieldError[] {
  const strip = (spec: Obj | undefined): Obj => {
    const copy: Obj = { ...(spec ?? {}) };
    for (const k of MUTABLE_SPEC_FIELDS) delete copy[k];
    return copy;
  };
  if (isDeepStrictEqual(strip(obj.spec), strip(old.spec))) return [];
  return [
    field.forbidden(
      'spec',
      "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ),
  ];
}

/** ValidateStatefulSetStatus (the /status subresource). */
export function validateStatefulSetStatus(obj: Obj): FieldError[] {
  const st: Obj = obj.status ?? {};
  const errs: FieldError[] = [];
  for (const k of ['replicas', 'readyReplicas', 'currentReplicas', 'updatedReplicas', 'availableReplicas', 'observedGeneration', 'collisionCount'])
    errs.push(...nonNegative(st[k], `status.${k}`));
  const replicas = st.replicas ?? 0;
  for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas', 'availableReplicas'])
    if ((st[k] ?? 0) > replicas) errs.push(field.invalid(`status.${k}`, st[k], 'cannot be greater than status.replicas'));
  if ((st.availableReplicas ?? 0) > (st.readyReplicas ?? 0))
    errs.push(field.invalid('status.availableReplicas', st.availableReplicas, 'cannot be greater than status.readyReplicas'));
  return errs;
}

/** Go's %#v of a runtime.RawExtension holding JSON bytes. */
function goRawExtension(data: unknown): string {
  if (data === undefined || data === null) return 'runtime.RawExtension{Raw:[]uint8(nil), Object:runtime.Object(nil)}';
  const bytes = [...Buffer.from(JSON.stringify(data))].map((b) => `0x${b.toString(16)}`);
  return `runtime.RawExtension{Raw:[]uint8{${bytes.join(', ')}}, Object:runtime.Object(nil)}`;
}

/** ValidateControllerRevision (+ the data immutability of ValidateControllerRevisionUpdate). */
export function validateControllerRevision(obj: Obj, old: Obj | undefined): FieldError[] {
  const errs: FieldError[] = [];
  if (obj.data === undefined || obj.data === null) errs.push(field.required('data', 'data is mandatory'));
  errs.push(...nonNegative(obj.revision ?? 0, 'revision'));
  if (old && !isDeepStrictEqual(obj.data ?? null, old.data ?? null))
    errs.push(field.invalid('data', goValue(goRawExtension(obj.data)), 'field is immutable'));
  return errs;
}
