// RFC 7386 JSON merge patch (application/merge-patch+json), with the
// behaviour of evanphx/json-patch as used by kube-apiserver and kubectl.
import { badRequest, conflictError } from './errors.js';
import { deepClone, deepEqual, isJsonObject, jsonKind, sortKeysDeep, type JsonObject, type JsonValue } from './json-value.js';

/** RFC 7386 MergePatch(target, patch). Inputs are not modified. */
export function applyMergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isJsonObject(patch)) return deepClone(patch);
  const out: JsonObject = isJsonObject(target) ? deepClone(target) : {};
  mergeInto(out, patch);
  return out;
}

function mergeInto(doc: JsonObject, patch: JsonObject): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete doc[k];
    } else if (isJsonObject(v)) {
      const cur = doc[k];
      if (isJsonObject(cur)) mergeInto(cur, v);
      else doc[k] = applyMergePatch(undefined, v);
    } else {
      doc[k] = deepClone(v);
    }
  }
}

/**
 * What the apiserver does with a merge-patch body against a stored object:
 * the body must be a JSON object (an array replaces the document; anything else,
 * `null` included, is "Invalid JSON Patch", 400).
 */
export function applyMergePatchToObject(target: JsonObject, patch: unknown): JsonValue {
  if (Array.isArray(patch)) return deepClone(patch as JsonValue[]);
  if (!isJsonObject(patch)) throw badRequest('Invalid JSON Patch');
  return applyMergePatch(target, patch);
}

/** The merge patch turning `original` into `modified` (evanphx CreateMergePatch); keys sorted like Go. */
export function createMergePatch(original: JsonObject, modified: JsonObject): JsonObject {
  return sortKeysDeep(diff(original, modified));
}

function diff(a: JsonObject, b: JsonObject): JsonObject {
  const into: JsonObject = {};
  for (const [key, bv] of Object.entries(b)) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) {
      into[key] = deepClone(bv);
      continue;
    }
    const av = a[key];
    if (jsonKind(av) !== jsonKind(bv)) {
      into[key] = deepClone(bv);
    } else if (isJsonObject(av) && isJsonObject(bv)) {
      const sub = diff(av, bv);
      if (Object.keys(sub).length > 0) into[key] = sub;
    } else if (!deepEqual(av, bv)) {
      into[key] = deepClone(bv);
    }
  }
  for (const key of Object.keys(a)) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) into[key] = null;
  }
  return into;
}

/**
 * kubectl apply's three-way patch for types without strategic-merge metadata
 * (jsonmergepatch.CreateThreeWayJSONMergePatch): additions and changes from
 * current→modified, plus deletions from original→modified.
 */
export function createThreeWayJsonMergePatch(
  original: JsonObject | undefined,
  modified: JsonObject | undefined,
  current: JsonObject | undefined,
): JsonObject {
  const addAndChange = keepOrDeleteNull(diff(current ?? {}, modified ?? {}), false);
  const deletions = keepOrDeleteNull(diff(original ?? {}, modified ?? {}), true);
  if (hasConflicts(addAndChange, deletions)) {
    throw conflictError(addAndChange, deletions);
  }
  const merged = deepClone(deletions);
  mergeMergePatches(merged, addAndChange);
  return sortKeysDeep(merged);
}

/** keepNull: keep only nulls (deletions); otherwise drop every null (additions and changes). */
function keepOrDeleteNull(m: JsonObject, keepNull: boolean): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(m)) {
    if (v === null) {
      if (keepNull) out[k] = null;
    } else if (isJsonObject(v)) {
      // An explicitly-set empty map is a value, not an empty patch.
      if (Object.keys(v).length === 0) {
        if (!keepNull) out[k] = v;
        continue;
      }
      const sub = keepOrDeleteNull(v, keepNull);
      if (Object.keys(sub).length > 0) out[k] = sub;
    } else if (!keepNull) {
      out[k] = v;
    }
  }
  return out;
}

/** Applies patch2 over patch1 (both patches): like a merge but nulls in patch2 are kept. */
function mergeMergePatches(doc: JsonObject, patch: JsonObject): void {
  for (const [k, v] of Object.entries(patch)) {
    const cur = doc[k];
    if (v !== null && isJsonObject(v) && isJsonObject(cur)) mergeMergePatches(cur, v);
    else doc[k] = deepClone(v);
  }
}

/** mergepatch.HasConflicts: the two patches set a shared key to different values. */
export function hasConflicts(left: JsonValue, right: JsonValue): boolean {
  if (isJsonObject(left)) {
    if (!isJsonObject(right)) return true;
    for (const [k, lv] of Object.entries(left)) {
      if (!Object.prototype.hasOwnProperty.call(right, k)) continue;
      if (hasConflicts(lv, right[k])) return true;
    }
    return false;
  }
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return true;
    return left.some((lv, i) => hasConflicts(lv, right[i]));
  }
  return !deepEqual(left, right);
}
