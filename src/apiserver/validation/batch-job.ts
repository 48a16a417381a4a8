// Job validation (pkg/apis/batch/validation, 1.33): ValidateJob on create,
// ValidateJob + ValidateJobUpdate on update (the spec rules run twice there, as upstream).
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import { goStringMap, goValue } from './gorepr.js';
import { isDNS1123Label, isQualifiedName, nameIsDNSSubdomain } from './names.js';
import { selectorConvertible, selectorMatches, selectorValue, validateLabelSelector, validateObjectMeta, validateObjectMetaUpdate } from './objectmeta.js';
import { validatePodTemplateSpec } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const MAX_INDEXED_PARALLELISM = 100000;
const MAX_FAILED_INDEXES = 100000;
const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const EXIT_CODE_OPERATORS = ['In', 'NotIn'];
const CONDITION_STATUSES = ['False', 'True', 'Unknown'];
const REPLACEMENT_POLICIES = ['Failed', 'TerminatingOrFailed'];
const present = (v: unknown): boolean => v !== undefined && v !== null;

function nonNegative(spec: Obj, name: string, path: string): FieldError[] {
  const v = spec[name];
  return typeof v === 'number' && v < 0 ? [field.invalid(`${path}.${name}`, v, 'must be greater than or equal to 0')] : [];
}

