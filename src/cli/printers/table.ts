// Prints server-side Tables as kubectl's HumanReadablePrinter does
// (cli-runtime printers/tableprinter.go), and drives a get-style run over
// several kinds (kubectl/pkg/cmd/get: one tabwriter, flushed per kind,
// a blank line between kinds that printed something).
import { compareGoStrings, goSprint } from './gofmt.js';
import { GET_TABWRITER, TabWriter } from './tabwriter.js';

export interface TableColumn {
  name: string;
  type?: string;
  format?: string;
  priority?: number;
  description?: string;
}

export interface TableRow {
  cells: unknown[];
  object?: { metadata?: { namespace?: string; labels?: Record<string, string> } } | null;
}

export interface ServerTable {
  kind?: string;
  apiVersion?: string;
  metadata?: { resourceVersion?: string };
  columnDefinitions?: TableColumn[] | null;
  rows?: TableRow[] | null;
}

export interface PrintOptions {
  noHeaders?: boolean;
  wide?: boolean;
  /** -A: a NAMESPACE column first, from each row's object metadata */
  withNamespace?: boolean;
  /** Prefix for the name column, e.g. "deployment.apps" (kubectl's lower-cased GroupKind) when several kinds print */
  kind?: string;
  /** --show-labels */
  showLabels?: boolean;
  /** -L keys */
  columnLabels?: string[];
}

const EVENT_TYPES: Record<string, string> = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ', ERROR: 'ERROR   ' };

/** labels.FormatLabels: sorted k=v pairs, or <none>. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort(compareGoStrings);
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

/** -L header: the upper-cased last path segment of the label key. */
export function labelHeader(key: string): string {
  return key.split('/').pop()!.toUpperCase();
}

/** printers.EscapeTerminal: neutralise ESC and CR. */
export function escapeTerminal(s: string): string {
  return s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    // tabwriter would treat \n, \r and \f as line breaks: cut there
    const cut = cell.search(/[\f\n\r]/);
    return cut < 0 ? escapeTerminal(cell) : escapeTerminal(cell.slice(0, cut)) + '...';
  }
  return escapeTerminal(goSprint(cell));
}

