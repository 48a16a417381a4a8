// RFC 6902 JSON patch (application/json-patch+json) with the semantics of
// gopkg.in/evanphx/json-patch.v4, which kube-apiserver uses: e.g. `replace` of
// a missing object key adds it, negative array indices count from the end,
// and errors carry the library's wording.
import { badRequest, PatchError, unprocessable } from './errors.js';
import { deepClone, deepEqual, isJsonObject, type JsonObject, type JsonValue } from './json-value.js';

export interface JsonPatchOperation {
  op: string;
  path?: string;
  from?: string;
  value?: JsonValue;
}

/** kube-apiserver refuses longer patches (413). */
export const MAX_JSON_PATCH_OPERATIONS = 10000;

type Container = JsonObject | JsonValue[];
type Located = { parent: Container; key: string };

const MISSING = 'missing value';
const BAD_INDEX = 'invalid index referenced';

/**
 * Applies `ops` to a copy of `target`. Throws PatchError: BadRequest when the body
 * is not a list of operations, TooLarge past 10000 ops, Unprocessable (422) when
 * an operation does not apply (the message says why).
 */
export function applyJsonPatch(target: JsonValue, ops: unknown): JsonValue {
  const list = decodePatch(ops);
  if (list.length > MAX_JSON_PATCH_OPERATIONS) {
    throw new PatchError(
      'TooLarge',
      `The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${list.length}`,
    );
  }
  const doc = deepClone(target);
  if (!isContainer(doc)) throw unprocessable('json: cannot unmarshal into Go value of type jsonpatch.partialDoc');
  const root = { doc };
  for (const op of list) {
    const err = applyOne(root, op);
    if (err) throw unprocessable(err);
  }
  return root.doc;
}

function decodePatch(ops: unknown): Record<string, unknown>[] {
  if (!Array.isArray(ops)) {
    throw badRequest(`json: cannot unmarshal ${goJsonTypeName(ops)} into Go value of type jsonpatch.Patch`);
  }
  for (const op of ops) {
    if (op !== null && !isJsonObject(op)) {
      throw badRequest(`json: cannot unmarshal ${goJsonTypeName(op)} into Go value of type jsonpatch.Operation`);
    }
  }
  return ops.map((op) => (op ?? {}) as Record<string, unknown>);
}

function goJsonTypeName(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'object' : typeof v;
}

function isContainer(v: unknown): v is Container {
  return Array.isArray(v) || isJsonObject(v);
}

function stringField(op: Record<string, unknown>, name: string): string | undefined {
  const v = op[name];
  return typeof v === 'string' ? v : undefined;
}

/** Operation.value(): absent or null both mean "no value" (a Go nil node, written as null). */
function opValue(op: Record<string, unknown>): JsonValue {
  const v = op.value;
  return v === undefined ? null : deepClone(v as JsonValue);
}

