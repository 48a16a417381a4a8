// kubectl's describe PrefixWriter over a Go text/tabwriter (minwidth 0, tabwidth 8,
// padding 2, padchar ' '). Text is buffered per flush segment: Flush() ends the
// current alignment run, exactly like kubectl's w.Flush() before an events table.
import { tabwrite } from '../printers/tabwriter.js';

export const TABWRITER = { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' } as const;

// cli-runtime printers.WriteEscaped: terminal control characters are made visible
const escapeTerminal = (s: string): string => s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');

export class PrefixWriter {
  private segments: string[] = [];
  private current = '';

  /** Writes text indented by two spaces per level (the text carries its own newline). */
  write(level: number, text: string): void {
    this.current += escapeTerminal('  '.repeat(level) + text);
  }

  /** fmt.Sprintln of the values: space separated, newline terminated. */
  writeLine(...values: unknown[]): void {
    this.current += escapeTerminal(values.map(String).join(' ') + '\n');
  }

  flush(): void {
    if (this.current !== '') this.segments.push(this.current);
    this.current = '';
  }

  /** The aligned output (a tabbedString result). */
  toString(): string {
    this.flush();
    return this.segments.map((s) => tabwrite(s, TABWRITER)).join('');
  }

  /** Raw text without tabwriter alignment (kubectl's rollout history prints this way). */
  raw(): string {
    this.flush();
    return this.segments.join('');
  }
}

/** A writer whose levels are shifted by `indent` (kubectl's nestedPrefixWriter). */
export class NestedPrefixWriter extends PrefixWriter {
  constructor(
    private readonly inner: PrefixWriter,
    private readonly indent: number,
  ) {
    super();
  }

  override write(level: number, text: string): void {
    this.inner.write(level + this.indent, text);
  }

  override writeLine(...values: unknown[]): void {
    this.inner.write(this.indent, values.map(String).join(' ') + '\n');
  }

  override flush(): void {
    this.inner.flush();
  }
}

export type Writer = PrefixWriter;

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

/** Builds a description with a fresh writer (kubectl's tabbedString). */
export function tabbed(fn: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  fn(w);
  return w.toString();
}
