// Deployment status and the Available/Progressing conditions (sync.go calculateStatus,
// progress.go syncRolloutStatus and requeueStuckDeployment).
import type { KubeObject } from '../../client/types.js';
import {
  AVAILABLE,
  getCondition,
  hasProgressDeadline,
  newCondition,
  PROGRESSING,
  REASON,
  removeCondition,
  REPLICA_FAILURE,
  setCondition,
  type DeploymentCondition,
  type DeploymentStatus,
} from './conditions.js';
import { statusEqual, writeStatus, type DeploymentRun } from './context.js';
import { desiredReplicas, maxUnavailable } from './fenceposts.js';
import { actualReplicas, availableReplicas, readyReplicas, specReplicas } from './replicasets.js';

export function calculateStatus(allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject): DeploymentStatus {
  const available = availableReplicas(allRSs);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation,
    replicas: actualReplicas(allRSs),
    updatedReplicas: actualReplicas([newRS]),
    readyReplicas: readyReplicas(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(allRSs) - available),
    conditions: (d.status?.conditions ?? []).map((c: DeploymentCondition) => ({ ...c })),
  };
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if (available >= desiredReplicas(d) - maxUnavailable(d)) {
    setCondition(status, newCondition(AVAILABLE, 'True', REASON.minimumReplicasAvailable, 'Deployment has minimum availability.'));
  } else {
    setCondition(status, newCondition(AVAILABLE, 'False', REASON.minimumReplicasUnavailable, 'Deployment does not have minimum availability.'));
  }
  return status;
}

/** updated = replicas = available = spec.replicas, and the latest generation is observed. */
export function deploymentComplete(d: KubeObject, s: DeploymentStatus): boolean {
  const want = desiredReplicas(d);
  return (s.updatedReplicas ?? 0) === want && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** Any sign of progress since the last status write. */
export function deploymentProgressing(d: KubeObject, s: DeploymentStatus): boolean {
  const old: DeploymentStatus = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (
    (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

export function deploymentTimedOut(d: KubeObject, s: DeploymentStatus, now = Date.now()): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getCondition(s, PROGRESSING);
  if (!c) return false;
  if (c.reason === REASON.newRSAvailable) return false;
  if (c.reason === REASON.timedOut) return true;
  const from = Date.parse(c.lastUpdateTime ?? '');
  return from + d.spec.progressDeadlineSeconds * 1000 < now;
}

/** The first ReplicaFailure condition of the new RS, else of any RS, as a Deployment condition. */
function replicaFailure(allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): DeploymentCondition | undefined {
  for (const rs of [newRS, ...allRSs]) {
    const c = (rs?.status?.conditions ?? []).find((x: { type: string }) => x.type === REPLICA_FAILURE);
    if (c) return { type: c.type, status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
  }
  return undefined;
}

export async function syncRolloutStatus(run: DeploymentRun, allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): Promise<void> {
  const d = run.d;
  const status = calculateStatus(allRSs, newRS, d);
  if (!hasProgressDeadline(d)) removeCondition(status, PROGRESSING);
  const current = getCondition(d.status, PROGRESSING);
  const complete = (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && current?.reason === REASON.newRSAvailable;
  if (hasProgressDeadline(d) && !complete) {
    const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
    if (deploymentComplete(d, status)) {
      setCondition(status, newCondition(PROGRESSING, 'True', REASON.newRSAvailable, `${subject} has successfully progressed.`));
    } else if (deploymentProgressing(d, status)) {
      // progress always rewrites the condition, refreshing lastUpdateTime
      const c = newCondition(PROGRESSING, 'True', REASON.rsUpdated, `${subject} is progressing.`);
      if (current) {
        if (current.status === 'True') c.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status, PROGRESSING);
      }
      setCondition(status, c);
    } else if (deploymentTimedOut(d, status)) {
      setCondition(status, newCondition(PROGRESSING, 'False', REASON.timedOut, `${subject} has timed out progressing.`));
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, REPLICA_FAILURE);

  if (statusEqual(d.status, status)) {
    requeueStuckDeployment(run, status);
    return;
  }
  await writeStatus(run, status);
}

/** No progress and no timeout yet: look again when the deadline would pass. */
function requeueStuckDeployment(run: DeploymentRun, status: DeploymentStatus): void {
  const d = run.d;
  const c = getCondition(d.status, PROGRESSING);
  if (!hasProgressDeadline(d) || !c) return;
  if (deploymentComplete(d, status) || c.reason === REASON.timedOut) return;
  const after = Date.parse(c.lastUpdateTime ?? '') + d.spec.progressDeadlineSeconds * 1000 - Date.now();
  run.requeueAfter(after < 1000 ? 1000 : after + 1000);
}

/** syncDeploymentStatus: status without progress estimation (scaling, paused). */
export async function syncDeploymentStatus(run: DeploymentRun, allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): Promise<void> {
  const status = calculateStatus(allRSs, newRS, run.d);
  if (statusEqual(run.d.status, status)) return;
  await writeStatus(run, status);
}
