// Deployment and ReplicaSet specs (pkg/apis/apps/validation, 1.33) plus the selector
// immutability the registry strategies add on update.
import { isDeepStrictEqual } from 'node:util';
import { field, type FieldError } from '../errors.js';
import { goIntOrString, goPointer, goStringMap, goValue } from './gorepr.js';
import { isValidPercent } from './names.js';
import { selectorConvertible, selectorIsEmpty, selectorMatches, selectorValue, validateLabelSelector } from './objectmeta.js';
import { validatePodTemplateSpec } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const NEGATIVE = 'must be greater than or equal to 0';

function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [field.invalid(path, v, NEGATIVE)] : [];
}

function validateSelector(spec: Obj, errs: FieldError[]): void {
  const sel = spec.selector;
  if (!sel) errs.push(field.required('spec.selector', ''));
  else {
    errs.push(...validateLabelSelector(sel, 'spec.selector'));
    if (selectorIsEmpty(sel)) errs.push(field.invalid('spec.selector', selectorValue(sel), 'empty selector is invalid for deployment'));
  }
}

/** ValidatePodTemplateSpecForReplicaSet. */
function validateTemplate(spec: Obj, kind: string, errs: FieldError[]): void {
  const sel = spec.selector;
  if (!selectorConvertible(sel)) {
    errs.push(field.invalid('spec.selector', selectorValue(sel), 'invalid label selector'));
    return;
  }
  const template: Obj = spec.template ?? {};
  const labels = template.metadata?.labels;
  // an empty selector matches everything; a missing one matches nothing
  if (!selectorIsEmpty(sel) && !selectorMatches(sel, labels))
    errs.push(field.invalid('spec.template.metadata.labels', goValue(goStringMap(labels)), '`selector` does not match template `labels`'));
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const rp = template.spec?.restartPolicy ?? '';
  if (rp !== 'Always') errs.push(field.notSupported('spec.template.spec.restartPolicy', rp, ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined && template.spec?.activeDeadlineSeconds !== null)
    errs.push(field.forbidden('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${kind} is not Supported`));
}

function percentValue(v: unknown): number | undefined {
  if (typeof v !== 'string' || isValidPercent(v).length) return undefined;
  return Number(v.slice(0, -1));
}

/** getIntOrPercentValue: a bad string counts as 0, like intstr.IntValue(). */
function intOrPercentValue(v: unknown): number {
  const pct = percentValue(v);
  if (pct !== undefined) return pct;
  if (typeof v === 'number') return v;
  const n = Number.parseInt(String(v ?? ''), 10);
  return Number.isNaN(n) ? 0 : n;
}

function validatePositiveIntOrPercent(v: unknown, path: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((m) => field.invalid(path, goValue(goIntOrString(v)), m));
  return nonNegative(typeof v === 'number' ? v : 0, path);
}

function validateStrategy(strategy: Obj | undefined, errs: FieldError[]): void {
  const s: Obj = strategy ?? {};
  const ru = s.rollingUpdate;
  if (s.type === 'Recreate') {
    if (ru) errs.push(field.forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
  } else if (s.type === 'RollingUpdate') {
    if (!ru) errs.push(field.required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil'));
    else {
      const p = 'spec.strategy.rollingUpdate';
      errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...validatePositiveIntOrPercent(ru.maxSurge, `${p}.maxSurge`));
      if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0)
        errs.push(field.invalid(`${p}.maxUnavailable`, goValue(goIntOrString(ru.maxUnavailable)), 'may not be 0 when `maxSurge` is 0'));
      const pct = percentValue(ru.maxUnavailable);
      if (pct !== undefined && pct > 100) errs.push(field.invalid(`${p}.maxUnavailable`, goValue(goIntOrString(ru.maxUnavailable)), 'must not be greater than 100%'));
    }
  } else {
    const text = `apps.DeploymentStrategy{Type:${JSON.stringify(String(s.type ?? ''))}, RollingUpdate:${goPointer('apps.RollingUpdateDeployment', !!ru)}}`;
    errs.push(field.notSupported('spec.strategy', goValue(text), ['Recreate', 'RollingUpdate']));
  }
}

export function validateDeploymentSpec(obj: Obj, old: Obj | undefined): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const errs: FieldError[] = [];
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  validateSelector(spec, errs);
  validateTemplate(spec, 'ReplicaSet', errs);
  validateStrategy(spec.strategy, errs);
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  if (typeof spec.progressDeadlineSeconds === 'number') {
    errs.push(...nonNegative(spec.progressDeadlineSeconds, 'spec.progressDeadlineSeconds'));
    if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0))
      errs.push(field.invalid('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
  }
  errs.push(...selectorImmutable(spec, old));
  return errs;
}

export function validateReplicaSetSpec(obj: Obj, old: Obj | undefined): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const errs: FieldError[] = [];
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  validateSelector(spec, errs);
  validateTemplate(spec, 'ReplicaSet', errs);
  errs.push(...selectorImmutable(spec, old));
  return errs;
}

/** apps/v1 forbids changing spec.selector after creation. */
function selectorImmutable(spec: Obj, old: Obj | undefined): FieldError[] {
  if (!old) return [];
  const norm = (s: Obj | undefined) => (s ? { matchLabels: s.matchLabels ?? {}, matchExpressions: s.matchExpressions ?? [] } : null);
  if (isDeepStrictEqual(norm(spec.selector), norm(old.spec?.selector))) return [];
  return [field.invalid('spec.selector', selectorValue(spec.selector), 'field is immutable')];
}
