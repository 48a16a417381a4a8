// kubectl's view of a manifest stream (apimachinery's YAMLOrJSONDecoder): JSON first when the
// text starts with `{`, else YAML documents split on `---` lines, each parsed by go-yaml v2.
// Syntax errors are worded as go-yaml and encoding/json word them, with their line numbers.
import { GoYamlError } from './yaml-scanner.js';
import { checkFirstDocument } from './yaml-parser.js';
import { scanGoJsonValue } from './json-syntax.js';

/** go-yaml's own message for why it rejects one document, `yaml: line N: ...`; undefined when it parses. */
export function goYamlError(doc: string): string | undefined {
  try {
    checkFirstDocument(doc);
    return undefined;
  } catch (e) {
    if (!(e instanceof GoYamlError)) throw e;
    // decode.go's parser.fail(): scanner marks are 0-based, parser marks are reported as is
    let line = 0;
    if (e.problemMark && e.problemMark.line !== 0) line = e.problemMark.line + (e.kind === 'scanner' ? 1 : 0);
    else if (e.contextMark && e.contextMark.line !== 0) line = e.contextMark.line;
    return `yaml: ${line ? `line ${line}: ` : ''}${e.problem}`;
  }
}

export interface StreamDocument {
  /** the document's text (YAML chunk or JSON value) */
  text: string;
  json: boolean;
}

/** One piece of the stream: a document to load, or the error that ends the stream there. */
export type StreamItem = StreamDocument | { error: string };

/** YAMLReader: lines starting with `---` separate documents; anything but a comment after it is an error. */
function* yamlChunks(text: string): Generator<StreamItem> {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let buffer = '';
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '') + '\n';
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest && !rest.startsWith('#')) {
        yield { error: `invalid Yaml document separator: ${rest}` };
        return;
      }
      if (buffer) {
        yield { text: buffer, json: false };
        buffer = '';
        continue;
      }
      // a separator that opens a document stays in it, and counts in its line numbers
    }
    buffer += line;
  }
  if (buffer) yield { text: buffer, json: false };
}

/** The stream's documents in order; a syntax error ends it (what came before still counts). */
export function* manifestStream(text: string): Generator<StreamItem> {
  let rest = text;
  let jsonError: string | undefined;
  if (/^\s*\{/.test(text)) {
    // JSON values back to back; on the first failure with at most one value read, the rest is YAML
    let count = 0;
    let offset = 0;
    for (;;) {
      const r = scanGoJsonValue(text, offset);
      if (r.kind === 'eof') return;
      if (r.kind === 'value') {
        yield { text: text.slice(r.start, r.end), json: true };
        count++;
        offset = r.end;
        continue;
      }
      if (count > 1) {
        // an unambiguous JSON stream: encoding/json's error as is, without the offset
        yield { error: r.message.replace(/^json: offset \d+: /, '') };
        return;
      }
      jsonError = r.message;
      rest = text.slice(offset).replace(/^[^\S\n]*\n?/, '');
      break;
    }
  }
  for (const item of yamlChunks(rest)) {
    if ('error' in item) {
      yield { error: jsonError ?? item.error };
      return;
    }
    const err = goYamlError(item.text);
    if (err !== undefined) {
      yield { error: jsonError ?? `error converting YAML to JSON: ${err}` };
      return;
    }
    // the JSON error only stands in for the first YAML document's
    jsonError = undefined;
    yield item;
  }
}
