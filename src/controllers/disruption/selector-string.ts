// The gogo-protobuf String() of a *metav1.LabelSelector, which the UnmanagedPods event prints.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export function labelSelectorString(sel: Obj | undefined | null): string {
  if (!sel) return 'nil';
  const labels: Record<string, string> = sel.matchLabels ?? {};
  const map = Object.keys(labels)
    .sort()
    .map((k) => `${k}: ${labels[k]},`)
    .join('');
  const exprs = ((sel.matchExpressions ?? []) as Obj[])
    .map((r) => `LabelSelectorRequirement{Key:${r.key ?? ''},Operator:${r.operator ?? ''},Values:[${((r.values ?? []) as string[]).join(' ')}],},`)
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${map}},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}
