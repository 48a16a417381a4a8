// Parser for kubectl's JSONPath templates, after k8s.io/client-go/util/jsonpath/parser.go:
// text with {actions}; inside an action fields, [indexes/slices/unions/filters], "..",
// quoted strings, numbers, and the identifiers range/end. Errors carry the same text.
import { GoNum, unquoteGo } from './gotemplate-fmt.js';

export interface SliceParam {
  known: boolean;
  value: number;
  derived: boolean;
}

export type JpNode =
  | { t: 'list'; nodes: JpNode[] }
  | { t: 'text'; text: string }
  | { t: 'field'; name: string }
  | { t: 'array'; params: [SliceParam, SliceParam, SliceParam] }
  | { t: 'filter'; left: JpList; right: JpList; op: string }
  | { t: 'number'; value: number | GoNum }
  | { t: 'bool'; value: boolean }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'union'; lists: JpList[] }
  | { t: 'identifier'; name: string };

export type JpList = Extract<JpNode, { t: 'list' }>;

export class JsonPathParseError extends Error {}

const isTerminator = (c: string | undefined) => c === undefined || ' \t\r\n.,[]$@{}'.includes(c);
const isAlnum = (c: string | undefined) => c !== undefined && (c === '_' || /[\p{L}\p{Nd}]/u.test(c));
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;

/** Parses a whole template into its root list (text nodes and one list per action). */
export function parseJsonPath(text: string): JpList {
  return new JpParser(text).parse();
}

/** Parses the body of one action, e.g. `.items[*]`, as parseAction does. */
function parseAction(text: string): JpList {
  return parseJsonPath(`{${text}}`).nodes[0] as JpList;
}

class JpParser {
  private pos = 0;
  private start = 0;
  private root: JpList = { t: 'list', nodes: [] };

  constructor(private input: string) {}

  parse(): JpList {
    for (;;) {
      const open = this.input.indexOf('{', this.pos);
      if (open < 0) break;
      if (open > this.start) this.root.nodes.push({ t: 'text', text: this.input.slice(this.start, open) });
      this.pos = this.start = open + 1;
      const cur: JpList = { t: 'list', nodes: [] };
      this.root.nodes.push(cur);
      this.insideAction(cur);
      this.start = this.pos;
    }
    if (this.input.length > this.start) this.root.nodes.push({ t: 'text', text: this.input.slice(this.start) });
    return this.root;
  }

  private fail(msg: string): never {
    throw new JsonPathParseError(msg);
  }
  private consume(): string {
    const v = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return v;
  }
  private peekChar(): string | undefined {
    return this.pos < this.input.length ? String.fromCodePoint(this.input.codePointAt(this.pos)!) : undefined;
  }
  private nextChar(): string | undefined {
    const c = this.peekChar();
    if (c !== undefined) this.pos += c.length;
    return c;
  }

  /** Parses tokens until the closing brace of the current action. */
  private insideAction(cur: JpList): void {
    for (;;) {
      const rest = this.input.slice(this.pos);
      if (rest.startsWith('}')) {
        this.pos++;
        this.consume();
        return;
      }
      if (rest.startsWith('[?(')) {
        this.filter(cur);
        continue;
      }
      if (rest.startsWith('..')) {
        this.recursive(cur);
        continue;
      }
      const c = this.nextChar();
      if (c === undefined || c === '\r' || c === '\n') this.fail('unclosed action');
      if (c === ' ' || c === '@' || c === '$') this.consume();
      else if (c === '[') this.array(cur);
      else if (c === '"' || c === "'") this.quote(cur, c);
      else if (c === '.') this.field(cur);
      else if (c === '+' || c === '-' || /\p{Nd}/u.test(c)) {
        this.pos -= c.length;
        this.number(cur);
      } else if (isAlnum(c)) {
        this.pos -= c.length;
        this.identifier(cur);
      } else this.fail(`unrecognized character in action: ${goRune(c.codePointAt(0)!)}`);
    }
  }

