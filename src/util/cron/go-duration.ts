// Go's time.ParseDuration, for `@every <duration>` cron descriptors: the same grammar
// and the same error texts, since they surface in validation messages.

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5
  'μs': 1e3, // U+03BC
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const quote = (s: string): string => JSON.stringify(s);

/** Nanoseconds; throws an Error carrying Go's message. */
export function parseGoDuration(input: string): number {
  const orig = input;
  const invalid = () => new Error(`time: invalid duration ${quote(orig)}`);
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const whole = num[1];
    const frac = num[2];
    if (whole === '' && (frac === undefined || frac === '')) throw invalid();
    s = s.slice(num[0].length);
    const unitMatch = /^[^0-9.]*/.exec(s)!;
    const unit = unitMatch[0];
    if (unit === '') throw new Error(`time: missing unit in duration ${quote(orig)}`);
    const scale = UNIT_NS[unit];
    if (scale === undefined) throw new Error(`time: unknown unit ${quote(unit)} in duration ${quote(orig)}`);
    s = s.slice(unit.length);
    total += Number(whole || '0') * scale + (frac ? Number(`0.${frac}`) * scale : 0);
    if (total > 9223372036854775807) throw invalid();
  }
  return neg ? -total : total;
}
