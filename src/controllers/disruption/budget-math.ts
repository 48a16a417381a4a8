// The arithmetic of pkg/controller/disruption (1.33): how many pods a budget expects, how
// many must stay healthy, how many are, and which recorded disruptions still count.
import type { KubeObject } from '../../client/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** How long an eviction recorded in status.disruptedPods waits for the pod's deletion. */
export const DELETION_TIMEOUT_MS = 2 * 60_000;

export const isPodReady = (pod: KubeObject): boolean =>
  ((pod.status?.conditions ?? []) as Obj[]).some((c) => c.type === 'Ready' && c.status === 'True');

/**
 * intstr.GetScaledValueFromIntOrPercent with roundUp: "50%" of 3 is 2. A string that is no
 * percentage is an error, as upstream.
 */
export function scaledValue(v: number | string, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
  const pct = Number(m[1]);
  return roundUp ? Math.ceil((pct * total) / 100) : Math.floor((pct * total) / 100);
}

export interface ExpectedCount {
  expectedCount: number;
  desiredHealthy: number;
  unmanagedPods: string[];
}

/**
 * getExpectedPodCount: an integer minAvailable counts the selected pods; maxUnavailable and
 * percentages count the owners' scale (`expectedScale`, called only when needed).
 */
export async function expectedPodCount(
  spec: Obj | undefined,
  pods: KubeObject[],
  expectedScale: () => Promise<{ expectedCount: number; unmanagedPods: string[] }>,
): Promise<ExpectedCount> {
  const s: Obj = spec ?? {};
  if (s.maxUnavailable !== undefined && s.maxUnavailable !== null) {
    const { expectedCount, unmanagedPods } = await expectedScale();
    const desiredHealthy = Math.max(0, expectedCount - scaledValue(s.maxUnavailable, expectedCount, true));
    return { expectedCount, desiredHealthy, unmanagedPods };
  }
  if (s.minAvailable !== undefined && s.minAvailable !== null) {
    if (typeof s.minAvailable === 'number') return { expectedCount: pods.length, desiredHealthy: s.minAvailable, unmanagedPods: [] };
    const { expectedCount, unmanagedPods } = await expectedScale();
    return { expectedCount, desiredHealthy: scaledValue(s.minAvailable, expectedCount, true), unmanagedPods };
  }
  return { expectedCount: 0, desiredHealthy: 0, unmanagedPods: [] };
}

/**
 * buildDisruptedPodMap: keeps the entries of pods not yet terminating whose deadline has
 * not passed; `expired` lists those whose deadline has, `recheckAt` is the earliest one left.
 */
export function liveDisruptedPods(
  pods: KubeObject[],
  recorded: Record<string, string> | undefined,
  now: number,
): { disruptedPods: Record<string, string>; expired: KubeObject[]; recheckAt?: number } {
  const disruptedPods: Record<string, string> = {};
  const expired: KubeObject[] = [];
  let recheckAt: number | undefined;
  if (!recorded) return { disruptedPods, expired };
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) continue;
    const at = recorded[pod.metadata.name!];
    if (at === undefined) continue;
    const expectedDeletion = Date.parse(at) + DELETION_TIMEOUT_MS;
    if (expectedDeletion < now) expired.push(pod);
    else {
      disruptedPods[pod.metadata.name!] = at;
      if (recheckAt === undefined || expectedDeletion < recheckAt) recheckAt = expectedDeletion;
    }
  }
  return { disruptedPods, expired, recheckAt };
}

/** countHealthyPods: ready pods neither terminating nor about to be evicted. */
export function countHealthyPods(pods: KubeObject[], disruptedPods: Record<string, string>, now: number): number {
  let healthy = 0;
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) continue;
    const at = disruptedPods[pod.metadata.name!];
    if (at !== undefined && Date.parse(at) + DELETION_TIMEOUT_MS > now) continue;
    if (isPodReady(pod)) healthy++;
  }
  return healthy;
}

/** No disruptions while nothing is expected, so a budget whose pods just appeared is safe. */
export function disruptionsAllowed(currentHealthy: number, desiredHealthy: number, expectedCount: number): number {
  const allowed = currentHealthy - desiredHealthy;
  return expectedCount <= 0 || allowed <= 0 ? 0 : allowed;
}
