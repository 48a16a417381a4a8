// Picking a node for a pod: the filters kube-scheduler runs in its default order
// (NodeUnschedulable, TaintToleration, NodeAffinity/nodeSelector), then replicas of the
// same owner spread out first (fewest siblings), then the least loaded node.
import type { KubeObject } from '../../client/types.js';
import { podFitsNodeAffinity } from './node-affinity.js';
import { firstUntoleratedTaint, nodeTaints, NOT_READY_TAINT_KEY, podTolerations, tolerationsTolerate, UNREACHABLE_TAINT_KEY, UNSCHEDULABLE_TAINT_KEY, type Taint } from './tolerations.js';

const readyStatus = (n: KubeObject): string | undefined =>
  (n.status?.conditions ?? []).find((c: { type: string; status: string }) => c.type === 'Ready')?.status;

export const isNodeReady = (n: KubeObject): boolean => readyStatus(n) === 'True';

/**
 * The node's taints as the scheduler sees them. The node lifecycle controller taints a node
 * that is not Ready with not-ready (Ready=False) or unreachable (Ready=Unknown); mk has no
 * such controller, so the taint is implied here when the node lacks it.
 */
export function effectiveTaints(node: KubeObject): Taint[] {
  const taints = nodeTaints(node);
  if (isNodeReady(node)) return taints;
  const key = readyStatus(node) === 'False' ? NOT_READY_TAINT_KEY : UNREACHABLE_TAINT_KEY;
  if (taints.some((t) => t.key === NOT_READY_TAINT_KEY || t.key === UNREACHABLE_TAINT_KEY)) return taints;
  return [...taints, { key, effect: 'NoSchedule' }];
}

/** Why a node cannot take the pod, in kube-scheduler's words, or undefined when it can. */
export function nodeMisfit(pod: KubeObject, node: KubeObject): string | undefined {
  // NodeUnschedulable: a cordoned node, unless the pod tolerates the unschedulable taint
  if (node.spec?.unschedulable && !tolerationsTolerate(podTolerations(pod), { key: UNSCHEDULABLE_TAINT_KEY, effect: 'NoSchedule' })) return 'node(s) were unschedulable';
  const taint = firstUntoleratedTaint(effectiveTaints(node), podTolerations(pod));
  if (taint) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
  if (!podFitsNodeAffinity(pod.spec, node)) return "node(s) didn't match Pod's node affinity/selector";
  return undefined;
}

const ownerUid = (p: KubeObject): string | undefined => p.metadata.ownerReferences?.find((r) => r.controller)?.uid;

/**
 * The chosen node name, or undefined when none fits. `placed` are the pods already bound
 * (including ones this scheduler has bound but the cache has not caught up with).
 */
export function pickNode(pod: KubeObject, nodes: KubeObject[], placed: KubeObject[]): string | undefined {
  const fit = nodes.filter((n) => !nodeMisfit(pod, n));
  if (!fit.length) return undefined;
  const owner = ownerUid(pod);
  const siblings = new Map<string, number>();
  const load = new Map<string, number>();
  for (const p of placed) {
    const n = p.spec?.nodeName;
    if (!n || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') continue;
    load.set(n, (load.get(n) ?? 0) + 1);
    if (owner && ownerUid(p) === owner) siblings.set(n, (siblings.get(n) ?? 0) + 1);
  }
  // TaintToleration scoring: fewer PreferNoSchedule taints the pod does not tolerate is better
  const preferNot = (n: KubeObject) => nodeTaints(n).filter((t) => t.effect === 'PreferNoSchedule' && !tolerationsTolerate(podTolerations(pod), t)).length;
  const score = (n: KubeObject): [number, number, number, string] => [preferNot(n), siblings.get(n.metadata.name!) ?? 0, load.get(n.metadata.name!) ?? 0, n.metadata.name!];
  fit.sort((a, b) => {
    const [pa, sa, la, na] = score(a);
    const [pb, sb, lb, nb] = score(b);
    return pa - pb || sa - sb || la - lb || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  return fit[0].metadata.name;
}

/**
 * The FailedScheduling message kube-scheduler prints when no node fits (FitError.Error):
 * a histogram of the reasons, sorted as strings, then the preemption verdict; every reason
 * here is UnschedulableAndUnresolvable, so preemption never helps.
 */
export function unschedulableMessage(pod: KubeObject, nodes: KubeObject[]): string {
  if (!nodes.length) return 'no nodes available to schedule pods';
  const reasons = new Map<string, number>();
  for (const n of nodes) {
    const why = nodeMisfit(pod, n) ?? 'node(s) were available';
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  const parts = [...reasons].map(([t, c]) => `${c} ${t}`).sort();
  return `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
}
