// NodeShouldRunDaemonPod (pkg/controller/daemon/daemon_controller.go): whether a daemon
// pod should be placed on a node, and whether one already there may keep running.
import type { KubeObject } from '../../client/types.js';
import { podFitsNodeAffinity } from '../scheduler/node-affinity.js';
import { firstUntoleratedTaint, nodeTaints, type Toleration } from '../scheduler/tolerations.js';
import { withDaemonTolerations } from './daemon-pods.js';

export interface Eligibility {
  shouldRun: boolean;
  shouldContinueRunning: boolean;
}

/** The tolerations a daemon pod would carry (the template's plus the defaults). */
function podTolerations(ds: KubeObject): Toleration[] {
  const spec = structuredClone(ds.spec?.template?.spec ?? {});
  withDaemonTolerations(spec);
  return spec.tolerations;
}

/**
 * Node name and affinity must fit or nothing runs; an untolerated NoSchedule/NoExecute taint
 * stops new pods, and only an untolerated NoExecute one evicts a running pod. Cordoned
 * nodes still run daemon pods (they tolerate the unschedulable taint).
 */
export function nodeShouldRunDaemonPod(node: KubeObject, ds: KubeObject): Eligibility {
  const spec = ds.spec?.template?.spec ?? {};
  const no = { shouldRun: false, shouldContinueRunning: false };
  if (spec.nodeName && spec.nodeName !== node.metadata.name) return no;
  if (!podFitsNodeAffinity(spec, node)) return no;
  const tolerations = podTolerations(ds);
  const taints = nodeTaints(node);
  if (firstUntoleratedTaint(taints, tolerations)) {
    const evicting = firstUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoExecute');
    return { shouldRun: false, shouldContinueRunning: !evicting };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}
