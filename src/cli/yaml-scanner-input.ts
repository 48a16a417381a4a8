// The character level of go-yaml v2's scanner (scannerc.go): marks, whitespace, directives,
// tags and scalars, scanned for their extent and errors (values are not kept). The token
// queue and simple-key logic build on it in yaml-scanner.ts.

export interface Mark {
  index: number;
  line: number;
  column: number;
}

export type TokenType =
  | 'STREAM_START' | 'STREAM_END' | 'VERSION_DIRECTIVE' | 'TAG_DIRECTIVE' | 'DOCUMENT_START' | 'DOCUMENT_END'
  | 'BLOCK_SEQUENCE_START' | 'BLOCK_MAPPING_START' | 'BLOCK_END' | 'FLOW_SEQUENCE_START' | 'FLOW_SEQUENCE_END'
  | 'FLOW_MAPPING_START' | 'FLOW_MAPPING_END' | 'BLOCK_ENTRY' | 'FLOW_ENTRY' | 'KEY' | 'VALUE'
  | 'ALIAS' | 'ANCHOR' | 'TAG' | 'SCALAR';

export interface Token {
  type: TokenType;
  start: Mark;
  end: Mark;
  /** anchor/alias name, tag handle, %TAG handle */
  value?: string;
  /** %YAML major.minor */
  major?: number;
  minor?: number;
  plain?: boolean;
}

/** Thrown when go-yaml stops: `kind` decides which mark its error line comes from. */
export class GoYamlError extends Error {
  constructor(
    public readonly kind: 'reader' | 'scanner' | 'parser' | 'composer',
    public readonly problem: string,
    public readonly problemMark?: Mark,
    public readonly contextMark?: Mark,
  ) {
    super(problem);
  }
}

