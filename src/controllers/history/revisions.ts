// Pure helpers over ControllerRevision objects (pkg/controller/history/controller_history.go).
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';
import { newControllerRef } from '../replicaset/controller-utils.js';
import { CONTROLLER_REVISION_HASH_LABEL, controllerRevisionName, hashControllerRevision } from './hash.js';

export interface ParentKind {
  apiVersion: string; // "apps/v1"
  kind: string; // "StatefulSet", "DaemonSet"
}

const revisionOf = (r: KubeObject): number => Number(r.revision ?? 0);

/** NewControllerRevision: owned by parent, labelled with the template labels and the hash. */
export function newControllerRevision(
  parent: KubeObject,
  parentKind: ParentKind,
  templateLabels: Record<string, string> | undefined,
  data: unknown,
  revision: number,
  collisionCount?: number | null,
): KubeObject {
  const hash = hashControllerRevision(data, collisionCount);
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: controllerRevisionName(parent.metadata.name ?? '', hash),
      namespace: parent.metadata.namespace,
      labels: { ...(templateLabels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash },
      ownerReferences: [newControllerRef(parent, parentKind.apiVersion, parentKind.kind)],
    },
    data,
    revision,
  };
}

/** SortControllerRevisions: ascending revision, ties by creation time then name. */
export function sortControllerRevisions(revisions: KubeObject[]): KubeObject[] {
  return [...revisions].sort((a, b) => {
    const d = revisionOf(a) - revisionOf(b);
    if (d !== 0) return d;
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    if (ta !== tb) return ta < tb ? -1 : 1;
    return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
  });
}

/** EqualRevision: same hash label (when both carry one) and semantically equal data. */
export function equalRevision(a: KubeObject | undefined, b: KubeObject | undefined): boolean {
  if (!a || !b) return a === b;
  const ha = a.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL];
  const hb = b.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL];
  if (ha && hb && ha !== hb) return false;
  return isDeepStrictEqual(a.data ?? null, b.data ?? null);
}

/** FindEqualRevisions: the revisions whose data equals needle's, in the given order. */
export function findEqualRevisions(revisions: KubeObject[], needle: KubeObject): KubeObject[] {
  return revisions.filter((r) => equalRevision(r, needle));
}

/** NextRevision: one more than the highest revision number (1 for none). */
export function nextRevision(revisions: KubeObject[]): number {
  return revisions.reduce((max, r) => Math.max(max, revisionOf(r)), 0) + 1;
}

/** The revisions whose controllerRef points at parent. */
export function ownedRevisions(revisions: KubeObject[], parent: KubeObject): KubeObject[] {
  const uid = parent.metadata.uid;
  return revisions.filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === uid));
}

/**
 * The revisions truncateHistory may delete: oldest first, those not in `live`, beyond
 * the newest `limit` non-live ones.
 */
export function revisionsToPrune(revisions: KubeObject[], live: Set<string>, limit: number): KubeObject[] {
  const history = sortControllerRevisions(revisions).filter((r) => !live.has(r.metadata.name ?? ''));
  const excess = history.length - Math.max(0, limit);
  return excess > 0 ? history.slice(0, excess) : [];
}
