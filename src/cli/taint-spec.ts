// kubectl taint's arguments and bookkeeping (kubectl/pkg/cmd/taint/utils.go): parsing
// `key=value:Effect`, `key:Effect-`, `key-`, and the new taint list with the verb to print.
import { isQualifiedName, isValidLabelValue } from '../apiserver/validation/names.js';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}

/** A parse error kubectl reports as a usage error (with the "See ... -h" line). */
export class TaintSpecError extends Error {}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** `key`, `key:effect` or `key=value:effect`. */
export function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = parts[0];
  else if (parts.length === 2) {
    effect = parts[1];
    if (!EFFECTS.includes(effect)) throw new TaintSpecError(`invalid taint effect: ${effect}, unsupported taint effect`);
    const kv = parts[0].split('=');
    if (kv.length > 2) throw new TaintSpecError(`invalid taint spec: ${spec}`);
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      const errs = isValidLabelValue(value);
      if (errs.length) throw new TaintSpecError(`invalid taint spec: ${spec}, ${errs.join('; ')}`);
    }
  } else throw new TaintSpecError(`invalid taint spec: ${spec}`);
  const errs = isQualifiedName(key);
  if (errs.length) throw new TaintSpecError(`invalid taint spec: ${spec}, ${errs.join('; ')}`);
  return { key, value, effect };
}

/** Go's %v of a corev1.Taint, as the duplicate error prints it. */
const goTaint = (t: Taint) => `{${t.key} ${t.value ?? ''} ${t.effect} <nil>}`;

export function parseTaints(specs: string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new TaintSpecError(`invalid taint spec: ${spec}`);
    const id = `${t.effect}\u0000${t.key}`;
    if (seen.has(id)) throw new TaintSpecError(`duplicated taints with the same key and effect: ${goTaint(t)}`);
    seen.add(id);
    add.push(t);
  }
  return { add, remove };
}

/** Whether an argument is a taint change rather than a resource word. */
export const isTaintArg = (s: string): boolean => s.includes('=') || s.includes(':') || s.endsWith('-');

/** Taints both added and removed in one command, as `key=effect`. */
export function conflictingTaints(add: Taint[], remove: Taint[]): string[] {
  const out: string[] = [];
  for (const a of add) for (const r of remove) if (a.key === r.key && (!r.effect || a.effect === r.effect)) out.push(`${r.key}=${r.effect}`);
  return out;
}

/** The keys of existing taints the new ones would replace (same key and effect), comma-joined. */
export function alreadyPresent(existing: Taint[], add: Taint[]): string {
  const keys: string[] = [];
  for (const a of add) for (const o of existing) if (a.key === o.key && a.effect === o.effect) keys.push(a.key);
  return keys.join(',');
}

const sameTaint = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

export type TaintOperation = 'tainted' | 'untainted' | 'modified';

/**
 * The node's new taints: the added ones first, then the old ones they do not replace, minus
 * the removed ones. The verb follows kubectl's reorganizeTaints, quirks included: "removed"
 * reflects only the last removal, and --overwrite always says "modified".
 */
export function reorganizeTaints(existing: Taint[], overwrite: boolean, add: Taint[], remove: Taint[]): { operation: TaintOperation; taints: Taint[]; notFound: string[] } {
  let taints = [...add];
  for (const old of existing) if (!taints.some((t) => sameTaint(t, old))) taints.push(old);
  const added = existing.length !== taints.length;
  let removed = false;
  const notFound: string[] = [];
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !sameTaint(t, r) : t.key !== r.key));
    removed = taints.length !== before;
    if (!removed) notFound.push(r.effect ? `${r.key}:${r.effect}` : r.key);
  }
  const operation: TaintOperation = (added && removed) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, notFound };
}