const copy = (m: Mark): Mark => ({ ...m });
const isBreakCh = (c: string) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankCh = (c: string) => c === ' ' || c === '\t';
const isAlphaCh = (c: string) => /^[0-9A-Za-z_-]$/.test(c);
const isHexCh = (c: string) => /^[0-9A-Fa-f]$/.test(c);
const isPrintable = (cp: number) =>
  cp === 0x09 || cp === 0x0a || cp === 0x0d || (cp >= 0x20 && cp <= 0x7e) || cp === 0x85 ||
  (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
const URI_CHARS = new Set(";/?:@&=+$,.!~*'()[]%".split(''));
/** go-yaml decodes its input 512 raw bytes at a time; a control character fails the whole chunk. */
const RAW_CHUNK = 512;

export class ScannerInput {
  private readonly chars: string[];
  /** index of the first character the reader refuses to hand over (a control character's chunk) */
  private readonly readerLimit: number;
  private pos = 0;
  mark: Mark = { index: 0, line: 0, column: 0 };
  protected flowLevel = 0;
  protected indent = -1;
  protected simpleKeyAllowed = false;

  constructor(text: string) {
    this.chars = Array.from(text.length ? text : '\n');
    let bytes = 0;
    let limit = Infinity;
    for (let i = 0; i < this.chars.length; i++) {
      const cp = this.chars[i].codePointAt(0)!;
      if (!isPrintable(cp) && !(i === 0 && cp === 0xfeff)) {
        const chunkStart = Math.floor(bytes / RAW_CHUNK) * RAW_CHUNK;
        let b = 0;
        limit = 0;
        while (limit < i && b + Buffer.byteLength(this.chars[limit]) <= chunkStart) b += Buffer.byteLength(this.chars[limit++]);
        break;
      }
      bytes += Buffer.byteLength(this.chars[i]);
    }
    this.readerLimit = limit;
  }

  // ---- reading -------------------------------------------------------------------------

  protected ch(offset = 0): string {
    const i = this.pos + offset;
    if (i >= this.readerLimit) throw new GoYamlError('reader', 'control characters are not allowed');
    return i < this.chars.length ? this.chars[i] : '\0';
  }
  protected isZ(o = 0) { return this.ch(o) === '\0'; }
  protected isBreak(o = 0) { return isBreakCh(this.ch(o)); }
  protected isBreakZ(o = 0) { return this.isBreak(o) || this.isZ(o); }
  protected isBlank(o = 0) { return isBlankCh(this.ch(o)); }
  protected isBlankZ(o = 0) { return this.isBlank(o) || this.isBreakZ(o); }

  protected skip(): void {
    this.mark.index++;
    this.mark.column++;
    this.pos++;
  }
  protected skipLine(): void {
    if (this.ch() === '\r' && this.ch(1) === '\n') {
      this.mark.index += 2;
      this.mark.column = 0;
      this.mark.line++;
      this.pos += 2;
    } else if (this.isBreak()) {
      this.mark.index++;
      this.mark.column = 0;
      this.mark.line++;
      this.pos++;
    }
  }
  /** read_line: a line break counted once, even \r\n */
  private readLine(): void {
    if (this.ch() === '\r' && this.ch(1) === '\n') {
      this.pos += 2;
      this.mark.index++;
    } else if (this.isBreak()) this.pos++;
    else return;
    this.mark.index++;
    this.mark.column = 0;
    this.mark.line++;
  }

  protected error(context: string, contextMark: Mark, problem: string): never {
    throw new GoYamlError('scanner', problem, copy(this.mark), copy(contextMark));
  }

  // ---- whitespace, comments, directives ------------------------------------------------

  protected scanToNextToken(): void {
    for (;;) {
      if (this.mark.column === 0 && this.ch() === '\ufeff') this.skip();
      while (this.ch() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.ch() === '\t')) this.skip();
      if (this.ch() === '#') while (!this.isBreakZ()) this.skip();
      if (!this.isBreak()) return;
      this.skipLine();
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
  }

  private skipBlanksAndComment(): void {
    while (this.isBlank()) this.skip();
    if (this.ch() === '#') while (!this.isBreakZ()) this.skip();
  }

  /** The run of alphanumerics, '-' and '_' at the cursor (names of directives, tags, anchors). */
  protected scanAlphaRun(): string {
    let run = '';
    while (isAlphaCh(this.ch())) {
      run += this.ch();
      this.skip();
    }
    return run;
  }

  protected scanDirective(): Token {
    const start = copy(this.mark);
    this.skip();
    const name = this.scanAlphaRun();
    if (!name) this.error('while scanning a directive', start, 'could not find expected directive name');
    if (!this.isBlankZ()) this.error('while scanning a directive', start, 'found unexpected non-alphabetical character');
    let token: Token;
    if (name === 'YAML') {
      while (this.isBlank()) this.skip();
      const major = this.scanVersionNumber(start);
      if (this.ch() !== '.') this.error('while scanning a %YAML directive', start, "did not find expected digit or '.' character");
      this.skip();
      const minor = this.scanVersionNumber(start);
      token = { type: 'VERSION_DIRECTIVE', start, end: copy(this.mark), major, minor };
    } else if (name === 'TAG') {
      while (this.isBlank()) this.skip();
      const handle = this.scanTagHandle(true, start);
      if (!this.isBlank()) this.error('while scanning a %TAG directive', start, 'did not find expected whitespace');
      while (this.isBlank()) this.skip();
      this.scanTagUri(true, '', start);
      if (!this.isBlankZ()) this.error('while scanning a %TAG directive', start, 'did not find expected whitespace or line break');
      token = { type: 'TAG_DIRECTIVE', start, end: copy(this.mark), value: handle };
    } else {
      this.error('while scanning a directive', start, 'found unknown directive name');
    }
    this.skipBlanksAndComment();
    if (!this.isBreakZ()) this.error('while scanning a directive', start, 'did not find expected comment or line break');
    if (this.isBreak()) this.skipLine();
    return token;
  }

  private scanVersionNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (/^[0-9]$/.test(this.ch())) {
      if (++length > 2) this.error('while scanning a %YAML directive', start, 'found extremely long version number');
      value = value * 10 + Number(this.ch());
      this.skip();
    }
    if (!length) this.error('while scanning a %YAML directive', start, 'did not find expected version number');
    return value;
  }

  private tagError(directive: boolean, start: Mark, problem: string): never {
    this.error(directive ? 'while parsing a %TAG directive' : 'while parsing a tag', start, problem);
  }

  protected scanTagHandle(directive: boolean, start: Mark): string {
    if (this.ch() !== '!') this.tagError(directive, start, "did not find expected '!'");
    this.skip();
    let s = '!' + this.scanAlphaRun();
    if (this.ch() === '!') {
      s += '!';
      this.skip();
    } else if (directive && s !== '!') this.tagError(directive, start, "did not find expected '!'");
    return s;
  }

  protected scanTagUri(directive: boolean, head: string, start: Mark): string {
    let s = head.length > 1 ? head.slice(1) : '';
    let hasTag = head.length > 0;
    while (isAlphaCh(this.ch()) || URI_CHARS.has(this.ch())) {
      if (this.ch() === '%') s += this.scanUriEscapes(directive, start);
      else {
        s += this.ch();
        this.skip();
      }
      hasTag = true;
    }
    if (!hasTag) this.tagError(directive, start, 'did not find expected tag URI');
    return s;
  }

  private scanUriEscapes(directive: boolean, start: Mark): string {
    let width = 1024;
    const octets: number[] = [];
    while (width > 0) {
      if (!(this.ch() === '%' && isHexCh(this.ch(1)) && isHexCh(this.ch(2)))) this.tagError(directive, start, 'did not find URI escaped octet');
      const octet = parseInt(this.ch(1) + this.ch(2), 16);
      if (width === 1024) {
        width = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
        if (!width) this.tagError(directive, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) this.tagError(directive, start, 'found an incorrect trailing UTF-8 octet');
      octets.push(octet);
      this.skip();
      this.skip();
      this.skip();
      width--;
    }
    return Buffer.from(octets).toString('utf8');
  }

  // ---- scalars (scanned for their extent and errors; values are not kept) ---------------

  protected scanBlockScalar(literal: boolean): Token {
    const start = copy(this.mark);
    this.skip();
    let increment = 0;
    const digit = () => {
      if (this.ch() === '0') this.error('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
      increment = Number(this.ch());
      this.skip();
    };
    if (this.ch() === '+' || this.ch() === '-') {
      this.skip();
      if (/^[0-9]$/.test(this.ch())) digit();
    } else if (/^[0-9]$/.test(this.ch())) {
      digit();
      if (this.ch() === '+' || this.ch() === '-') this.skip();
    }
    this.skipBlanksAndComment();
    if (!this.isBreakZ()) this.error('while scanning a block scalar', start, 'did not find expected comment or line break');
    if (this.isBreak()) this.skipLine();
    let end = copy(this.mark);
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    const breaks = () => {
      end = copy(this.mark);
      let maxIndent = 0;
      for (;;) {
        while ((indent === 0 || this.mark.column < indent) && this.ch() === ' ') this.skip();
        if (this.mark.column > maxIndent) maxIndent = this.mark.column;
        if ((indent === 0 || this.mark.column < indent) && this.ch() === '\t') {
          this.error('while scanning a block scalar', start, 'found a tab character where an indentation space is expected');
        }
        if (!this.isBreak()) break;
        this.readLine();
        end = copy(this.mark);
      }
      if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1);
    };
    breaks();
    while (this.mark.column === indent && !this.isZ()) {
      while (!this.isBreakZ()) this.skip();
      this.readLine();
      breaks();
    }
    void literal;
    return { type: 'SCALAR', start, end };
  }

  protected scanFlowScalar(single: boolean): Token {
    const start = copy(this.mark);
    this.skip();
    for (;;) {
      if (this.mark.column === 0 && ((this.ch() === '-' && this.ch(1) === '-' && this.ch(2) === '-') || (this.ch() === '.' && this.ch(1) === '.' && this.ch(2) === '.')) && this.isBlankZ(3)) {
        this.error('while scanning a quoted scalar', start, 'found unexpected document indicator');
      }
      if (this.isZ()) this.error('while scanning a quoted scalar', start, 'found unexpected end of stream');
      let leadingBlanks = false;
      while (!this.isBlankZ()) {
        const c = this.ch();
        if (single && c === "'" && this.ch(1) === "'") {
          this.skip();
          this.skip();
        } else if ((single && c === "'") || (!single && c === '"')) break;
        else if (!single && c === '\\' && this.isBreak(1)) {
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === '\\') {
          const codeLength = ({ x: 2, u: 4, U: 8 } as Record<string, number>)[this.ch(1)] ?? 0;
          if (!codeLength && !'0abt\tnvfre "\'\\N_LP'.includes(this.ch(1))) this.error('while parsing a quoted scalar', start, 'found unknown escape character');
          this.skip();
          this.skip();
          if (codeLength) {
            let value = 0;
            for (let k = 0; k < codeLength; k++) {
              if (!isHexCh(this.ch(k))) this.error('while parsing a quoted scalar', start, 'did not find expected hexdecimal number');
              value = value * 16 + parseInt(this.ch(k), 16);
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) this.error('while parsing a quoted scalar', start, 'found invalid Unicode character escape code');
            for (let k = 0; k < codeLength; k++) this.skip();
          }
        } else this.skip();
      }
      if (this.ch() === (single ? "'" : '"')) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) this.skip();
        else {
          this.readLine();
          leadingBlanks = true;
        }
      }
      void leadingBlanks;
    }
    this.skip();
    return { type: 'SCALAR', start, end: copy(this.mark) };
  }

  protected scanPlainScalar(): Token {
    const indent = this.indent + 1;
    const start = copy(this.mark);
    let end = copy(this.mark);
    let leadingBlanks = false;
    for (;;) {
      if (this.mark.column === 0 && ((this.ch() === '-' && this.ch(1) === '-' && this.ch(2) === '-') || (this.ch() === '.' && this.ch(1) === '.' && this.ch(2) === '.')) && this.isBlankZ(3)) break;
      if (this.ch() === '#') break;
      while (!this.isBlankZ()) {
        const c = this.ch();
        if ((c === ':' && this.isBlankZ(1)) || (this.flowLevel > 0 && ',?[]{}'.includes(c))) break;
        leadingBlanks = false;
        this.skip();
        end = copy(this.mark);
      }
      if (!(this.isBlank() || this.isBreak())) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (leadingBlanks && this.mark.column < indent && this.ch() === '\t') {
            this.error('while scanning a plain scalar', start, 'found a tab character that violates indentation');
          }
          this.skip();
        } else {
          this.readLine();
          leadingBlanks = true;
        }
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return { type: 'SCALAR', start, end, plain: true };
  }
}
