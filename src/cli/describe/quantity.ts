// apimachinery resource.Quantity, enough for describe: parse, add, compare and the
// canonical String() ("1500m" -> "1500m", "0.5" -> "500m", "1024Mi" -> "1Gi").
// Values are exact: numerator * 10^scale as a BigInt, rounded up to nano like Go.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent' | '';

export interface Quantity {
  /** value = num * 10^scale */
  num: bigint;
  scale: number;
  format: QuantityFormat;
}

const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_BY_EXP = new Map(Object.entries(DECIMAL_SUFFIXES).map(([k, v]) => [v, k]));
const BINARY_BY_EXP = new Map(Object.entries(BINARY_SUFFIXES).map(([k, v]) => [v, k]));

export const ZERO: Quantity = { num: 0n, scale: 0, format: '' };

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Parses a quantity string; undefined when it is not one. */
export function parseQuantity(input: string | number | undefined | null): Quantity | undefined {
  if (input === undefined || input === null) return undefined;
  const s = String(input).trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole, frac = '', suffix] = m;
  let num = BigInt((whole || '0') + frac);
  let scale = -frac.length;
  let format: QuantityFormat;
  if (suffix in DECIMAL_SUFFIXES) {
    format = 'DecimalSI';
    scale += DECIMAL_SUFFIXES[suffix];
  } else if (suffix in BINARY_SUFFIXES) {
    format = 'BinarySI';
    num *= 2n ** BigInt(BINARY_SUFFIXES[suffix]);
  } else {
    const e = /^[eE]([+-]?\d+)$/.exec(suffix);
    if (!e) return undefined;
    format = 'DecimalExponent';
    scale += Number(e[1]);
  }
  if (sign === '-') num = -num;
  return { ...roundUpToNano({ num, scale, format }) };
}

/** Go rounds any non-zero value away from zero to a multiple of 1n. */
function roundUpToNano(q: Quantity): Quantity {
  if (q.scale >= -9 || q.num === 0n) return q;
  const div = pow10(-9 - q.scale);
  const neg = q.num < 0n;
  const abs = neg ? -q.num : q.num;
  let n = abs / div;
  if (abs % div !== 0n) n += 1n;
  return { num: neg ? -n : n, scale: -9, format: q.format };
}

function align(a: Quantity, b: Quantity): [bigint, bigint, number] {
  const scale = Math.min(a.scale, b.scale);
  return [a.num * pow10(a.scale - scale), b.num * pow10(b.scale - scale), scale];
}

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  const [x, y, scale] = align(a, b);
  // the sum keeps the receiver's format unless the receiver is zero
  return { num: x + y, scale, format: a.num === 0n ? b.format : a.format };
}

export function cmpQuantity(a: Quantity, b: Quantity): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const isZero = (q: Quantity): boolean => q.num === 0n;

/** Value at the given power of ten, rounded up (Quantity.ScaledValue). */
function scaledValue(q: Quantity, scale: number): bigint {
  if (q.scale >= scale) return q.num * pow10(q.scale - scale);
  const div = pow10(scale - q.scale);
  let v = q.num / div;
  if (q.num % div !== 0n && q.num > 0n) v += 1n;
  return v;
}

export const quantityValue = (q: Quantity): number => Number(scaledValue(q, 0));
export const quantityMilliValue = (q: Quantity): number => Number(scaledValue(q, -3));

/** The canonical string form (Quantity.String). */
export function formatQuantity(q: Quantity): string {
  if (q.num === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    const integral = q.scale >= 0 || q.num % pow10(-q.scale) === 0n;
    const small = cmpQuantity(q, { num: -1024n, scale: 0, format }) > 0 && cmpQuantity(q, { num: 1024n, scale: 0, format }) < 0;
    if (small || !integral) format = 'DecimalSI';
  } else if (format === '') format = 'DecimalExponent';

  if (format === 'BinarySI') {
    let v = scaledValue(q, 0);
    let exp = 0;
    while (v % 1024n === 0n && v !== 0n && exp < 60) {
      v /= 1024n;
      exp += 10;
    }
    return `${v}${BINARY_BY_EXP.get(exp) ?? ''}`;
  }
  let num = q.num;
  let exp = q.scale;
  while (num % 10n === 0n) {
    num /= 10n;
    exp++;
  }
  while (((exp % 3) + 3) % 3 !== 0) {
    num *= 10n;
    exp--;
  }
  if (format === 'DecimalExponent') return exp === 0 ? `${num}` : `${num}e${exp}`;
  const suffix = DECIMAL_BY_EXP.get(exp);
  return suffix === undefined ? `${num}e${exp}` : `${num}${suffix}`;
}

/** Canonical form of a raw quantity string; the input itself when it does not parse. */
export function canonicalQuantity(s: string | number): string {
  const q = parseQuantity(s);
  return q ? formatQuantity(q) : String(s);
}
