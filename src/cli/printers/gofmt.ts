// How Go prints decoded JSON values: fmt's %v (table cells, custom columns) and
// strconv.FormatFloat(f, 'g', -1, 64) (go-yaml floats). Decoded JSON integers
// are int64 in kubectl, other numbers float64.

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** strconv.FormatFloat(v, 'g', -1, 64), which fmt's %v also uses: shortest digits, exponent form when exp < -4 || exp >= 6. */
export function goFormatFloatG(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  // toExponential() without an argument gives the shortest round-trip digits
  const [mant, expStr] = v.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${neg ? '-' : ''}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  let s: string;
  if (exp < 0) s = `0.${'0'.repeat(-exp - 1)}${digits}`;
  else if (digits.length <= exp + 1) s = digits + '0'.repeat(exp + 1 - digits.length);
  else s = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return (neg ? '-' : '') + s;
}

/**
 * The text of `v` if Go would decode it as an integer: our JSON carries
 * String(v) (shortest digits, zero-padded), which Go reads as int64 when it
 * fits (go-yaml also takes uint64), else as float64.
 */
export function goIntegerText(v: number, allowUint = false): string | undefined {
  if (!Number.isInteger(v) || Math.abs(v) >= 1e21) return undefined;
  const s = String(v);
  const n = BigInt(s);
  return n >= INT64_MIN && n <= (allowUint ? UINT64_MAX : INT64_MAX) ? s : undefined;
}

/** fmt %v of a decoded JSON number: int64, or float64 printed with %g. */
export function goNumber(v: number): string {
  return goIntegerText(v) ?? goFormatFloatG(v);
}

/** fmt.Sprint(v) for a value decoded from JSON into interface{}. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (typeof v === 'object') {
    // fmt sorts map keys
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o)
      .sort(compareGoStrings)
      .map((k) => `${k}:${goSprint(o[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

/** Go compares strings byte-wise (UTF-8), which is code-point order, not UTF-16 order. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}
