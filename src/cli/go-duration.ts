// pflag's DurationVar: Go's time.ParseDuration, with the error pflag prints for a bad value.
import { FlagError } from './errors.js';

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration in milliseconds, or the Go error text ("time: invalid duration ..."). */
export function goParseDuration(s: string): number | string {
  const orig = s;
  const quoted = JSON.stringify(orig);
  if (s === '0') return 0;
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (!s) return `time: invalid duration ${quoted}`;
  let total = 0;
  while (s) {
    const m = /^(\d*(?:\.\d*)?)([a-z\u00b5\u03bc]*)/.exec(s);
    if (!m || !m[1] || m[1] === '.') return `time: invalid duration ${quoted}`;
    if (!m[2]) return `time: missing unit in duration ${quoted}`;
    const unit = UNITS[m[2]];
    if (unit === undefined) return `time: unknown unit ${JSON.stringify(m[2])} in duration ${quoted}`;
    total += Number(m[1]) * unit;
    s = s.slice(m[0].length);
  }
  return sign * total;
}

/** A duration flag's value in milliseconds; `shown` is how pflag names it ("--since"). */
export function durationFlag(value: string | undefined, shown: string, commandPath: string, fallbackMs = 0): number {
  if (value === undefined) return fallbackMs;
  const r = goParseDuration(value);
  if (typeof r === 'string') throw new FlagError(`invalid argument "${value}" for "${shown}" flag: ${r}`, commandPath);
  return r;
}
