// Lexer for Go's text/template syntax with the default {{ }} delimiters, trim markers and comments.
// Produces the same token kinds (and error texts) as Go's text/template/parse lexer.

export type TokType =
  | 'text' | 'left' | 'right' | 'space' | 'eof' | 'error'
  | 'bool' | 'char' | 'number' | 'string' | 'raw' | 'variable' | 'field' | 'dot' | 'identifier' | 'keyword' | 'nil'
  | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign' | 'comma' | 'punct';

export interface Token {
  typ: TokType;
  val: string;
  pos: number;
  line: number;
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string) => c === '_' || /[\p{L}\p{Nd}]/u.test(c);

/** Go's item.String(), used in "unexpected X in Y" parse errors. */
export function tokenString(t: Token): string {
  if (t.typ === 'eof') return 'EOF';
  if (t.typ === 'error') return t.val;
  // Go orders dot and nil among the keywords, so they print as <.> and <nil> too.
  if (t.typ === 'keyword' || t.typ === 'dot' || t.typ === 'nil') return `<${t.val}>`;
  if ([...t.val].length > 10) return goQuoteShort(t.val);
  return JSON.stringify(t.val);
}

function goQuoteShort(s: string): string {
  // %.10q: quote the first ten runes, then "..."
  return JSON.stringify([...s].slice(0, 10).join('')) + '...';
}

