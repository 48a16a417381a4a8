// Finding, sorting and counting a Deployment's ReplicaSets (deployment_util.go, controller_utils.go).
import type { KubeObject } from '../../client/types.js';
import { replicasOf } from '../replicaset/controller-utils.js';
import { desiredReplicasAnnotation, revisionOf } from './annotations.js';
import { desiredReplicas } from './fenceposts.js';
import { equalIgnoreHash } from './template.js';

const created = (o: KubeObject): number => (o.metadata.creationTimestamp ? Date.parse(o.metadata.creationTimestamp) : 0);

/** ReplicaSetsByCreationTimestamp: oldest first, ties by name. */
export function byCreation(a: KubeObject, b: KubeObject): number {
  const d = created(a) - created(b);
  if (d !== 0) return d;
  return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : (a.metadata.name ?? '') > (b.metadata.name ?? '') ? 1 : 0;
}

/** ReplicaSetsBySizeNewer: largest first, ties newest first. */
export const bySizeNewer = (a: KubeObject, b: KubeObject): number => replicasOf(b) - replicasOf(a) || byCreation(b, a);
/** ReplicaSetsBySizeOlder: largest first, ties oldest first. */
export const bySizeOlder = (a: KubeObject, b: KubeObject): number => replicasOf(b) - replicasOf(a) || byCreation(a, b);

/** ReplicaSetsByRevision: lowest revision first, ties by creation. */
export const byRevision = (a: KubeObject, b: KubeObject): number => (revisionOf(a) ?? 0) - (revisionOf(b) ?? 0) || byCreation(a, b);

/** The oldest RS whose template equals the Deployment's, ignoring the hash label. */
export function findNewReplicaSet(d: KubeObject, rss: KubeObject[]): KubeObject | undefined {
  return [...rss].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

export function findOldReplicaSets(rss: KubeObject[], newRS: KubeObject | undefined): KubeObject[] {
  return rss.filter((rs) => rs.metadata.uid !== newRS?.metadata.uid);
}

export const activeReplicaSets = (rss: (KubeObject | undefined)[]): KubeObject[] => rss.filter((rs): rs is KubeObject => !!rs && replicasOf(rs) > 0);

const sum = (rss: (KubeObject | undefined)[], f: (rs: KubeObject) => number): number => rss.reduce((n, rs) => n + (rs ? f(rs) : 0), 0);
/** Σ spec.replicas */
export const specReplicas = (rss: (KubeObject | undefined)[]): number => sum(rss, replicasOf);
/** Σ status.replicas */
export const actualReplicas = (rss: (KubeObject | undefined)[]): number => sum(rss, (rs) => rs.status?.replicas ?? 0);
export const readyReplicas = (rss: (KubeObject | undefined)[]): number => sum(rss, (rs) => rs.status?.readyReplicas ?? 0);
export const availableReplicas = (rss: (KubeObject | undefined)[]): number => sum(rss, (rs) => rs.status?.availableReplicas ?? 0);

/** FindActiveOrLatest: the only active RS, or the newest when none is active; undefined when several are. */
export function findActiveOrLatest(newRS: KubeObject | undefined, oldRSs: KubeObject[]): KubeObject | undefined {
  if (!newRS && !oldRSs.length) return undefined;
  const olds = [...oldRSs].sort(byCreation).reverse();
  const active = activeReplicaSets([...olds, newRS]);
  if (active.length === 0) return newRS ?? olds[0];
  if (active.length === 1) return active[0];
  return undefined;
}

/** The new RS runs the full, available, acknowledged size. */
export function isSaturated(d: KubeObject, rs: KubeObject | undefined): boolean {
  if (!rs) return false;
  const want = desiredReplicas(d);
  return desiredReplicasAnnotation(rs) === want && replicasOf(rs) === want && (rs.status?.availableReplicas ?? 0) === want;
}
