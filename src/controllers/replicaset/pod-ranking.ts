// Which pods a ReplicaSet deletes first when scaling down (ActivePodsWithRanks.Less with
// PodDeletionCost and LogarithmicScaleDown on, as in current Kubernetes).
import type { KubeObject } from '../../client/types.js';
import { isPodActive, isPodReady, podReadyTime } from './controller-utils.js';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

const deletionCost = (p: KubeObject): number => {
  const v = Number(p.metadata.annotations?.[DELETION_COST] ?? 0);
  return Number.isFinite(v) ? v : 0;
};

const maxRestarts = (p: KubeObject): number =>
  Math.max(0, ...(p.status?.containerStatuses ?? []).map((c: { restartCount?: number }) => c.restartCount ?? 0));

/** Buckets an age by floor(log2(nanoseconds)); -1 for no age. */
const logRank = (t: number, now: number): number => {
  const d = (now - t) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
};

/** t1 sorts first when it is zero (missing) or later than t2. */
const afterOrZero = (t1: number, t2: number): boolean => (!t1 || !t2 ? !t1 : t1 > t2);

const ts = (v: string | null | undefined): number => (v ? Date.parse(v) : 0);

/** Negative when pod a should be deleted before pod b. */
export function comparePodsForDeletion(a: KubeObject, b: KubeObject, rankA: number, rankB: number, now: number): number {
  const less = (): boolean | undefined => {
    const na = a.spec?.nodeName ?? '';
    const nb = b.spec?.nodeName ?? '';
    // 1. unassigned before assigned
    if (na !== nb && (!na || !nb)) return !na;
    // 2. Pending < Unknown < Running
    const pa = PHASE_ORDINAL[a.status?.phase] ?? 0;
    const pb = PHASE_ORDINAL[b.status?.phase] ?? 0;
    if (pa !== pb) return pa < pb;
    // 3. not ready before ready
    if (isPodReady(a) !== isPodReady(b)) return !isPodReady(a);
    // 4. lower deletion cost first
    if (deletionCost(a) !== deletionCost(b)) return deletionCost(a) < deletionCost(b);
    // 5. doubled up on a node before not doubled up
    if (rankA !== rankB) return rankA > rankB;
    // 6. ready more recently first, bucketed logarithmically, ties by uid
    if (isPodReady(a) && isPodReady(b)) {
      const ra = podReadyTime(a);
      const rb = podReadyTime(b);
      if (ra !== rb) {
        if (!ra || !rb) return afterOrZero(ra, rb);
        const diff = logRank(ra, now) - logRank(rb, now);
        return diff === 0 ? (a.metadata.uid ?? '') < (b.metadata.uid ?? '') : diff < 0;
      }
    }
    // 7. more restarts first
    if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
    // 8. newer (or no) creation time first
    const ca = ts(a.metadata.creationTimestamp);
    const cb = ts(b.metadata.creationTimestamp);
    if (ca !== cb) {
      if (!ca || !cb) return afterOrZero(ca, cb);
      const diff = logRank(ca, now) - logRank(cb, now);
      return diff === 0 ? (a.metadata.uid ?? '') < (b.metadata.uid ?? '') : diff < 0;
    }
    return undefined;
  };
  const r = less();
  if (r === undefined) return 0;
  return r ? -1 : 1;
}

/**
 * The `diff` pods to delete: ranked by how many related active pods (this RS's and its
 * siblings') share their node, then by the rules above.
 */
export function podsToDelete(pods: KubeObject[], related: KubeObject[], diff: number, now = Date.now()): KubeObject[] {
  if (diff >= pods.length) return pods.slice(0, diff);
  const onNode = new Map<string, number>();
  for (const p of related) {
    const n = p.spec?.nodeName;
    if (n && isPodActive(p)) onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  const ranked = pods.map((p) => ({ p, rank: p.spec?.nodeName ? (onNode.get(p.spec.nodeName) ?? 0) : 0 }));
  ranked.sort((x, y) => comparePodsForDeletion(x.p, y.p, x.rank, y.rank, now));
  return ranked.slice(0, diff).map((x) => x.p);
}
