// Where a pod's containers stand, from a worker's records: the kubelet's phase, the next
// init-container step, and whether the app containers are done for good (then the kubelet
// kills the pod, sidecars included).
import type { KubeObject } from '../client/types.js';
import { initSpecs, planInitContainers, runtimeState, type InitPlan } from './init-containers.js';
import { podPhase, type ContainerRecord } from './status.js';

export interface PodView {
  spec: KubeObject['spec'];
  records: Map<string, ContainerRecord>;
  /** containers this worker has started (the current sandbox) */
  ranHere: Set<string>;
  running: Map<string, unknown>;
}

export function recordsOf(v: PodView, list: KubeObject[] | undefined): ContainerRecord[] {
  return (list ?? []).map((c) => v.records.get(c.name)).filter((r): r is ContainerRecord => !!r);
}

/** kubelet getPhase over what the worker knows. */
export function currentPhase(v: PodView): string {
  const { spec } = v;
  return podPhase(spec.restartPolicy ?? 'Always', recordsOf(v, spec.containers), spec.containers.length, {
    specs: initSpecs(spec),
    records: recordsOf(v, spec.initContainers),
  });
}

/** No app container runs, and none will run again (computePodActions' keepCount == 0). */
export function appsFinished(v: PodView): boolean {
  const { spec } = v;
  const p = podPhase(spec.restartPolicy ?? 'Always', recordsOf(v, spec.containers), spec.containers.length);
  return (p === 'Succeeded' || p === 'Failed') && (spec.containers as KubeObject[]).every((c) => v.ranHere.has(c.name) && !v.running.has(c.name));
}

/** The next init-container step; nothing more once the app containers are done. */
export function nextInitStep(v: PodView): InitPlan {
  if (appsFinished(v)) return { start: [], initialized: true, failed: false };
  const apps = (v.spec.containers as KubeObject[]).map((c) => c.name as string);
  return planInitContainers(initSpecs(v.spec), apps, v.spec.restartPolicy ?? 'Always', (n) => runtimeState(v.records.get(n), v.ranHere.has(n)));
}
