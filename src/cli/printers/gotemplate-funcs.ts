// The functions a kubectl go-template can call: Go's text/template builtins plus kubectl's
// `exists` and `base64decode`. Each throws FuncError with Go's message on failure.
import { GoNum, kindOf, numValue, sprint, sprintln, typeName } from './gotemplate-fmt.js';
import { sprintf } from './gotemplate-printf.js';

export class FuncError extends Error {}

/** How an argument is passed: reflect.Value / interface{} (anything) or string (must be one). */
export type ParamType = 'any' | 'string';

export interface GoFunc {
  params: ParamType[];
  variadic?: ParamType;
  call(args: unknown[]): unknown;
}

const isNilish = (v: unknown) => v === undefined || v === null;

/** text/template's truth: non-zero, non-empty. */
export function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'float':
      return numValue(v) !== 0;
    case 'string':
      return (v as string).length > 0;
    case 'slice':
      return (v as unknown[]).length > 0;
    default:
      return Object.keys(v as object).length > 0;
  }
}

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: unknown): BasicKind {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'invalid';
}

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';

function eq(a: unknown, ...rest: unknown[]): boolean {
  if (!rest.length) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    let truth: boolean;
    if (k1 !== k2) {
      if (!isNilish(a) && !isNilish(b)) throw new FuncError(errBadComparison);
      truth = false;
    } else if (k1 === 'int' || k1 === 'float') truth = numValue(a) === numValue(b);
    else if (k1 !== 'invalid') truth = a === b;
    else if (isNilish(a) || isNilish(b)) truth = isNilish(a) === isNilish(b);
    else throw new FuncError(`non-comparable type ${sprintf('%s', [b])}: ${typeName(b)}`);
    if (truth) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  if (k1 === 'invalid') throw new FuncError(errBadComparisonType);
  const k2 = basicKind(b);
  if (k2 === 'invalid') throw new FuncError(errBadComparisonType);
  if (k1 !== k2) throw new FuncError(errBadComparison);
  if (k1 === 'bool') throw new FuncError(errBadComparisonType);
  if (k1 === 'string') return Buffer.compare(Buffer.from(a as string), Buffer.from(b as string)) < 0;
  return numValue(a) < numValue(b);
}
const le = (a: unknown, b: unknown) => lt(a, b) || eq(a, b);

/** A JSONPath filter comparison; client-go uses text/template's comparison functions. */
export function jsonPathCompare(op: string, a: unknown, b: unknown): boolean {
  switch (op) {
    case '<':
      return lt(a, b);
    case '>':
      return !le(a, b);
    case '==':
      return eq(a, b);
    case '!=':
      return !eq(a, b);
    case '<=':
      return le(a, b);
    case '>=':
      return !lt(a, b);
  }
  throw new FuncError(`unrecognized filter operator ${op}`);
}

/** An int index argument, as text/template's indexArg checks it. */
function indexArg(i: unknown, cap: number): number {
  const k = kindOf(i);
  if (k === 'invalid' || k === 'nil') throw new FuncError('cannot index slice/array with nil');
  if (k !== 'int') throw new FuncError(`cannot index slice/array with type ${typeName(i)}`);
  const x = numValue(i);
  if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined) throw new FuncError('index of untyped nil');
  for (const i of indexes) {
    if (item === null) throw new FuncError('index of nil pointer');
    const k = kindOf(item);
    if (k === 'slice' || k === 'string') {
      const len = k === 'string' ? Buffer.byteLength(item as string) : (item as unknown[]).length;
      const x = indexArg(i, len);
      if (x === len) throw new FuncError(`index out of range: ${x}`);
      item = k === 'string' ? new GoNum(Buffer.from(item as string)[x], 'int') : (item as unknown[])[x];
    } else if (k === 'map') {
      if (i !== undefined && i !== null && kindOf(i) !== 'string') throw new FuncError(`value has type ${typeName(i)}; should be string`);
      const key = (i ?? '') as string;
      const m = item as Record<string, unknown>;
      item = Object.prototype.hasOwnProperty.call(m, key) ? m[key] : null;
    } else throw new FuncError(`can't index item of type ${typeName(item)}`);
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (isNilish(item)) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  let len: number;
  if (k === 'string') {
    if (indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
    len = Buffer.byteLength(item as string);
  } else if (k === 'slice') len = (item as unknown[]).length;
  else throw new FuncError(`can't slice item of type ${typeName(item)}`);
  const idx = [0, len, len];
  indexes.forEach((x, n) => (idx[n] = indexArg(x, len)));
  if (idx[0] > idx[1]) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new FuncError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  return k === 'string' ? Buffer.from(item as string).subarray(idx[0], idx[1]).toString() : (item as unknown[]).slice(idx[0], idx[1]);
}

function length(item: unknown): GoNum {
  if (item === null) throw new FuncError('len of nil pointer');
  if (item === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  const k = kindOf(item);
  if (k === 'string') return new GoNum(Buffer.byteLength(item as string), 'int');
  if (k === 'slice') return new GoNum((item as unknown[]).length, 'int');
  if (k === 'map') return new GoNum(Object.keys(item as object).length, 'int');
  throw new FuncError(`len of type ${typeName(item)}`);
}

/** evalArgs: a single string passes through, anything else is printed like a template value. */
function argsText(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (isNilish(a) ? '<no value>' : a)));
}

