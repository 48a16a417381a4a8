// Namespace and Node (pkg/apis/core/validation, 1.33).
import { cmpQuantity, parseQuantity, ZERO, formatQuantity } from '../../cli/describe/quantity.js';
import { field, type FieldError } from '../errors.js';
import { goValue } from './gorepr.js';
import { isQualifiedName, isValidLabelValue } from './names.js';
import { validateLabelName } from './objectmeta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const STANDARD_FINALIZERS = ['kubernetes', 'orphan', 'foregroundDeletion'];

/** spec.finalizers of a Namespace, all reported at the list's path. */
export function validateNamespaceSpec(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of (obj.spec?.finalizers ?? []) as string[]) {
    errs.push(...isQualifiedName(f).map((m) => field.invalid('spec.finalizers', f, m)));
    if (!f.includes('/') && !STANDARD_FINALIZERS.includes(f))
      errs.push(field.invalid('spec.finalizers', f, 'name is neither a standard finalizer name nor is it fully qualified'));
  }
  return errs;
}

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function goTaint(t: Obj): string {
  const time = t.timeAdded ? '(*v1.Time)(0xc000a1c0f0)' : '(*v1.Time)(nil)';
  return `core.Taint{Key:${JSON.stringify(String(t.key ?? ''))}, Value:${JSON.stringify(String(t.value ?? ''))}, Effect:${JSON.stringify(String(t.effect ?? ''))}, TimeAdded:${time}}`;
}

/** validateNodeTaints; upstream reports them under metadata.taints. */
function validateTaints(taints: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const unique = new Map<string, Set<string>>();
  (taints ?? []).forEach((t, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateLabelName(String(t.key ?? ''), `${p}.key`));
    const msgs = isValidLabelValue(String(t.value ?? ''));
    if (msgs.length) errs.push(field.invalid(`${p}.value`, t.value ?? '', msgs.join(';')));
    if (!t.effect) errs.push(field.required(`${p}.effect`, ''));
    else if (!TAINT_EFFECTS.includes(t.effect)) errs.push(field.notSupported(`${p}.effect`, t.effect, TAINT_EFFECTS));
    const keys = unique.get(t.effect ?? '') ?? new Set<string>();
    if (keys.has(t.key ?? '')) {
      errs.push({ ...field.duplicate(p, goValue(goTaint(t))), detail: 'taints must be unique by key and effect pair' });
      return;
    }
    keys.add(t.key ?? '');
    unique.set(t.effect ?? '', keys);
  });
  return errs;
}

function validateNodeResources(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  for (const list of ['capacity', 'allocatable'])
    for (const [k, v] of Object.entries((obj.status?.[list] ?? {}) as Record<string, string>)) {
      const q = parseQuantity(v);
      if (q && cmpQuantity(q, ZERO) < 0) errs.push(field.invalid(`status.${list}.${k}`, formatQuantity(q), 'must be greater than or equal to 0'));
    }
  return errs;
}

export function validateNodeSpec(obj: Obj, old?: Obj): FieldError[] {
  const errs: FieldError[] = [];
  if (!old && (obj.spec?.taints ?? []).length) errs.push(...validateTaints(obj.spec.taints, 'metadata.taints'));
  errs.push(...validateNodeResources(obj));
  if (old) {
    const oldCIDRs: string[] = old.spec?.podCIDRs ?? [];
    const newCIDRs: string[] = obj.spec?.podCIDRs ?? [];
    const why = 'node updates may not change podCIDR except from "" to valid';
    if (oldCIDRs.length) {
      if (oldCIDRs.length !== newCIDRs.length) errs.push(field.forbidden('spec.podCIDRs', why));
      else oldCIDRs.forEach((c, i) => c !== newCIDRs[i] && errs.push(field.forbidden('spec.podCIDRs', why)));
    }
    if (old.spec?.providerID && old.spec.providerID !== obj.spec?.providerID)
      errs.push(field.forbidden('spec.providerID', 'node updates may not change providerID except from "" to valid'));
    if ((obj.spec?.taints ?? []).length) errs.push(...validateTaints(obj.spec.taints, 'metadata.taints'));
  }
  return errs;
}
