// kubectl's client-side apply bookkeeping: the last-applied-configuration annotation.
import type { KubeObject } from '../client/types.js';
import { toGoJsonCompact } from './printers/json.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Go's json.Marshal of an unstructured map: keys sorted, no spaces, HTML-safe escapes. */
export function goJson(v: unknown): string {
  return toGoJsonCompact(v);
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
