// Init containers, as the kubelet runs them (kuberuntime_manager.go computeInitContainerActions):
// one at a time in spec order, each to a successful exit before the next; sidecars
// (restartPolicy: Always) start, count once started, and keep running; the app containers
// wait for all of them. Also the init-aware parts of the pod status (kubelet_pods.go getPhase,
// status/generate.go GeneratePodInitializedCondition).
import type { KubeObject } from '../client/types.js';
import type { ContainerRecord } from './status.js';

export interface InitSpec {
  name: string;
  restartPolicy?: string;
}

/** podutil.IsRestartableInitContainer: an init container with restartPolicy Always (a sidecar). */
export const isSidecar = (c: { restartPolicy?: string } | undefined): boolean => c?.restartPolicy === 'Always';

/** What the runtime knows of a container in the current sandbox. */
export type RuntimeState =
  | { kind: 'none' }
  | { kind: 'running'; started: boolean }
  | { kind: 'exited'; exitCode: number };

/** A container's runtime state from its record; only what this worker started counts (`ranHere`). */
export function runtimeState(rec: ContainerRecord | undefined, ranHere: boolean): RuntimeState {
  if (!rec || !ranHere) return { kind: 'none' };
  if ('running' in rec.state) return { kind: 'running', started: rec.started };
  const t = 'terminated' in rec.state ? rec.state.terminated : rec.last;
  return t ? { kind: 'exited', exitCode: t.exitCode } : { kind: 'none' };
}

export interface InitPlan {
  /** init containers to (re)start now, in spec order */
  start: string[];
  /** every init container has done its part: the app containers may run */
  initialized: boolean;
  /** a regular init container failed and the pod never restarts: the pod fails */
  failed: boolean;
}

/**
 * The next step for a pod's init containers. `state` gives each container's runtime state in
 * this sandbox. A sidecar that stopped is restarted; it holds back the next init container
 * only when that one has not been created yet.
 */
export function planInitContainers(
  inits: InitSpec[],
  appNames: string[],
  restartPolicy: string,
  state: (name: string) => RuntimeState,
): InitPlan {
  const plan: InitPlan = { start: [], initialized: false, failed: false };
  if (!inits.length) return { ...plan, initialized: true };
  // an app container that has run means initialization happened: only sidecars are kept up
  if (appNames.some((n) => state(n).kind !== 'none')) {
    for (const c of inits) if (isSidecar(c) && state(c.name).kind !== 'running') plan.start.push(c.name);
    return { ...plan, initialized: true };
  }
  for (const [i, c] of inits.entries()) {
    const st = state(c.name);
    if (isSidecar(c)) {
      if (st.kind === 'running') {
        if (!st.started) return plan;
        continue;
      }
      plan.start.push(c.name);
      const next = inits[i + 1];
      if (!next || state(next.name).kind === 'none') return plan;
      continue;
    }
    if (st.kind === 'none') {
      plan.start.push(c.name);
      return plan;
    }
    if (st.kind === 'running') return plan;
    if (st.exitCode !== 0) {
      if (restartPolicy === 'Never') return { start: [], initialized: false, failed: true };
      plan.start.push(c.name);
      return plan;
    }
  }
  return { ...plan, initialized: true };
}

/** The restart policy a container follows: sidecars always, init containers on failure unless Never. */
export function effectiveRestartPolicy(podPolicy: string, init: { restartPolicy?: string } | undefined, isInit: boolean): string {
  if (!isInit) return podPolicy;
  if (isSidecar(init)) return 'Always';
  return podPolicy === 'Never' ? 'Never' : 'OnFailure';
}

const isRunning = (r: ContainerRecord) => 'running' in r.state;
const terminated = (r: ContainerRecord) => ('terminated' in r.state ? r.state.terminated : undefined);

/** kubecontainer.HasAnyRegularContainerStarted: some app container runs or has run. */
export function anyAppContainerStarted(records: ContainerRecord[]): boolean {
  return records.some((r) => isRunning(r) || !!terminated(r));
}

/**
 * getPhase's init-container counts: regular ones still pending or failed, and the sidecars'
 * contribution to the running/waiting/unknown counts of the app containers.
 */
export function initPhaseCounts(inits: InitSpec[], records: ContainerRecord[]) {
  const counts = { pending: 0, failed: 0, running: 0, waiting: 0, unknown: 0 };
  for (const c of inits) {
    const r = records.find((x) => x.name === c.name);
    const sidecar = isSidecar(c);
    if (!r) {
      if (sidecar) counts.unknown++;
      else counts.pending++;
      continue;
    }
    const t = terminated(r);
    if (sidecar) {
      // a terminated sidecar counts neither as running nor as stopped
      if (isRunning(r)) {
        if (!r.started) counts.pending++;
        counts.running++;
      } else if (!t && !r.last) {
        counts.pending++;
        counts.waiting++;
      }
      continue;
    }
    if (isRunning(r)) counts.pending++;
    else if (t) {
      if (t.exitCode !== 0) counts.failed++;
    } else if (r.last) {
      if (r.last.exitCode !== 0) counts.failed++;
    } else counts.pending++;
  }
  return counts;
}

/** GeneratePodInitializedCondition's status, reason and message. */
export function initializedCondition(
  inits: InitSpec[],
  initRecords: ContainerRecord[],
  appRecords: ContainerRecord[],
  phase: string,
): { status: 'True' | 'False'; reason?: string; message?: string } {
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const c of inits) {
    const r = initRecords.find((x) => x.name === c.name);
    if (!r) unknown.push(c.name);
    else if (isSidecar(c) ? !r.started : !r.ready) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && !unknown.length) return { status: 'True', reason: 'PodCompleted' };
  if (anyAppContainerStarted(appRecords)) return { status: 'True' };
  const messages: string[] = [];
  if (unknown.length) messages.push(`containers with unknown status: [${unknown.join(' ')}]`);
  if (incomplete.length) messages.push(`containers with incomplete status: [${incomplete.join(' ')}]`);
  if (messages.length) return { status: 'False', reason: 'ContainersNotInitialized', message: messages.join(', ') };
  return { status: 'True' };
}

/** An init container's record as its status shows it: a regular one is ready once it exited 0. */
export function initStatusRecord(c: InitSpec | undefined, r: ContainerRecord): ContainerRecord {
  if (isSidecar(c)) return r;
  const t = terminated(r);
  return { ...r, ready: !!t && t.exitCode === 0 };
}

/** The init containers of a pod spec. */
export const initSpecs = (spec: KubeObject['spec'] | undefined): InitSpec[] => (spec?.initContainers ?? []) as InitSpec[];
