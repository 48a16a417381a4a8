// Plain-JSON helpers shared by the patch engines: type tests, deep copy and
// equality, and a serializer that writes what Go's encoding/json writes for a
// map[string]interface{} (sorted keys, HTML-safe escapes), since kubectl's
// patch bodies are produced that way and must match byte for byte.

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The Go dynamic type a decoded JSON value would have; used where upstream compares reflect.TypeOf. */
export function jsonKind(v: unknown): 'null' | 'object' | 'array' | 'string' | 'number' | 'boolean' {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v as 'string' | 'number' | 'boolean';
}

export function deepClone<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => deepClone(x)) as T;
  if (isJsonObject(v)) {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) out[k] = deepClone(x);
    return out as T;
  }
  return v;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Go's fmt "%v" of a decoded JSON scalar, as upstream uses to sort and compare merge keys. */
export function goScalarString(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  return String(v);
}

/** Orders scalars by their "%v" string, like strategicpatch.sortScalars. */
export function sortScalars(list: JsonValue[]): JsonValue[] {
  const strs = list.map((v, i) => ({ v, s: goScalarString(v), i }));
  strs.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.i - b.i));
  return strs.map((x) => x.v);
}

/** Recursively copies a value with every object's keys in byte order (Go map marshaling order). */
export function sortKeysDeep<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => sortKeysDeep(x)) as T;
  if (isJsonObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v).sort(compareBytes)) out[k] = sortKeysDeep(v[k]);
    return out as T;
  }
  return v;
}

function compareBytes(a: string, b: string): number {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return Buffer.compare(ba, bb);
}

/**
 * JSON text as Go's json.Marshal writes a map[string]interface{}: keys sorted,
 * and <, >, &, U+2028, U+2029 escaped as \u003c etc.
 */
export function goJsonStringify(v: unknown): string {
  return JSON.stringify(sortKeysDeep(v)).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
