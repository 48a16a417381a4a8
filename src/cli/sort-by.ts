// kubectl get --sort-by (kubectl/pkg/cmd/get/sorter.go, as shipped in 1.33): the first value
// a JSONPath finds on each object decides the order; numbers compare numerically, strings
// as quantities when both parse as one and byte-wise otherwise; an object without the
// field sorts before everything. The ordering comes from Go's sort.Sort (util/go-sort.ts): it is
// not stable, and a missing value is "less" even than another missing one, so only the same
// algorithm gives the same order.
import type { ServerTable, TableRow } from './printers/table.js';
import { CliError } from './errors.js';
import { goSort } from '../util/go-sort.js';
import { relaxedJsonPath } from './printers/customcolumns.js';
import { JsonPathEvaluator, JsonPathExecError } from './printers/jsonpath-eval.js';
import { JsonPathParseError, parseJsonPath, type JpList } from './printers/jsonpath-parse.js';
import { cmpQuantity, parseQuantity } from './describe/quantity.js';

/**
 * kubectl gives up with klog.Exitf when two values cannot be compared: a `F…` log line on
 * stderr and exit status 1. `where` is the %T kubectl names (the sorted thing's Go type).
 */
export class UnsortableError extends Error {
  constructor(
    readonly field: string,
    readonly where: 'objects' | 'table',
    readonly reason: string,
  ) {
    super(`Field ${field} in ${where === 'table' ? '[][][]reflect.Value' : '*unstructured.Unstructured'} is an unsortable type: interface, err: ${reason}`);
  }

  /** The klog line kubectl 1.33 prints (sorter.go's line numbers included). */
  klogLine(now = new Date(), pid = process.pid): string {
    const p2 = (n: number) => String(n).padStart(2, '0');
    const micros = String(now.getMilliseconds() * 1000).padStart(6, '0');
    const stamp = `${p2(now.getMonth() + 1)}${p2(now.getDate())} ${p2(now.getHours())}:${p2(now.getMinutes())}:${p2(now.getSeconds())}.${micros}`;
    return `F${stamp} ${String(pid).padStart(7)} sorter.go:${this.where === 'table' ? 375 : 329}] ${this.message}\n`;
  }
}

/** RelaxedJSONPathExpression, falling back to the text as given (what the printers do). */
export function lenientSortField(sortBy: string): string {
  try {
    return relaxedJsonPath(sortBy);
  } catch {
    return sortBy;
  }
}

function parseField(field: string): JpList {
  try {
    return parseJsonPath(field);
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new CliError(e.message);
    throw e;
  }
}

/** FindResults with missing keys allowed; an evaluation error is kubectl's error as is. */
function findResults(root: JpList, obj: unknown): unknown[][] {
  try {
    return new JsonPathEvaluator(true).findResults(obj, root.nodes);
  } catch (e) {
    if (e instanceof JsonPathExecError) throw new CliError(e.message);
    throw e;
  }
}

const found = (values: unknown[][]): boolean => values.length > 0 && values[0].length > 0;

const notFound = (field: string) => new CliError(`couldn't find any field with path ${JSON.stringify(field)} in the list of objects`);

/** The Go type a decoded JSON value has inside an unstructured object. */
function goType(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** sorter.go's isLess for two interface values; throws the reason when they cannot be ordered. */
export function isLessValue(a: unknown, b: unknown): boolean {
  const ta = goType(a);
  const tb = goType(b);
  if (ta === 'nil' || tb === 'nil') return ta !== 'nil' ? false : tb !== 'nil';
  if (ta === 'int64' || ta === 'float64') {
    if (tb === ta) return (a as number) < (b as number);
    throw new Error('unsortable interface: interface');
  }
  if (ta === 'string') {
    if (tb !== 'string') throw new Error('unsortable interface: interface');
    const qa = asQuantity(a as string);
    const qb = qa && asQuantity(b as string);
    if (qa && qb) return cmpQuantity(qa, qb) < 0;
    return Buffer.compare(Buffer.from(a as string), Buffer.from(b as string)) < 0;
  }
  throw new Error(`unsortable type: ${ta}`);
}

/** resource.ParseQuantity accepts no surrounding blanks, unlike describe's lenient parser. */
function asQuantity(s: string) {
  if (!s || s.trim() !== s) return undefined;
  return parseQuantity(s);
}

interface Entry<T> {
  item: T;
  values: unknown[][];
}

/** Sorts items by what the path found on each (RuntimeSort/TableSorter.Less: missing values first). */
function sortByValues<T>(items: T[], values: unknown[][][], field: string, where: 'objects' | 'table'): T[] {
  const entries: Entry<T>[] = items.map((item, i) => ({ item, values: values[i] }));
  goSort(entries, (a, b) => {
    if (!found(a.values)) return true;
    if (!found(b.values)) return false;
    try {
      return isLessValue(a.values[0][0], b.values[0][0]);
    } catch (e) {
      throw new UnsortableError(field, where, (e as Error).message);
    }
  });
  return entries.map((e) => e.item);
}

/**
 * SortObjects: orders whole objects (a List's items, or the objects get fetched). The
 * field must be a valid relaxed path and present on at least one object.
 * `view` picks what the path is evaluated on (the object itself by default).
 */
export function sortObjects<T>(items: T[], sortBy: string, view: (item: T) => unknown = (x) => x): T[] {
  if (!items.length) return items;
  const field = relaxedJsonPath(sortBy);
  const root = parseField(field);
  let any = false;
  for (const it of items) {
    if (found(findResults(root, view(it)))) {
      any = true;
      break;
    }
  }
  if (!any) throw notFound(field);
  const values = items.map((it) => findResults(root, view(it)));
  return sortByValues(items, values, field, 'objects');
}

/**
 * TableSorter: orders a server-side Table's rows by each row's embedded object
 * (the request must ask for includeObject=Object). Tables of one row are left alone.
 */
export function sortTableRows(table: ServerTable, sortBy: string): void {
  const rows = table.rows ?? [];
  if (rows.length <= 1) return;
  const field = lenientSortField(sortBy);
  let root: JpList;
  try {
    root = parseField(field);
  } catch (e) {
    throw new CliError(`sorting error: ${(e as Error).message}`);
  }
  const values = rows.map((r: TableRow) => findResults(root, r.object));
  if (!values.some(found)) throw notFound(field);
  table.rows = sortByValues(rows, values, field, 'table');
}
