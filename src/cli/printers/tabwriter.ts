// A port of Go's text/tabwriter as forked by kubectl (github.com/liggitt/tabwriter,
// which adds RememberWidths). Cells are terminated by '\t' (or a soft '\v'); lines
// by '\n' or '\f'. A column is a run of consecutive lines that all have a terminated
// cell at that index; the text after the last tab of a line is never padded.
// Widths are counted in code points, as Go counts runes.

export const TabFlags = {
  AlignRight: 1 << 2,
  DiscardEmptyColumns: 1 << 3,
  TabIndent: 1 << 4,
  Debug: 1 << 5,
  /** Keep the widest width seen per column across Flush() calls (kubectl get -w). */
  RememberWidths: 1 << 6,
} as const;

export interface TabwriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
  flags?: number;
}

/** cli-runtime printers.GetNewTabWriter: what get, custom-columns and rollout history use. */
export const GET_TABWRITER: TabwriterOptions = { minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ', flags: TabFlags.RememberWidths };
/** kubectl describe's writer (text/tabwriter with 0, 8, 2, ' ', 0). */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ', flags: 0 };

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

export function runeWidth(s: string): number {
  // fast path: no surrogate pairs means one code unit per code point
  return /[\ud800-\udfff]/.test(s) ? [...s].length : s.length;
}

export class TabWriter {
  private lines: Cell[][] = [[]];
  private cellText = '';
  private widths: number[] = [];
  private maxwidths: number[] = [];
  private readonly flags: number;

  constructor(
    private readonly opts: TabwriterOptions,
    private readonly out: (s: string) => void,
  ) {
    let flags = opts.flags ?? 0;
    if (opts.padchar === '\t') flags &= ~TabFlags.AlignRight; // tab padding forces left alignment
    this.flags = flags;
  }

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cellText += text.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // a one-cell line cannot affect later alignment, so Go flushes there
        if (ch === '\f' || ncells === 1) {
          this.flush();
          if (ch === '\f' && this.flags & TabFlags.Debug) this.out('---\n');
        }
      }
    }
    this.cellText += text.slice(start);
  }

  flush(): void {
    if (this.cellText.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cellText = '';
    this.widths = [];
  }

  rememberedWidths(): number[] {
    return [...this.maxwidths];
  }

  setRememberedWidths(widths: number[] | null | undefined): this {
    this.maxwidths = [...(widths ?? [])];
    return this;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cellText, width: runeWidth(this.cellText), htab });
    this.cellText = '';
    return line.length;
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= this.lines[cur].length - 1) continue;
      // this line has a cell in this column: print what precedes the block
      this.writeLines(line0, cur);
      line0 = cur;
      let width = this.opts.minwidth;
      let discardable = true;
      for (; cur < line1; cur++) {
        const line = this.lines[cur];
        if (column >= line.length - 1) break;
        const c = line[column];
        width = Math.max(width, c.width + this.opts.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.flags & TabFlags.DiscardEmptyColumns) width = 0;
      if (this.flags & TabFlags.RememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, cur);
      this.widths.pop();
      line0 = cur;
    }
    this.writeLines(line0, line1);
  }

  private remember(width: number): number {
    const col = this.widths.length;
    if (this.maxwidths.length < col) this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
    if (this.maxwidths.length === col) this.maxwidths.push(width);
    else if (this.maxwidths[col] > width) return this.maxwidths[col];
    else this.maxwidths[col] = width;
    return width;
  }

  private writeLines(line0: number, line1: number): void {
    let s = '';
    for (let i = line0; i < line1; i++) {
      let useTabs = (this.flags & TabFlags.TabIndent) !== 0;
      this.lines[i].forEach((c, j) => {
        if (j > 0 && this.flags & TabFlags.Debug) s += '|';
        const padded = j < this.widths.length;
        if (c.text.length === 0) {
          if (padded) s += this.padding(c.width, this.widths[j], useTabs);
          return;
        }
        useTabs = false;
        if (this.flags & TabFlags.AlignRight) s += (padded ? this.padding(c.width, this.widths[j], false) : '') + c.text;
        else s += c.text + (padded ? this.padding(c.width, this.widths[j], false) : '');
      });
      // the last buffered line is the unterminated one: no newline after it
      if (i + 1 === this.lines.length) s += this.cellText;
      else s += '\n';
    }
    if (s) this.out(s);
  }

  private padding(textw: number, cellw: number, useTabs: boolean): string {
    const { tabwidth, padchar } = this.opts;
    if (padchar === '\t' || useTabs) {
      if (tabwidth === 0) return '';
      const cw = Math.ceil(cellw / tabwidth) * tabwidth;
      return '\t'.repeat(Math.ceil((cw - textw) / tabwidth));
    }
    return padchar.repeat(Math.max(0, cellw - textw));
  }
}

/**
 * Runs `text` through a fresh writer and flushes it. Pass `widths` to carry
 * remembered column widths across calls (it is updated in place); that also
 * turns RememberWidths on.
 */
export function tabwrite(text: string, opts: TabwriterOptions, widths?: number[]): string {
  let out = '';
  const flags = (opts.flags ?? 0) | (widths ? TabFlags.RememberWidths : 0);
  const w = new TabWriter({ ...opts, flags }, (s) => (out += s));
  if (widths) w.setRememberedWidths(widths);
  w.write(text);
  w.flush();
  if (widths) widths.splice(0, widths.length, ...w.rememberedWidths());
  return out;
}
