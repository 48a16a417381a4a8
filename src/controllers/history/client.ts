// The writing half of pkg/controller/history (realHistory) over the ApiClient.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { isAlreadyExists, isNotFound } from '../replicaset/controller-utils.js';
import { claimObjects } from '../replicaset/ref-manager.js';
import { isDeepStrictEqual } from 'node:util';
import { controllerRevisionName, hashControllerRevision } from './hash.js';
import type { ParentKind } from './revisions.js';

/**
 * ClaimControllerRevisions: adopts matching orphans and releases owned revisions that no
 * longer match the parent's selector; returns the revisions the parent controls.
 */
export function claimControllerRevisions(
  client: ApiClient,
  parent: KubeObject,
  parentKind: ParentKind,
  candidates: KubeObject[],
  canAdopt: () => Promise<boolean>,
): Promise<KubeObject[]> {
  return claimObjects(candidates, {
    client,
    resource: R.controllerrevisions,
    owner: parent,
    ownerApiVersion: parentKind.apiVersion,
    ownerKind: parentKind.kind,
    canAdopt,
  });
}

/**
 * CreateControllerRevision: creates revision under "<parent>-<hash>". On a name clash with
 * different data it bumps collision.count and retries; an identical existing revision is
 * returned as is. The caller persists collision.count into the parent's status.
 */
export async function createControllerRevision(
  client: ApiClient,
  parent: KubeObject,
  revision: KubeObject,
  collision: { count: number },
): Promise<KubeObject> {
  for (;;) {
    const clone = structuredClone(revision);
    const hash = hashControllerRevision(clone.data, collision.count);
    clone.metadata.name = controllerRevisionName(parent.metadata.name ?? '', hash);
    clone.metadata.namespace = parent.metadata.namespace;
    try {
      return await client.create(R.controllerrevisions, parent.metadata.namespace, clone);
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      const existing = await client.get(R.controllerrevisions, parent.metadata.namespace, clone.metadata.name!);
      if (isDeepStrictEqual(existing.data ?? null, clone.data ?? null)) return existing;
      collision.count++;
    }
  }
}

/** UpdateControllerRevision: gives an existing revision a new revision number. */
export async function updateControllerRevision(client: ApiClient, revision: KubeObject, newRevision: number): Promise<KubeObject> {
  if (Number(revision.revision ?? 0) === newRevision) return revision;
  return client.patch(R.controllerrevisions, revision.metadata.namespace, revision.metadata.name!, 'merge', { revision: newRevision });
}

/** DeleteControllerRevision; an already-gone revision is fine. */
export async function deleteControllerRevision(client: ApiClient, revision: KubeObject): Promise<void> {
  try {
    await client.delete(R.controllerrevisions, revision.metadata.namespace, revision.metadata.name!);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}