function sameColumns(a: TableColumn[] | undefined, b: TableColumn[] | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** decorateTable: NAMESPACE first, label columns last, kind/ prefix on the name column. */
function decorate(columns: TableColumn[], rows: TableRow[], o: PrintOptions): { columns: TableColumn[]; rows: unknown[][] } {
  const labels = o.columnLabels ?? [];
  const width = columns.length + labels.length + (o.withNamespace ? 1 : 0) + (o.showLabels ? 1 : 0);
  const nameColumn = o.kind ? columns.findIndex((c) => c.format === 'name' && c.type === 'string') : -1;
  let cols = columns;
  if (width !== columns.length) {
    cols = [
      ...(o.withNamespace ? [{ name: 'Namespace', type: 'string' }] : []),
      ...columns,
      ...labels.map((l) => ({ name: labelHeader(l), type: 'string' })),
      ...(o.showLabels ? [{ name: 'Labels', type: 'string' }] : []),
    ];
  }
  const includeLabels = labels.length > 0 || !!o.showLabels;
  const out = rows.map((row) => {
    let cells = [...(row.cells ?? [])];
    if (!(includeLabels || o.withNamespace || nameColumn !== -1)) return cells;
    if (nameColumn !== -1) cells[nameColumn] = `${o.kind}/${goSprint(cells[nameColumn])}`;
    const obj = row.object;
    if (!obj) {
      if (o.withNamespace) cells = [null, ...cells];
      // kubectl's loop re-reads len(cells) while appending, so it pads only about half the gap
      for (let j = 0; j < width - cells.length; j++) cells.push(null);
      return cells;
    }
    const md = obj.metadata ?? {};
    if (o.withNamespace) cells = [md.namespace ?? '', ...cells];
    for (const l of labels) cells.push(md.labels?.[l] ?? '');
    if (o.showLabels) cells.push(formatLabels(md.labels));
    return cells;
  });
  return { columns: cols, rows: out };
}

/** kubectl's HumanReadablePrinter for Tables: headers once per column set, rows as tab-separated cells. */
export class HumanReadablePrinter {
  private lastColumns: TableColumn[] | undefined;
  private printedHeaders = false;

  constructor(private readonly options: PrintOptions) {}

  /** Writes `table` into `w` (not flushed). `eventType` adds kubectl's EVENT column (--output-watch-events). */
  printObj(table: ServerTable, w: TabWriter, eventType?: string): void {
    let noHeaders = !!this.options.noHeaders;
    let columns = table.columnDefinitions ?? [];
    const rows = table.rows ?? [];
    if (this.printedHeaders && (columns.length === 0 || sameColumns(columns, this.lastColumns))) noHeaders = true;
    if (columns.length === 0) columns = this.lastColumns ?? [];
    else if (!sameColumns(columns, this.lastColumns)) {
      this.lastColumns = columns;
      this.printedHeaders = false;
    }
    if (rows.length > 0) this.printedHeaders = true;
    const d = decorate(columns, rows, this.options);
    if (eventType) {
      d.columns = [{ name: 'Event', type: 'string' }, ...d.columns];
      d.rows = d.rows.map((cells) => [EVENT_TYPES[eventType] ?? eventType, ...cells]);
    }
    w.write(renderRows(d.columns, d.rows, { noHeaders, wide: !!this.options.wide }));
  }
}

/** printTable: the tab-separated text for decorated columns and rows. */
function renderRows(columns: TableColumn[], rows: unknown[][], o: { noHeaders: boolean; wide: boolean }): string {
  const shown = (c: TableColumn) => o.wide || !c.priority;
  let s = '';
  if (!o.noHeaders) {
    if (rows.length === 0) return ''; // no headers over nothing
    s += columns.filter(shown).map((c) => c.name.toUpperCase()).join('\t') + '\n';
  }
  for (const cells of rows) {
    const parts: string[] = [];
    for (let i = 0; i < cells.length && i < columns.length; i++) if (shown(columns[i])) parts.push(cellText(cells[i]));
    s += parts.join('\t') + '\n';
  }
  return s;
}

export interface TableSection {
  table: ServerTable;
  /** "deployment.apps" when several kinds are printed together (or --show-kind) */
  kindPrefix?: string;
  /** false for cluster-scoped kinds: no NAMESPACE column even with -A */
  namespaced: boolean;
  /** The resource (e.g. "deployments.apps"); a change of resource starts a new printer, as in kubectl */
  resource?: string;
}

export interface TableOptions {
  wide: boolean;
  noHeaders: boolean;
  withNamespace: boolean;
  showLabels: boolean;
  labelColumns: string[];
}

/**
 * What `kubectl get` prints for a run of tables, one section per resource
 * kind in order. Sections of one kind share a printer, so repeated headers
 * collapse (`get pod a b`). Returns '' when nothing had rows.
 */
export function renderTables(sections: TableSection[], o: TableOptions): string {
  let out = '';
  let separatorReady = false;
  const w = new TabWriter(GET_TABWRITER, (s) => {
    if (s && separatorReady) {
      out += '\n';
      separatorReady = false;
    }
    out += s;
  });
  let printer: HumanReadablePrinter | undefined;
  let lastKey: string | undefined;
  // kubectl's PrintFlags.Copy() is shallow, so once one kind got a NAMESPACE
  // column every later kind keeps it, cluster-scoped ones included
  let withNamespace = false;
  for (const sec of sections) {
    const key = sec.resource ?? `${sec.kindPrefix ?? ''}|${sec.namespaced}`;
    if (!printer || key !== lastKey) {
      w.flush();
      w.setRememberedWidths(null);
      if (printer && !o.noHeaders && out.length > 0) separatorReady = true;
      withNamespace ||= o.withNamespace && sec.namespaced;
      printer = new HumanReadablePrinter({
        wide: o.wide,
        noHeaders: o.noHeaders,
        withNamespace,
        kind: sec.kindPrefix,
        showLabels: o.showLabels,
        columnLabels: o.labelColumns,
      });
      lastKey = key;
    }
    printer.printObj(sec.table, w);
  }
  w.flush();
  return out;
}

/** get's message on stderr when nothing printed: namespaced requests name the namespace. */
export function noResourcesMessage(namespace?: string): string {
  return namespace ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}

/**
 * get -w: one printer and one remembering tabwriter for the whole watch,
 * flushed after the initial list and after every event.
 */
export class TableWatchPrinter {
  private readonly printer: HumanReadablePrinter;
  private readonly writer: TabWriter;

  constructor(o: TableOptions & { kindPrefix?: string }, write: (s: string) => void) {
    // kubectl's watch passes -A straight through, whatever the resource's scope
    this.printer = new HumanReadablePrinter({
      wide: o.wide,
      noHeaders: o.noHeaders,
      withNamespace: o.withNamespace,
      kind: o.kindPrefix,
      showLabels: o.showLabels,
      columnLabels: o.labelColumns,
    });
    this.writer = new TabWriter(GET_TABWRITER, write);
  }

  /** Prints a Table (the initial list, or one watch event's); `eventType` for --output-watch-events. */
  print(table: ServerTable, eventType?: string): void {
    this.printer.printObj(table, this.writer, eventType);
    this.writer.flush();
  }
}
