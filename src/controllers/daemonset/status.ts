// updateDaemonSetStatus (pkg/controller/daemon/daemon_controller.go): the per-node counts,
// read from the oldest daemon pod on each node.
import type { KubeObject } from '../../client/types.js';
import { isPodAvailable, isPodReady } from '../replicaset/controller-utils.js';
import { byCreationAndPhase, isPodUpdated } from './daemon-pods.js';
import type { Eligibility } from './node-eligibility.js';

export interface DaemonSetCounts {
  desiredNumberScheduled: number;
  currentNumberScheduled: number;
  numberMisscheduled: number;
  numberReady: number;
  updatedNumberScheduled: number;
  numberAvailable: number;
  numberUnavailable: number;
}

export function countDaemonPods(
  nodes: { name: string; eligibility: Eligibility }[],
  nodeToPods: Map<string, KubeObject[]>,
  hash: string,
  generation: number | undefined,
  minReadySeconds: number,
  now: number,
): DaemonSetCounts {
  const c: DaemonSetCounts = { desiredNumberScheduled: 0, currentNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0, updatedNumberScheduled: 0, numberAvailable: 0, numberUnavailable: 0 };
  for (const { name, eligibility } of nodes) {
    const pods = nodeToPods.get(name) ?? [];
    if (!eligibility.shouldRun) {
      if (pods.length) c.numberMisscheduled++;
      continue;
    }
    c.desiredNumberScheduled++;
    if (!pods.length) continue;
    c.currentNumberScheduled++;
    const pod = [...pods].sort(byCreationAndPhase)[0];
    if (isPodReady(pod)) {
      c.numberReady++;
      if (isPodAvailable(pod, minReadySeconds, now)) c.numberAvailable++;
    }
    if (isPodUpdated(pod, hash, generation)) c.updatedNumberScheduled++;
  }
  c.numberUnavailable = c.desiredNumberScheduled - c.numberAvailable;
  return c;
}

/** The status to write, or undefined when nothing changed (storeDaemonSetStatus skips equal ones). */
export function nextStatus(ds: KubeObject, counts: DaemonSetCounts, observeGeneration: boolean): Record<string, unknown> | undefined {
  const cur = ds.status ?? {};
  const observedGeneration = observeGeneration ? ds.metadata.generation : cur.observedGeneration;
  const same =
    (cur.observedGeneration ?? 0) === (observedGeneration ?? 0) &&
    (Object.keys(counts) as (keyof DaemonSetCounts)[]).every((k) => (cur[k] ?? 0) === counts[k]);
  if (same) return undefined;
  const next: Record<string, unknown> = { ...cur, ...counts };
  if (observedGeneration !== undefined) next.observedGeneration = observedGeneration;
  return next;
}
