// ComputeHash (pkg/controller/controller_utils.go): the pod-template-hash label and the
// ReplicaSet name suffix. FNV-1a 32 over a canonical dump of the template, plus the
// collision count, printed in decimal and mapped through SafeEncodeString.
import { canonicalJson } from './template.js';

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function fnv1a32(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: every character becomes one of the vowel-free alphabet. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length];
  return out;
}

export function computeHash(template: unknown, collisionCount?: number | null): string {
  const dump = new TextEncoder().encode(canonicalJson(template));
  let h = fnv1a32(dump);
  if (collisionCount !== undefined && collisionCount !== null) {
    // 8 bytes: the count as little-endian uint32, then four zero bytes
    const extra = new Uint8Array(8);
    new DataView(extra.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv1a32(extra, h);
  }
  return safeEncodeString(String(h));
}
