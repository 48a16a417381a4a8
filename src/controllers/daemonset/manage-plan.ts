// podsShouldBeOnNode (pkg/controller/daemon/daemon_controller.go): per node, whether a
// daemon pod must be created and which pods must go (failed, excess, misplaced).
import type { KubeObject } from '../../client/types.js';
import { isPodAvailable, isPodReady } from '../replicaset/controller-utils.js';
import { byCreationAndPhase, REVISION_HASH_LABEL } from './daemon-pods.js';
import type { Eligibility } from './node-eligibility.js';

export interface NodePlan {
  createOnNode: boolean;
  /** pods to delete */
  remove: KubeObject[];
  /** failed pods among `remove`, for the FailedDaemonPod event */
  failed: KubeObject[];
}

export interface PlanContext {
  hash: string;
  /** maxSurge > 0 under RollingUpdate (util.AllowsSurge) */
  allowsSurge: boolean;
  minReadySeconds: number;
  now: number;
}

export function planNode(eligibility: Eligibility, pods: KubeObject[] | undefined, ctx: PlanContext): NodePlan {
  const plan: NodePlan = { createOnNode: false, remove: [], failed: [] };
  const { shouldRun, shouldContinueRunning } = eligibility;
  const exists = !!pods?.length;
  if (shouldRun && !exists) {
    plan.createOnNode = true;
    return plan;
  }
  if (shouldContinueRunning) {
    const running: KubeObject[] = [];
    for (const p of pods ?? []) {
      if (p.metadata.deletionTimestamp) continue;
      if (p.status?.phase === 'Failed') {
        plan.remove.push(p);
        plan.failed.push(p);
      } else if (p.status?.phase === 'Succeeded') plan.remove.push(p);
      else running.push(p);
    }
    running.sort(byCreationAndPhase);
    if (!ctx.allowsSurge) {
      // one pod per node: the oldest stays
      plan.remove.push(...running.slice(1));
      return plan;
    }
    if (running.length <= 1) {
      if (!running.length && shouldRun) plan.createOnNode = true;
      return plan;
    }
    // surging: at most the oldest new pod and the oldest old one
    let oldestNew: KubeObject | undefined;
    let oldestOld: KubeObject | undefined;
    for (const p of running) {
      const isNew = p.metadata.labels?.[REVISION_HASH_LABEL] === ctx.hash;
      if (isNew && !oldestNew) oldestNew = p;
      else if (!isNew && !oldestOld) oldestOld = p;
      else plan.remove.push(p);
    }
    if (oldestNew && oldestOld && (!isPodReady(oldestOld) || isPodAvailable(oldestNew, ctx.minReadySeconds, ctx.now))) plan.remove.push(oldestOld);
    return plan;
  }
  if (exists) plan.remove.push(...(pods ?? []).filter((p) => !p.metadata.deletionTimestamp));
  return plan;
}
