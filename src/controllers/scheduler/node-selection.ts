// Picking a node for a pod: Ready, schedulable nodes that match its nodeSelector; replicas
// of the same owner spread out first (fewest siblings), then the least loaded node.
import type { KubeObject } from '../../client/types.js';

export const isNodeReady = (n: KubeObject): boolean =>
  (n.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');

const tolerates = (pod: KubeObject, taint: { key: string; value?: string; effect: string }): boolean =>
  (pod.spec?.tolerations ?? []).some(
    (t: { key?: string; operator?: string; value?: string; effect?: string }) =>
      (!t.effect || t.effect === taint.effect) &&
      (t.operator === 'Exists' ? !t.key || t.key === taint.key : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')),
  );

/** Why a node cannot take the pod, or undefined when it can. */
export function nodeMisfit(pod: KubeObject, node: KubeObject): string | undefined {
  if (!isNodeReady(node)) return 'not-ready';
  if (node.spec?.unschedulable) return 'unschedulable';
  for (const taint of node.spec?.taints ?? []) {
    if ((taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerates(pod, taint)) return `taint:${taint.key}`;
  }
  const sel: Record<string, string> = pod.spec?.nodeSelector ?? {};
  const labels: Record<string, string> = node.metadata.labels ?? {};
  if (Object.entries(sel).some(([k, v]) => labels[k] !== v)) return 'selector';
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
  const score = (n: KubeObject): [number, number, string] => [siblings.get(n.metadata.name!) ?? 0, load.get(n.metadata.name!) ?? 0, n.metadata.name!];
  fit.sort((a, b) => {
    const [sa, la, na] = score(a);
    const [sb, lb, nb] = score(b);
    return sa - sb || la - lb || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  return fit[0].metadata.name;
}

/** The FailedScheduling message kube-scheduler prints when no node fits. */
export function unschedulableMessage(pod: KubeObject, nodes: KubeObject[]): string {
  if (!nodes.length) return 'no nodes available to schedule pods';
  const reasons = new Map<string, number>();
  for (const n of nodes) {
    const why = nodeMisfit(pod, n) ?? 'fit';
    const text =
      why === 'not-ready'
        ? "node(s) had untolerated taint {node.kubernetes.io/not-ready: }"
        : why === 'unschedulable'
          ? 'node(s) were unschedulable'
          : why === 'selector'
            ? "node(s) didn't match Pod's node affinity/selector"
            : why.startsWith('taint:')
              ? `node(s) had untolerated taint {${why.slice(6)}: }`
              : 'node(s) were available';
    reasons.set(text, (reasons.get(text) ?? 0) + 1);
  }
  const parts = [...reasons].map(([t, c]) => `${c} ${t}`).sort();
  return `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
}
