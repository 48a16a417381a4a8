// Prints server-side Tables as kubectl's human-readable printer does.
import { tabwrite, type TabwriterOptions } from './tabwriter.js';

export interface ServerTable {
  kind?: string;
  metadata?: { resourceVersion?: string };
  columnDefinitions: { name: string; type?: string; format?: string; priority?: number }[];
  rows: { cells: unknown[]; object?: { metadata?: { namespace?: string; labels?: Record<string, string> } } }[];
}

export interface TableOptions {
  wide: boolean;
  noHeaders: boolean;
  withNamespace: boolean;
  showLabels: boolean;
  labelColumns: string[];
}

export interface TableSection {
  table: ServerTable;
  /** "deployment.apps" when several kinds are printed together */
  kindPrefix?: string;
  namespaced: boolean;
}

const GET_TABWRITER: TabwriterOptions = { minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ' };

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '<none>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

function lines(section: TableSection, o: TableOptions, headers: boolean): string[][] {
  const cols = section.table.columnDefinitions.map((c, i) => ({ c, i })).filter(({ c }) => o.wide || !c.priority);
  const out: string[][] = [];
  const withNs = o.withNamespace && section.namespaced;
  if (headers) {
    const h = cols.map(({ c }) => c.name.toUpperCase());
    if (withNs) h.unshift('NAMESPACE');
    for (const l of o.labelColumns) h.push(l.split('/').pop()!.toUpperCase());
    if (o.showLabels) h.push('LABELS');
    out.push(h);
  }
  for (const row of section.table.rows ?? []) {
    const cells = cols.map(({ i, c }) => {
      const t = cellText(row.cells[i]);
      return c.format === 'name' && section.kindPrefix ? `${section.kindPrefix}/${t}` : t;
    });
    const md = row.object?.metadata;
    if (withNs) cells.unshift(md?.namespace ?? '');
    for (const l of o.labelColumns) cells.push(md?.labels?.[l] ?? '');
    if (o.showLabels) cells.push(formatLabels(md?.labels));
    out.push(cells);
  }
  return out;
}

export function renderTables(sections: TableSection[], o: TableOptions): string {
  return sections.map((s) => tabwrite(lines(s, o, !o.noHeaders).map((r) => r.join('\t') + '\n').join(''), GET_TABWRITER)).join('\n');
}

/** get -w: one header, then a line per event, with column widths remembered across flushes. */
export class TableWatchPrinter {
  private widths: number[] = [];
  private headerDone = false;

  constructor(private o: TableOptions, private write: (s: string) => void) {}

  print(table: ServerTable, namespaced = true): void {
    const rows = lines({ table, namespaced }, this.o, !this.headerDone && !this.o.noHeaders);
    this.headerDone = true;
    if (!rows.length) return;
    this.write(tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), GET_TABWRITER, this.widths));
  }
}
