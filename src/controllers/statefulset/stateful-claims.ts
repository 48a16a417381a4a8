// A StatefulSet's PersistentVolumeClaims (stateful_set_utils.go): one per volumeClaimTemplate
// and ordinal, named "<template>-<set>-<ordinal>" and labelled with the template's labels plus
// the set's selector labels; and the owner references persistentVolumeClaimRetentionPolicy
// asks for (whenDeleted: Delete → owned by the set; whenScaled: Delete → owned by a
// scaled-down pod), so the garbage collector removes claims with their owner.
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { ordinalOf, podInOrdinalRange, STATEFULSET_KIND } from './stateful-set-utils.js';

/** getPersistentVolumeClaimName. */
export const claimName = (set: KubeObject, template: KubeObject, ordinal: number): string => `${template.metadata?.name}-${set.metadata.name}-${ordinal}`;

/** getPersistentVolumeClaims: the pod's claims, by template name. */
export function podClaims(set: KubeObject, pod: KubeObject): Map<string, KubeObject> {
  const ordinal = ordinalOf(pod);
  const out = new Map<string, KubeObject>();
  for (const template of (set.spec?.volumeClaimTemplates ?? []) as KubeObject[]) {
    const claim = structuredClone(template);
    const selectorLabels: Record<string, string> = set.spec?.selector?.matchLabels ?? {};
    claim.apiVersion = 'v1';
    claim.kind = 'PersistentVolumeClaim';
    claim.metadata = { ...(claim.metadata ?? {}), name: claimName(set, template, ordinal), namespace: set.metadata.namespace };
    claim.metadata.labels = { ...(claim.metadata.labels ?? {}), ...selectorLabels };
    if (!Object.keys(claim.metadata.labels).length) delete claim.metadata.labels;
    delete claim.status;
    out.set(template.metadata?.name ?? '', claim);
  }
  return out;
}

/** storageMatches: every template has a volume naming the ordinal's claim. */
export function storageMatches(set: KubeObject, pod: KubeObject): boolean {
  const ordinal = ordinalOf(pod);
  if (ordinal < 0) return false;
  const volumes = new Map<string, KubeObject>(((pod.spec?.volumes ?? []) as KubeObject[]).map((v) => [v.name, v]));
  for (const t of (set.spec?.volumeClaimTemplates ?? []) as KubeObject[]) {
    const v = volumes.get(t.metadata?.name ?? '');
    if (!v || v.persistentVolumeClaim?.claimName !== claimName(set, t, ordinal)) return false;
  }
  return true;
}

interface RetentionPolicy {
  whenDeleted: string;
  whenScaled: string;
}

export function retentionPolicy(set: KubeObject): RetentionPolicy {
  const p = set.spec?.persistentVolumeClaimRetentionPolicy ?? {};
  return { whenDeleted: p.whenDeleted ?? 'Retain', whenScaled: p.whenScaled ?? 'Retain' };
}

const hasOwnerRef = (target: KubeObject, owner: KubeObject): boolean => (target.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid);

/** What the claim's owner references should be: set and pod refs present or absent. */
function wantedOwners(set: KubeObject, pod: KubeObject): { set: boolean; pod: boolean } {
  const { whenDeleted, whenScaled } = retentionPolicy(set);
  const scaledDown = !podInOrdinalRange(pod, set);
  if (whenScaled === 'Delete' && whenDeleted === 'Delete') return { set: !scaledDown, pod: scaledDown };
  if (whenScaled === 'Delete') return { set: false, pod: scaledDown };
  if (whenDeleted === 'Delete') return { set: true, pod: false };
  return { set: false, pod: false };
}

/** claimOwnerMatchesSetAndPod. */
export function claimOwnerMatchesSetAndPod(claim: KubeObject, set: KubeObject, pod: KubeObject): boolean {
  const want = wantedOwners(set, pod);
  return hasOwnerRef(claim, set) === want.set && hasOwnerRef(claim, pod) === want.pod;
}

/** updateClaimOwnerRefForSetAndPod: sets the claim's owner references in place; true when changed. */
export function updateClaimOwnerRefs(claim: KubeObject, set: KubeObject, pod: KubeObject): boolean {
  const want = wantedOwners(set, pod);
  let changed = false;
  const refs: OwnerReference[] = [...(claim.metadata.ownerReferences ?? [])];
  const apply = (owner: KubeObject, present: boolean, apiVersion: string, kind: string) => {
    const i = refs.findIndex((r) => r.uid === owner.metadata.uid);
    if (present && i < 0) {
      refs.push({ apiVersion, kind, name: owner.metadata.name!, uid: owner.metadata.uid! });
      changed = true;
    } else if (!present && i >= 0) {
      refs.splice(i, 1);
      changed = true;
    }
  };
  apply(set, want.set, STATEFULSET_KIND.apiVersion, STATEFULSET_KIND.kind);
  apply(pod, want.pod, 'v1', 'Pod');
  if (changed) {
    if (refs.length) claim.metadata.ownerReferences = refs;
    else delete claim.metadata.ownerReferences;
  }
  return changed;
}