function decodeKey(k: string): string {
  return k.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** strconv.Atoi */
function atoi(s: string): number | string {
  if (!/^[+-]?\d+$/.test(s)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`;
  return parseInt(s, 10);
}

/** findObject: the container holding the last path segment, or undefined when the path does not resolve. */
function findObject(doc: Container, path: string): Located | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let cur: Container = doc;
  for (const raw of split.slice(1, -1)) {
    const got = get(cur, decodeKey(raw));
    if (typeof got === 'string' || !isContainer(got.value)) return undefined;
    cur = got.value;
  }
  return { parent: cur, key: decodeKey(split[split.length - 1]) };
}

/** Resolves an array index like evanphx (negatives from the end); a string is an error. */
function arrayIndex(arr: JsonValue[], key: string, size = arr.length): number | string {
  const idx = atoi(key);
  if (typeof idx === 'string') return idx;
  if (idx < 0) {
    if (idx < -size) return `Unable to access invalid index: ${idx}: ${BAD_INDEX}`;
    return idx + size;
  }
  return idx;
}

function get(c: Container, key: string): { value: JsonValue | undefined } | string {
  if (!Array.isArray(c)) return { value: c[key] };
  const idx = arrayIndex(c, key);
  if (typeof idx === 'string') return idx;
  if (idx >= c.length) return `Unable to access invalid index: ${idx}: ${BAD_INDEX}`;
  return { value: c[idx] };
}

function add(c: Container, key: string, val: JsonValue): string | undefined {
  if (!Array.isArray(c)) {
    c[key] = val;
    return undefined;
  }
  if (key === '-') {
    c.push(val);
    return undefined;
  }
  const parsed = atoi(key);
  if (typeof parsed === 'string') return `value was not a proper array index: '${key}': ${parsed}`;
  if (parsed >= c.length + 1) return `Unable to access invalid index: ${parsed}: ${BAD_INDEX}`;
  const idx = arrayIndex(c, key, c.length + 1);
  if (typeof idx === 'string') return idx;
  c.splice(idx, 0, val);
  return undefined;
}

function remove(c: Container, key: string): string | undefined {
  if (!Array.isArray(c)) {
    if (!Object.prototype.hasOwnProperty.call(c, key)) return `Unable to remove nonexistent key: ${key}: ${MISSING}`;
    delete c[key];
    return undefined;
  }
  const parsed = atoi(key);
  if (typeof parsed === 'string') return parsed;
  if (parsed >= c.length) return `Unable to access invalid index: ${parsed}: ${BAD_INDEX}`;
  const idx = arrayIndex(c, key);
  if (typeof idx === 'string') return idx;
  c.splice(idx, 1);
  return undefined;
}

function set(c: Container, key: string, val: JsonValue): string | undefined {
  if (!Array.isArray(c)) {
    c[key] = val;
    return undefined;
  }
  const idx = arrayIndex(c, key);
  if (typeof idx === 'string') return idx;
  c[idx] = val;
  return undefined;
}

/** Applies one operation in place; returns the error text, if any. */
function applyOne(root: { doc: Container }, op: Record<string, unknown>): string | undefined {
  const kind = typeof op.op === 'string' ? op.op : 'unknown';
  const path = stringField(op, 'path');
  const from = stringField(op, 'from');
  switch (kind) {
    case 'add': {
      if (path === undefined) return `add operation failed to decode path: ${MISSING}`;
      const loc = findObject(root.doc, path);
      if (!loc) return `add operation does not apply: doc is missing path: "${path}": ${MISSING}`;
      const err = add(loc.parent, loc.key, opValue(op));
      return err && `error in add for path: '${path}': ${err}`;
    }
    case 'remove': {
      if (path === undefined) return `remove operation failed to decode path: ${MISSING}`;
      const loc = findObject(root.doc, path);
      if (!loc) return `remove operation does not apply: doc is missing path: "${path}": ${MISSING}`;
      const err = remove(loc.parent, loc.key);
      return err && `error in remove for path: '${path}': ${err}`;
    }
    case 'replace': {
      if (path === undefined) return `replace operation failed to decode path: operation missing path field: ${MISSING}`;
      if (path === '') {
        const v = opValue(op);
        if (!isContainer(v)) return 'replace operation value must be object or array: %!w(<nil>)';
        root.doc = v;
        return undefined;
      }
      const loc = findObject(root.doc, path);
      if (!loc) return `replace operation does not apply: doc is missing path: ${path}: ${MISSING}`;
      if (typeof get(loc.parent, loc.key) === 'string') return `replace operation does not apply: doc is missing key: ${path}: ${MISSING}`;
      const err = set(loc.parent, loc.key, opValue(op));
      return err && `error in remove for path: '${path}': ${err}`;
    }
    case 'move': {
      if (from === undefined) return `move operation failed to decode from: operation, missing from field: ${MISSING}`;
      const src = findObject(root.doc, from);
      if (!src) return `move operation does not apply: doc is missing from path: ${from}: ${MISSING}`;
      const got = get(src.parent, src.key);
      if (typeof got === 'string') return `error in move for path: '${src.key}': ${got}`;
      const rmErr = remove(src.parent, src.key);
      if (rmErr) return `error in move for path: '${src.key}': ${rmErr}`;
      if (path === undefined) return `move operation failed to decode path: operation missing path field: ${MISSING}`;
      const dst = findObject(root.doc, path);
      if (!dst) return `move operation does not apply: doc is missing destination path: ${path}: ${MISSING}`;
      const err = add(dst.parent, dst.key, got.value ?? null);
      return err && `error in move for path: '${path}': ${err}`;
    }
    case 'copy': {
      if (from === undefined) return `copy operation failed to decode from: operation, missing from field: ${MISSING}`;
      const src = findObject(root.doc, from);
      if (!src) return `copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`;
      const got = get(src.parent, src.key);
      if (typeof got === 'string') return `error in copy for from: '${from}': ${got}`;
      if (path === undefined) return `copy operation failed to decode path: ${MISSING}`;
      const dst = findObject(root.doc, path);
      if (!dst) return `copy operation does not apply: doc is missing destination path: ${path}: ${MISSING}`;
      const err = add(dst.parent, dst.key, deepClone(got.value ?? null));
      return err && `error while adding value during copy: ${err}`;
    }
    case 'test':
      return testOp(root.doc, op, path);
    default:
      return `Unexpected kind: ${kind}`;
  }
}

function testOp(doc: Container, op: Record<string, unknown>, path: string | undefined): string | undefined {
  if (path === undefined) return `test operation failed to decode path: operation missing path field: ${MISSING}`;
  const failed = `testing value ${path} failed: test failed`;
  const want = op.value;
  if (path === '') return deepEqual(doc, want) ? undefined : failed;
  const loc = findObject(doc, path);
  if (!loc) return `test operation does not apply: is missing path: ${path}: ${MISSING}`;
  const got = get(loc.parent, loc.key);
  if (typeof got === 'string') return `error in test for path: '${path}': ${got}`;
  // A missing key and a null value are the same nil node upstream.
  const have = got.value ?? null;
  if (have === null) return want === undefined || want === null ? undefined : failed;
  if (want === undefined || want === null) return failed;
  return deepEqual(have, want) ? undefined : failed;
}