  private identifier(cur: JpList): void {
    while (!isTerminator(this.peekChar())) this.nextChar();
    const v = this.consume();
    cur.nodes.push(v === 'true' || v === 'false' ? { t: 'bool', value: v === 'true' } : { t: 'identifier', name: v });
  }

  private recursive(cur: JpList): void {
    if (cur.nodes[cur.nodes.length - 1]?.t === 'recursive') this.fail('invalid multiple recursive descent');
    this.pos += 2;
    this.consume();
    cur.nodes.push({ t: 'recursive' });
    if (isAlnum(this.peekChar())) this.field(cur);
  }

  private number(cur: JpList): void {
    const c = this.peekChar();
    if (c === '+' || c === '-') this.nextChar();
    while (this.peekChar() === '.' || /\p{Nd}/u.test(this.peekChar() ?? '')) this.nextChar();
    const v = this.consume();
    if (/^[+-]?\d+$/.test(v)) cur.nodes.push({ t: 'number', value: new GoNum(Number(v), 'int') });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) cur.nodes.push({ t: 'number', value: new GoNum(Number(v), 'float64') });
    else this.fail(`cannot parse number ${v}`);
  }

  private array(cur: JpList): void {
    for (;;) {
      const c = this.nextChar();
      if (c === undefined || c === '\n') this.fail('unterminated array');
      if (c === ']') break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ t: 'union', lists: parts.map((p) => parseAction(`[${p.trim()}]`)) });
      return;
    }
    const key = /^'([^']*)'$/.exec(text);
    if (key) {
      cur.nodes.push(...parseAction(`.${key[1]}`).nodes);
      return;
    }
    const m = SLICE.exec(text);
    if (!m) this.fail(`invalid array index ${text}`);
    const params: [SliceParam, SliceParam, SliceParam] = [0, 1, 2].map(() => ({ known: false, value: 0, derived: false })) as [SliceParam, SliceParam, SliceParam];
    for (let i = 0; i < 3; i++) {
      let v = m[i + 1] ?? '';
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') continue;
        if (!/^[+-]?\d+$/.test(v)) this.fail(`array index ${v} is not a number`);
        params[i] = { known: true, value: Number(v), derived: false };
      } else if (i === 1) params[1] = { known: true, value: params[0].value + 1, derived: true };
    }
    cur.nodes.push({ t: 'array', params });
  }

  private filter(cur: JpList): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const c = this.nextChar();
      if (c === undefined || c === '\n') this.fail('unterminated filter');
      if (c === '"' || c === "'") {
        if (!begin) {
          begin = true;
          pair = c;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && c === pair) end = true;
      } else if (c === ')' && begin === end) break;
    }
    if (this.nextChar() !== ']') this.fail('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/s.exec(text);
    if (!m) cur.nodes.push({ t: 'filter', left: parseAction(text), right: { t: 'list', nodes: [] }, op: 'exists' });
    else cur.nodes.push({ t: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] });
  }

  private quote(cur: JpList, endQuote: string): void {
    for (;;) {
      const c = this.nextChar();
      if (c === undefined || c === '\n') this.fail('unterminated quoted string');
      if (c === endQuote && this.input[this.pos - 2] !== '\\') break;
    }
    const v = this.consume();
    const s = unquoteGo(v.slice(1, -1), endQuote as '"' | "'");
    if (s === undefined) this.fail(`unquote string ${v} error invalid syntax`);
    cur.nodes.push({ t: 'text', text: s });
  }

  private field(cur: JpList): void {
    this.consume();
    while (!isTerminator(this.peekChar())) {
      if (this.nextChar() === '\\') this.nextChar();
    }
    const v = this.consume();
    cur.nodes.push(v === '*' ? { t: 'wildcard' } : { t: 'field', name: v.replace(/\\/g, '') });
  }
}

function goRune(cp: number): string {
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return cp >= 0x20 && cp !== 0x7f ? `${hex} '${String.fromCodePoint(cp)}'` : hex;
}
