// The replica count a resource utilization target asks for (pkg/controller/podautoscaler/
// replica_calculator.go GetResourceReplicas): ready pods' usage against their requests,
// with unready and missing pods counted conservatively, and a 10% tolerance band.
import type { KubeObject } from '../../client/types.js';

export const DEFAULT_TOLERANCE = 0.1;
/** --horizontal-pod-autoscaler-cpu-initialization-period */
export const CPU_INITIALIZATION_PERIOD_MS = 5 * 60_000;
/** --horizontal-pod-autoscaler-initial-readiness-delay */
export const INITIAL_READINESS_DELAY_MS = 30_000;

export interface PodMetric {
  /** usage in milli-units */
  value: number;
  /** start of the sample window, ms since the epoch */
  timestamp: number;
  windowMs: number;
}

export interface ResourceReplicas {
  replicas: number;
  /** average utilization, percent of request */
  utilization: number;
  /** average usage per pod, milli-units */
  rawUtilization: number;
}

const time = (v: unknown): number | undefined => (typeof v === 'string' ? Date.parse(v) : undefined);

/** groupPods: ready count, and the pods to leave out, treat as unready or as missing. */
export function groupPods(pods: KubeObject[], metrics: Map<string, PodMetric>, resource: string, now: number) {
  let readyPodCount = 0;
  const unready = new Set<string>();
  const missing = new Set<string>();
  const ignored = new Set<string>();
  for (const pod of pods) {
    const name = pod.metadata.name!;
    const phase = pod.status?.phase;
    if (pod.metadata.deletionTimestamp || phase === 'Failed' || phase === 'Pending') {
      ignored.add(name);
      continue;
    }
    const metric = metrics.get(name);
    if (!metric) {
      missing.add(name);
      continue;
    }
    if (resource === 'cpu') {
      const ready = (pod.status?.conditions ?? []).find((c: KubeObject) => c.type === 'Ready');
      const start = time(pod.status?.startTime);
      let isUnready: boolean;
      if (!ready || start === undefined) isUnready = true;
      else {
        const transition = time(ready.lastTransitionTime) ?? 0;
        // a young pod's CPU counts only once a full sample was taken after it became ready
        if (start + CPU_INITIALIZATION_PERIOD_MS > now) isUnready = ready.status === 'False' || metric.timestamp < transition + metric.windowMs;
        else isUnready = ready.status === 'False' && start + INITIAL_READINESS_DELAY_MS > transition;
      }
      if (isUnready) {
        unready.add(name);
        continue;
      }
    }
    readyPodCount++;
  }
  return { readyPodCount, unready, missing, ignored };
}

/** calculatePodRequests: every container must request the resource. */
export function podRequests(pods: KubeObject[], resource: string, milliOf: (q: unknown) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const pod of pods) {
    let sum = 0;
    for (const c of pod.spec?.containers ?? []) {
      const req = c.resources?.requests?.[resource];
      if (req === undefined || req === null) throw new Error(`missing request for ${resource} in container ${c.name} of Pod ${pod.metadata.name}`);
      sum += milliOf(req);
    }
    out.set(pod.metadata.name!, sum);
  }
  return out;
}

/** metricsclient.GetResourceUtilizationRatio */
export function utilizationRatio(metrics: Map<string, number>, requests: Map<string, number>, target: number) {
  let metricsTotal = 0;
  let requestsTotal = 0;
  let entries = 0;
  for (const [pod, value] of metrics) {
    const req = requests.get(pod);
    if (req === undefined) continue;
    metricsTotal += value;
    requestsTotal += req;
    entries++;
  }
  if (requestsTotal === 0) throw new Error('no metrics returned matched known pods');
  const utilization = Math.trunc((metricsTotal * 100) / requestsTotal);
  return { ratio: utilization / target, utilization, raw: Math.trunc(metricsTotal / entries) };
}

export interface ResourceReplicasInput {
  currentReplicas: number;
  targetUtilization: number;
  resource: string;
  pods: KubeObject[];
  metrics: Map<string, PodMetric>;
  milliOf: (q: unknown) => number;
  now: number;
  tolerance?: number;
}

export function resourceReplicas(input: ResourceReplicasInput): ResourceReplicas {
  const { currentReplicas, targetUtilization, resource, pods, now } = input;
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  if (!pods.length) throw new Error('no pods returned by selector while calculating replica count');
  const { readyPodCount, unready, missing, ignored } = groupPods(pods, input.metrics, resource, now);
  const usage = new Map<string, number>();
  for (const [name, m] of input.metrics) if (!ignored.has(name) && !unready.has(name)) usage.set(name, m.value);
  if (!usage.size) throw new Error('did not receive metrics for targeted pods (pods might be unready)');
  const requests = podRequests(pods, resource, input.milliOf);
  const first = utilizationRatio(usage, requests, targetUtilization);
  const result = (replicas: number): ResourceReplicas => ({ replicas, utilization: first.utilization, rawUtilization: first.raw });
  const scaleUpWithUnready = unready.size > 0 && first.ratio > 1.0;
  if (!scaleUpWithUnready && missing.size === 0) {
    if (Math.abs(1.0 - first.ratio) <= tolerance) return result(currentReplicas);
    return result(Math.ceil(first.ratio * readyPodCount));
  }
  // missing pods count as at the target (scale down) or idle (scale up): the cautious guess
  if (missing.size) {
    if (first.ratio < 1.0) {
      const fallback = Math.max(100, targetUtilization);
      for (const name of missing) usage.set(name, ((requests.get(name) ?? 0) * fallback) / 100);
    } else if (first.ratio > 1.0) for (const name of missing) usage.set(name, 0);
  }
  if (scaleUpWithUnready) for (const name of unready) usage.set(name, 0);
  const second = utilizationRatio(usage, requests, targetUtilization);
  if (Math.abs(1.0 - second.ratio) <= tolerance || (first.ratio < 1.0 && second.ratio > 1.0) || (first.ratio > 1.0 && second.ratio < 1.0)) return result(currentReplicas);
  const replicas = Math.ceil(second.ratio * usage.size);
  if ((second.ratio < 1.0 && replicas > currentReplicas) || (second.ratio > 1.0 && replicas < currentReplicas)) return result(currentReplicas);
  return result(replicas);
}
