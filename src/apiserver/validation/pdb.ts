// policy/v1 PodDisruptionBudget (pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec and
// ValidatePodDisruptionBudgetStatusUpdate, 1.33) with the registry strategy's ordering: on create
// the spec is checked first and metadata (path-segment names only) only when the spec is valid.
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import { goIntOrString, goPointer, goValue } from './gorepr.js';
import { isQualifiedName, isValidPercent, regexError } from './names.js';
import { validateLabelSelector } from './objectmeta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export const UNHEALTHY_POD_EVICTION_POLICIES = ['AlwaysAllow', 'IfHealthyBudget'];
const CONDITION_STATUSES = ['False', 'True', 'Unknown'];
const REASON_FMT = '[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?';
const REASON_MSG = "a condition reason must start with alphabetic character, optionally followed by a string of alphanumeric characters or '_,:', and must end with an alphanumeric character or '_'";

const isSet = (v: unknown): boolean => v !== undefined && v !== null;
const intOrStringValue = (v: unknown) => goValue(goIntOrString(v));

/** The internal spec as %#v prints it: pointers show as addresses. */
function goSpec(spec: Obj): string {
  return (
    `policy.PodDisruptionBudgetSpec{MinAvailable:${goPointer('intstr.IntOrString', isSet(spec.minAvailable))}, ` +
    `Selector:${goPointer('v1.LabelSelector', isSet(spec.selector))}, ` +
    `MaxUnavailable:${goPointer('intstr.IntOrString', isSet(spec.maxUnavailable))}, ` +
    `UnhealthyPodEvictionPolicy:${goPointer('policy.UnhealthyPodEvictionPolicyType', isSet(spec.unhealthyPodEvictionPolicy))}}`
  );
}

/** appsvalidation.ValidatePositiveIntOrPercent + IsNotMoreThan100Percent. */
function intOrPercent(v: unknown, path: string): FieldError[] {
  if (typeof v === 'string') {
    const errs = isValidPercent(v).map((m) => field.invalid(path, intOrStringValue(v), m));
    if (!errs.length && Number(v.slice(0, -1)) > 100) errs.push(field.invalid(path, intOrStringValue(v), 'must not be greater than 100%'));
    return errs;
  }
  return typeof v === 'number' && v < 0 ? [field.invalid(path, v, 'must be greater than or equal to 0')] : [];
}

export function validatePodDisruptionBudgetSpec(spec: Obj | undefined): FieldError[] {
  const s: Obj = spec ?? {};
  const errs: FieldError[] = [];
  if (isSet(s.minAvailable) && isSet(s.maxUnavailable)) errs.push(field.invalid('spec', goValue(goSpec(s)), 'minAvailable and maxUnavailable cannot be both set'));
  if (isSet(s.minAvailable)) errs.push(...intOrPercent(s.minAvailable, 'spec.minAvailable'));
  if (isSet(s.maxUnavailable)) errs.push(...intOrPercent(s.maxUnavailable, 'spec.maxUnavailable'));
  errs.push(...validateLabelSelector(s.selector, 'spec.selector'));
  if (isSet(s.unhealthyPodEvictionPolicy) && !UNHEALTHY_POD_EVICTION_POLICIES.includes(s.unhealthyPodEvictionPolicy))
    errs.push(field.notSupported('spec.unhealthyPodEvictionPolicy', s.unhealthyPodEvictionPolicy, UNHEALTHY_POD_EVICTION_POLICIES));
  return errs;
}

/** metav1validation.ValidateConditions. */
function validateConditions(conditions: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (conditions ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    const type = String(c.type ?? '');
    errs.push(...isQualifiedName(type).map((m) => field.invalid(`${p}.type`, type, m)));
    if (seen.has(type)) errs.push(field.duplicate(`${p}.type`, type));
    seen.add(type);
    if (!CONDITION_STATUSES.includes(c.status)) errs.push(field.notSupported(`${p}.status`, c.status ?? '', CONDITION_STATUSES));
    if (typeof c.observedGeneration === 'number' && c.observedGeneration < 0)
      errs.push(field.invalid(`${p}.observedGeneration`, c.observedGeneration, 'must be greater than or equal to zero'));
    if (!c.lastTransitionTime) errs.push(field.required(`${p}.lastTransitionTime`, 'must be set'));
    const reason = String(c.reason ?? '');
    if (!reason) errs.push(field.required(`${p}.reason`, 'must be set'));
    else if (!new RegExp(`^${REASON_FMT}$`).test(reason))
      errs.push(field.invalid(`${p}.reason`, reason, regexError(REASON_MSG, REASON_FMT, 'ConditionReason', 'Condition_Reason')));
  });
  return errs;
}

export function validatePodDisruptionBudgetStatus(status: Obj | undefined): FieldError[] {
  const s: Obj = status ?? {};
  const errs = validateConditions(s.conditions, 'status.conditions');
  for (const f of ['disruptionsAllowed', 'currentHealthy', 'desiredHealthy', 'expectedPods'])
    if (typeof s[f] === 'number' && s[f] < 0) errs.push(field.invalid(`status.${f}`, s[f], 'must be greater than or equal to 0'));
  return errs;
}

/** path.ValidatePathSegmentName: the only name rule the generic store applies to PDBs. */
export function pathSegmentNameErrors(name: string, prefix: boolean): string[] {
  const errs: string[] = [];
  if (!prefix) for (const bad of ['.', '..']) if (name === bad) errs.push(`may not be '${bad}'`);
  for (const bad of ['/', '%']) if (name.includes(bad)) errs.push(`may not contain '${bad}'`);
  return errs;
}

/** Create: the strategy's spec errors stop before the generic metadata checks run. Update: metadata, spec, status. */
export function validatePodDisruptionBudget(obj: KubeObject, old: KubeObject | undefined, meta: () => FieldError[]): FieldError[] {
  if (old) return [...meta(), ...validatePodDisruptionBudgetSpec(obj.spec), ...validatePodDisruptionBudgetStatus(obj.status)];
  const specErrs = validatePodDisruptionBudgetSpec(obj.spec);
  return specErrs.length ? specErrs : meta();
}
