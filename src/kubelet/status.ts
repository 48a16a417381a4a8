// Builds a pod's API status from what the kubelet knows, as the kubelet's status generator
// does: phase, conditions (kubelet order and reasons), IPs and container statuses.
import type { KubeObject } from '../client/types.js';
import { anyAppContainerStarted, initPhaseCounts, initSpecs, initStatusRecord, initializedCondition, isSidecar, type InitSpec } from './init-containers.js';

export interface TerminatedState {
  exitCode: number;
  signal?: number;
  reason: string;
  message?: string;
  startedAt: string;
  finishedAt: string;
  containerID?: string;
}

export type ContainerState =
  | { waiting: { reason: string; message?: string } }
  | { running: { startedAt: string } }
  | { terminated: TerminatedState };

/** What the kubelet tracks per container; the API container status is derived from it. */
export interface ContainerRecord {
  name: string;
  /** the spec image until the runtime knows the image, then its normalised reference */
  image: string;
  imageID: string;
  containerID?: string;
  state: ContainerState;
  last?: TerminatedState;
  restartCount: number;
  started: boolean;
  ready: boolean;
}

export interface StatusInput {
  records: ContainerRecord[];
  /** the init containers' records, in spec order */
  initRecords?: ContainerRecord[];
  hostIP: string;
  podIP?: string;
  sandboxReady: boolean;
  startTime?: string;
  now?: Date;
}

export const rfc3339 = (d: Date = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** kubelet's getPhase; `init` brings the init containers' specs and records. */
export function podPhase(restartPolicy: string, records: ContainerRecord[], specCount: number, init?: { specs: InitSpec[]; records: ContainerRecord[] }): string {
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  let unknown = specCount - records.length;
  let pendingInit = 0;
  let failedInit = 0;
  if (init?.specs.length) {
    const c = initPhaseCounts(init.specs, init.records);
    pendingInit = c.pending;
    failedInit = c.failed;
    running += c.running;
    waiting += c.waiting;
    unknown += c.unknown;
  }
  for (const r of records) {
    if ('running' in r.state) running++;
    else if ('terminated' in r.state) {
      stopped++;
      if (r.state.terminated.exitCode === 0) succeeded++;
    } else if (r.last) stopped++;
    else waiting++;
  }
  if (failedInit > 0 && restartPolicy === 'Never') return 'Failed';
  // sidecars restarting after initialization do not put the pod back to Pending
  if (pendingInit > 0 && !anyAppContainerStarted(records)) return 'Pending';
  if (waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function terminatedJSON(t: TerminatedState): KubeObject['status'] {
  return {
    exitCode: t.exitCode,
    ...(t.signal ? { signal: t.signal } : {}),
    reason: t.reason,
    ...(t.message ? { message: t.message } : {}),
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    ...(t.containerID ? { containerID: t.containerID } : {}),
  };
}

export function containerStatusJSON(r: ContainerRecord): Record<string, unknown> {
  let state: Record<string, unknown>;
  if ('waiting' in r.state) state = { waiting: { reason: r.state.waiting.reason, ...(r.state.waiting.message ? { message: r.state.waiting.message } : {}) } };
  else if ('running' in r.state) state = { running: { startedAt: r.state.running.startedAt } };
  else state = { terminated: terminatedJSON(r.state.terminated) };
  return {
    name: r.name,
    state,
    lastState: r.last ? { terminated: terminatedJSON(r.last) } : {},
    ready: r.ready,
    restartCount: r.restartCount,
    image: r.image,
    imageID: r.imageID,
    ...(r.containerID ? { containerID: r.containerID } : {}),
    started: r.started,
  };
}

interface Condition {
  type: string;
  status: 'True' | 'False';
  lastProbeTime: null;
  lastTransitionTime: string;
  reason?: string;
  message?: string;
}

/** Keeps a condition's lastTransitionTime while its status does not change. */
function condition(old: Condition[], type: string, status: 'True' | 'False', now: string, reason?: string, message?: string): Condition {
  const prev = old.find((c) => c.type === type);
  const at = prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : now;
  return { type, status, lastProbeTime: null, lastTransitionTime: at, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
}

export function generatePodStatus(pod: KubeObject, input: StatusInput): Record<string, unknown> {
  const now = rfc3339(input.now);
  const spec = pod.spec ?? {};
  const old: Condition[] = pod.status?.conditions ?? [];
  const inits = initSpecs(spec);
  const initRecords = (input.initRecords ?? []).map((r) => initStatusRecord(inits.find((c) => c.name === r.name), r));
  const phase = podPhase(spec.restartPolicy ?? 'Always', input.records, (spec.containers ?? []).length, { specs: inits, records: initRecords });
  const isReady = (n: string) => !![...initRecords, ...input.records].find((r) => r.name === n)?.ready;
  // sidecars count for readiness, before the app containers
  const names = [...inits.filter(isSidecar).map((c) => c.name), ...(spec.containers ?? []).map((c: KubeObject) => c.name as string)];
  const unready = names.filter((n) => !isReady(n));
  const init = initializedCondition(inits, initRecords, input.records, phase);
  const readyCond = (type: string) => {
    if (phase === 'Succeeded') return condition(old, type, 'False', now, 'PodCompleted');
    if (unready.length) return condition(old, type, 'False', now, 'ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`);
    return condition(old, type, 'True', now);
  };
  const scheduled = old.find((c) => c.type === 'PodScheduled');
  const conditions: Condition[] = [
    // a finished pod's sandbox is torn down
    condition(old, 'PodReadyToStartContainers', input.sandboxReady && phase !== 'Succeeded' && phase !== 'Failed' ? 'True' : 'False', now),
    condition(old, 'Initialized', init.status, now, init.reason, init.message),
    readyCond('Ready'),
    readyCond('ContainersReady'),
    scheduled?.status === 'True' ? scheduled : condition(old, 'PodScheduled', 'True', now),
  ];
  // conditions other components own (readiness gates, DisruptionTarget...) stay
  const kubeletOwned = new Set(conditions.map((c) => c.type));
  for (const c of old) if (!kubeletOwned.has(c.type)) conditions.push(c);
  const status: Record<string, unknown> = {
    phase,
    conditions,
    hostIP: input.hostIP,
    hostIPs: [{ ip: input.hostIP }],
  };
  if (input.podIP) {
    status.podIP = input.podIP;
    status.podIPs = [{ ip: input.podIP }];
  }
  if (input.startTime) status.startTime = input.startTime;
  if (inits.length) status.initContainerStatuses = initRecords.map(containerStatusJSON);
  status.containerStatuses = input.records.map(containerStatusJSON);
  if (pod.status?.qosClass) status.qosClass = pod.status.qosClass;
  return status;
}
