// Go's time.Parse for the RFC3339 layout, with its exact error texts: kubectl parses
// --since-time this way and prints the error as is.
import { CliError } from './errors.js';

const LAYOUT = '2006-01-02T15:04:05Z07:00';
const q = (s: string) => JSON.stringify(s);

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fractionMs: number;
  offsetMin: number;
}

class ParseFailure extends Error {}

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses `value` as RFC3339 (fractions allowed, as Go does after seconds); throws kubectl's error. */
export function parseRFC3339(value: string): Date {
  const bad = (rest: string, elem: string) => new ParseFailure(`parsing time ${q(value)} as ${q(LAYOUT)}: cannot parse ${q(rest)} as ${q(elem)}`);
  const range = (what: string) => new ParseFailure(`parsing time ${q(value)}: ${what} out of range`);
  let rest = value;
  const f: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, fractionMs: 0, offsetMin: 0 };
  const literal = (lit: string) => {
    if (!rest.startsWith(lit)) throw bad(rest, lit);
    rest = rest.slice(lit.length);
  };
  // getnum: one or two digits; `fixed` requires two
  const num = (elem: string, fixed: boolean): number => {
    if (!/^\d/.test(rest)) throw bad(rest, elem);
    const two = /^\d\d/.test(rest);
    if (!two && fixed) throw bad(rest, elem);
    const n = Number(rest.slice(0, two ? 2 : 1));
    rest = rest.slice(two ? 2 : 1);
    return n;
  };
  try {
    if (rest.length < 4 || !/^\d{4}/.test(rest)) throw bad(rest, '2006');
    f.year = Number(rest.slice(0, 4));
    rest = rest.slice(4);
    literal('-');
    f.month = num('01', true);
    if (f.month < 1 || f.month > 12) throw range('month');
    literal('-');
    f.day = num('02', true);
    literal('T');
    f.hour = num('15', false);
    if (f.hour > 23) throw range('hour');
    literal(':');
    f.minute = num('04', true);
    if (f.minute > 59) throw range('minute');
    literal(':');
    f.second = num('05', true);
    if (f.second > 59) throw range('second');
    const frac = /^[.,]\d+/.exec(rest);
    if (frac) {
      f.fractionMs = Number(`0.${frac[0].slice(1)}`) * 1000;
      rest = rest.slice(frac[0].length);
    }
    if (rest.startsWith('Z')) rest = rest.slice(1);
    else {
      const tz = /^([+-])(\d\d):(\d\d)/.exec(rest);
      if (!tz) throw bad(rest, 'Z07:00');
      f.offsetMin = (tz[1] === '-' ? -1 : 1) * (Number(tz[2]) * 60 + Number(tz[3]));
      rest = rest.slice(6);
    }
    if (rest) throw new ParseFailure(`parsing time ${q(value)}: extra text: ${q(rest)}`);
    if (f.day < 1 || f.day > daysIn(f.month, f.year)) throw range('day');
  } catch (e) {
    if (e instanceof ParseFailure) throw new CliError(e.message);
    throw e;
  }
  const utc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) + f.fractionMs - f.offsetMin * 60_000;
  return new Date(utc);
}
