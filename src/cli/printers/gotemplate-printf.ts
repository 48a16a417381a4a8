// fmt.Sprintf for template `printf`: verbs, flags, width and precision over decoded JSON values,
// including Go's error forms (%!d(string=x), %!s(MISSING), %!(EXTRA int64=5)).
import { formatFloatE, formatFloatF, formatFloatG, formatV, goQuote, kindOf, numValue, sortedKeys, typeName } from './gotemplate-fmt.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
  verb: string;
}

export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, verb: '' };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    const num = () => {
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = num();
    if (format[i] === '.') {
      i++;
      spec.prec = num() ?? 0;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    spec.verb = verb;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatArg(args[argi++], spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === undefined || a === null ? '<nil>' : `${typeName(a)}=${formatV(a)}`)).join(', ') + ')';
  }
  return out;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const w = spec.width ?? 0;
  const len = [...s].length;
  if (len >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - len);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  return ' '.repeat(w - len) + s;
}

function badVerb(v: unknown, verb: string): string {
  if (v === undefined || v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(v)}=${formatV(v)})`;
}

function signed(s: string, neg: boolean, spec: Spec): string {
  if (neg) return '-' + s;
  if (spec.plus) return '+' + s;
  if (spec.space) return ' ' + s;
  return s;
}

function formatArg(v: unknown, spec: Spec): string {
  if (spec.verb === 'T') return pad(v === undefined || v === null ? '<nil>' : typeName(v), spec, false);
  const k = kindOf(v);
  if (k === 'slice' || k === 'map') return formatComposite(v, spec);
  return formatScalar(v, spec);
}

/** Go applies the verb element by element inside the brackets. */
function formatComposite(v: unknown, spec: Spec): string {
  if (Array.isArray(v)) return '[' + v.map((x) => formatElem(x, spec)).join(' ') + ']';
  const m = v as Record<string, unknown>;
  return 'map[' + sortedKeys(m).map((key) => `${formatElem(key, spec)}:${formatElem(m[key], spec)}`).join(' ') + ']';
}

function formatElem(v: unknown, spec: Spec): string {
  const k = kindOf(v);
  if (k === 'slice' || k === 'map') return formatComposite(v, spec);
  return formatScalar(v, spec);
}

function formatScalar(v: unknown, spec: Spec): string {
  const verb = spec.verb;
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return verb === 'v' ? pad('<nil>', spec, false) : badVerb(v, verb);
    case 'bool':
      return verb === 'v' || verb === 't' ? pad(String(v), spec, false) : badVerb(v, verb);
    case 'string':
      return formatString(v as string, spec);
    case 'int':
      return formatInt(numValue(v), spec, v);
    default:
      return formatFloat(numValue(v), spec, v);
  }
}

function formatString(s: string, spec: Spec): string {
  if (spec.prec !== undefined && (spec.verb === 's' || spec.verb === 'v' || spec.verb === 'q')) s = [...s].slice(0, spec.prec).join('');
  switch (spec.verb) {
    case 's':
    case 'v':
      return pad(s, spec, false);
    case 'q':
      return pad(spec.sharp && !s.includes('`') ? '`' + s + '`' : goQuote(s), spec, false);
    case 'x':
    case 'X': {
      const hex = [...Buffer.from(s, 'utf8')].map((b) => b.toString(16).padStart(2, '0')).join(spec.space ? ' ' : '');
      return pad(spec.verb === 'X' ? hex.toUpperCase() : hex, spec, false);
    }
    default:
      return badVerb(s, spec.verb);
  }
}

function formatInt(n: number, spec: Spec, orig: unknown): string {
  const neg = n < 0;
  const a = Math.abs(n);
  let body: string;
  switch (spec.verb) {
    case 'd':
    case 'v':
      body = a.toFixed(0);
      break;
    case 'b':
      body = a.toString(2);
      break;
    case 'o':
      body = (spec.sharp ? '0' : '') + a.toString(8);
      break;
    case 'O':
      body = '0o' + a.toString(8);
      break;
    case 'x':
      body = (spec.sharp ? '0x' : '') + a.toString(16);
      break;
    case 'X':
      body = (spec.sharp ? '0X' : '') + a.toString(16).toUpperCase();
      break;
    case 'c':
      return pad(String.fromCodePoint(n), spec, false);
    case 'q':
      return pad(`'${String.fromCodePoint(n)}'`, spec, false);
    case 'U':
      return pad('U+' + a.toString(16).toUpperCase().padStart(4, '0'), spec, false);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return badVerb(orig, spec.verb);
    default:
      return badVerb(orig, spec.verb);
  }
  if (spec.prec !== undefined) body = body.padStart(spec.prec, '0');
  return pad(signed(body, neg, spec), spec, spec.prec === undefined);
}

function formatFloat(n: number, spec: Spec, orig: unknown): string {
  const neg = n < 0 || Object.is(n, -0);
  const a = Math.abs(n);
  let body: string;
  switch (spec.verb) {
    case 'v':
    case 'g':
      body = formatFloatG(a, spec.prec ?? -1);
      break;
    case 'G':
      body = formatFloatG(a, spec.prec ?? -1).toUpperCase();
      break;
    case 'e':
    case 'E':
      body = formatFloatE(a, spec.prec ?? 6, spec.verb === 'E');
      break;
    case 'f':
    case 'F':
      body = formatFloatF(a, spec.prec ?? 6);
      break;
    default:
      return badVerb(orig, spec.verb);
  }
  return pad(signed(body, neg, spec), spec, true);
}
