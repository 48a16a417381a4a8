// go-yaml v2's scanner (scannerc.go), reduced to what decides *whether* and *where* it fails:
// the token queue, simple keys and indentation over ScannerInput. kubectl parses manifests
// with it, so its error wording and line numbers are what users see.
import { ScannerInput, type Mark, type Token, type TokenType } from './yaml-scanner-input.js';

export { GoYamlError, type Mark, type Token, type TokenType } from './yaml-scanner-input.js';

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const copy = (m: Mark): Mark => ({ ...m });

export class Scanner extends ScannerInput {
  private tokens: Token[] = [];
  private head = 0;
  tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  private streamEndProduced = false;
  private indents: number[] = [];
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByTok = new Map<number, number>();

  // ---- the token queue -----------------------------------------------------------------

  peekToken(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head];
  }
  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.head].type === 'STREAM_END';
    this.head++;
  }
  get atStreamEnd(): boolean {
    return this.streamEndProduced;
  }

  private insert(at: number, token: Token): void {
    if (at < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + at, 0, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        const idx = this.simpleKeysByTok.get(this.tokensParsed);
        if (idx === undefined || !this.simpleKeyIsValid(this.simpleKeys[idx])) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) {
      this.indent = -1;
      this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: copy(this.mark) });
      this.simpleKeyAllowed = true;
      this.streamStartProduced = true;
      this.insert(-1, { type: 'STREAM_START', start: copy(this.mark), end: copy(this.mark) });
      return;
    }
    this.scanToNextToken();
    this.unrollIndent(this.mark.column);
    const c = this.ch();
    if (this.isZ()) return this.fetchStreamEnd();
    if (this.mark.column === 0 && c === '%') return this.fetchDirective();
    if (this.mark.column === 0 && c === '-' && this.ch(1) === '-' && this.ch(2) === '-' && this.isBlankZ(3)) return this.fetchDocumentIndicator('DOCUMENT_START');
    if (this.mark.column === 0 && c === '.' && this.ch(1) === '.' && this.ch(2) === '.' && this.isBlankZ(3)) return this.fetchDocumentIndicator('DOCUMENT_END');
    if (c === '[') return this.fetchFlowCollectionStart('FLOW_SEQUENCE_START');
    if (c === '{') return this.fetchFlowCollectionStart('FLOW_MAPPING_START');
    if (c === ']') return this.fetchFlowCollectionEnd('FLOW_SEQUENCE_END');
    if (c === '}') return this.fetchFlowCollectionEnd('FLOW_MAPPING_END');
    if (c === ',') return this.fetchFlowEntry();
    if (c === '-' && this.isBlankZ(1)) return this.fetchBlockEntry();
    if (c === '?' && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchKey();
    if (c === ':' && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchValue();
    if (c === '*') return this.fetchAnchor('ALIAS');
    if (c === '&') return this.fetchAnchor('ANCHOR');
    if (c === '!') return this.fetchTag();
    if (c === '|' && this.flowLevel === 0) return this.fetchBlockScalar(true);
    if (c === '>' && this.flowLevel === 0) return this.fetchBlockScalar(false);
    if (c === "'") return this.fetchFlowScalar(true);
    if (c === '"') return this.fetchFlowScalar(false);
    if (!(this.isBlankZ() || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) ||
      (c === '-' && !this.isBlank(1)) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !this.isBlankZ(1))) return this.fetchPlainScalar();
    this.error('while scanning for the next token', this.mark, 'found character that cannot start any token');
  }

  // ---- simple keys and indentation -----------------------------------------------------

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.mark.line < this.mark.line || key.mark.index + 1024 < this.mark.index) {
      if (key.required) this.error('while scanning a simple key', key.mark, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (!this.simpleKeyAllowed) return;
    const key: SimpleKey = { possible: true, required, tokenNumber: this.tokensParsed + (this.tokens.length - this.head), mark: copy(this.mark) };
    this.removeSimpleKey();
    this.simpleKeys[this.simpleKeys.length - 1] = key;
    this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1);
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (!key.possible) return;
    if (key.required) this.error('while scanning a simple key', key.mark, "could not find expected ':'");
    key.possible = false;
    this.simpleKeysByTok.delete(key.tokenNumber);
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: this.tokensParsed + (this.tokens.length - this.head), mark: copy(this.mark) });
    this.flowLevel++;
    if (this.flowLevel > 10000) this.error('while increasing flow level', this.mark, 'exceeded max depth of 10000');
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel === 0) return;
    this.flowLevel--;
    const key = this.simpleKeys.pop()!;
    this.simpleKeysByTok.delete(key.tokenNumber);
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    if (this.indents.length > 10000) this.error('while increasing indent level', this.mark, 'exceeded max depth of 10000');
    this.insert(number > -1 ? number - this.tokensParsed : -1, { type, start: copy(mark), end: copy(mark) });
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.insert(-1, { type: 'BLOCK_END', start: copy(this.mark), end: copy(this.mark) });
      this.indent = this.indents.pop()!;
    }
  }

  // ---- fetchers ------------------------------------------------------------------------

  private simple(type: TokenType): void {
    const start = copy(this.mark);
    this.skip();
    this.insert(-1, { type, start, end: copy(this.mark) });
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark.column = 0;
      this.mark.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, { type: 'STREAM_END', start: copy(this.mark), end: copy(this.mark) });
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = copy(this.mark);
    this.skip();
    this.skip();
    this.skip();
    this.insert(-1, { type, start, end: copy(this.mark) });
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    this.simple(type);
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    this.simple(type);
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simple('FLOW_ENTRY');
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.error('', this.mark, 'block sequence entries are not allowed in this context');
      this.rollIndent(this.mark.column, -1, 'BLOCK_SEQUENCE_START', this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simple('BLOCK_ENTRY');
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.error('', this.mark, 'mapping keys are not allowed in this context');
      this.rollIndent(this.mark.column, -1, 'BLOCK_MAPPING_START', this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.simple('KEY');
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.simpleKeyIsValid(key)) {
      this.insert(key.tokenNumber - this.tokensParsed, { type: 'KEY', start: copy(key.mark), end: copy(key.mark) });
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK_MAPPING_START', key.mark);
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.error('', this.mark, 'mapping values are not allowed in this context');
        this.rollIndent(this.mark.column, -1, 'BLOCK_MAPPING_START', this.mark);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.simple('VALUE');
  }

  private fetchAnchor(type: 'ALIAS' | 'ANCHOR'): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = copy(this.mark);
    this.skip();
    const name = this.scanAlphaRun();
    const end = copy(this.mark);
    if (!name || !(this.isBlankZ() || '?:,]}%@`'.includes(this.ch()))) {
      this.error(type === 'ANCHOR' ? 'while scanning an anchor' : 'while scanning an alias', start, 'did not find expected alphabetic or numeric character');
    }
    this.insert(-1, { type, start, end, value: name });
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = copy(this.mark);
    let handle = '';
    let suffix = '';
    if (this.ch(1) === '<') {
      this.skip();
      this.skip();
      suffix = this.scanTagUri(false, '', start);
      if (this.ch() !== '>') this.error('while scanning a tag', start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle.startsWith('!') && handle.endsWith('!')) suffix = this.scanTagUri(false, '', start);
      else {
        suffix = this.scanTagUri(false, handle, start);
        handle = '!';
        if (!suffix) [handle, suffix] = [suffix, handle];
      }
    }
    if (!this.isBlankZ()) this.error('while scanning a tag', start, 'did not find expected whitespace or line break');
    this.insert(-1, { type: 'TAG', start, end: copy(this.mark), value: handle });
    void suffix;
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insert(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanPlainScalar());
  }

}
