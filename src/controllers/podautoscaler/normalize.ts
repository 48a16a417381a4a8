// From the metrics' proposal to the replica count the HPA sets (horizontal.go): the
// scale-down stabilization window, min/max and scale-rate limits, or the spec's behavior
// (stabilization windows both ways and rate policies over recent scale events).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** --horizontal-pod-autoscaler-downscale-stabilization */
export const DOWNSCALE_STABILIZATION_MS = 5 * 60_000;

export interface Recommendation {
  replicas: number;
  at: number;
}
export interface ScaleEvent {
  change: number;
  at: number;
}
export interface Limited {
  replicas: number;
  reason: string;
  message: string;
}

/** Records `proposal` (replacing one sample older than `maxAgeMs`). */
function record(history: Recommendation[], proposal: number, now: number, maxAgeMs: number): void {
  const old = history.findIndex((r) => r.at < now - maxAgeMs);
  if (old >= 0) history[old] = { replicas: proposal, at: now };
  else history.push({ replicas: proposal, at: now });
}

/** stabilizeRecommendation: the highest recommendation of the window. */
export function stabilize(history: Recommendation[], proposal: number, now: number, windowMs = DOWNSCALE_STABILIZATION_MS): number {
  let max = proposal;
  for (const r of history) if (r.at >= now - windowMs && r.replicas > max) max = r.replicas;
  record(history, proposal, now, windowMs);
  return max;
}

/** convertDesiredReplicasWithRules: min/max and the default scale-up rate. */
export function limitWithRules(current: number, desired: number, min: number, max: number): Limited {
  const scaleUpLimit = Math.max(2 * current, 4);
  const tooFew = min === 0 ? 'the desired replica count is zero' : 'the desired replica count is less than the minimum replica count';
  const minAllowed = min === 0 ? 1 : min;
  if (desired < minAllowed) return { replicas: minAllowed, reason: 'TooFewReplicas', message: tooFew };
  if (max > scaleUpLimit) {
    if (desired > scaleUpLimit) return { replicas: scaleUpLimit, reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' };
  } else if (desired > max) return { replicas: max, reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
  return { replicas: desired, reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
}

/** stabilizeRecommendationWithBehaviors: clamp between the lowest (up) and highest (down) recent proposals. */
export function stabilizeWithBehavior(history: Recommendation[], current: number, proposal: number, behavior: Obj, now: number): Limited {
  const upMs = (behavior.scaleUp?.stabilizationWindowSeconds ?? 0) * 1000;
  const downMs = (behavior.scaleDown?.stabilizationWindowSeconds ?? DOWNSCALE_STABILIZATION_MS / 1000) * 1000;
  let up = proposal;
  let down = proposal;
  for (const r of history) {
    if (r.at > now - upMs) up = Math.min(up, r.replicas);
    if (r.at > now - downMs) down = Math.max(down, r.replicas);
  }
  let replicas = current;
  if (replicas < up) replicas = up;
  if (replicas > down) replicas = down;
  record(history, proposal, now, Math.max(upMs, downMs));
  return proposal >= current
    ? { replicas, reason: 'ScaleUpStabilized', message: 'recent recommendations were lower than current one, applying the lowest recent recommendation' }
    : { replicas, reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' };
}

const changeInPeriod = (events: ScaleEvent[], periodSeconds: number, now: number): number =>
  events.filter((e) => e.at > now - periodSeconds * 1000).reduce((s, e) => s + e.change, 0);

function selectPolicies(rules: Obj | undefined, current: number, proposeFor: (policy: Obj) => number, up: boolean): number {
  const select = rules?.selectPolicy ?? 'Max';
  if (select === 'Disabled') return current;
  // scaling up, Max picks the largest proposal; scaling down, Max allows the largest change (the smallest count)
  const pickLargest = up ? select !== 'Min' : select === 'Min';
  let result = pickLargest ? -Infinity : Infinity;
  for (const p of rules?.policies ?? []) result = pickLargest ? Math.max(result, proposeFor(p)) : Math.min(result, proposeFor(p));
  return result;
}

/** convertDesiredReplicasWithBehaviorRate */
export function limitWithBehavior(current: number, desired: number, min: number, max: number, behavior: Obj, upEvents: ScaleEvent[], downEvents: ScaleEvent[], now: number): Limited {
  if (desired > current) {
    let limit = selectPolicies(behavior.scaleUp, current, (p) => {
      const start = current - changeInPeriod(upEvents, p.periodSeconds, now);
      return p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
    }, true);
    if (limit < current) limit = current;
    if (max > limit) {
      if (desired > limit) return { replicas: limit, reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' };
    } else if (desired > max) return { replicas: max, reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
  } else if (desired < current) {
    let limit = selectPolicies(behavior.scaleDown, current, (p) => {
      const start = current + changeInPeriod(downEvents, p.periodSeconds, now);
      return p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
    }, false);
    if (limit > current) limit = current;
    if (min < limit) {
      if (desired < limit) return { replicas: limit, reason: 'ScaleDownLimit', message: 'the desired replica count is decreasing faster than the maximum scale rate' };
    } else if (desired < min) return { replicas: min, reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };
  }
  return { replicas: desired, reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
}