function htmlEscape(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' })[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<' || ch === '>' || ch === '&' || ch === '=') out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else if (c < 0x20) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else if (c >= 0x80 && /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(ch)) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** base64.StdEncoding.DecodeString, with its "illegal base64 data at input byte N" errors. */
function base64decode(s: string): string {
  const fail = (at: number): never => {
    throw new FuncError(`base64 decode failed: illegal base64 data at input byte ${at}`);
  };
  const clean = s.replace(/[\r\n]/g, '');
  const alphabet = /[A-Za-z0-9+/]/;
  let i = 0;
  while (i < clean.length && alphabet.test(clean[i])) i++;
  const dataLen = i;
  if (i < clean.length) {
    if (clean[i] !== '=') fail(i);
    const rem = dataLen % 4;
    if (rem < 2) fail(i);
    const pad = 4 - rem;
    for (let p = 0; p < pad; p++) if (clean[i + p] !== '=') fail(i + p < clean.length ? i + p : i);
    if (i + pad < clean.length) fail(i + pad);
  } else if (dataLen % 4 !== 0) fail(dataLen - (dataLen % 4));
  return Buffer.from(clean, 'base64').toString('utf8');
}

/** kubectl's `exists`: whether `index` would find something non-nil. */
function exists(item: unknown, ...indexes: unknown[]): boolean {
  let v = item;
  for (const i of indexes) {
    if (isNilish(v)) return false;
    const k = kindOf(v);
    if (k === 'slice' || k === 'string') {
      if (kindOf(i) !== 'int') return false;
      const x = numValue(i);
      const len = k === 'string' ? Buffer.byteLength(v as string) : (v as unknown[]).length;
      if (x < 0 || x >= len) return false;
      v = k === 'string' ? Buffer.from(v as string)[x] : (v as unknown[])[x];
    } else if (k === 'map') {
      if (kindOf(i) !== 'string') return false;
      const m = v as Record<string, unknown>;
      v = Object.prototype.hasOwnProperty.call(m, i as string) ? m[i as string] : null;
    } else return false;
  }
  return !isNilish(v);
}

const fn = (params: ParamType[], call: (args: unknown[]) => unknown, variadic?: ParamType): GoFunc => ({ params, call, variadic });

export const BUILTINS: Record<string, GoFunc> = {
  and: fn(['any'], () => undefined, 'any'), // short-circuits; evaluated by the executor
  or: fn(['any'], () => undefined, 'any'),
  not: fn(['any'], ([a]) => !isTrue(a)),
  len: fn(['any'], ([a]) => length(a)),
  index: fn(['any'], ([a, ...r]) => index(a, ...r), 'any'),
  slice: fn(['any'], ([a, ...r]) => slice(a, ...r), 'any'),
  print: fn([], (a) => sprint(a), 'any'),
  println: fn([], (a) => sprintln(a), 'any'),
  printf: fn(['string'], ([f, ...a]) => sprintf(f as string, a), 'any'),
  html: fn([], (a) => htmlEscape(argsText(a)), 'any'),
  js: fn([], (a) => jsEscape(argsText(a)), 'any'),
  urlquery: fn([], (a) => queryEscape(argsText(a)), 'any'),
  eq: fn(['any'], ([a, ...r]) => eq(a, ...r), 'any'),
  ne: fn(['any', 'any'], ([a, b]) => !eq(a, b)),
  lt: fn(['any', 'any'], ([a, b]) => lt(a, b)),
  le: fn(['any', 'any'], ([a, b]) => le(a, b)),
  gt: fn(['any', 'any'], ([a, b]) => !le(a, b)),
  ge: fn(['any', 'any'], ([a, b]) => !lt(a, b)),
  call: fn(['any'], ([f]) => {
    throw new FuncError(`non-function of type ${typeName(f)}`);
  }, 'any'),
  exists: fn(['any'], ([a, ...r]) => exists(a, ...r), 'any'),
  base64decode: fn(['string'], ([s]) => base64decode(s as string)),
};
