// --save-config for objects kubectl builds itself (create generators, autoscale): kubectl
// records them with its typed JSON encoder, so the annotation follows the Go structs' field
// order (kind and apiVersion first, then ObjectMeta's order), not the sorted keys of
// unstructured objects (apply-patch.ts's goJson). The generators build their objects in the
// Go field order; only the envelope and ObjectMeta are put in order here.
import type { KubeObject } from '../client/types.js';
import { LAST_APPLIED } from './apply-patch.js';
import { goJsonString } from './printers/json.js';

/** metav1.ObjectMeta's JSON fields in struct order */
const OBJECT_META_ORDER = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'];

/** encoding/json's string escaping: HTML-safe, like the Encoder kubectl uses. */
const esc = goJsonString;

/** JSON in the objects' own key order (Go structs keep theirs), maps' keys sorted as Go sorts map keys. */
function encode(x: unknown, sortKeys = false): string {
  if (x === null || x === undefined) return 'null';
  if (typeof x === 'string') return esc(x);
  if (typeof x === 'number' || typeof x === 'boolean') return JSON.stringify(x);
  if (Array.isArray(x)) return `[${x.map((v) => encode(v)).join(',')}]`;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined);
  if (sortKeys) keys.sort();
  // labels, annotations, selectors' matchLabels, data: Go maps, encoded with sorted keys
  return `{${keys.map((k) => `${esc(k)}:${encode(o[k], MAP_FIELDS.has(k))}`).join(',')}}`;
}

/** fields whose values are map[string]string in the generated kinds */
const MAP_FIELDS = new Set(['labels', 'annotations', 'matchLabels', 'data', 'binaryData', 'nodeSelector', 'stringData']);

/** The annotation's value: the object without its own last-applied annotation (no annotations left: none at all), plus a newline. */
export function typedLastAppliedFor(obj: KubeObject): string {
  const { kind, apiVersion, metadata, ...rest } = structuredClone(obj);
  const annotations = { ...(metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const meta: Record<string, unknown> = {};
  const source = { ...metadata, annotations: Object.keys(annotations).length ? annotations : undefined } as Record<string, unknown>;
  for (const k of OBJECT_META_ORDER) if (source[k] !== undefined) meta[k] = source[k];
  return encode({ kind, apiVersion, metadata: meta, ...rest }) + '\n';
}

/** util.CreateOrUpdateAnnotation for a typed object kubectl generated. */
export function withTypedLastApplied(obj: KubeObject): KubeObject {
  const out = structuredClone(obj);
  out.metadata.annotations = { ...(out.metadata.annotations ?? {}), [LAST_APPLIED]: typedLastAppliedFor(obj) };
  return out;
}
