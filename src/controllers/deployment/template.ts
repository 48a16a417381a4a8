// Pod template comparison as the deployment controller does it (EqualIgnoreHash with
// apimachinery's semantic equality: null, empty and absent are the same).
import { isDeepStrictEqual } from 'node:util';

export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** Drops nulls, empty objects and empty arrays, recursively. */
export function normalize(v: unknown): unknown {
  if (Array.isArray(v)) {
    const arr = v.map(normalize).map((x) => (x === undefined ? null : x));
    return arr.length ? arr : undefined;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const n = normalize((v as Record<string, unknown>)[k]);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v === null ? undefined : v;
}

/** JSON with sorted keys and without empty values: stable for the same template. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(normalize(v) ?? null);
}

export function withoutHashLabel<T>(template: T): T {
  const t = structuredClone(template ?? ({} as T)) as { metadata?: { labels?: Record<string, string> } };
  if (t.metadata?.labels) delete t.metadata.labels[POD_TEMPLATE_HASH];
  return t as T;
}

export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(normalize(withoutHashLabel(a)), normalize(withoutHashLabel(b)));
}
