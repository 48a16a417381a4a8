// MergingMapsHaveConflicts: do two strategic merge patches set a shared field
// differently? Used by apply with --overwrite=false.
import { deepEqual, goScalarString, isJsonObject, sortScalars, type JsonObject, type JsonValue } from './json-value.js';
import type { PatchSchema } from './schema-builder.js';
import { DIRECTIVE, fail, has, lookupField, RETAIN_KEYS, sliceElementKind } from './strategic-common.js';
import { deduplicateScalars } from './strategic-order.js';

export function mergingMapsHaveConflicts(left: JsonObject, right: JsonObject, schema: PatchSchema | undefined): boolean {
  return fieldsHaveConflicts(left, right, schema, '', '');
}

function fieldsHaveConflicts(left: JsonValue, right: JsonValue, schema: PatchSchema | undefined, strategy: string, mergeKey: string): boolean {
  if (isJsonObject(left)) {
    if (!isJsonObject(right)) return true;
    const lm = has(left, DIRECTIVE);
    const rm = has(right, DIRECTIVE);
    // A directive acts on the whole map, so it conflicts with anything but the same directive.
    if (lm || rm) {
      if (lm !== rm || left[DIRECTIVE] !== right[DIRECTIVE]) return true;
    }
    if (strategy === 'replace') return false;
    return mapsHaveConflicts(left, right, schema);
  }
  if (Array.isArray(left)) {
    if (!Array.isArray(right)) return true;
    return slicesHaveConflicts(left, right, schema, strategy, mergeKey);
  }
  return !deepEqual(left, right);
}

function mapsHaveConflicts(left: JsonObject, right: JsonObject, schema: PatchSchema | undefined): boolean {
  for (const [key, lv] of Object.entries(left)) {
    if (key === DIRECTIVE || key === RETAIN_KEYS || !has(right, key)) continue;
    const meta = isJsonObject(lv) || Array.isArray(lv) ? lookupField(schema, key) : undefined;
    if (fieldsHaveConflicts(lv, right[key], meta?.sub, meta?.strategy ?? '', meta?.mergeKey ?? '')) return true;
  }
  return false;
}

function slicesHaveConflicts(left: JsonValue[], right: JsonValue[], schema: PatchSchema | undefined, strategy: string, mergeKey: string): boolean {
  const kind = sliceElementKind(left, right);
  if (strategy === 'merge') {
    // Merging lists of scalars cannot conflict.
    if (kind !== 'object') return false;
    const l = byMergeKey(left, mergeKey);
    const r = byMergeKey(right, mergeKey);
    for (const [k, lv] of l) {
      if (r.has(k) && fieldsHaveConflicts(lv, r.get(k) as JsonValue, schema, '', '')) return true;
    }
    return false;
  }
  if (left.length !== right.length) return true;
  let l = left;
  let r = right;
  if (kind !== 'object') {
    l = sortScalars(deduplicateScalars(left));
    r = sortScalars(deduplicateScalars(right));
  }
  return l.some((lv, i) => fieldsHaveConflicts(lv, r[i], schema, '', ''));
}

function byMergeKey(list: JsonValue[], mergeKey: string): Map<string, JsonValue> {
  const out = new Map<string, JsonValue>();
  for (const v of list) {
    if (!isJsonObject(v)) fail(`invalid element type in merging list:${JSON.stringify(list)}`);
    const item = v as JsonObject;
    if (!has(item, mergeKey)) fail(`cannot find merge key \`${mergeKey}\` in merging list element:${JSON.stringify(item)}`);
    out.set(goScalarString(item[mergeKey]), item);
  }
  return out;
}
