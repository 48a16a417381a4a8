// ControllerRefManager: a controller claims the objects its selector matches. Orphans are
// adopted (a controllerRef is added), owned objects that stopped matching are released.
import type { ApiClient } from '../../client/interface.js';
import type { KubeObject, ResourceRef } from '../../client/types.js';
import { controllerRef, isNotFound, newControllerRef, selectorMatches } from './controller-utils.js';

export interface ClaimOptions {
  client: ApiClient;
  /** the dependents' resource */
  resource: ResourceRef;
  owner: KubeObject;
  ownerApiVersion: string;
  ownerKind: string;
  /** re-reads the owner live before adopting, so a deleted-and-recreated owner never adopts */
  canAdopt: () => Promise<boolean>;
}

/** Returns the objects the owner controls after adoption and release. */
export async function claimObjects(objs: KubeObject[], opts: ClaimOptions): Promise<KubeObject[]> {
  const { owner } = opts;
  const uid = owner.metadata.uid;
  const claimed: KubeObject[] = [];
  let adoptChecked: boolean | undefined;
  for (const obj of objs) {
    const ref = controllerRef(obj);
    const matches = selectorMatches(owner.spec?.selector, obj.metadata.labels);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (matches) {
        claimed.push(obj);
        continue;
      }
      if (owner.metadata.deletionTimestamp) continue;
      await writeOwnerRefs(opts, obj, (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid));
      continue;
    }
    // an orphan
    if (owner.metadata.deletionTimestamp || !matches || obj.metadata.deletionTimestamp) continue;
    if (obj.metadata.namespace !== owner.metadata.namespace) continue;
    adoptChecked ??= await opts.canAdopt();
    if (!adoptChecked) continue;
    const refs = [...(obj.metadata.ownerReferences ?? []), newControllerRef(owner, opts.ownerApiVersion, opts.ownerKind)];
    const adopted = await writeOwnerRefs(opts, obj, refs);
    if (adopted) claimed.push(adopted);
  }
  return claimed;
}

/** Writes ownerReferences against the cached resourceVersion: a stale cache gets a 409 and a requeue. */
async function writeOwnerRefs(opts: ClaimOptions, obj: KubeObject, refs: KubeObject['metadata']['ownerReferences']): Promise<KubeObject | undefined> {
  const next = structuredClone(obj);
  if (refs?.length) next.metadata.ownerReferences = refs;
  else delete next.metadata.ownerReferences;
  try {
    return await opts.client.update(opts.resource, obj.metadata.namespace, next);
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** The canAdopt check of both controllers: the owner still exists with the same uid and is not being deleted. */
export function recheckOwner(client: ApiClient, resource: ResourceRef, owner: KubeObject): () => Promise<boolean> {
  return async () => {
    try {
      const fresh = await client.get(resource, owner.metadata.namespace, owner.metadata.name!);
      return fresh.metadata.uid === owner.metadata.uid && !fresh.metadata.deletionTimestamp;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  };
}
