// StatefulSet status: replica counts per revision (updateStatus/computeReplicaStatus),
// completing a rolling update, and whether the stored status needs a write.
import type { KubeObject } from '../../client/types.js';
import { isCreated, isRunningAndAvailable, isRunningAndReady, isTerminating, podRevision } from './stateful-set-utils.js';

export interface StatefulSetStatus {
  observedGeneration: number;
  replicas: number;
  readyReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  currentRevision: string;
  updateRevision: string;
  collisionCount: number;
}

/** Recounts status from the pods (undefined entries are pods not yet created). */
export function countReplicas(status: StatefulSetStatus, minReadySeconds: number, pods: (KubeObject | undefined)[], now = Date.now()): void {
  status.replicas = status.readyReplicas = status.availableReplicas = status.currentReplicas = status.updatedReplicas = 0;
  for (const pod of pods) {
    if (!pod) continue;
    if (isCreated(pod)) status.replicas++;
    if (isRunningAndReady(pod)) {
      status.readyReplicas++;
      if (isRunningAndAvailable(pod, minReadySeconds, now)) status.availableReplicas++;
    }
    if (isCreated(pod) && !isTerminating(pod)) {
      const rev = podRevision(pod);
      if (rev === status.currentRevision) status.currentReplicas++;
      if (rev === status.updateRevision) status.updatedReplicas++;
    }
  }
}

/** completeRollingUpdate: once every replica is updated and ready, the update revision becomes current. */
export function completeRollingUpdate(set: KubeObject, status: StatefulSetStatus): void {
  if (set.spec?.updateStrategy?.type === 'RollingUpdate' && status.updatedReplicas === status.replicas && status.readyReplicas === status.replicas) {
    status.currentReplicas = status.updatedReplicas;
    status.currentRevision = status.updateRevision;
  }
}

/** The status as stored: zero counts other than replicas/availableReplicas are omitted. */
export function toApiStatus(status: StatefulSetStatus, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { observedGeneration: status.observedGeneration, replicas: status.replicas };
  if (status.readyReplicas) out.readyReplicas = status.readyReplicas;
  if (status.currentReplicas) out.currentReplicas = status.currentReplicas;
  if (status.updatedReplicas) out.updatedReplicas = status.updatedReplicas;
  if (status.currentRevision) out.currentRevision = status.currentRevision;
  if (status.updateRevision) out.updateRevision = status.updateRevision;
  out.collisionCount = status.collisionCount;
  if (previous?.conditions) out.conditions = previous.conditions;
  out.availableReplicas = status.availableReplicas;
  return out;
}

/** inconsistentStatus: any counted field differs from what is stored. */
export function statusChanged(set: KubeObject, status: StatefulSetStatus): boolean {
  const s = set.status ?? {};
  return (
    status.observedGeneration > Number(s.observedGeneration ?? 0) ||
    status.replicas !== (s.replicas ?? 0) ||
    status.readyReplicas !== (s.readyReplicas ?? 0) ||
    status.currentReplicas !== (s.currentReplicas ?? 0) ||
    status.updatedReplicas !== (s.updatedReplicas ?? 0) ||
    status.availableReplicas !== (s.availableReplicas ?? 0) ||
    status.currentRevision !== (s.currentRevision ?? '') ||
    status.updateRevision !== (s.updateRevision ?? '') ||
    status.collisionCount !== (s.collisionCount ?? undefined)
  );
}
