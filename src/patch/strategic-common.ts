// Shared vocabulary of the strategic-merge engines: directive names, schema
// lookups and upstream-worded errors (k8s.io/apimachinery/pkg/util/mergepatch).
import { isJsonObject, jsonKind, type JsonObject, type JsonValue } from './json-value.js';
import { splitStrategy, type PatchSchema } from './schema-builder.js';
import { ERR } from './errors.js';

export const DIRECTIVE = '$patch';
export const RETAIN_KEYS = '$retainKeys';
export const DELETE_FROM_PRIMITIVE_LIST = '$deleteFromPrimitiveList';
export const SET_ELEMENT_ORDER = '$setElementOrder';

/** An engine failure; translated to a PatchError at the public entry points. */
export class SmpFailure extends Error {}

export const fail = (msg: string): never => {
  throw new SmpFailure(msg);
};

export interface FieldMeta {
  /** schema of the value (or list element); undefined = schemaless */
  sub: PatchSchema | undefined;
  mergeKey: string;
  /** the strategy other than retainKeys: "merge", "replace" or "" */
  strategy: string;
  retainKeys: boolean;
}

const NO_META: FieldMeta = { sub: undefined, mergeKey: '', strategy: '', retainKeys: false };

/** Patch metadata of a field; unknown fields get none, so they merge like a JSON merge patch. */
export function lookupField(schema: PatchSchema | undefined, key: string): FieldMeta {
  const f = schema?.field(key);
  if (!f) return NO_META;
  let split: { retainKeys: boolean; strategy: string };
  try {
    split = splitStrategy(f.patchStrategy);
  } catch (e) {
    return fail((e as Error).message);
  }
  return { sub: f.schema, mergeKey: f.patchMergeKey ?? '', strategy: split.strategy, retainKeys: split.retainKeys };
}

/** Go's "%v" of a decoded JSON value, for error messages. */
export function goV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  if (isJsonObject(v)) {
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${goV(v[k])}`).join(' ')}]`;
  }
  return String(v);
}

const GO_TYPE: Record<ReturnType<typeof jsonKind>, string> = {
  null: '<nil>',
  object: 'map[string]interface {}',
  array: '[]interface {}',
  string: 'string',
  number: 'float64',
  boolean: 'bool',
};

export const errNoMergeKey = (m: unknown, k: string) => `map: ${goV(m)} does not contain declared merge key: ${k}`;
export const errBadArgType = (expected: 'object' | 'array', actual: unknown) =>
  `expected a ${GO_TYPE[expected]}, but received a ${GO_TYPE[jsonKind(actual)]}`;
export const errBadPatchType = (t: unknown, m: unknown) => `unknown patch type: ${goV(t)} in map: ${goV(m)}`;

export function asObject(v: JsonValue | undefined): JsonObject {
  return isJsonObject(v) ? v : fail(errBadArgType('object', v));
}

export function asArray(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : fail(errBadArgType('array', v));
}

/** extractKey: "$setElementOrder/containers" → "containers". */
export function extractKey(s: string, prefix: string): string {
  const i = s.indexOf('/');
  if (i < 0 || s.slice(0, i) !== prefix) {
    if (prefix === DELETE_FROM_PRIMITIVE_LIST) fail(ERR.badPrimitiveList);
    if (prefix === SET_ELEMENT_ORDER) fail(ERR.badSetElementOrder);
    fail(`fail to find unknown prefix "${prefix}" in ${s}\n`);
  }
  return s.slice(i + 1);
}

/** Element kind shared by all items of the lists (sliceElementType); undefined when all are empty. */
export function sliceElementKind(...lists: JsonValue[][]): ReturnType<typeof jsonKind> | undefined {
  let prev: ReturnType<typeof jsonKind> | undefined;
  for (const list of lists) {
    for (const v of list) {
      const k = jsonKind(v);
      if (prev === undefined) {
        prev = k;
        if (k === 'array') fail(ERR.noListOfLists);
      } else if (prev !== k) {
        fail(`list element types are not identical: ${goV(lists)}`);
      }
    }
  }
  return prev;
}

export const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
