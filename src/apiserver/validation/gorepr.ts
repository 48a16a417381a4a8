// Go's %#v rendering of the internal API values that kube-apiserver 1.33 puts into
// field errors (maps, slices, LabelSelector, IntOrString, structs).
import { GoValue } from '../errors.js';
import type { KubeObject } from '../../client/types.js';

const quote = (s: unknown): string => JSON.stringify(String(s ?? ''));

/** map[string]string{"a":"b", "c":"d"}; keys sorted like fmt does; absent is nil. */
export function goStringMap(m: Record<string, string> | undefined | null): string {
  if (m === undefined || m === null) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${quote(k)}:${quote(m[k])}`).join(', ')}}`;
}

export function goStringSlice(a: unknown[] | undefined | null): string {
  if (a === undefined || a === null) return '[]string(nil)';
  return `[]string{${a.map(quote).join(', ')}}`;
}

function goRequirement(r: KubeObject): string {
  return `v1.LabelSelectorRequirement{Key:${quote(r.key)}, Operator:${quote(r.operator)}, Values:${goStringSlice(r.values)}}`;
}

/** A *metav1.LabelSelector as the error printer shows it (dereferenced). */
export function goLabelSelector(sel: KubeObject | undefined | null): string {
  if (!sel) return 'null';
  const exprs: KubeObject[] | undefined = sel.matchExpressions ?? undefined;
  const exprText = exprs ? `[]v1.LabelSelectorRequirement{${exprs.map(goRequirement).join(', ')}}` : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprText}}`;
}

/** intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}; absent is the zero value. */
export function goIntOrString(v: unknown): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${quote(v)}}`;
  const n = typeof v === 'number' ? v : 0;
  return `intstr.IntOrString{Type:0, IntVal:${n}, StrVal:""}`;
}

/** A pointer field inside a struct prints its address; any fixed address will do. */
export const goPointer = (type: string, present: boolean): string => (present ? `(*${type})(0xc000a1c0f0)` : `(*${type})(nil)`);

export const goValue = (text: string): GoValue => new GoValue(text);