/** validateJobSpec: the rules a CronJob's job template shares with a Job. */
export function validateJobSpecCommon(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex'])
    errs.push(...nonNegative(spec, f, path));
  if (present(spec.maxFailedIndexes)) {
    errs.push(...nonNegative(spec, 'maxFailedIndexes', path));
    if (!present(spec.backoffLimitPerIndex)) errs.push(field.required(`${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'));
  }
  const mode = spec.completionMode;
  if (present(mode)) {
    if (mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(field.notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
    if (mode === 'Indexed') {
      if (!present(spec.completions)) errs.push(field.required(`${path}.completions`, 'when completion mode is Indexed'));
      if (typeof spec.parallelism === 'number' && spec.parallelism > MAX_INDEXED_PARALLELISM)
        errs.push(field.invalid(`${path}.parallelism`, spec.parallelism, `must be less than or equal to ${MAX_INDEXED_PARALLELISM} when completion mode is Indexed`));
      if (present(spec.completions) && present(spec.maxFailedIndexes) && spec.maxFailedIndexes > spec.completions)
        errs.push(field.invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'must be less than or equal to completions'));
      if (present(spec.maxFailedIndexes) && spec.maxFailedIndexes > MAX_FAILED_INDEXES)
        errs.push(field.invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, `must be less than or equal to ${MAX_FAILED_INDEXES}`));
    }
  }
  if (!present(mode) || mode === 'NonIndexed') {
    if (present(spec.backoffLimitPerIndex)) errs.push(field.invalid(`${path}.backoffLimitPerIndex`, spec.backoffLimitPerIndex, 'requires indexed completion mode'));
    if (present(spec.maxFailedIndexes)) errs.push(field.invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'requires indexed completion mode'));
  }
  if (present(spec.podFailurePolicy)) errs.push(...validatePodFailurePolicy(spec, `${path}.podFailurePolicy`));
  if (present(spec.podReplacementPolicy)) {
    const prp = spec.podReplacementPolicy;
    if (present(spec.podFailurePolicy)) {
      if (prp !== 'Failed') errs.push(field.notSupported(`${path}.podReplacementPolicy`, prp, ['Failed']));
    } else if (!REPLACEMENT_POLICIES.includes(prp)) errs.push(field.notSupported(`${path}.podReplacementPolicy`, prp, REPLACEMENT_POLICIES));
  }
  const template: Obj = spec.template ?? {};
  errs.push(...validatePodTemplateSpec(template, `${path}.template`));
  const rp = template.spec?.restartPolicy ?? '';
  const rpPath = `${path}.template.spec.restartPolicy`;
  if (rp === 'Always' || rp === '') errs.push(field.required(rpPath, 'valid values: "OnFailure", "Never"'));
  else if (rp !== 'OnFailure' && rp !== 'Never') errs.push(field.notSupported(rpPath, rp, ['OnFailure', 'Never']));
  else if (present(spec.podFailurePolicy) && rp !== 'Never') errs.push(field.invalid(rpPath, rp, 'only "Never" is supported when podFailurePolicy is specified'));
  return errs;
}

function validatePodFailurePolicy(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const rules: Obj[] = spec.podFailurePolicy?.rules ?? [];
  if (rules.length > 20) errs.push(field.invalid(`${path}.rules`, rules.length, 'must have at most 20 items'));
  const names = new Set([...(spec.template?.spec?.containers ?? []), ...(spec.template?.spec?.initContainers ?? [])].map((c: Obj) => c?.name));
  rules.forEach((rule, i) => {
    const p = `${path}.rules[${i}]`;
    const action = rule?.action ?? '';
    if (action === '') errs.push(field.required(`${p}.action`, `valid values: ["Count" "FailIndex" "FailJob" "Ignore"]`));
    else if (action === 'FailIndex') {
      if (!present(spec.backoffLimitPerIndex)) errs.push(field.invalid(`${p}.action`, action, 'requires the backoffLimitPerIndex to be set'));
    } else if (!ACTIONS.includes(action)) errs.push(field.notSupported(`${p}.action`, action, ACTIONS));
    const onExit = rule?.onExitCodes;
    const onConds: Obj[] = rule?.onPodConditions ?? [];
    if (onExit) {
      const ep = `${p}.onExitCodes`;
      const op = onExit.operator ?? '';
      if (op === '') errs.push(field.required(`${ep}.operator`, 'valid values: ["In" "NotIn"]'));
      else if (!EXIT_CODE_OPERATORS.includes(op)) errs.push(field.notSupported(`${ep}.operator`, op, EXIT_CODE_OPERATORS));
      if (present(onExit.containerName) && !names.has(onExit.containerName))
        errs.push(field.invalid(`${ep}.containerName`, onExit.containerName, 'must be one of the container or initContainer names in the pod template'));
      const values: number[] = onExit.values ?? [];
      if (!values.length) errs.push(field.invalid(`${ep}.values`, goValue('[]int32(nil)'), 'at least one value is required'));
      const seen = new Set<number>();
      values.forEach((v, j) => {
        if (op === 'In' && v === 0) errs.push(field.invalid(`${ep}.values[${j}]`, v, 'must not be 0 for the In operator'));
        if (seen.has(v)) errs.push(field.duplicate(`${ep}.values[${j}]`, v));
        seen.add(v);
      });
      if (values.some((v, j) => j > 0 && values[j - 1]! > v)) errs.push(field.invalid(`${ep}.values`, goValue(`[]int32{${values.join(', ')}}`), 'must be ordered'));
    }
    onConds.forEach((pattern, j) => {
      const pp = `${p}.onPodConditions[${j}]`;
      for (const m of isQualifiedName(String(pattern?.type ?? ''))) errs.push(field.invalid(`${pp}.type`, pattern?.type ?? '', m));
      const st = pattern?.status ?? '';
      if (st === '') errs.push(field.required(`${pp}.status`, 'valid values: ["False" "True" "Unknown"]'));
      else if (!CONDITION_STATUSES.includes(st)) errs.push(field.notSupported(`${pp}.status`, st, CONDITION_STATUSES));
    });
    if (onExit && onConds.length) errs.push({ type: 'FieldValueInvalid', field: p, hasValue: false, detail: 'specifying both OnExitCodes and OnPodConditions is not supported' });
    if (!onExit && !onConds.length) errs.push({ type: 'FieldValueInvalid', field: p, hasValue: false, detail: 'specifying one of OnExitCodes and OnPodConditions is required' });
  });
  return errs;
}

/** ValidateHasLabel. */
function hasLabel(labels: Record<string, string> | undefined, key: string, expected: string): FieldError[] {
  const path = `spec.template.metadata.labels[${key}]`;
  if (!labels || !(key in labels)) return [field.required(path, expected)];
  if (labels[key] !== expected) return [field.invalid(path, goValue(goStringMap(labels)), `must be '${expected}'`)];
  return [];
}

function validateGeneratedSelector(job: Obj): FieldError[] {
  const spec: Obj = job.spec ?? {};
  if (spec.manualSelector === true || !spec.selector) return [];
  const md: Obj = job.metadata ?? {};
  const uid = String(md.uid ?? '');
  const name = String(md.name ?? '');
  const errs: FieldError[] = [];
  if (!uid) errs.push(field.required('metadata.uid', ''));
  const labels = spec.template?.metadata?.labels;
  errs.push(...hasLabel(labels, 'controller-uid', uid), ...hasLabel(labels, 'job-name', name));
  errs.push(...hasLabel(labels, 'batch.kubernetes.io/controller-uid', uid), ...hasLabel(labels, 'batch.kubernetes.io/job-name', name));
  const expected = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid, 'job-name': name };
  if (selectorConvertible(spec.selector) && !selectorMatches(spec.selector, expected))
    errs.push(field.invalid('spec.selector', selectorValue(spec.selector), '`selector` not auto-generated'));
  return errs;
}

/** ValidateJobSpec: the common rules plus the selector. */
function validateJobSpec(spec: Obj): FieldError[] {
  const errs = validateJobSpecCommon(spec, 'spec');
  if (!spec.selector) errs.push(field.required('spec.selector', ''));
  else errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const labels = spec.template?.metadata?.labels;
  if (selectorConvertible(spec.selector) && !selectorMatches(spec.selector, labels))
    errs.push(field.invalid('spec.template.metadata.labels', goValue(goStringMap(labels)), '`selector` does not match template `labels`'));
  return errs;
}

function validateJob(job: Obj): FieldError[] {
  const spec: Obj = job.spec ?? {};
  const errs = [...validateObjectMeta(job.metadata ?? {}, nameIsDNSSubdomain), ...validateGeneratedSelector(job), ...validateJobSpec(spec)];
  if (spec.completionMode === 'Indexed' && typeof spec.completions === 'number' && spec.completions > 0) {
    const host = `${job.metadata?.name ?? ''}-${spec.completions - 1}`;
    if (isDNS1123Label(host).length)
      errs.push(field.invalid('metadata.name', job.metadata?.name ?? '', `will not able to create pod with invalid DNS label: ${host}`));
  }
  return errs;
}

const goPtr = (type: string, v: unknown) => goValue(present(v) ? `(*${type})(0xc000a1c0f0)` : `(*${type})(nil)`);

function immutable(path: string, now: unknown, before: unknown, shown: unknown): FieldError[] {
  const norm = (v: unknown) => (present(v) ? v : null);
  return isDeepStrictEqual(norm(now), norm(before)) ? [] : [field.invalid(path, shown, 'field is immutable')];
}

/** ValidateJobSpecUpdate (elastic indexed jobs allowed, as 1.33 enables ElasticIndexedJob). */
function validateJobSpecUpdate(spec: Obj, old: Obj): FieldError[] {
  const errs = validateJobSpec(spec);
  if (spec.completionMode === 'Indexed') {
    if (!isDeepStrictEqual(spec.completions ?? null, old.completions ?? null) && present(spec.completions) && spec.completions !== spec.parallelism)
      errs.push(field.invalid('spec.completions', goPtr('int32', spec.completions), 'can only be modified in tandem with spec.parallelism'));
  } else errs.push(...immutable('spec.completions', spec.completions, old.completions, goPtr('int32', spec.completions)));
  errs.push(...immutable('spec.selector', spec.selector, old.selector, selectorValue(spec.selector)));
  errs.push(...immutable('spec.template', spec.template, old.template, goValue('core.PodTemplateSpec{...}')));
  errs.push(...immutable('spec.completionMode', spec.completionMode, old.completionMode, goPtr('batch.CompletionMode', spec.completionMode)));
  errs.push(...immutable('spec.podFailurePolicy', spec.podFailurePolicy, old.podFailurePolicy, goPtr('batch.PodFailurePolicy', spec.podFailurePolicy)));
  errs.push(...immutable('spec.backoffLimitPerIndex', spec.backoffLimitPerIndex, old.backoffLimitPerIndex, goPtr('int32', spec.backoffLimitPerIndex)));
  errs.push(...immutable('spec.managedBy', spec.managedBy, old.managedBy, goPtr('string', spec.managedBy)));
  errs.push(...immutable('spec.successPolicy', spec.successPolicy, old.successPolicy, goPtr('batch.SuccessPolicy', spec.successPolicy)));
  return errs;
}

export function validateJobObject(job: KubeObject, old: KubeObject | undefined): FieldError[] {
  if (!old) return validateJob(job);
  return [...validateJob(job), ...validateObjectMetaUpdate(job.metadata ?? {}, old.metadata ?? {}), ...validateJobSpecUpdate(job.spec ?? {}, old.spec ?? {})];
}
