// Creating strategic merge patches, as kubectl does: the two-way diff
// (edit, set image) and apply's three-way patch. Output keys are sorted like
// Go's json.Marshal so JSON.stringify of the result matches kubectl's body.
import { conflictError, ERR } from './errors.js';
import { deepEqual, goScalarString, isJsonObject, jsonKind, sortKeysDeep, sortScalars, type JsonObject, type JsonValue } from './json-value.js';
import type { PatchSchema } from './schema-builder.js';
import { DELETE_FROM_PRIMITIVE_LIST, DIRECTIVE, errBadArgType, errNoMergeKey, fail, has, lookupField, RETAIN_KEYS, SET_ELEMENT_ORDER, sliceElementKind } from './strategic-common.js';
import { deduplicateScalars, normalizeSliceOrder } from './strategic-order.js';
import { mergeMap, runEngine } from './strategic-merge.js';
import { mergingMapsHaveConflicts } from './strategic-conflicts.js';

export interface DiffOptions {
  /** emit $setElementOrder parallel lists */
  setElementOrder?: boolean;
  ignoreChangesAndAdditions?: boolean;
  ignoreDeletions?: boolean;
  /** set for maps whose field has the retainKeys strategy */
  buildRetainKeysDirective?: boolean;
}

/** The patch turning `original` into `modified` (CreateTwoWayMergePatch), as `kubectl edit` and `set` send it. */
export function createTwoWayMergePatch(original: JsonObject | undefined, modified: JsonObject | undefined, schema: PatchSchema): JsonObject {
  return runEngine(() => sortKeysDeep(diffMaps(original ?? {}, modified ?? {}, schema, { setElementOrder: true })));
}

/**
 * kubectl apply's patch (CreateThreeWayMergePatch): changes and additions from
 * current (live) to modified (the manifest), plus deletions of what original
 * (last-applied) had and modified dropped. With overwrite=false, a patch that
 * changes fields differently from how they changed between original and current
 * is refused.
 */
export function createThreeWayMergePatch(
  original: JsonObject | undefined,
  modified: JsonObject | undefined,
  current: JsonObject | undefined,
  schema: PatchSchema,
  overwrite = true,
): JsonObject {
  return runEngine(() => {
    const o = original ?? {};
    const m = modified ?? {};
    const c = current ?? {};
    const delta = diffMaps(c, m, schema, { ignoreDeletions: true, setElementOrder: true });
    const deletions = diffMaps(o, m, schema, { setElementOrder: true, ignoreChangesAndAdditions: true });
    const patch = mergeMap(deletions, delta, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false });
    if (!overwrite) {
      const changed = diffMaps(o, c, schema, {});
      if (mergingMapsHaveConflicts(patch, changed, schema)) {
        throw conflictError(sortKeysDeep(patch), changed);
      }
    }
    return sortKeysDeep(patch);
  });
}

/**
 * A (recursive) strategic merge patch from original to modified: additions and
 * changes, nulls for removed map keys, delete directives or parallel deletion
 * lists for merging lists, whole values for replaced lists, and $retainKeys for
 * retainKeys fields.
 */
export function diffMaps(original: JsonObject, modified: JsonObject, schema: PatchSchema | undefined, opts: DiffOptions): JsonObject {
  const patch: JsonObject = {};
  const retainKeys: JsonValue[] = [];

  for (const [key, modV] of Object.entries(modified)) {
    if (opts.buildRetainKeysDirective && modV !== null) retainKeys.push(key);
    if (!has(original, key)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = modV;
      continue;
    }
    const origV = original[key];
    if (key === DIRECTIVE) {
      if (typeof origV !== 'string' || typeof modV !== 'string') fail(`invalid value for special key: ${DIRECTIVE}`);
      if (origV !== modV) patch[key] = modV;
      continue;
    }
    if (jsonKind(origV) !== jsonKind(modV)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = modV;
      continue;
    }
    if (isJsonObject(origV)) handleMapDiff(key, origV, modV as JsonObject, patch, schema, opts);
    else if (Array.isArray(origV)) handleSliceDiff(key, origV, modV as JsonValue[], patch, schema, opts);
    else replaceIfNotEqual(key, origV, modV, patch, opts);
  }

  if (!opts.ignoreDeletions) {
    for (const key of Object.keys(original)) if (!has(modified, key)) patch[key] = null;
  }
  if (retainKeys.length > 0 && (Object.keys(patch).length > 0 || hasAdditionalNewField(original, modified))) {
    patch[RETAIN_KEYS] = sortScalars(retainKeys);
  }
  return patch;
}

function handleMapDiff(key: string, orig: JsonObject, mod: JsonObject, patch: JsonObject, schema: PatchSchema | undefined, opts: DiffOptions): void {
  const meta = lookupField(schema, key);
  if (meta.strategy === 'replace') {
    if (!opts.ignoreChangesAndAdditions) patch[key] = mod;
    return;
  }
  const sub = diffMaps(orig, mod, meta.sub, { ...opts, buildRetainKeysDirective: meta.retainKeys });
  if (Object.keys(sub).length > 0) patch[key] = sub;
}

function handleSliceDiff(key: string, orig: JsonValue[], mod: JsonValue[], patch: JsonObject, schema: PatchSchema | undefined, opts: DiffOptions): void {
  const meta = lookupField(schema, key);
  if (meta.strategy !== 'merge') {
    replaceIfNotEqual(key, orig, mod, patch, opts);
    return;
  }
  const [add, del, order] = diffLists(orig, mod, meta.sub, meta.mergeKey, { ...opts, buildRetainKeysDirective: meta.retainKeys });
  if (add.length > 0) patch[key] = add;
  if (del.length > 0) patch[`${DELETE_FROM_PRIMITIVE_LIST}/${key}`] = del;
  if (order.length > 0) patch[`${SET_ELEMENT_ORDER}/${key}`] = order;
}

