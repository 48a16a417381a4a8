// HorizontalPodAutoscaler (pkg/apis/autoscaling/validation, 1.33): spec bounds, the
// scale target, metric sources and targets, scaling behavior; status counts on update.
import { field, type FieldError } from '../errors.js';
import { cmpQuantity, formatQuantity, parseQuantity, ZERO } from '../../cli/describe/quantity.js';
import { isDNS1123Label } from './names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const MAX_PERIOD_SECONDS = 1800;
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
const METRIC_SOURCE_TYPES = ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'];
const SELECT_POLICIES = ['Disabled', 'Max', 'Min'];
const POLICY_TYPES = ['Percent', 'Pods'];
const set = (v: unknown): boolean => v !== undefined && v !== null;

/** pathvalidation.IsValidPathSegmentName */
function pathSegmentErrors(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  const out: string[] = [];
  for (const c of ['/', '%']) if (name.includes(c)) out.push(`may not contain '${c}'`);
  return out;
}

function validateReference(ref: Obj | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of ['kind', 'name']) {
    const v: string = ref?.[key] ?? '';
    if (!v) errs.push(field.required(`${path}.${key}`, ''));
    else for (const msg of pathSegmentErrors(v)) errs.push(field.invalid(`${path}.${key}`, v, msg));
  }
  return errs;
}

function positive(v: unknown, path: string): FieldError[] {
  if (!set(v)) return [];
  const q = parseQuantity(v as string);
  return q && cmpQuantity(q, ZERO) > 0 ? [] : [field.invalid(path, q ? formatQuantity(q) : v, 'must be positive')];
}

function validateTarget(t: Obj | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type = t?.type ?? '';
  if (!type) errs.push(field.required(`${path}.type`, 'must specify a metric target type'));
  if (!['Utilization', 'Value', 'AverageValue'].includes(type)) errs.push(field.invalid(`${path}.type`, type, 'must be either Utilization, Value, or AverageValue'));
  errs.push(...positive(t?.value, `${path}.value`), ...positive(t?.averageValue, `${path}.averageValue`));
  if (set(t?.averageUtilization) && t!.averageUtilization < 1) errs.push(field.invalid(`${path}.averageUtilization`, t!.averageUtilization, 'must be greater than 0'));
  return errs;
}

function validateIdentifier(id: Obj | undefined, path: string): FieldError[] {
  const name: string = id?.name ?? '';
  if (!name) return [field.required(`${path}.name`, 'must specify a metric name')];
  return pathSegmentErrors(name).map((msg) => field.invalid(`${path}.name`, name, msg));
}

function validateResourceTarget(src: Obj, path: string): FieldError[] {
  const errs = validateTarget(src.target, `${path}.target`);
  const t = src.target ?? {};
  if (!set(t.averageUtilization) && !set(t.averageValue))
    errs.push(field.required(`${path}.target.averageUtilization`, 'must set either a target raw value or a target utilization'));
  if (set(t.averageUtilization) && set(t.averageValue))
    errs.push(field.forbidden(`${path}.target.averageValue`, 'may not set both a target raw value and a target utilization'));
  return errs;
}

const SOURCES: [string, (src: Obj, path: string) => FieldError[]][] = [
  ['object', (src, p) => {
    const errs = [...validateReference(src.describedObject, `${p}.describedObject`), ...validateIdentifier(src.metric, `${p}.metric`), ...validateTarget(src.target, `${p}.target`)];
    if (!set(src.target?.value) && !set(src.target?.averageValue)) errs.push(field.required(`${p}.target.averageValue`, 'must set either a target value or averageValue'));
    return errs;
  }],
  ['external', (src, p) => {
    const errs = [...validateIdentifier(src.metric, `${p}.metric`), ...validateTarget(src.target, `${p}.target`)];
    if (!set(src.target?.value) && !set(src.target?.averageValue)) errs.push(field.required(`${p}.target.averageValue`, 'must set either a target value for metric or a per-pod target'));
    if (set(src.target?.value) && set(src.target?.averageValue)) errs.push(field.forbidden(`${p}.target.value`, 'may not set both a target value for metric and a per-pod target'));
    return errs;
  }],
  ['pods', (src, p) => {
    const errs = [...validateIdentifier(src.metric, `${p}.metric`), ...validateTarget(src.target, `${p}.target`)];
    if (!set(src.target?.averageValue)) errs.push(field.required(`${p}.target.averageValue`, 'must specify a positive target averageValue'));
    return errs;
  }],
  ['resource', (src, p) => [...(src.name ? [] : [field.required(`${p}.name`, 'must specify a resource name')]), ...validateResourceTarget(src, p)]],
  ['containerResource', (src, p) => {
    const errs: FieldError[] = src.name ? [] : [field.required(`${p}.name`, 'must specify a resource name')];
    if (!src.container) errs.push(field.required(`${p}.container`, 'must specify a container'));
    else for (const msg of isDNS1123Label(src.container)) errs.push(field.invalid(`${p}.container`, src.container, msg));
    return [...errs, ...validateResourceTarget(src, p)];
  }],
];

