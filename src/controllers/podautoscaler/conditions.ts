// HPA status conditions: AbleToScale, ScalingActive, ScalingLimited (horizontal.go setCondition).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Sets a condition; its lastTransitionTime moves only when the status changes. */
export function setCondition(status: Obj, type: string, value: 'True' | 'False', reason: string, message: string): void {
  const conditions: Obj[] = (status.conditions ??= []);
  const existing = conditions.find((c) => c.type === type);
  if (!existing) {
    conditions.push({ type, status: value, lastTransitionTime: now(), reason, message });
    return;
  }
  if (existing.status !== value) existing.lastTransitionTime = now();
  existing.status = value;
  existing.reason = reason;
  existing.message = message;
}
