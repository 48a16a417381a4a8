// -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image and
// -o custom-columns-file=FILE (kubectl/pkg/cmd/get/customcolumn.go).
import { readFileSync } from 'node:fs';
import { CliError } from '../errors.js';
import { goSprint } from './gofmt.js';
import { evaluateJsonPath } from './jsonpath.js';
import { escapeTerminal } from './table.js';
import { GET_TABWRITER, TabWriter } from './tabwriter.js';

export interface CustomColumn {
  header: string;
  /** Always in braces, e.g. `{.metadata.name}` */
  fieldSpec: string;
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`. */
export function relaxedJsonPath(expr: string): string {
  if (!expr) return expr;
  const m = RELAXED.exec(expr);
  if (!m) throw new CliError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] || m[2]}}`;
}

/** The value of custom-columns=…: comma-separated HEADER:path pairs. */
export function parseCustomColumnsSpec(spec: string): CustomColumn[] {
  if (!spec) throw new CliError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const i = part.indexOf(':');
    if (i < 0) throw new CliError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, i), fieldSpec: relaxedJsonPath(part.slice(i + 1)) };
  });
}

/** A custom-columns file: a line of headers, then a line of paths, both whitespace-separated. */
export function parseCustomColumnsTemplate(text: string): CustomColumn[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const hint = 'Expected format is one line of space separated headers, one line of space separated column specs.';
  if (!text.length) throw new CliError(`invalid template, missing header line. ${hint}`);
  if (lines.length < 2 || (lines.length === 2 && lines[1] === '')) throw new CliError(`invalid template, missing spec line. ${hint}`);
  const words = (l: string) => l.split(/\s+/).filter(Boolean);
  const headers = words(lines[0]);
  const specs = words(lines[1]);
  if (headers.length !== specs.length) throw new CliError(`number of headers (${headers.length}) and field specifications (${specs.length}) don't match`);
  return headers.map((header, i) => ({ header, fieldSpec: relaxedJsonPath(specs[i]) }));
}

/** One cell: every match printed with %v, comma-joined; `<none>` when nothing matched. */
function cell(column: CustomColumn, obj: unknown): string {
  const results = evaluateJsonPath(column.fieldSpec, obj);
  if (!results.length || !results[0].length) return '<none>';
  return results.flatMap((r) => r.map((v) => escapeTerminal(goSprint(v)))).join(',');
}

const isList = (o: unknown): o is { items: unknown[] } =>
  !!o && typeof o === 'object' && Array.isArray((o as { items?: unknown }).items) && /List$/.test(String((o as { kind?: unknown }).kind ?? 'List'));

/** CustomColumnsPrinter: headers before the first object, then a row per object (list items each get one). */
export class CustomColumnsPrinter {
  private printedHeaders = false;

  constructor(
    readonly columns: CustomColumn[],
    private readonly noHeaders = false,
  ) {}

  /** Writes into `w` without flushing it. */
  printObj(obj: unknown, w: TabWriter): void {
    if (!this.noHeaders && !this.printedHeaders) {
      w.write(this.columns.map((c) => c.header).join('\t') + '\n');
      this.printedHeaders = true;
    }
    for (const item of isList(obj) ? obj.items : [obj]) w.write(this.columns.map((c) => cell(c, item)).join('\t') + '\n');
  }

  /**
   * Prints one object or List on a fresh get-style tabwriter. Like kubectl,
   * rows before a failing one (e.g. an index out of bounds) are still
   * flushed to `write` before the error is thrown.
   */
  render(obj: unknown, write: (s: string) => void): void {
    const w = new TabWriter(GET_TABWRITER, write);
    try {
      this.printObj(obj, w);
    } finally {
      w.flush();
    }
  }
}

/** Builds the printer for `-o custom-columns=…` or `-o custom-columns-file=…` (`template` is --template's value). */
export function customColumnsPrinter(output: string, o: { noHeaders?: boolean; template?: string } = {}): CustomColumnsPrinter {
  const eq = output.indexOf('=');
  const format = eq < 0 ? output : output.slice(0, eq);
  const value = o.template || (eq < 0 ? '' : output.slice(eq + 1));
  if (!value) throw new CliError('custom-columns format specified but no custom columns given');
  if (format === 'custom-columns-file') {
    let text: string;
    try {
      text = readFileSync(value, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(`error reading template ${value}, open ${value}: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    }
    // kubectl ignores --no-headers for column files
    return new CustomColumnsPrinter(parseCustomColumnsTemplate(text), false);
  }
  return new CustomColumnsPrinter(parseCustomColumnsSpec(value), !!o.noHeaders);
}

/**
 * What `kubectl get -o custom-columns…` prints for a list of items (headers even
 * when there are none). Pass `write` to stream, so that rows printed before an
 * evaluation error still come out; otherwise the text is returned.
 */
export function printCustomColumns(output: string, items: unknown[], o: { noHeaders?: boolean; template?: string } = {}, write?: (s: string) => void): string {
  let out = '';
  customColumnsPrinter(output, o).render({ kind: 'List', apiVersion: 'v1', items }, write ?? ((s) => (out += s)));
  return out;
}
