// Proportional scaling (sync.go scale, deployment_util.go GetProportion): when a Deployment
// is resized mid-rollout, every active ReplicaSet grows or shrinks by its share.
import type { KubeObject } from '../../client/types.js';
import { replicasOf } from '../replicaset/controller-utils.js';
import { maxReplicasAnnotation } from './annotations.js';
import { desiredReplicas, maxSurge } from './fenceposts.js';
import { bySizeNewer, bySizeOlder, specReplicas } from './replicasets.js';

/** Go's math.Round: halves away from zero. */
const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

function fraction(rs: KubeObject, d: KubeObject): number {
  const want = desiredReplicas(d);
  if (want === 0) return -replicasOf(rs);
  const deploymentReplicas = want + maxSurge(d);
  const annotated = maxReplicasAnnotation(rs) ?? d.status?.replicas ?? 0;
  // nothing to scale against: the leftover step gives the change to the largest RS
  if (annotated <= 0) return 0;
  return roundHalfAway((replicasOf(rs) * deploymentReplicas) / annotated) - replicasOf(rs);
}

function proportion(rs: KubeObject, d: KubeObject, toAdd: number, added: number): number {
  if (replicasOf(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const f = fraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(f, allowed) : Math.max(f, allowed);
}

export interface ScalePlan {
  operation: 'up' | 'down' | '';
  sizes: { rs: KubeObject; size: number }[];
}

/** The new size of each active RS; the leftover goes to the first (largest) one. */
export function proportionalScale(d: KubeObject, activeRSs: KubeObject[]): ScalePlan {
  const want = desiredReplicas(d);
  const allowed = want > 0 ? want + maxSurge(d) : 0;
  const toAdd = allowed - specReplicas(activeRSs);
  const rss = [...activeRSs];
  let operation: ScalePlan['operation'] = '';
  if (toAdd > 0) {
    rss.sort(bySizeNewer);
    operation = 'up';
  } else if (toAdd < 0) {
    rss.sort(bySizeOlder);
    operation = 'down';
  }
  let added = 0;
  const sizes = rss.map((rs) => {
    if (toAdd === 0) return { rs, size: replicasOf(rs) };
    const p = proportion(rs, d, toAdd, added);
    added += p;
    return { rs, size: replicasOf(rs) + p };
  });
  if (sizes.length && toAdd !== 0) sizes[0].size = Math.max(0, sizes[0].size + toAdd - added);
  return { operation, sizes };
}
