// DaemonSet spec and status (pkg/apis/apps/validation ValidateDaemonSetSpec,
// ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet, 1.33) plus the
// apps/v1 strategy's selector immutability on update.
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import { goIntOrString, goPointer, goStringMap, goValue } from './gorepr.js';
import { isValidPercent } from './names.js';
import { selectorConvertible, selectorIsEmpty, selectorMatches, selectorValue, validateLabelSelector } from './objectmeta.js';
import { validatePodTemplateSpec } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [field.invalid(path, v, 'must be greater than or equal to 0')] : [];
}

function percentValue(v: unknown): number | undefined {
  if (typeof v !== 'string' || isValidPercent(v).length) return undefined;
  return Number(v.slice(0, -1));
}

/** getIntOrPercentValue: a string that is no percentage counts like intstr.IntValue(). */
export function intOrPercentValue(v: unknown): number {
  const pct = percentValue(v);
  if (pct !== undefined) return pct;
  if (typeof v === 'number') return v;
  const n = Number.parseInt(String(v ?? ''), 10);
  return Number.isNaN(n) ? 0 : n;
}

const intOrStringValue = (v: unknown) => goValue(goIntOrString(v));

function positiveIntOrPercent(v: unknown, path: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((m) => field.invalid(path, intOrStringValue(v), m));
  return nonNegative(typeof v === 'number' ? v : 0, path);
}

function notMoreThan100Percent(v: unknown, path: string): FieldError[] {
  const pct = percentValue(v);
  return pct !== undefined && pct > 100 ? [field.invalid(path, intOrStringValue(v), 'must not be greater than 100%')] : [];
}

function validateRollingUpdate(ru: Obj, path: string): FieldError[] {
  const errs = [
    ...positiveIntOrPercent(ru.maxUnavailable, `${path}.maxUnavailable`),
    ...positiveIntOrPercent(ru.maxSurge, `${path}.maxSurge`),
    ...notMoreThan100Percent(ru.maxUnavailable, `${path}.maxUnavailable`),
    ...notMoreThan100Percent(ru.maxSurge, `${path}.maxSurge`),
  ];
  const hasUnavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(ru.maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push(field.invalid(`${path}.maxSurge`, intOrStringValue(ru.maxSurge), 'may not be set when maxUnavailable is non-zero'));
  if (!hasUnavailable && !hasSurge) errs.push(field.required(`${path}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
  return errs;
}

function validateUpdateStrategy(strategy: Obj | undefined): FieldError[] {
  const s: Obj = strategy ?? {};
  const path = 'spec.updateStrategy';
  if (s.type === 'OnDelete') return [];
  if (s.type === 'RollingUpdate') {
    if (!s.rollingUpdate) return [field.required(`${path}.rollingUpdate`, '')];
    return validateRollingUpdate(s.rollingUpdate, `${path}.rollingUpdate`);
  }
  const text = `apps.DaemonSetUpdateStrategy{Type:${JSON.stringify(String(s.type ?? ''))}, RollingUpdate:${goPointer('apps.RollingUpdateDaemonSet', !!s.rollingUpdate)}}`;
  return [field.notSupported(path, goValue(text), ['RollingUpdate', 'OnDelete'])];
}

export function validateDaemonSetSpec(obj: Obj, old: Obj | undefined): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const template: Obj = spec.template ?? {};
  const errs: FieldError[] = [];
  if (spec.selector) errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const labels = template.metadata?.labels;
  // a nil selector matches nothing, an empty one everything
  if (selectorConvertible(spec.selector) && !selectorMatches(spec.selector, labels))
    errs.push(field.invalid('spec.template.metadata.labels', goValue(goStringMap(labels)), '`selector` does not match template `labels`'));
  if (selectorIsEmpty(spec.selector)) errs.push(field.invalid('spec.selector', selectorValue(spec.selector), 'empty selector is invalid for daemonset'));
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const rp = template.spec?.restartPolicy ?? '';
  if (rp !== 'Always') errs.push(field.notSupported('spec.template.spec.restartPolicy', rp, ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined && template.spec?.activeDeadlineSeconds !== null)
    errs.push(field.forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in DaemonSet is not Supported'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateUpdateStrategy(spec.updateStrategy));
  errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  if (old) errs.push(...selectorImmutable(spec.selector, old.spec?.selector));
  return errs;
}

/** validateDaemonSetStatus plus the collision count that may only grow. */
export function validateDaemonSetStatus(obj: Obj, old: Obj | undefined): FieldError[] {
  const st: Obj = obj.status ?? {};
  const errs: FieldError[] = [];
  for (const k of ['currentNumberScheduled', 'numberMisscheduled', 'desiredNumberScheduled', 'numberReady', 'observedGeneration', 'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable', 'collisionCount'])
    errs.push(...nonNegative(st[k], `status.${k}`));
  const before = old?.status?.collisionCount;
  if (typeof before === 'number' && (typeof st.collisionCount !== 'number' || st.collisionCount < before))
    errs.push(field.invalid('status.collisionCount', st.collisionCount ?? 0, 'cannot be decremented'));
  return errs;
}

function selectorImmutable(sel: Obj | undefined, oldSel: Obj | undefined): FieldError[] {
  const norm = (s: Obj | undefined) => (s ? { matchLabels: s.matchLabels ?? {}, matchExpressions: s.matchExpressions ?? [] } : null);
  if (isDeepStrictEqual(norm(sel), norm(oldSel))) return [];
  return [field.invalid('spec.selector', selectorValue(sel as KubeObject | undefined), 'field is immutable')];
}
