// Merging lists in a strategic merge patch: lists with patchStrategy "merge"
// merge maps by their merge key (or scalars as a set), honouring "$patch"
// items; other lists are replaced.
import { isJsonObject, type JsonObject, type JsonValue } from './json-value.js';
import type { PatchSchema } from './schema-builder.js';
import { asObject, DIRECTIVE, errBadPatchType, errNoMergeKey, fail, has, sliceElementKind } from './strategic-common.js';
import { deduplicateScalars, normalizeElementOrder, partitionByPresence } from './strategic-order.js';
import { cleanNewValue, mergeMap, type MergeOptions } from './strategic-merge.js';

/**
 * `merged` is the new list. `view` is the live list as upstream's Go code leaves
 * it after merging in place: deleting items shifts the later ones left and new
 * items are appended into the freed slots. The $setElementOrder pass orders by
 * that view, so we reproduce it to order lists exactly as kube-apiserver does.
 */
export interface SliceMerge {
  merged: JsonValue[];
  view: JsonValue[];
}

export function mergeSliceHandler(
  original: JsonValue[],
  patch: JsonValue[],
  schema: PatchSchema | undefined,
  strategy: string,
  mergeKey: string,
  isDeleteList: boolean,
  opts: MergeOptions,
): SliceMerge {
  // Deletion lists apply whatever the field's strategy.
  if (strategy === 'merge' || isDeleteList) return mergeSlice(original, patch, schema, mergeKey, opts, isDeleteList);
  return { merged: opts.mergeParallelList ? (cleanNewValue(patch, opts) as JsonValue[]) : patch, view: original };
}

/** The live list's backing array, with the slice length Go's code is using. */
interface Backing {
  arr: JsonValue[];
  len: number;
}

function mergeSlice(
  original: JsonValue[],
  patch: JsonValue[],
  schema: PatchSchema | undefined,
  mergeKey: string,
  opts: MergeOptions,
  isDeleteList: boolean,
): SliceMerge {
  if (original.length === 0 && patch.length === 0) return { merged: original, view: original };
  const kind = sliceElementKind(original, patch) as string;

  if (kind !== 'object') {
    if (opts.mergeParallelList && isDeleteList) {
      return { merged: original.filter((v) => !patch.some((d) => d === v)), view: original };
    }
    const merged = deduplicateScalars([...original, ...patch]);
    const [patchItems, serverOnly] = partitionByPresence(merged, patch, mergeKey);
    return { merged: normalizeElementOrder(patchItems, serverOnly, patch, original, mergeKey, kind), view: original };
  }

  if (!mergeKey) fail('cannot merge lists without merge key for Struct');
  const backing: Backing = { arr: [...original], len: original.length };
  const { plain, replace } = applySpecialElements(backing, patch, mergeKey);
  let orig: JsonValue[];
  let pat: JsonValue[];
  let merged: JsonValue[];
  if (replace) {
    // After "$patch: replace" the patch's items are the whole list.
    orig = opts.mergeParallelList ? (cleanNewValue(plain, opts) as JsonValue[]) : plain;
    pat = [];
    merged = orig;
  } else {
    orig = backing.arr.slice(0, backing.len);
    pat = plain;
    merged = mergeItems(backing, pat, mergeKey, schema, opts);
  }
  const [patchItems, serverOnly] = partitionByPresence(merged, pat, mergeKey);
  return { merged: normalizeElementOrder(patchItems, serverOnly, pat, orig, mergeKey, kind), view: backing.arr };
}

/** Applies the `$patch` items: delete removes matching live items, replace discards the live list. */
function applySpecialElements(backing: Backing, patch: JsonValue[], mergeKey: string): { plain: JsonValue[]; replace: boolean } {
  const plain: JsonValue[] = [];
  let replace = false;
  for (const v of patch) {
    const item = asObject(v);
    if (!has(item, DIRECTIVE)) {
      plain.push(item);
      continue;
    }
    switch (item[DIRECTIVE]) {
      case 'delete':
        if (!has(item, mergeKey)) fail(errNoMergeKey(item, mergeKey));
        deleteMatching(backing, mergeKey, item[mergeKey]);
        break;
      case 'replace':
        replace = true;
        break;
      case 'merge': {
        // Upstream refuses this; we read it as a plain item when it has content.
        const rest = { ...item };
        delete rest[DIRECTIVE];
        if (Object.keys(rest).length > 0) plain.push(rest);
        break;
      }
      default:
        fail(errBadPatchType(item[DIRECTIVE], item));
    }
  }
  return { plain, replace };
}

function findByKey(list: JsonValue[], len: number, mergeKey: string, value: JsonValue): number {
  for (let i = 0; i < len; i++) {
    const o = list[i];
    if (!isJsonObject(o)) return fail(`value for key ${i} is not a map`);
    if (has(o, mergeKey) && o[mergeKey] === value) return i;
  }
  return -1;
}

/** Go's append(s[:i], s[i+1:]...) in place: later items shift left, the last slot keeps a stale copy. */
function deleteMatching(backing: Backing, mergeKey: string, value: JsonValue): void {
  for (;;) {
    const i = findByKey(backing.arr, backing.len, mergeKey, value);
    if (i < 0) return;
    for (let t = i; t < backing.len - 1; t++) backing.arr[t] = backing.arr[t + 1];
    backing.len--;
  }
}

/** Merges each patch item into the live item with the same key, or appends it. */
function mergeItems(backing: Backing, patch: JsonValue[], mergeKey: string, schema: PatchSchema | undefined, opts: MergeOptions): JsonValue[] {
  const out = backing.arr.slice(0, backing.len);
  for (const v of patch) {
    const item = asObject(v);
    if (!has(item, mergeKey)) fail(errNoMergeKey(item, mergeKey));
    const idx = findByKey(out, out.length, mergeKey, item[mergeKey]);
    if (idx >= 0) {
      out[idx] = mergeMap(out[idx] as JsonObject, item, schema, opts);
      continue;
    }
    const added = opts.mergeParallelList ? (cleanNewValue(item, opts) as JsonValue) : item;
    // Appending reuses the freed slots of the live list's array.
    if (out.length < backing.arr.length) backing.arr[out.length] = added;
    out.push(added);
  }
  return out;
}
