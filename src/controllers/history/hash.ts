// Revision names and hashes (pkg/controller/history): FNV-1 32 (fnv.New32, not 1a) over the
// revision's raw data bytes, plus the decimal collision count as a probe, printed in decimal
// and mapped through SafeEncodeString. The raw bytes are what Go's json.Marshal writes for
// a map: keys sorted, <, > and & escaped.
import { safeEncodeString } from '../deployment/hash.js';

/** The label holding a revision's hash ("controller.kubernetes.io/hash"). */
export const CONTROLLER_REVISION_HASH_LABEL = 'controller.kubernetes.io/hash';

export function fnv1_32(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h >>> 0;
}

function escapeHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** encoding/json.Marshal of decoded JSON: object keys sorted, HTML characters escaped. */
export function goJsonMarshal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(goJsonMarshal).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${escapeHtml(JSON.stringify(k))}:${goJsonMarshal(o[k])}`).join(',')}}`;
  }
  return escapeHtml(JSON.stringify(v));
}

/** HashControllerRevision: the hash of the revision's data, with the collision count as probe. */
export function hashControllerRevision(data: unknown, probe?: number | null): string {
  const enc = new TextEncoder();
  let h = fnv1_32(enc.encode(goJsonMarshal(data)));
  if (probe !== undefined && probe !== null) h = fnv1_32(enc.encode(String(probe)), h);
  return safeEncodeString(String(h));
}

/** ControllerRevisionName: "<prefix>-<hash>", the prefix cut to 223 bytes. */
export function controllerRevisionName(prefix: string, hash: string): string {
  return `${prefix.length > 223 ? prefix.slice(0, 223) : prefix}-${hash}`;
}
