// Strategic merge patch (application/strategic-merge-patch+json), following
// k8s.io/apimachinery/pkg/util/strategicpatch: maps merge recursively, null
// deletes, lists with patchStrategy "merge" merge by patchMergeKey (or as a
// set for scalars), other lists are replaced; directives $patch,
// $retainKeys, $setElementOrder/<list> and $deleteFromPrimitiveList/<list>.
import { badRequest, ERR, PatchError, smpError } from './errors.js';
import { deepClone, deepEqual, isJsonObject, jsonKind, type JsonObject, type JsonValue } from './json-value.js';
import type { PatchSchema } from './schema-builder.js';
import {
  asArray,
  asObject,
  DELETE_FROM_PRIMITIVE_LIST,
  DIRECTIVE,
  errBadPatchType,
  extractKey,
  fail,
  has,
  lookupField,
  RETAIN_KEYS,
  SET_ELEMENT_ORDER,
  sliceElementKind,
  SmpFailure,
} from './strategic-common.js';
import { normalizeElementOrder, partitionByPresence, validatePatchWithSetOrderList } from './strategic-order.js';
import { mergeSliceHandler } from './strategic-merge-list.js';

export { createThreeWayMergePatch, createTwoWayMergePatch } from './strategic-diff.js';

export interface MergeOptions {
  /** server side: apply the parallel lists ($deleteFromPrimitiveList, $setElementOrder); client side (3-way) keeps them */
  mergeParallelList: boolean;
  /** server side: a null for an absent key is dropped; client side it is kept as a deletion */
  ignoreUnmatchedNulls: boolean;
}

const SERVER: MergeOptions = { mergeParallelList: true, ignoreUnmatchedNulls: true };

/**
 * Applies a strategic merge patch to `original` as kube-apiserver does. Inputs are
 * not modified. Throws PatchError (kind tells the HTTP mapping).
 */
export function applyStrategicMergePatch(original: JsonObject, patch: unknown, schema: PatchSchema): JsonObject {
  // The apiserver decodes the body into a map: null decodes to an empty patch, other non-objects fail.
  if (patch === null) return deepClone(original);
  if (!isJsonObject(patch)) {
    const t = Array.isArray(patch) ? 'array' : typeof patch;
    throw badRequest(`json: cannot unmarshal ${t} into Go value of type map[string]interface {}`);
  }
  return runEngine(() => mergeMap(deepClone(original), deepClone(patch), schema, SERVER));
}

export function runEngine<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SmpFailure) throw smpError(e.message);
    if (e instanceof PatchError) throw e;
    throw smpError((e as Error).message);
  }
}

/** Merges `patch` into `original` (both owned by the caller and mutated). */
export function mergeMap(original: JsonObject, patch: JsonObject, schema: PatchSchema | undefined, opts: MergeOptions): JsonObject {
  if (has(patch, DIRECTIVE)) {
    const directive = patch[DIRECTIVE];
    if (directive === 'replace') {
      delete patch[DIRECTIVE];
      return opts.mergeParallelList ? (cleanNewValue(patch, opts) as JsonObject) : patch;
    }
    if (directive === 'delete') return {};
    // "$patch: merge" is the default behaviour; upstream rejects it, we accept it.
    if (directive !== 'merge') fail(errBadPatchType(directive, patch));
    delete patch[DIRECTIVE];
  }

  applyRetainKeysDirective(original, patch, opts);
  mergePatchIntoOriginal(original, patch, schema, opts);

  for (const rawKey of Object.keys(patch)) {
    let k = rawKey;
    const patchV = patch[rawKey];
    let isDeleteList = false;
    if (rawKey.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
      if (!opts.mergeParallelList) {
        original[rawKey] = patchV;
        continue;
      }
      k = extractKey(rawKey, DELETE_FROM_PRIMITIVE_LIST);
      isDeleteList = true;
    }

    if (patchV === null) {
      delete original[k];
      if (opts.ignoreUnmatchedNulls) continue;
    }

    if (!has(original, k) || jsonKind(original[k]) !== jsonKind(patchV)) {
      if (!isDeleteList) setNewValue(original, k, patchV, opts);
      continue;
    }

    const meta = lookupField(schema, k);
    const cur = original[k];
    if (isJsonObject(cur)) {
      const p = asObject(patchV);
      if (meta.strategy !== 'replace') original[k] = mergeMap(cur, p, meta.sub, opts);
      else original[k] = opts.mergeParallelList ? (cleanNewValue(p, opts) as JsonObject) : p;
    } else if (Array.isArray(cur)) {
      original[k] = mergeSliceHandler(cur, asArray(patchV), meta.sub, meta.strategy, meta.mergeKey, isDeleteList, opts).merged;
    } else {
      original[k] = patchV;
    }
  }
  return original;
}

