// Cron schedules as robfig/cron v3's ParseStandard reads them (what kube-apiserver
// validates and the CronJob controller runs): five fields (minute hour dom month dow),
// descriptors (@yearly … @hourly, @every <duration>) and an optional TZ=/CRON_TZ= prefix.
// Parse errors carry robfig's own texts, which reach users in validation messages.
import { parseGoDuration } from './go-duration.js';
import { loadLocationError, localZone, wallClock } from './time-zone.js';

export interface CronSchedule {
  /** The first activation strictly after `afterMs` (epoch ms); GO_ZERO_TIME when none within 5 years. */
  next(afterMs: number): number;
}

/** Go's zero time.Time (0001-01-01T00:00:00Z), which robfig returns for impossible specs. */
export const GO_ZERO_TIME = -62135596800000;

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const DOW: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };

/** A field's allowed values; `star` marks a bare * or ? (it changes how dom and dow combine). */
interface FieldSet {
  values: Set<number>;
  star: boolean;
}

/** strconv.Atoi plus robfig's non-negative check. */
function parseUint(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new Error(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const n = Number(expr);
  if (!Number.isSafeInteger(n) && Math.abs(n) > 9223372036854775807)
    throw new Error(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`);
  if (n < 0) throw new Error(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, names?: Record<string, number>): number {
  const named = names?.[expr.toLowerCase()];
  return named !== undefined ? named : parseUint(expr);
}

function parseRange(expr: string, r: Bounds, into: FieldSet): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0], r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1], r.names);
    else throw new Error(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = parseUint(rangeAndStep[1]);
    if (single) end = r.max; // "N/step" means "N-max/step"
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) throw new Error(`too many slashes: ${expr}`);
  if (start < r.min) throw new Error(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new Error(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new Error(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new Error(`step of range should be a positive number: ${expr}`);
  for (let i = start; i <= end; i += step) into.values.add(i);
  if (star) into.star = true;
}

function parseField(field: string, r: Bounds): FieldSet {
  const out: FieldSet = { values: new Set(), star: false };
  for (const expr of field.split(',').filter((x) => x !== '')) parseRange(expr, r, out);
  return out;
}

class SpecSchedule implements CronSchedule {
  constructor(
    private minute: FieldSet,
    private hour: FieldSet,
    private dom: FieldSet,
    private month: FieldSet,
    private dow: FieldSet,
    private zone: string,
  ) {}

  /** robfig's dayMatches: with a * in either day field both must match, else either. */
  private dayMatches(day: number, weekday: number): boolean {
    const domMatch = this.dom.values.has(day);
    const dowMatch = this.dow.values.has(weekday);
    return this.dom.star || this.dow.star ? domMatch && dowMatch : domMatch || dowMatch;
  }

  next(afterMs: number): number {
    // walk forward over real instants, checking the wall clock in the zone: nonexistent
    // local times (spring forward) never match, repeated ones (fall back) match twice
    let t = Math.floor(afterMs / 60_000) * 60_000 + 60_000;
    const limit = Date.UTC(new Date(afterMs).getUTCFullYear() + 5, 11, 31, 23, 59);
    const MIN = 60_000;
    while (t <= limit) {
      const w = wallClock(t, this.zone);
      if (!this.month.values.has(w.month) || !this.dayMatches(w.day, w.weekday)) {
        const toMidnight = 24 * 60 - (w.hour * 60 + w.minute);
        // stop an hour short when far, so a DST change on the way cannot overshoot midnight
        t += (toMidnight > 60 ? toMidnight - 60 : toMidnight) * MIN;
        continue;
      }
      if (!this.hour.values.has(w.hour)) {
        t += (60 - w.minute) * MIN;
        continue;
      }
      if (!this.minute.values.has(w.minute)) {
        let m = w.minute + 1;
        while (m < 60 && !this.minute.values.has(m)) m++;
        t += (m - w.minute) * MIN;
        continue;
      }
      return t;
    }
    return GO_ZERO_TIME;
  }
}

class EverySchedule implements CronSchedule {
  constructor(private delayMs: number) {}

  next(afterMs: number): number {
    // robfig adds the delay and drops the sub-second part of the start time
    return afterMs - (((afterMs % 1000) + 1000) % 1000) + this.delayMs;
  }
}

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

function parseFields(spec: string, zone: string): CronSchedule {
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) throw new Error(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  return new SpecSchedule(
    parseField(fields[0], MINUTES),
    parseField(fields[1], HOURS),
    parseField(fields[2], DOM),
    parseField(fields[3], MONTHS),
    parseField(fields[4], DOW),
    zone,
  );
}

/**
 * cron.ParseStandard. `defaultZone` stands for time.Local (the controller's zone);
 * throws an Error with robfig's message when the spec does not parse.
 */
export function parseStandard(input: string, defaultZone: string = localZone()): CronSchedule {
  let spec = input;
  if (spec.length === 0) throw new Error('empty spec string');
  let zone = defaultZone;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const name = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
    const err = loadLocationError(name);
    if (err) throw new Error(`provided bad location ${name}: ${err}`);
    zone = name === '' ? 'UTC' : name === 'Local' ? defaultZone : name;
    spec = space < 0 ? '' : spec.slice(space).trim();
  }
  if (spec.startsWith('@')) {
    const fixed = DESCRIPTORS[spec];
    if (fixed) return parseFields(fixed, zone);
    if (spec.startsWith('@every ')) {
      let ns: number;
      try {
        ns = parseGoDuration(spec.slice('@every '.length));
      } catch (e) {
        throw new Error(`failed to parse duration ${spec}: ${(e as Error).message}`);
      }
      // cron.Every: at least a second, whole seconds only
      const ms = Math.max(1000, Math.floor(ns / 1e9) * 1000);
      return new EverySchedule(ms);
    }
    throw new Error(`unrecognized descriptor: ${spec}`);
  }
  return parseFields(spec, zone);
}
