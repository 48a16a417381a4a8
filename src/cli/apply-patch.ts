// kubectl's client-side apply bookkeeping: the last-applied-configuration annotation.
import type { KubeObject } from '../client/types.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Go's json.Marshal of an unstructured map: keys sorted, no spaces, HTML-safe escapes. */
export function goJson(v: unknown): string {
  const esc = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const walk = (x: unknown): string => {
    if (x === null || x === undefined) return 'null';
    if (typeof x === 'string') return esc(x);
    if (typeof x === 'number' || typeof x === 'boolean') return JSON.stringify(x);
    if (Array.isArray(x)) return `[${x.map(walk).join(',')}]`;
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${esc(k)}:${walk(o[k])}`).join(',')}}`;
  };
  return walk(v);
}

/** The object as it will be recorded: the manifest without its own annotation, plus a newline. */
export function lastAppliedFor(manifest: KubeObject): string {
  const copy = structuredClone(manifest);
  const ann = { ...(copy.metadata.annotations ?? {}) };
  delete ann[LAST_APPLIED];
  copy.metadata.annotations = ann;
  return goJson(copy) + '\n';
}

export function withLastApplied(manifest: KubeObject): KubeObject {
  const out = structuredClone(manifest);
  out.metadata.annotations = { ...(out.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedFor(manifest) };
  return out;
}
