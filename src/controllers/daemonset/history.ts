// DaemonSet revisions (pkg/controller/daemon/update.go constructHistory, snapshot,
// dedupCurHistories, cleanupHistory) over the shared controller history helpers.
import { isDeepStrictEqual } from 'node:util';
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { computeHash } from '../deployment/hash.js';
import { claimControllerRevisions, deleteControllerRevision, goJsonMarshal, sortControllerRevisions, updateControllerRevision } from '../history/index.js';
import { isAlreadyExists, newControllerRef } from '../replicaset/controller-utils.js';
import { recheckOwner } from '../replicaset/ref-manager.js';
import { REVISION_HASH_LABEL } from './daemon-pods.js';

const DAEMONSET_KIND = { apiVersion: 'apps/v1', kind: 'DaemonSet' };
const revisionOf = (r: KubeObject): number => Number(r.revision ?? 0);

/**
 * getPatch: the revision data, a strategic merge patch that replaces spec.template. Its keys
 * are sorted as Go marshals a map, so that kubectl's byte comparison (rollout undo) matches.
 */
export function revisionData(ds: KubeObject): KubeObject['data'] {
  return JSON.parse(goJsonMarshal({ spec: { template: { ...structuredClone(ds.spec?.template ?? {}), $patch: 'replace' } } }));
}

/** Match: the revision holds exactly this DaemonSet's template. */
export const revisionMatches = (ds: KubeObject, revision: KubeObject): boolean => isDeepStrictEqual(revision.data ?? null, revisionData(ds));

export interface DaemonSetHistory {
  current: KubeObject;
  old: KubeObject[];
}

export class DaemonSetRevisions {
  constructor(private client: ApiClient) {}

  /** constructHistory: the current revision (created or renumbered as needed) and the old ones. */
  async construct(ds: KubeObject, candidates: KubeObject[]): Promise<DaemonSetHistory> {
    const owned = await claimControllerRevisions(this.client, ds, DAEMONSET_KIND, candidates, recheckOwner(this.client, R.daemonsets, ds));
    const current: KubeObject[] = [];
    const old: KubeObject[] = [];
    for (let rev of owned) {
      // revisions made elsewhere get the hash label, named after themselves
      if (!rev.metadata.labels?.[REVISION_HASH_LABEL]) {
        const next = structuredClone(rev);
        next.metadata.labels = { ...(next.metadata.labels ?? {}), [REVISION_HASH_LABEL]: next.metadata.name! };
        rev = await this.client.update(R.controllerrevisions, ds.metadata.namespace, next);
      }
      (revisionMatches(ds, rev) ? current : old).push(rev);
    }
    const wanted = old.reduce((m, r) => Math.max(m, revisionOf(r)), 0) + 1;
    if (!current.length) return { current: await this.snapshot(ds, wanted), old };
    let cur = await this.dedup(ds, current);
    if (revisionOf(cur) < wanted) cur = await updateControllerRevision(this.client, cur, wanted);
    return { current: cur, old };
  }

  /** snapshot: a new revision named "<ds>-<hash>"; a foreign name clash bumps collisionCount. */
  private async snapshot(ds: KubeObject, revision: number): Promise<KubeObject> {
    const hash = computeHash(ds.spec?.template, ds.status?.collisionCount);
    const name = `${ds.metadata.name}-${hash}`;
    const annotations = ds.metadata.annotations;
    const body: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name,
        namespace: ds.metadata.namespace,
        labels: { ...(ds.spec?.template?.metadata?.labels ?? {}), [REVISION_HASH_LABEL]: hash },
        ...(annotations && Object.keys(annotations).length ? { annotations: { ...annotations } } : {}),
        ownerReferences: [newControllerRef(ds, DAEMONSET_KIND.apiVersion, DAEMONSET_KIND.kind)],
      },
      data: revisionData(ds),
      revision,
    };
    try {
      return await this.client.create(R.controllerrevisions, ds.metadata.namespace, body);
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      const existing = await this.client.get(R.controllerrevisions, ds.metadata.namespace, name);
      const ours = existing.metadata.ownerReferences?.some((r) => r.controller && r.uid === ds.metadata.uid);
      if (ours && revisionMatches(ds, existing)) return existing;
      const live = await this.client.get(R.daemonsets, ds.metadata.namespace, ds.metadata.name!);
      if ((live.status?.collisionCount ?? null) !== (ds.status?.collisionCount ?? null))
        throw new Error(`found a stale collision count of DaemonSet "${ds.metadata.name}" while processing; will retry until it is updated`);
      live.status = { ...(live.status ?? {}), collisionCount: (live.status?.collisionCount ?? 0) + 1 };
      await this.client.update(R.daemonsets, ds.metadata.namespace, live, { subresource: 'status' });
      throw e;
    }
  }

  /** dedupCurHistories: keep the highest revision; pods labelled with a duplicate move to it. */
  private async dedup(ds: KubeObject, current: KubeObject[]): Promise<KubeObject> {
    if (current.length === 1) return current[0];
    const sorted = sortControllerRevisions(current);
    const keep = sorted[sorted.length - 1];
    const keepHash = keep.metadata.labels?.[REVISION_HASH_LABEL];
    const pods = (await this.client.list(R.pods, ds.metadata.namespace)).items;
    for (const dup of sorted.slice(0, -1)) {
      const dupHash = dup.metadata.labels?.[REVISION_HASH_LABEL];
      for (const p of pods) {
        if (!dupHash || p.metadata.labels?.[REVISION_HASH_LABEL] !== dupHash) continue;
        await this.client.patch(R.pods, p.metadata.namespace, p.metadata.name!, 'merge', { metadata: { labels: { [REVISION_HASH_LABEL]: keepHash } } });
      }
      await deleteControllerRevision(this.client, dup);
    }
    return keep;
  }

  /** cleanupHistory: drop the oldest revisions beyond revisionHistoryLimit that no pod uses. */
  async cleanup(ds: KubeObject, old: KubeObject[], pods: KubeObject[]): Promise<void> {
    let toKill = old.length - (ds.spec?.revisionHistoryLimit ?? 10);
    if (toKill <= 0) return;
    const live = new Set(pods.map((p) => p.metadata.labels?.[REVISION_HASH_LABEL]).filter(Boolean));
    for (const rev of sortControllerRevisions(old)) {
      if (toKill <= 0) break;
      if (live.has(rev.metadata.labels?.[REVISION_HASH_LABEL])) continue;
      await deleteControllerRevision(this.client, rev);
      toKill--;
    }
  }
}
