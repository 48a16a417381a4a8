// When the storage-object-in-use protection finalizers may go
// (pkg/controller/volume/{pvcprotection,pvprotection}): a claim while a scheduled pod that
// has not terminated mounts it, a volume while it is Bound.
import type { KubeObject } from '../../../client/types.js';
import { podClaimNames, podIsRunningOrPending } from '../volume-helpers.js';

export const hasFinalizer = (o: KubeObject, f: string): boolean => (o.metadata.finalizers ?? []).includes(f);

/** Being deleted and still held by the finalizer. */
export const awaitsFinalizerRemoval = (o: KubeObject, f: string): boolean => !!o.metadata.deletionTimestamp && hasFinalizer(o, f);

/** Not being deleted and missing the finalizer (NeedToAddFinalizer). */
export const needsFinalizer = (o: KubeObject, f: string): boolean => !o.metadata.deletionTimestamp && !hasFinalizer(o, f);

/** podUsesPVC: only scheduled pods count (the kubelet will not start a pod on a deleted claim). */
export function podUsesClaim(pod: KubeObject, claim: KubeObject): boolean {
  if (!pod.spec?.nodeName || pod.metadata.namespace !== claim.metadata.namespace) return false;
  if (!podIsRunningOrPending(pod)) return false;
  return podClaimNames(pod).includes(claim.metadata.name!);
}

export const claimInUse = (claim: KubeObject, pods: KubeObject[]): boolean => pods.some((p) => podUsesClaim(p, claim));

/** The PV protection's isBeingUsed. */
export const volumeInUse = (volume: KubeObject): boolean => volume.status?.phase === 'Bound';

/** The object with the finalizer added or removed, for an update. */
export function withFinalizer(o: KubeObject, f: string, present: boolean): KubeObject {
  const rest = (o.metadata.finalizers ?? []).filter((x) => x !== f);
  const finalizers = present ? [...rest, f] : rest;
  return { ...o, metadata: { ...o.metadata, finalizers } };
}