function validateMetric(m: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type: string = m?.type ?? '';
  if (!type) errs.push(field.required(`${path}.type`, 'must specify a metric source type'));
  if (!METRIC_SOURCE_TYPES.includes(type)) errs.push(field.notSupported(`${path}.type`, type, METRIC_SOURCE_TYPES));
  const present: string[] = [];
  for (const [key, validate] of SOURCES) {
    if (!m?.[key]) continue;
    present.push(key);
    if (present.length === 1) errs.push(...validate(m[key], `${path}.${key}`));
  }
  const expected = type ? type[0].toLowerCase() + type.slice(1) : '';
  if (METRIC_SOURCE_TYPES.includes(type)) {
    if (!m[expected]) errs.push(field.required(`${path}.${expected}`, 'must populate information for the given metric source'));
  } else errs.push(field.notSupported(`${path}.type`, type, METRIC_SOURCE_TYPES));
  if (present.length !== 1) for (const key of present.filter((k) => k !== expected)) errs.push(field.forbidden(`${path}.${key}`, 'must populate the given metric source only'));
  return errs;
}

function validateRules(rules: Obj | undefined, path: string): FieldError[] {
  if (!rules) return [];
  const errs: FieldError[] = [];
  const w = rules.stabilizationWindowSeconds;
  if (set(w) && w < 0) errs.push(field.invalid(`${path}.stabilizationWindowSeconds`, w, 'must be greater than or equal to zero'));
  if (set(w) && w > MAX_STABILIZATION_WINDOW_SECONDS)
    errs.push(field.invalid(`${path}.stabilizationWindowSeconds`, w, `must be less than or equal to ${MAX_STABILIZATION_WINDOW_SECONDS}`));
  if (set(rules.selectPolicy) && !SELECT_POLICIES.includes(rules.selectPolicy)) errs.push(field.notSupported(`${path}.selectPolicy`, rules.selectPolicy, SELECT_POLICIES));
  const policies: Obj[] = rules.policies ?? [];
  if (!policies.length) errs.push(field.required(`${path}.policies`, 'must specify at least one Policy'));
  policies.forEach((p, i) => {
    const pp = `${path}.policies[${i}]`;
    if (!POLICY_TYPES.includes(p.type)) errs.push(field.notSupported(`${pp}.type`, p.type ?? '', POLICY_TYPES));
    if (!((p.value ?? 0) > 0)) errs.push(field.invalid(`${pp}.value`, p.value ?? 0, 'must be greater than zero'));
    if (!((p.periodSeconds ?? 0) > 0)) errs.push(field.invalid(`${pp}.periodSeconds`, p.periodSeconds ?? 0, 'must be greater than zero'));
    if ((p.periodSeconds ?? 0) > MAX_PERIOD_SECONDS) errs.push(field.invalid(`${pp}.periodSeconds`, p.periodSeconds, `must be less than or equal to ${MAX_PERIOD_SECONDS}`));
  });
  return errs;
}

export function validateHorizontalPodAutoscalerSpec(obj: Obj, old?: Obj): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const errs: FieldError[] = [];
  // scale-to-zero stays allowed for an object that already has it
  const lowerBound = old?.spec?.minReplicas === 0 ? 0 : 1;
  const min = spec.minReplicas;
  const max = spec.maxReplicas ?? 0;
  if (set(min) && min < lowerBound) errs.push(field.invalid('spec.minReplicas', min, `must be greater than or equal to ${lowerBound}`));
  if (max < 1) errs.push(field.invalid('spec.maxReplicas', max, 'must be greater than 0'));
  if (set(min) && max < min) errs.push(field.invalid('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
  errs.push(...validateReference(spec.scaleTargetRef, 'spec.scaleTargetRef'));
  const metrics: Obj[] = spec.metrics ?? [];
  metrics.forEach((m, i) => errs.push(...validateMetric(m, `spec.metrics[${i}]`)));
  if (min === 0 && !metrics.some((m) => m?.type === 'Object' || m?.type === 'External'))
    errs.push(field.forbidden('spec.metrics', 'must specify at least one Object or External metric to support scaling to zero replicas'));
  if (spec.behavior) errs.push(...validateRules(spec.behavior.scaleUp, 'spec.behavior.scaleUp'), ...validateRules(spec.behavior.scaleDown, 'spec.behavior.scaleDown'));
  return errs;
}

export function validateHorizontalPodAutoscalerStatus(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of ['currentReplicas', 'desiredReplicas']) {
    const v = obj.status?.[k];
    if (typeof v === 'number' && v < 0) errs.push(field.invalid(`status.${k}`, v, 'must be greater than or equal to 0'));
  }
  return errs;
}
