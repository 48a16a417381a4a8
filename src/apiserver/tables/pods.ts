// Pods: printPod from kubernetes pkg/printers/internalversion/printers.go, including the
// STATUS reason rules (init containers, sidecars, Completed/NotReady, Terminating, NodeLost)
// and RESTARTS with "(<age> ago)" of the latest container termination.
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, column, int, nameColumn, ageColumn, parseTime, str, timestampSince } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';
import type { TableRowCondition } from './types.js';

interface ContainerState {
  waiting?: { reason?: string } | null;
  running?: Record<string, unknown> | null;
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string } | null;
}

interface ContainerStatus {
  name?: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerState | null;
  lastState?: ContainerState | null;
}

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
}

// node.NodeUnreachablePodReason: set by the node lifecycle controller on pods of a lost node.
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

const SUCCEEDED_CONDITIONS: TableRowCondition[] = [
  { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' },
];
const FAILED_CONDITIONS: TableRowCondition[] = [
  { type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' },
];

/** Go's `a.Before(b) ? b : a` over possibly-zero times. */
function later(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!b) return a;
  if (!a) return b;
  return a.getTime() < b.getTime() ? b : a;
}

function lastTerminatedAt(c: ContainerStatus): Date | undefined {
  const t = c.lastState?.terminated;
  return t != null ? parseTime(t.finishedAt) : undefined;
}

/** podutil.IsRestartableInitContainer: an init container with restartPolicy Always (a sidecar). */
function isRestartable(container: { restartPolicy?: string } | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

function conditionIs(conditions: Condition[], type: string): boolean {
  return conditions.some((c) => c.type === type && c.status === 'True');
}

/** isPodInitializedConditionTrue: only the first Initialized condition counts. */
function initializedConditionTrue(conditions: Condition[]): boolean {
  const c = conditions.find((x) => x.type === 'Initialized');
  return c?.status === 'True';
}

function exitReason(t: NonNullable<ContainerState['terminated']>, prefix: string): string {
  const signal = int(t.signal);
  return signal !== 0 ? `${prefix}Signal:${signal}` : `${prefix}ExitCode:${int(t.exitCode)}`;
}

function printPod(pod: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const conditions: Condition[] = status.conditions ?? [];
  const specInit: { name?: string; restartPolicy?: string }[] = spec.initContainers ?? [];

  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = (spec.containers ?? []).length;
  let readyContainers = 0;
  let lastRestart: Date | undefined;
  let lastRestartableInitRestart: Date | undefined;

  const phase = str(status.phase);
  let reason = str(status.reason) !== '' ? str(status.reason) : phase;
  for (const c of conditions) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const row: PrintedRow = { cells: [] };
  if (phase === 'Succeeded') row.conditions = SUCCEEDED_CONDITIONS;
  else if (phase === 'Failed') row.conditions = FAILED_CONDITIONS;

  const initByName = new Map<string, { restartPolicy?: string }>();
  for (const c of specInit) {
    initByName.set(str(c.name), c);
    if (isRestartable(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses: ContainerStatus[] = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    restarts += int(c.restartCount);
    lastRestart = later(lastRestart, lastTerminatedAt(c));
    const restartable = isRestartable(initByName.get(str(c.name)));
    if (restartable) {
      restartableInitRestarts += int(c.restartCount);
      lastRestartableInitRestart = later(lastRestartableInitRestart, lastTerminatedAt(c));
    }
    const state = c.state ?? {};
    if (state.terminated != null && int(state.terminated.exitCode) === 0) continue;
    if (restartable && c.started === true) {
      if (c.ready) readyContainers++;
      continue;
    }
    if (state.terminated != null) {
      // initialization failed
      reason = str(state.terminated.reason) === '' ? exitReason(state.terminated, 'Init:') : `Init:${state.terminated.reason}`;
    } else if (state.waiting != null && str(state.waiting.reason) !== '' && state.waiting.reason !== 'PodInitializing') {
      reason = `Init:${state.waiting.reason}`;
    } else {
      reason = `Init:${i}/${specInit.length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || initializedConditionTrue(conditions)) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const statuses: ContainerStatus[] = status.containerStatuses ?? [];
    // Walk backwards so the first container's reason wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += int(c.restartCount);
      lastRestart = later(lastRestart, lastTerminatedAt(c));
      const state = c.state ?? {};
      if (state.waiting != null && str(state.waiting.reason) !== '') {
        reason = str(state.waiting.reason);
      } else if (state.terminated != null && str(state.terminated.reason) !== '') {
        reason = str(state.terminated.reason);
      } else if (state.terminated != null) {
        reason = exitReason(state.terminated, '');
      } else if (c.ready && state.running != null) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A pod whose containers "completed" but one still runs is shown as Running/NotReady.
    if (reason === 'Completed' && hasRunning) {
      reason = conditionIs(conditions, 'Ready') ? 'Running' : 'NotReady';
    }
  }

  const deleting = pod.metadata?.deletionTimestamp != null;
  if (deleting && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (deleting && phase !== 'Failed' && phase !== 'Succeeded') {
    reason = 'Terminating';
  }

  let restartsCell = String(restarts);
  if (restarts !== 0 && lastRestart) {
    restartsCell = `${restarts} (${timestampSince(lastRestart.toISOString(), ctx.now)} ago)`;
  }

  row.cells.push(str(pod.metadata?.name), `${readyContainers}/${totalContainers}`, reason, restartsCell, age(pod, ctx));
  if (ctx.wide) row.cells.push(...wideCells(spec, status, conditions));
  return row;
}

function wideCells(spec: KubeObject['spec'], status: KubeObject['status'], conditions: Condition[]): string[] {
  // v1 objects may carry only status.podIP; conversion to the internal type fills podIPs from it.
  let podIP = str(status.podIPs?.[0]?.ip) || str(status.podIP);
  if (podIP === '') podIP = '<none>';
  const nodeName = str(spec.nodeName) || '<none>';
  const nominated = str(status.nominatedNodeName) || '<none>';
  let readinessGates = '<none>';
  const gates: { conditionType?: string }[] = spec.readinessGates ?? [];
  if (gates.length > 0) {
    let trueConditions = 0;
    for (const gate of gates) {
      const c = conditions.find((x) => x.type === gate.conditionType);
      if (c?.status === 'True') trueConditions++;
    }
    readinessGates = `${trueConditions}/${gates.length}`;
  }
  return [podIP, nodeName, nominated, readinessGates];
}

export const podPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
    column('Status', 'string', 'The aggregate status of the containers in this pod.'),
    column(
      'Restarts',
      'string',
      'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.',
    ),
    ageColumn(),
    column('IP', 'string', DESCRIPTIONS.podIP, 1),
    column('Node', 'string', DESCRIPTIONS.podNodeName, 1),
    column('Nominated Node', 'string', DESCRIPTIONS.podNominatedNodeName, 1),
    column('Readiness Gates', 'string', DESCRIPTIONS.podReadinessGates, 1),
  ],
  printRow: printPod,
};