export function lex(input: string): Token[] {
  const toks: Token[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;
  const emit = (typ: TokType, val = input.slice(start, pos)) => {
    toks.push({ typ, val, pos: start, line: startLine });
    start = pos;
    startLine = line;
  };
  const advance = (n: number) => {
    for (let i = 0; i < n; i++) if (input[pos + i] === '\n') line++;
    pos += n;
  };
  const ignore = () => {
    start = pos;
    startLine = line;
  };
  const fail = (msg: string) => {
    toks.push({ typ: 'error', val: msg, pos: start, line: startLine });
    return toks;
  };
  const atRightDelim = (): { trim: boolean } | undefined => {
    if (input.startsWith(' -}}', pos) || input.startsWith('\t-}}', pos) || input.startsWith('\r-}}', pos) || input.startsWith('\n-}}', pos)) return { trim: true };
    if (input.startsWith('}}', pos)) return { trim: false };
    return undefined;
  };
  const consumeRightDelim = (trim: boolean) => {
    if (trim) advance(2);
    advance(2);
    emit('right', '}}');
    if (trim) {
      while (pos < input.length && isSpace(input[pos])) advance(1);
      ignore();
    }
  };

  for (;;) {
    // Text up to the next left delimiter.
    const open = input.indexOf('{{', pos);
    if (open < 0) {
      advance(input.length - pos);
      if (pos > start) emit('text');
      toks.push({ typ: 'eof', val: '', pos, line });
      return toks;
    }
    const trimLeft = input[open + 2] === '-' && isSpace(input[open + 3] ?? '');
    let textEnd = open;
    if (trimLeft) while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
    advance(textEnd - pos);
    if (pos > start) emit('text');
    advance(open - pos);
    ignore();
    advance(trimLeft ? 4 : 2);
    emit('left', '{{');
    if (input.startsWith('/*', pos)) {
      const close = input.indexOf('*/', pos + 2);
      if (close < 0) return fail('unclosed comment');
      advance(close + 2 - pos);
      const rd = atRightDelim();
      if (!rd) return fail('comment ends before closing delimiter');
      ignore();
      // The comment is dropped together with its delimiters.
      toks.pop();
      if (rd.trim) advance(2);
      advance(2);
      ignore();
      if (rd.trim) {
        while (pos < input.length && isSpace(input[pos])) advance(1);
        ignore();
      }
      continue;
    }
    // Inside an action.
    for (;;) {
      const rd = atRightDelim();
      if (rd && parenDepth === 0) {
        if (pos > start) emit('space');
        consumeRightDelim(rd.trim);
        break;
      }
      if (pos >= input.length) return fail('unclosed action');
      const c = input[pos];
      if (isSpace(c)) {
        while (pos < input.length && isSpace(input[pos]) && !atRightDelim()) advance(1);
        // A following " -}}" keeps its own space as part of the trim marker.
        emit('space');
        continue;
      }
      if (c === '}' && input[pos + 1] === '}' && parenDepth > 0) return fail('unclosed left paren');
      if (c === '=') {
        advance(1);
        emit('assign');
      } else if (c === ':') {
        if (input[pos + 1] !== '=') return fail('expected :=');
        advance(2);
        emit('declare');
      } else if (c === '|') {
        advance(1);
        emit('pipe');
      } else if (c === '"') {
        let i = pos + 1;
        for (;;) {
          if (i >= input.length || input[i] === '\n') return fail('unterminated quoted string');
          if (input[i] === '\\') i += 2;
          else if (input[i] === '"') break;
          else i++;
        }
        advance(i + 1 - pos);
        emit('string');
      } else if (c === '`') {
        const close = input.indexOf('`', pos + 1);
        if (close < 0) return fail('unterminated raw quoted string');
        advance(close + 1 - pos);
        emit('raw');
      } else if (c === '$') {
        advance(1);
        while (pos < input.length && isAlnum(input[pos])) advance(1);
        const bad = checkTerminator();
        if (bad) return fail(bad);
        emit('variable');
      } else if (c === "'") {
        let i = pos + 1;
        for (;;) {
          if (i >= input.length || input[i] === '\n') return fail('unterminated character constant');
          if (input[i] === '\\') i += 2;
          else if (input[i] === "'") break;
          else i++;
        }
        advance(i + 1 - pos);
        emit('char');
      } else if (c === '.') {
        const n = input[pos + 1] ?? '';
        if (/[0-9]/.test(n)) {
          const bad = lexNumber();
          if (bad) return fail(bad);
        } else {
          advance(1);
          if (isAlnum(n)) {
            while (pos < input.length && isAlnum(input[pos])) advance(1);
            const bad = checkTerminator();
            if (bad) return fail(bad);
            emit('field');
          } else emit('dot');
        }
      } else if (c === '+' || c === '-' || /[0-9]/.test(c)) {
        const bad = lexNumber();
        if (bad) return fail(bad);
      } else if (isAlnum(c)) {
        while (pos < input.length && isAlnum(input[pos])) advance(1);
        const word = input.slice(start, pos);
        const bad = checkTerminator();
        if (bad) return fail(bad);
        if (KEYWORDS.has(word)) emit('keyword');
        else if (word === 'true' || word === 'false') emit('bool');
        else if (word === 'nil') emit('nil');
        else emit('identifier');
      } else if (c === '(') {
        advance(1);
        emit('lparen');
        parenDepth++;
      } else if (c === ')') {
        advance(1);
        if (parenDepth === 0) return fail('unexpected right paren');
        parenDepth--;
        emit('rparen');
      } else if (c === ',') {
        advance(1);
        emit('comma');
      } else if (c >= '!' && c <= '~') {
        // Other printable ASCII is a lone character token; the parser rejects it in context.
        advance(1);
        emit('punct');
      } else {
        const cp = input.codePointAt(pos)!;
        return fail(`unrecognized character in action: ${goRune(cp)}`);
      }
    }
  }

  function checkTerminator(): string | undefined {
    const c = input[pos] ?? '';
    if (c === '' || isSpace(c) || '.,|:)('.includes(c) || input.startsWith('}}', pos)) return undefined;
    return `bad character ${goRune(input.codePointAt(pos)!)}`;
  }

  function lexNumber(): string | undefined {
    let i = pos;
    if (input[i] === '+' || input[i] === '-') i++;
    let digits = '0123456789_';
    if (input[i] === '0' && /[xXoObB]/.test(input[i + 1] ?? '')) {
      const p = input[i + 1].toLowerCase();
      digits = p === 'x' ? '0123456789abcdefABCDEF_' : p === 'o' ? '01234567_' : '01_';
      i += 2;
    }
    while (i < input.length && digits.includes(input[i])) i++;
    if (input[i] === '.') {
      i++;
      while (i < input.length && digits.includes(input[i])) i++;
    }
    const expChars = digits.length > 20 ? 'pP' : 'eEpP';
    if (expChars.includes(input[i] ?? '_')) {
      i++;
      if (input[i] === '+' || input[i] === '-') i++;
      while (i < input.length && '0123456789_'.includes(input[i])) i++;
    }
    if (input[i] === 'i') i++;
    if (i < input.length && isAlnum(input[i])) {
      advance(i + 1 - pos);
      return `bad number syntax: ${JSON.stringify(input.slice(start, pos))}`;
    }
    advance(i - pos);
    emit('number');
    return undefined;
  }
}

/** %#U formatting of a rune: U+0023 '#'. */
function goRune(cp: number): string {
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return cp >= 0x20 && cp !== 0x7f ? `${hex} '${String.fromCodePoint(cp)}'` : hex;
}
