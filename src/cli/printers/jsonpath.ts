// kubectl's `-o jsonpath=` / `-o jsonpath-as-json=` printer (client-go util/jsonpath semantics).
import { CliError } from '../errors.js';
import { formatV, goJson, goQuote, goSyntax, kindOf } from './gotemplate-fmt.js';
import { JsonPathEvaluator, JsonPathExecError } from './jsonpath-eval.js';
import { JsonPathParseError, parseJsonPath, type JpList } from './jsonpath-parse.js';

export interface JsonPathOptions {
  /** kubectl sets this from --allow-missing-template-keys (default true): missing keys print nothing. */
  allowMissingKeys?: boolean;
  /** jsonpath-as-json: each result set printed as an indented JSON array. */
  outputJson?: boolean;
}

/** Parses a template the way kubectl does before printing; throws kubectl's parse error. */
export function parseJsonPathTemplate(template: string): JpList {
  try {
    return parseJsonPath(template);
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new CliError(`error parsing jsonpath ${template}, ${e.message}`);
    throw e;
  }
}

/** The raw result sets of a template (one per action/text node); used by custom-columns. */
export function evaluateJsonPath(expr: string, data: unknown): unknown[][] {
  const template = expr.includes('{') ? expr : `{${expr}}`;
  const root = parseJsonPathTemplate(template);
  try {
    return new JsonPathEvaluator(true).findResults(data, root.nodes);
  } catch (e) {
    if (e instanceof JsonPathExecError) throw new CliError(e.message);
    throw e;
  }
}

/** How PrintResults renders one value: maps and lists as JSON, everything else as Go's %v. */
export function jsonPathValueText(v: unknown): string {
  const k = kindOf(v);
  if (k === 'map' || k === 'slice' || k === 'nil' || k === 'invalid') return goJson(v);
  return formatV(v);
}

export function formatJsonPathResults(sets: unknown[][], outputJson = false): string {
  if (outputJson) return sets.map((s) => goJsonIndent(s, '') + '\n').join('');
  return sets.map((s) => s.map(jsonPathValueText).join(' ')).join('');
}

export function executeJsonPath(template: string, data: unknown, opts: JsonPathOptions = {}): string {
  if (!template) throw new CliError('template format specified but no template given');
  const root = parseJsonPathTemplate(template);
  try {
    const sets = new JsonPathEvaluator(opts.allowMissingKeys ?? false).findResults(data, root.nodes);
    return formatJsonPathResults(sets, opts.outputJson);
  } catch (e) {
    if (!(e instanceof JsonPathExecError)) throw e;
    const debug =
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n`;
    throw new CliError(`error executing jsonpath ${goQuote(template)}: ${debug}\n`);
  }
}

/** json.MarshalIndent(v, "", "    ") of decoded JSON. */
function goJsonIndent(v: unknown, indent: string): string {
  const k = kindOf(v);
  const inner = indent + '    ';
  if (k === 'slice') {
    const a = v as unknown[];
    if (!a.length) return '[]';
    return '[\n' + a.map((x) => inner + goJsonIndent(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (k === 'map') {
    const m = v as Record<string, unknown>;
    const keys = Object.keys(m).sort();
    if (!keys.length) return '{}';
    return '{\n' + keys.map((key) => `${inner}${goJson(key)}: ${goJsonIndent(m[key], inner)}`).join(',\n') + '\n' + indent + '}';
  }
  return goJson(v);
}