function replaceIfNotEqual(key: string, orig: JsonValue, mod: JsonValue, patch: JsonObject, opts: DiffOptions): void {
  if (opts.ignoreChangesAndAdditions) return;
  if (!deepEqual(orig, mod)) patch[key] = mod;
}

function hasAdditionalNewField(original: JsonObject, modified: JsonObject): boolean {
  return Object.entries(original).some(([k, v]) => v !== null && !has(modified, k));
}

/** [patch list, parallel deletion list, $setElementOrder list] for a merging list. */
function diffLists(
  original: JsonValue[],
  modified: JsonValue[],
  schema: PatchSchema | undefined,
  mergeKey: string,
  opts: DiffOptions,
): [JsonValue[], JsonValue[], JsonValue[]] {
  if (original.length === 0) {
    if (modified.length === 0 || opts.ignoreChangesAndAdditions) return [[], [], []];
    return [modified, [], []];
  }
  const kind = sliceElementKind(original, modified) as string;
  if (kind === 'object') {
    const [changes, deletions] = diffListsOfMaps(original, modified, schema, mergeKey, opts);
    const patchList = [...normalizeSliceOrder(changes, modified, mergeKey, kind), ...deletions];
    const orderSame = isOrderSame(original, modified, mergeKey);
    let order: JsonValue[] = [];
    if (
      opts.setElementOrder &&
      ((!opts.ignoreChangesAndAdditions && (patchList.length > 0 || !orderSame)) || (!opts.ignoreDeletions && patchList.length > 0))
    ) {
      order = modified.map((v) => ({ [mergeKey]: (v as JsonObject)[mergeKey] }));
    }
    return [patchList, [], order];
  }
  if (kind === 'array') fail(ERR.noListOfLists);

  const [adds, deletions] = diffListsOfScalars(original, modified, opts);
  const patchList = normalizeSliceOrder(adds, modified, mergeKey, kind);
  let order: JsonValue[] = [];
  // Upstream compares the (sorted in place) original with modified.
  const changed = !deepEqual(sortScalars(original), modified);
  if (opts.setElementOrder && ((!opts.ignoreDeletions && deletions.length > 0) || (!opts.ignoreChangesAndAdditions && changed))) {
    order = modified;
  }
  return [patchList, deletions, order];
}

function isOrderSame(original: JsonValue[], modified: JsonValue[], mergeKey: string): boolean {
  if (original.length !== modified.length) return false;
  return modified.every((m, i) => {
    const o = original[i];
    if (!mergeKey) return o === m;
    if (!isJsonObject(o)) return fail(errBadArgType('object', o));
    if (!isJsonObject(m)) return fail(errBadArgType('object', m));
    if (!has(o, mergeKey)) return fail(errNoMergeKey(o, mergeKey));
    if (!has(m, mergeKey)) return fail(errNoMergeKey(m, mergeKey));
    return o[mergeKey] === m[mergeKey];
  });
}

/** Walks both lists sorted by their "%v" text: additions and deletions. */
function diffListsOfScalars(original: JsonValue[], modified: JsonValue[], opts: DiffOptions): [JsonValue[], JsonValue[]] {
  const o = sortScalars(original);
  const m = sortScalars(modified);
  const adds: JsonValue[] = [];
  const dels: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const os = i < o.length ? goScalarString(o[i]) : undefined;
    const ms = j < m.length ? goScalarString(m[j]) : undefined;
    if (os !== undefined && ms !== undefined && os === ms) {
      i++;
      j++;
    } else if (os === undefined || (ms !== undefined && os > ms)) {
      if (!opts.ignoreChangesAndAdditions) adds.push(m[j]);
      j++;
    } else {
      if (!opts.ignoreDeletions) dels.push(o[i]);
      i++;
    }
  }
  return [adds, deduplicateScalars(dels)];
}

function mergeKeyText(item: JsonValue, mergeKey: string): { map: JsonObject; value: JsonValue; text: string } {
  if (!isJsonObject(item)) return fail(errBadArgType('object', item));
  if (!has(item, mergeKey)) return fail(errNoMergeKey(item, mergeKey));
  return { map: item, value: item[mergeKey], text: goScalarString(item[mergeKey]) };
}

function sortByMergeKey(list: JsonValue[], mergeKey: string) {
  return list
    .map((item, idx) => ({ ...mergeKeyText(item, mergeKey), idx }))
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.idx - b.idx));
}

/** Changes/additions and delete directives between two lists of maps, matched by merge key. */
function diffListsOfMaps(
  original: JsonValue[],
  modified: JsonValue[],
  schema: PatchSchema | undefined,
  mergeKey: string,
  opts: DiffOptions,
): [JsonValue[], JsonValue[]] {
  const o = sortByMergeKey(original, mergeKey);
  const m = sortByMergeKey(modified, mergeKey);
  const patch: JsonValue[] = [];
  const deletions: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const oe = i < o.length ? o[i] : undefined;
    const me = j < m.length ? m[j] : undefined;
    if (oe && me && oe.text === me.text) {
      const pv = diffMaps(oe.map, me.map, schema, opts);
      if (Object.keys(pv).length > 0) {
        pv[mergeKey] = me.value;
        patch.push(pv);
      }
      i++;
      j++;
    } else if (me && (!oe || oe.text > me.text)) {
      if (!opts.ignoreChangesAndAdditions) patch.push(me.map);
      j++;
    } else if (oe) {
      if (!opts.ignoreDeletions) deletions.push({ [mergeKey]: oe.value, [DIRECTIVE]: 'delete' });
      i++;
    }
  }
  return [patch, deletions];
}
