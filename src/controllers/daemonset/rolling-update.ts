// The RollingUpdate strategy (pkg/controller/daemon/update.go rollingUpdate): which old
// pods to delete and on which nodes to surge new ones, within maxUnavailable/maxSurge.
import type { KubeObject } from '../../client/types.js';
import { isPodAvailable } from '../replicaset/controller-utils.js';
import { isPodUpdated } from './daemon-pods.js';

/** intstr.GetScaledValueFromIntOrPercent with rounding up. */
export function scaledValue(v: unknown, total: number): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+%$/.test(v)) return Math.ceil((Number(v.slice(0, -1)) * total) / 100);
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return 0;
}

/** util.SurgeCount / UnavailableCount, with the fallback of one unavailable when both are 0. */
export function rollingLimits(ds: KubeObject, desired: number): { maxSurge: number; maxUnavailable: number } {
  const strategy = ds.spec?.updateStrategy ?? {};
  const ru = strategy.type === 'RollingUpdate' ? (strategy.rollingUpdate ?? {}) : undefined;
  const maxSurge = ru ? scaledValue(ru.maxSurge, desired) : 0;
  let maxUnavailable = ru ? scaledValue(ru.maxUnavailable, desired) : 0;
  if (desired > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

/** findUpdatedPodsOnNode: the one new and one old live pod, or ok=false when a kind is doubled. */
export function updatedPodsOnNode(pods: KubeObject[], hash: string, generation: number | undefined): { newPod?: KubeObject; oldPod?: KubeObject; ok: boolean } {
  let newPod: KubeObject | undefined;
  let oldPod: KubeObject | undefined;
  for (const p of pods) {
    if (p.metadata.deletionTimestamp) continue;
    if (isPodUpdated(p, hash, generation)) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { newPod, oldPod, ok: true };
}

export interface RollingInput {
  /** every node that should run a pod or has some, with its pods (possibly none), by node name */
  nodeToPods: Map<string, KubeObject[]>;
  /** nodes the daemon pod should run on (NodeShouldRunDaemonPod shouldRun) */
  shouldRun: (node: string) => boolean;
  desired: number;
  maxSurge: number;
  maxUnavailable: number;
  hash: string;
  generation: number | undefined;
  minReadySeconds: number;
  now: number;
}

export interface RollingPlan {
  deletePods: KubeObject[];
  createOnNodes: string[];
}

const sortedNodes = (m: Map<string, KubeObject[]>) => [...m.keys()].sort();

/** Without surge: delete old pods, just enough to keep new unavailable ones within maxUnavailable. */
function planWithoutSurge(input: RollingInput): RollingPlan {
  const available = (p: KubeObject) => isPodAvailable(p, input.minReadySeconds, input.now);
  let numUnavailable = 0;
  const replacements: KubeObject[] = [];
  const candidates: KubeObject[] = [];
  for (const node of sortedNodes(input.nodeToPods)) {
    const { newPod, oldPod, ok } = updatedPodsOnNode(input.nodeToPods.get(node) ?? [], input.hash, input.generation);
    if (!ok || (!oldPod && !newPod) || (oldPod && newPod)) {
      numUnavailable++;
    } else if (newPod) {
      if (!available(newPod)) numUnavailable++;
    } else if (oldPod) {
      if (!available(oldPod)) {
        replacements.push(oldPod);
        numUnavailable++;
      } else if (numUnavailable < input.maxUnavailable) candidates.push(oldPod);
    }
  }
  const room = Math.min(Math.max(0, input.maxUnavailable - numUnavailable), candidates.length);
  return { deletePods: [...replacements, ...candidates.slice(0, room)], createOnNodes: [] };
}

/** With surge: a new pod beside each old one (up to maxSurge at a time); the old goes once the new is available. */
function planWithSurge(input: RollingInput): RollingPlan {
  const available = (p: KubeObject) => isPodAvailable(p, input.minReadySeconds, input.now);
  const deletePods: KubeObject[] = [];
  const notRunDeletable: KubeObject[] = [];
  const candidates: string[] = [];
  const allowed: string[] = [];
  let numSurge = 0;
  let numAvailable = 0;
  for (const node of sortedNodes(input.nodeToPods)) {
    const { newPod, oldPod, ok } = updatedPodsOnNode(input.nodeToPods.get(node) ?? [], input.hash, input.generation);
    if (!ok) {
      numSurge++;
      continue;
    }
    if (oldPod ? available(oldPod) : newPod && available(newPod)) numAvailable++;
    if (!oldPod) continue;
    if (!newPod) {
      if (!available(oldPod)) {
        if (!input.shouldRun(node)) deletePods.push(oldPod);
        else allowed.push(node);
      } else if (!input.shouldRun(node)) notRunDeletable.push(oldPod);
      else if (numSurge < input.maxSurge) candidates.push(node);
      continue;
    }
    if (!available(newPod)) numSurge++;
    else deletePods.push(oldPod);
  }
  // moving off a node that no longer fits: only once enough pods are available elsewhere
  const deletable = Math.min(numAvailable - input.desired, notRunDeletable.length);
  if (deletable > 0) deletePods.push(...notRunDeletable.slice(0, deletable));
  const room = Math.min(Math.max(0, input.maxSurge - numSurge), candidates.length);
  return { deletePods, createOnNodes: [...allowed, ...candidates.slice(0, room)] };
}

export function planRollingUpdate(input: RollingInput): RollingPlan {
  return input.maxSurge === 0 ? planWithoutSurge(input) : planWithSurge(input);
}
