// Choosing a PersistentVolume for a claim (pkg/controller/volume/persistentvolume/index.go,
// findBestMatchForClaim + FindMatchingVolume): volumes grouped by access modes, the groups
// that offer every mode the claim asks for tried from the fewest modes up; within a group
// a volume pre-bound to the claim wins at once, else the smallest Available one that fits
// (capacity, volumeMode, selector, class).
import type { KubeObject } from '../../../client/types.js';
import { cmpQuantity, parseQuantity, ZERO, type Quantity } from '../../../cli/describe/quantity.js';
import { labelSelectorMatcher } from '../../../apiserver/selectors.js';
import { claimClass, isVolumeBoundToClaim, volumeClass, volumeModeMismatches } from '../volume-helpers.js';

const modesOf = (o: KubeObject): string[] => [...new Set<string>(o.spec?.accessModes ?? [])].sort();

export const storageOf = (q: unknown): Quantity => parseQuantity(q as string) ?? ZERO;

/** The claim's requested storage. */
export const claimRequest = (claim: KubeObject): Quantity => storageOf(claim.spec?.resources?.requests?.storage);

/** FindMatchingVolume within one access-mode group. */
function matchInGroup(claim: KubeObject, volumes: KubeObject[], delayBinding: boolean): KubeObject | undefined {
  const requested = claimRequest(claim);
  const selector = claim.spec?.selector;
  const selects = selector ? labelSelectorMatcher(selector) : undefined;
  const requestedClass = claimClass(claim);
  let smallest: KubeObject | undefined;
  let smallestQty: Quantity | undefined;
  for (const volume of volumes) {
    const qty = storageOf(volume.spec?.capacity?.storage);
    if (cmpQuantity(qty, requested) < 0) continue;
    if (volumeModeMismatches(claim, volume)) continue;
    if (volume.metadata.deletionTimestamp) continue;
    if (isVolumeBoundToClaim(volume, claim)) return volume;
    if (delayBinding) continue;
    if (volume.status?.phase !== 'Available' || volume.spec?.claimRef) continue;
    if (selects && !selects(volume.metadata.labels ?? {})) continue;
    if (volumeClass(volume) !== requestedClass) continue;
    if (!smallest || cmpQuantity(smallestQty!, qty) > 0) {
      smallest = volume;
      smallestQty = qty;
    }
  }
  return smallest;
}

/** findBestMatchForClaim: the volume to bind the claim to, if any. */
export function findBestMatchForClaim(claim: KubeObject, volumes: KubeObject[], delayBinding = false): KubeObject | undefined {
  const wanted = modesOf(claim);
  const groups = new Map<string, KubeObject[]>();
  for (const v of volumes) {
    const key = modesOf(v).join(',');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const candidates = [...groups.entries()]
    .map(([key, vols]) => ({ modes: key ? key.split(',') : [], vols }))
    .filter((g) => wanted.every((m) => g.modes.includes(m)))
    .sort((a, b) => a.modes.length - b.modes.length);
  for (const g of candidates) {
    const match = matchInGroup(claim, g.vols, delayBinding);
    if (match) return match;
  }
  return undefined;
}
