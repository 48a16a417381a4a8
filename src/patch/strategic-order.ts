// List ordering for strategic merge: upstream keeps the relative order of the
// patch's items ($setElementOrder first), then interleaves the items only the
// server has, by their order in the live list.
// Ref: design-proposals-archive/cli/preserve-order-in-strategic-merge-patch.md
import { isJsonObject, type JsonValue } from './json-value.js';
import { DIRECTIVE, errBadArgType, errNoMergeKey, fail, goV, has, SET_ELEMENT_ORDER } from './strategic-common.js';

/** 'object' for lists of maps (compared by merge key), anything else for scalars (compared by value). */
export type ElementKind = string;

function keyOf(item: JsonValue, mergeKey: string, kind: ElementKind): JsonValue | undefined {
  if (kind !== 'object') return item;
  return isJsonObject(item) ? item[mergeKey] : undefined;
}

/** Position of `val` in `list` by merge key (maps) or value (scalars); -1 if absent. */
export function indexIn(list: JsonValue[], val: JsonValue, mergeKey: string, kind: ElementKind): number {
  const want = keyOf(val, mergeKey, kind);
  return list.findIndex((v) => keyOf(v, mergeKey, kind) === want);
}

function validateMergeKeyInLists(mergeKey: string, ...lists: JsonValue[][]): void {
  for (const list of lists) {
    for (const item of list) {
      if (!isJsonObject(item)) fail(errBadArgType('object', item));
      else if (!has(item, mergeKey)) fail(errNoMergeKey(item, mergeKey));
    }
  }
}

/** Splits out the `$patch: delete` items (they go last). */
export function extractToDeleteItems(list: JsonValue[]): [JsonValue[], JsonValue[]] {
  const keep: JsonValue[] = [];
  const del: JsonValue[] = [];
  for (const v of list) {
    if (!isJsonObject(v)) fail(errBadArgType('object', v));
    else if (v[DIRECTIVE] === 'delete') del.push(v);
    else keep.push(v);
  }
  return [keep, del];
}

/** Sorts `toSort` by the position of each item in `order` (stable); delete directives go last. */
export function normalizeSliceOrder(toSort: JsonValue[], order: JsonValue[], mergeKey: string, kind: ElementKind): JsonValue[] {
  let items = toSort;
  let toDelete: JsonValue[] = [];
  if (kind === 'object') {
    validateMergeKeyInLists(mergeKey, toSort, order);
    [items, toDelete] = extractToDeleteItems(toSort);
  }
  const ranked = items.map((v, i) => {
    const at = indexIn(order, v, mergeKey, kind);
    return { v, i, at: at < 0 ? Number.POSITIVE_INFINITY : at };
  });
  ranked.sort((a, b) => (a.at === b.at ? a.i - b.i : a.at < b.at ? -1 : 1));
  return [...ranked.map((r) => r.v), ...toDelete];
}

/**
 * Inserts the server-only items (`left`) into the patch items (`right`), both
 * already sorted, keeping each list's relative order; a left item goes before
 * the first right item that comes after it in the live list.
 */
function mergeSortedSlice(left: JsonValue[], right: JsonValue[], serverOrder: JsonValue[], mergeKey: string, kind: ElementKind): JsonValue[] {
  const out: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], mergeKey, kind);
      const ri = indexIn(serverOrder, right[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

export function normalizeElementOrder(
  patch: JsonValue[],
  serverOnly: JsonValue[],
  patchOrder: JsonValue[],
  serverOrder: JsonValue[],
  mergeKey: string,
  kind: ElementKind,
): JsonValue[] {
  const p = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const s = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSortedSlice(s, p, serverOrder, mergeKey, kind);
}

/** Splits `list` into the items present in `by` (by merge key or value) and the others. */
export function partitionByPresence(list: JsonValue[], by: JsonValue[], mergeKey: string): [JsonValue[], JsonValue[]] {
  const inPatch: JsonValue[] = [];
  const serverOnly: JsonValue[] = [];
  for (const v of list) {
    let present: boolean;
    if (!mergeKey) {
      present = by.some((b) => b === v);
    } else {
      if (!isJsonObject(v)) return fail(errBadArgType('object', v));
      if (!has(v, mergeKey)) return fail(errNoMergeKey(v, mergeKey));
      present = by.some((b) => {
        if (!isJsonObject(b)) return fail(`value for key ${by.indexOf(b)} is not a map`);
        return has(b, mergeKey) && b[mergeKey] === v[mergeKey];
      });
    }
    (present ? inPatch : serverOnly).push(v);
  }
  return [inPatch, serverOnly];
}

function mergeKeyValueEqual(left: JsonValue, right: JsonValue, mergeKey: string): boolean {
  if (!mergeKey) return left === right;
  if (!isJsonObject(left)) return fail(errBadArgType('object', left));
  if (!isJsonObject(right)) return fail(errBadArgType('object', right));
  if (!has(left, mergeKey)) return fail(errNoMergeKey(left, mergeKey));
  if (!has(right, mergeKey)) return fail(errNoMergeKey(right, mergeKey));
  return left[mergeKey] === right[mergeKey];
}

/** The $setElementOrder list must keep the patch list's relative order and cover its items. */
export function validatePatchWithSetOrderList(patchList: JsonValue[], setOrderList: JsonValue[], mergeKey: string): void {
  if (setOrderList.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey ? extractToDeleteItems(patchList)[0] : patchList;
  let pi = 0;
  let si = 0;
  while (pi < nonDelete.length && si < setOrderList.length) {
    const item = nonDelete[pi];
    if (isJsonObject(item) && has(item, DIRECTIVE)) {
      pi++;
      continue;
    }
    if (mergeKeyValueEqual(item, setOrderList[si], mergeKey)) pi++;
    si++;
  }
  if (pi < nonDelete.length && si >= setOrderList.length) {
    fail(`The order in patch list:\n${goV(patchList)}\n doesn't match ${SET_ELEMENT_ORDER} list:\n${goV(setOrderList)}\n`);
  }
}

/** deduplicateScalars, including its swap-with-last reordering. */
export function deduplicateScalars(input: JsonValue[]): JsonValue[] {
  const s = [...input];
  let length = s.length - 1;
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j <= length; j++) {
      if (s[i] === s[j]) {
        s[j] = s[length];
        s.length = length;
        length--;
        j--;
      }
    }
  }
  return s;
}
