// kubectl -o json: Go's encoding/json (MarshalIndent with 4 spaces). Unstructured
// objects are Go maps, so keys come out sorted byte-wise; strings use Go's
// HTML-safe escaping (<, >, & as \u003c…, U+2028/9 escaped, invalid UTF-16 → U+FFFD).
import { compareGoStrings } from './gofmt.js';

export interface JsonOptions {
  /** Sort object keys as Go does for maps (default). Off keeps insertion order, as for typed structs. */
  sortKeys?: boolean;
  /** Indent per level; '' gives json.Marshal's compact form. */
  indent?: string;
}

const HEX = '0123456789abcdef';

export function goJsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) {
      switch (c) {
        case 0x22: esc = '\\"'; break;
        case 0x5c: esc = '\\\\'; break;
        case 0x0a: esc = '\\n'; break;
        case 0x0d: esc = '\\r'; break;
        case 0x09: esc = '\\t'; break;
        case 0x08: esc = '\\b'; break;
        case 0x0c: esc = '\\f'; break;
        case 0x2028: esc = '\\u2028'; break;
        case 0x2029: esc = '\\u2029'; break;
        default: esc = '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i++;
        continue;
      }
      esc = '\\ufffd'; // Go writes invalid UTF-8 as the replacement character
    }
    if (esc === undefined) continue;
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function encode(v: unknown, o: Required<JsonOptions>, prefix: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return goJsonString(v.toISOString());
  const inner = prefix + o.indent;
  const nl = o.indent ? '\n' : '';
  const colon = o.indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[${nl}${v.map((x) => inner + encode(x, o, inner)).join(',' + nl)}${nl}${prefix}]`;
  }
  const obj = v as Record<string, unknown>;
  let keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (o.sortKeys) keys = keys.sort(compareGoStrings);
  if (!keys.length) return '{}';
  return `{${nl}${keys.map((k) => inner + goJsonString(k) + colon + encode(obj[k], o, inner)).join(',' + nl)}${nl}${prefix}}`;
}

/** json.MarshalIndent(obj, "", "    ") plus the newline kubectl's JSONPrinter adds. */
export function toKubectlJson(v: unknown, opts: JsonOptions = {}): string {
  return encode(v, { sortKeys: opts.sortKeys ?? true, indent: opts.indent ?? '    ' }, '') + '\n';
}

/** json.Marshal: compact, as for watch events with --output-watch-events (the printer adds the newline). */
export function toGoJsonCompact(v: unknown, opts: Omit<JsonOptions, 'indent'> = {}): string {
  return encode(v, { sortKeys: opts.sortKeys ?? true, indent: '' }, '');
}
