// ReplicaSet status (replica_set_utils.go calculateStatus / updateReplicaSetStatus).
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';
import { isPodAvailable, isPodReady, nowRfc3339, replicasOf } from './controller-utils.js';

export interface ReplicaSetCondition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface ReplicaSetStatus {
  replicas: number;
  fullyLabeledReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  observedGeneration?: number;
  conditions?: ReplicaSetCondition[];
}

export function calculateReplicaSetStatus(rs: KubeObject, activePods: KubeObject[], manageError: Error | undefined, now = Date.now()): ReplicaSetStatus {
  const prev = rs.status ?? {};
  const templateLabels: Record<string, string> = rs.spec?.template?.metadata?.labels ?? {};
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const p of activePods) {
    const labels = p.metadata.labels ?? {};
    if (Object.entries(templateLabels).every(([k, v]) => labels[k] === v)) fullyLabeled++;
    if (isPodReady(p)) {
      ready++;
      if (isPodAvailable(p, rs.spec?.minReadySeconds ?? 0, now)) available++;
    }
  }
  let conditions: ReplicaSetCondition[] = [...(prev.conditions ?? [])];
  const failure = conditions.find((c) => c.type === 'ReplicaFailure');
  if (manageError && !failure) {
    const diff = activePods.length - replicasOf(rs);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    conditions.push({ type: 'ReplicaFailure', status: 'True', lastTransitionTime: nowRfc3339(), reason, message: manageError.message });
  } else if (!manageError && failure) {
    conditions = conditions.filter((c) => c.type !== 'ReplicaFailure');
  }
  // Go's omitempty: zero counts and empty lists are not serialised (replicas always is)
  const status: ReplicaSetStatus = { replicas: activePods.length };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  if (prev.observedGeneration) status.observedGeneration = prev.observedGeneration;
  if (conditions.length) status.conditions = conditions;
  return status;
}

/** The status to write, or undefined when the stored one is already current. */
export function replicaSetStatusUpdate(rs: KubeObject, next: ReplicaSetStatus): ReplicaSetStatus | undefined {
  const prev = rs.status ?? {};
  const same =
    (prev.replicas ?? 0) === next.replicas &&
    (prev.fullyLabeledReplicas ?? 0) === (next.fullyLabeledReplicas ?? 0) &&
    (prev.readyReplicas ?? 0) === (next.readyReplicas ?? 0) &&
    (prev.availableReplicas ?? 0) === (next.availableReplicas ?? 0) &&
    (rs.metadata.generation ?? 0) === (prev.observedGeneration ?? 0) &&
    isDeepStrictEqual(prev.conditions ?? [], next.conditions ?? []);
  if (same) return undefined;
  return { ...next, observedGeneration: rs.metadata.generation };
}
