// Taints and tolerations as kube-scheduler and the node lifecycle controller read them
// (k8s.io/api/core/v1 Toleration.ToleratesTaint, component-helpers FindMatchingUntoleratedTaint).
import type { KubeObject } from '../../client/types.js';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export const UNSCHEDULABLE_TAINT_KEY = 'node.kubernetes.io/unschedulable';
export const NOT_READY_TAINT_KEY = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_TAINT_KEY = 'node.kubernetes.io/unreachable';

/** One toleration against one taint: an empty effect or key matches any; Exists ignores the value. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  const op = t.operator ?? '';
  if (op === 'Exists') return true;
  if (op === '' || op === 'Equal') return (t.value ?? '') === (taint.value ?? '');
  return false;
}

export const tolerationsTolerate = (tolerations: Toleration[] | undefined, taint: Taint): boolean =>
  (tolerations ?? []).some((t) => toleratesTaint(t, taint));

/** The scheduler's filter only looks at taints that keep pods off: NoSchedule and NoExecute. */
export const doNotSchedule = (t: Taint): boolean => t.effect === 'NoSchedule' || t.effect === 'NoExecute';

/** The first taint (in node order) the pod does not tolerate, among those `relevant` selects. */
export function firstUntoleratedTaint(taints: Taint[] | undefined, tolerations: Toleration[] | undefined, relevant: (t: Taint) => boolean = doNotSchedule): Taint | undefined {
  return (taints ?? []).find((t) => relevant(t) && !tolerationsTolerate(tolerations, t));
}

export const podTolerations = (pod: KubeObject): Toleration[] => pod.spec?.tolerations ?? [];
export const nodeTaints = (node: KubeObject): Taint[] => node.spec?.taints ?? [];
