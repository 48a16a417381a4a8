// Go's text/tabwriter for tab-terminated cells: columns aligned within blocks of
// consecutive lines that share them; the last cell of a line is not padded.

export interface TabwriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
}

export function tabwrite(text: string, opts: TabwriterOptions, widths?: number[]): string {
  const lines = text.split('\n');
  const trailing = lines[lines.length - 1] === '' ? lines.pop() : undefined;
  const cells = lines.map((l) => l.split('\t'));
  const out: string[] = [];
  // Go aligns column k over the run of consecutive lines that have a cell k terminated by a tab
  const width = (row: number, col: number): number => {
    let start = row;
    while (start > 0 && cells[start - 1].length - 1 > col) start--;
    let end = row;
    while (end < cells.length - 1 && cells[end + 1].length - 1 > col) end++;
    let w = widths?.[col] ?? 0;
    for (let r = start; r <= end; r++) w = Math.max(w, cells[r][col].length + opts.padding);
    w = Math.max(w, opts.minwidth);
    if (widths) widths[col] = w;
    return w;
  };
  for (let r = 0; r < cells.length; r++) {
    let line = '';
    const row = cells[r];
    for (let c = 0; c < row.length; c++) {
      if (c === row.length - 1) line += row[c];
      else line += row[c] + opts.padchar.repeat(width(r, c) - row[c].length);
    }
    out.push(line);
  }
  return out.join('\n') + (trailing !== undefined ? '\n' : '');
}