function setNewValue(target: JsonObject, k: string, v: JsonValue, opts: MergeOptions): void {
  const cleaned = cleanNewValue(v, opts);
  if (cleaned === undefined) delete target[k];
  else target[k] = cleaned;
}

const isDirectiveKey = (k: string) =>
  k === DIRECTIVE || k === RETAIN_KEYS || k.startsWith(SET_ELEMENT_ORDER + '/') || k.startsWith(DELETE_FROM_PRIMITIVE_LIST + '/');

/**
 * A value taken whole from the patch (removeDirectives): maps carrying $patch and
 * list items carrying $patch are dropped. Server side we also drop nulls and the
 * other directive keys, and keep the content of a "$patch: replace|merge" map,
 * so no directive ever reaches a stored object. Returns undefined to drop.
 */
export function cleanNewValue(v: JsonValue, opts: MergeOptions): JsonValue | undefined {
  const server = opts.mergeParallelList;
  if (Array.isArray(v)) {
    const out: JsonValue[] = [];
    for (const item of v) {
      if (isJsonObject(item) && has(item, DIRECTIVE)) continue;
      const c = cleanNewValue(item, opts);
      if (c !== undefined) out.push(c);
    }
    return out;
  }
  if (!isJsonObject(v)) return v;
  if (has(v, DIRECTIVE) && (!server || v[DIRECTIVE] === 'delete')) return undefined;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) {
    if (server && (isDirectiveKey(k) || x === null)) continue;
    const c = cleanNewValue(x, opts);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

function applyRetainKeysDirective(original: JsonObject, patch: JsonObject, opts: MergeOptions): void {
  if (!has(patch, RETAIN_KEYS)) return;
  const retain = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];

  if (!opts.mergeParallelList) {
    // Merging two patches: both must carry the same list.
    if (has(original, RETAIN_KEYS)) {
      if (!deepEqual(original[RETAIN_KEYS], retain)) {
        fail('retainKeys lists are not deep equal: this may happen when calculating the 3-way diff patch');
      }
    } else {
      original[RETAIN_KEYS] = retain;
    }
    return;
  }

  if (!Array.isArray(retain)) return fail(ERR.badRetainKeys);
  const keep = new Set(retain);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(DELETE_FROM_PRIMITIVE_LIST) || k.startsWith(SET_ELEMENT_ORDER)) continue;
    if (!keep.has(k)) fail(ERR.badRetainKeys);
  }
  for (const k of Object.keys(original)) {
    if (!keep.has(k)) delete original[k];
  }
}

/**
 * Handles each $setElementOrder/<list> with its list: merges the list, then
 * orders it ($setElementOrder > patch order > live order). Client side the
 * directive is also kept in `original`.
 */
function mergePatchIntoOriginal(original: JsonObject, patch: JsonObject, schema: PatchSchema | undefined, opts: MergeOptions): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const order = patch[key];
    if (!opts.mergeParallelList) {
      if (has(original, key)) {
        if (!deepEqual(original[key], order)) fail(ERR.badSetElementOrder);
      } else {
        original[key] = order;
      }
    }
    delete patch[key];

    const orderList = asArray(order);
    const listKey = extractKey(key, SET_ELEMENT_ORDER);
    const foundOriginal = has(original, listKey);
    const foundPatch = has(patch, listKey);
    const originalList = foundOriginal ? asArray(original[listKey]) : [];
    const patchList = foundPatch ? asArray(patch[listKey]) : [];
    const meta = lookupField(schema, listKey);
    validatePatchWithSetOrderList(patchList, orderList, meta.mergeKey);

    let merged: JsonValue[];
    // Upstream orders by the live list as its merge left it in place (see mergeSliceHandler).
    let serverOrder = originalList;
    if (foundOriginal && !foundPatch) merged = originalList;
    else if (!foundOriginal && foundPatch) merged = cleanNewValue(patchList, opts) as JsonValue[];
    else if (foundOriginal && foundPatch) {
      ({ merged, view: serverOrder } = mergeSliceHandler(originalList, patchList, meta.sub, meta.strategy, meta.mergeKey, false, opts));
    } else continue;

    const kind = sliceElementKind(serverOrder, patchList);
    if (kind === undefined || (kind === 'object' && !meta.mergeKey)) {
      // Nothing to order by (schemaless list of maps, or empty lists).
      original[listKey] = merged;
    } else {
      const [patchItems, serverOnly] = partitionByPresence(merged, orderList, meta.mergeKey);
      original[listKey] = normalizeElementOrder(patchItems, serverOnly, orderList, serverOrder, meta.mergeKey, kind);
    }
    delete patch[listKey];
  }
}
