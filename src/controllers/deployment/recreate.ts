// The Recreate strategy (pkg/controller/deployment/recreate.go): all old pods are gone
// before the new ReplicaSet is scaled up.
import type { KubeObject } from '../../client/types.js';
import { replicasOf } from '../replicaset/controller-utils.js';
import { latest, latestAll, type DeploymentRun } from './context.js';
import { desiredReplicas } from './fenceposts.js';
import { deploymentComplete, syncRolloutStatus } from './progress.js';
import { activeReplicaSets, actualReplicas } from './replicasets.js';
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './sync.js';

/** podsByRS: the Deployment's pods grouped by the uid of their controlling RS. */
export async function rolloutRecreate(run: DeploymentRun, rsList: KubeObject[], podsByRS: Map<string, KubeObject[]>): Promise<void> {
  let { newRS, oldRSs } = await getAllReplicaSetsAndSyncRevision(run, rsList, false);
  const all = () => latestAll(run, [...oldRSs, ...(newRS ? [newRS] : [])]);
  let scaledDown = false;
  for (const rs of activeReplicaSets(latestAll(run, oldRSs))) {
    if ((await scaleReplicaSetAndRecordEvent(run, rs, 0)).scaled) scaledDown = true;
  }
  if (scaledDown) return syncRolloutStatus(run, all(), latest(run, newRS));
  if (oldPodsRunning(newRS, latestAll(run, oldRSs), podsByRS)) return syncRolloutStatus(run, all(), latest(run, newRS));
  if (!newRS) ({ newRS, oldRSs } = await getAllReplicaSetsAndSyncRevision(run, rsList, true));
  if (newRS && replicasOf(latest(run, newRS)) !== desiredReplicas(run.d)) await scaleReplicaSetAndRecordEvent(run, latest(run, newRS), desiredReplicas(run.d));
  if (deploymentComplete(run.d, run.d.status ?? {})) await cleanupDeployment(run, oldRSs);
  return syncRolloutStatus(run, all(), latest(run, newRS));
}

/** Old pods still count until they reach Succeeded or Failed (Unknown counts as running). */
export function oldPodsRunning(newRS: KubeObject | undefined, oldRSs: KubeObject[], podsByRS: Map<string, KubeObject[]>): boolean {
  if (actualReplicas(oldRSs) > 0) return true;
  for (const [uid, pods] of podsByRS) {
    if (newRS && newRS.metadata.uid === uid) continue;
    if (pods.some((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')) return true;
  }
  return false;
}
