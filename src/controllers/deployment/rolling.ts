// The RollingUpdate strategy (pkg/controller/deployment/rolling.go): grow the new RS within
// maxSurge, shrink old RSes within maxUnavailable, one step per sync.
import type { KubeObject } from '../../client/types.js';
import { replicasOf } from '../replicaset/controller-utils.js';
import { latest, latestAll, type DeploymentRun } from './context.js';
import { desiredReplicas, maxUnavailable } from './fenceposts.js';
import { deploymentComplete, syncRolloutStatus } from './progress.js';
import { activeReplicaSets, availableReplicas, byCreation, specReplicas } from './replicasets.js';
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, newRSNewReplicas, scaleReplicaSetAndRecordEvent } from './sync.js';

export async function rolloutRolling(run: DeploymentRun, rsList: KubeObject[]): Promise<void> {
  const { newRS, oldRSs } = await getAllReplicaSetsAndSyncRevision(run, rsList, true);
  const all = () => latestAll(run, [...oldRSs, ...(newRS ? [newRS] : [])]);
  if (await reconcileNewReplicaSet(run, all(), latest(run, newRS))) return syncRolloutStatus(run, all(), latest(run, newRS));
  if (await reconcileOldReplicaSets(run, all(), activeReplicaSets(latestAll(run, oldRSs)), latest(run, newRS))) {
    return syncRolloutStatus(run, all(), latest(run, newRS));
  }
  if (deploymentComplete(run.d, run.d.status ?? {})) await cleanupDeployment(run, oldRSs);
  return syncRolloutStatus(run, all(), latest(run, newRS));
}

export async function reconcileNewReplicaSet(run: DeploymentRun, allRSs: KubeObject[], newRS: KubeObject | undefined): Promise<boolean> {
  if (!newRS) return false;
  const want = desiredReplicas(run.d);
  if (replicasOf(newRS) === want) return false;
  if (replicasOf(newRS) > want) return (await scaleReplicaSetAndRecordEvent(run, newRS, want)).scaled;
  return (await scaleReplicaSetAndRecordEvent(run, newRS, newRSNewReplicas(run.d, allRSs, newRS))).scaled;
}

export async function reconcileOldReplicaSets(run: DeploymentRun, allRSs: KubeObject[], oldRSs: KubeObject[], newRS: KubeObject | undefined): Promise<boolean> {
  if (specReplicas(oldRSs) === 0) return false;
  const minAvailable = desiredReplicas(run.d) - maxUnavailable(run.d);
  const newUnavailable = newRS ? replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0) : 0;
  const maxScaledDown = specReplicas(allRSs) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  // unhealthy replicas first, otherwise they would block the rollout
  const cleaned = await cleanupUnhealthyReplicas(run, oldRSs, maxScaledDown);
  const scaledDown = await scaleDownOldReplicaSetsForRollingUpdate(run, [...latestAll(run, oldRSs), ...(newRS ? [newRS] : [])], latestAll(run, oldRSs));
  return cleaned + scaledDown > 0;
}

/** Removes old replicas that are not available, oldest RS first, at most maxCleanupCount. */
export async function cleanupUnhealthyReplicas(run: DeploymentRun, oldRSs: KubeObject[], maxCleanupCount: number): Promise<number> {
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= maxCleanupCount) break;
    const spec = replicasOf(rs);
    const available = rs.status?.availableReplicas ?? 0;
    if (spec === 0 || spec === available) continue;
    const n = Math.min(maxCleanupCount - total, spec - available);
    if (n <= 0) continue;
    await scaleReplicaSetAndRecordEvent(run, rs, spec - n);
    total += n;
  }
  return total;
}

/** Scales old RSes down by what is available beyond minAvailable, oldest first. */
export async function scaleDownOldReplicaSetsForRollingUpdate(run: DeploymentRun, allRSs: KubeObject[], oldRSs: KubeObject[]): Promise<number> {
  const minAvailable = desiredReplicas(run.d) - maxUnavailable(run.d);
  const available = availableReplicas(allRSs);
  if (available <= minAvailable) return 0;
  const target = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= target) break;
    if (replicasOf(rs) === 0) continue;
    const n = Math.min(replicasOf(rs), target - total);
    await scaleReplicaSetAndRecordEvent(run, rs, replicasOf(rs) - n);
    total += n;
  }
  return total;
}
