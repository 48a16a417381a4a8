// Go's fmt package as far as kubectl's template printers need it: %v printing of decoded JSON
// (map[k:v], [a b], floats in %g form), Sprint/Sprintln/Sprintf, strconv.Quote and the type names
// that appear in error messages. Values follow the decoded-JSON model: integral numbers are int64,
// others float64; `null` is a nil interface; `undefined` is Go's invalid (missing) value.

/**
 * A number whose Go type differs from what decoded JSON would give it: template constants and
 * len/index results are `int`, float constants like `5.0` stay `float64`.
 */
export class GoNum {
  constructor(readonly value: number, readonly type: 'int' | 'float64') {}
}

export type GoKind = 'invalid' | 'nil' | 'bool' | 'int' | 'float' | 'string' | 'map' | 'slice';

export function kindOf(v: unknown): GoKind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  if (v instanceof GoNum) return v.type === 'int' ? 'int' : 'float';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return isGoInt(v) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'string':
      return 'string';
  }
  return Array.isArray(v) ? 'slice' : 'map';
}

/** JSON decoding in kubectl turns integral numbers that fit into int64; everything else is float64. */
function isGoInt(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63;
}

export function numValue(v: unknown): number {
  return v instanceof GoNum ? v.value : Number(v);
}

/** The Go type name, as %T and error messages print it. */
export function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return '<nil>';
    case 'bool':
      return 'bool';
    case 'int':
      return v instanceof GoNum ? 'int' : 'int64';
    case 'float':
      return 'float64';
    case 'string':
      return 'string';
    case 'map':
      return 'map[string]interface {}';
    default:
      return '[]interface {}';
  }
}

export function sortedKeys(m: object): string[] {
  // Go sorts string map keys bytewise; JS default sort compares UTF-16 code units, same for BMP text.
  return Object.keys(m).sort();
}

/** strconv.Quote: Go string literal syntax. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && !isPrintable(ch)) out += c > 0xffff ? '\\U' + c.toString(16).padStart(8, '0') : '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function isPrintable(ch: string): boolean {
  return !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(ch) && (ch === ' ' || !/\p{Zs}/u.test(ch));
}

/** Shortest decimal digits and exponent of n (n finite, non-zero): n = 0.d1d2... × 10^(exp+1). */
function shortestDigits(n: number): { digits: string; exp: number } {
  const [mant, e] = Math.abs(n).toExponential().split('e');
  return { digits: mant.replace('.', ''), exp: Number(e) };
}

function expSuffix(exp: number): string {
  const a = Math.abs(exp);
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
}

function fixedFromDigits(digits: string, exp: number): string {
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return digits + '0'.repeat(exp + 1 - digits.length);
  return digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/** %g with precision (-1 = shortest), as strconv.FormatFloat(n, 'g', prec, 64). */
export function formatFloatG(n: number, prec = -1): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  let digits: string;
  let exp: number;
  if (prec < 0) ({ digits, exp } = shortestDigits(n));
  else {
    const [m, e] = Math.abs(n).toExponential(Math.max(prec, 1) - 1).split('e');
    digits = m.replace('.', '').replace(/0+$/, '') || '0';
    exp = Number(e);
  }
  let eprec = prec < 0 ? 6 : prec === 0 ? 1 : prec;
  if (prec >= 0 && eprec > digits.length && digits.length >= exp + 1) eprec = digits.length;
  const sign = n < 0 ? '-' : '';
  if (exp < -4 || exp >= eprec) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + mant + expSuffix(exp);
  }
  return sign + fixedFromDigits(digits, exp);
}

export function formatFloatE(n: number, prec: number, upper = false): string {
  if (!Number.isFinite(n)) return formatFloatG(n);
  const [m, e] = n.toExponential(prec).split('e');
  const s = m + expSuffix(Number(e));
  return upper ? s.toUpperCase() : s;
}

export function formatFloatF(n: number, prec: number): string {
  if (!Number.isFinite(n)) return formatFloatG(n);
  if (Math.abs(n) < 1e21) return n.toFixed(prec);
  const { digits, exp } = shortestDigits(n);
  const whole = fixedFromDigits(digits, exp);
  return (n < 0 ? '-' : '') + whole + (prec > 0 ? '.' + '0'.repeat(prec) : '');
}

/** fmt's %v (and Sprint) of one value; %+v is the same for decoded JSON. */
export function formatV(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return '<nil>';
    case 'bool':
    case 'string':
      return String(v);
    case 'int':
      return numValue(v).toFixed(0);
    case 'float':
      return formatFloatG(numValue(v));
    case 'slice':
      return '[' + (v as unknown[]).map((x) => formatV(x)).join(' ') + ']';
    default: {
      const m = v as Record<string, unknown>;
      return 'map[' + sortedKeys(m).map((k) => `${k}:${formatV(m[k])}`).join(' ') + ']';
    }
  }
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  });
  return out;
}

export function sprintln(args: unknown[]): string {
  return args.map((a) => formatV(a)).join(' ') + '\n';
}

/** Go's json.Marshal of decoded JSON: sorted keys, HTML-safe escapes. */
export function goJson(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (v instanceof GoNum) return JSON.stringify(v.value);
  if (Array.isArray(v)) return '[' + v.map(goJson).join(',') + ']';
  if (typeof v === 'object') {
    const m = v as Record<string, unknown>;
    return '{' + sortedKeys(m).map((k) => `${jsonString(k)}:${goJson(m[k])}`).join(',') + '}';
  }
  if (typeof v === 'string') return jsonString(v);
  return JSON.stringify(v);
}

function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** %#v of decoded JSON, as kubectl's jsonpath error dump prints it. */
export function goSyntax(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return 'interface {}(nil)';
    case 'bool':
      return String(v);
    case 'int':
      return formatV(v);
    case 'float':
      return formatFloatG(numValue(v));
    case 'string':
      return goQuote(v as string);
    case 'slice':
      return '[]interface {}{' + (v as unknown[]).map((x) => goSyntax(x)).join(', ') + '}';
    default: {
      const m = v as Record<string, unknown>;
      return 'map[string]interface {}{' + sortedKeys(m).map((k) => `${goQuote(k)}:${goSyntax(m[k])}`).join(', ') + '}';
    }
  }
}

/** strconv.Unquote's escape handling for the body of a "..." or '...' literal. */
export function unquoteGo(body: string, quote: '"' | "'"): string | undefined {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === quote) return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (e in simple) out += simple[e];
    else if (e === quote) out += e;
    else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return undefined;
      out += e === 'x' ? Buffer.from([parseInt(hex, 16)]).toString('latin1') : String.fromCodePoint(parseInt(hex, 16));
      i += len;
    } else if (/[0-7]/.test(e ?? '')) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else return undefined;
  }
  return out;
}
