// Where encoding/json's stream decoder stops in a JSON manifest, and how it words the error
// (`json: offset N: invalid character 'x' after object key:value pair`), as kubectl prints it.

export type JsonScan =
  | { kind: 'value'; start: number; end: number }
  | { kind: 'eof' }
  | { kind: 'error'; message: string };

const SPACE = new Set([' ', '\t', '\r', '\n']);

/** strconv.Quote of one byte shown as a rune, in single quotes (encoding/json's quoteChar). */
function quoteChar(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === '"') return "'\"'";
  const byte = Buffer.from(ch, 'utf8')[0];
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };
  if (named[byte]) return `'${named[byte]}'`;
  if (byte < 0x20 || byte === 0x7f) return `'\\x${byte.toString(16).padStart(2, '0')}'`;
  if ((byte >= 0x80 && byte <= 0xa0) || byte === 0xad) return `'\\u00${byte.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCharCode(byte)}'`;
}

class JsonSyntaxError extends Error {}

/**
 * Reads one JSON value from `from` the way json.Decoder does: leading whitespace, then the value;
 * `eof` when only whitespace is left.
 */
export function scanGoJsonValue(text: string, from: number): JsonScan {
  let i = from;
  const at = () => (i < text.length ? text[i] : undefined);
  const fail = (context: string): never => {
    const offset = Buffer.byteLength(text.slice(0, i)) + 1;
    throw new JsonSyntaxError(`json: offset ${offset}: invalid character ${quoteChar(text[i])} ${context}`);
  };
  const need = (): string => {
    const c = at();
    if (c === undefined) throw new JsonSyntaxError('unexpected EOF');
    return c;
  };
  const spaces = () => {
    while (at() !== undefined && SPACE.has(at()!)) i++;
  };
  const digits = () => {
    while (/[0-9]/.test(at() ?? '')) i++;
  };
  const literal = (word: string) => {
    for (let k = 1; k < word.length; k++) {
      i++;
      if (need() !== word[k]) fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = need();
      if (c === '"') return void i++;
      if (c === '\\') {
        i++;
        const e = need();
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(need())) fail('in \\u hexadecimal character escape');
          }
        } else if (!'bfnrt\\/"'.includes(e)) fail('in string escape code');
      } else if (c.charCodeAt(0) < 0x20) fail('in string literal');
      i++;
    }
  };
  const number = () => {
    if (at() === '-') {
      i++;
      if (!/[0-9]/.test(need())) fail('in numeric literal');
    }
    if (at() === '0') i++;
    else digits();
    if (at() === '.') {
      i++;
      if (!/[0-9]/.test(need())) fail('after decimal point in numeric literal');
      digits();
    }
    if (at() === 'e' || at() === 'E') {
      i++;
      if (at() === '+' || at() === '-') i++;
      if (!/[0-9]/.test(need())) fail('in exponent of numeric literal');
      digits();
    }
  };
  const value = (): void => {
    spaces();
    const c = need();
    if (c === '{') {
      i++;
      spaces();
      if (need() === '}') return void i++;
      for (;;) {
        spaces();
        if (need() !== '"') fail('looking for beginning of object key string');
        string();
        spaces();
        if (need() !== ':') fail('after object key');
        i++;
        value();
        spaces();
        const d = need();
        if (d === '}') return void i++;
        if (d !== ',') fail('after object key:value pair');
        i++;
      }
    }
    if (c === '[') {
      i++;
      spaces();
      if (need() === ']') return void i++;
      for (;;) {
        value();
        spaces();
        const d = need();
        if (d === ']') return void i++;
        if (d !== ',') fail('after array element');
        i++;
      }
    }
    if (c === '"') return string();
    if (c === '-' || /[0-9]/.test(c)) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    fail('looking for beginning of value');
  };
  try {
    spaces();
    if (at() === undefined) return { kind: 'eof' };
    const start = i;
    value();
    return { kind: 'value', start, end: i };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { kind: 'error', message: e.message };
    throw e;
  }
}
