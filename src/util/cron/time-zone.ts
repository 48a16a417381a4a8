// IANA time zones the way Go's time.LoadLocation sees them (the system zoneinfo files,
// case-sensitive), and wall-clock fields of an instant in a zone through Intl.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ZONEINFO_DIRS = ['/usr/share/zoneinfo', '/usr/share/lib/zoneinfo', '/usr/lib/locale/TZ'];

function zoneFileExists(name: string): boolean | undefined {
  let anyDir = false;
  for (const dir of ZONEINFO_DIRS) {
    if (!existsSync(dir)) continue;
    anyDir = true;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return true;
    } catch {
      // not in this directory
    }
  }
  return anyDir ? false : undefined;
}

function intlAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** time.LoadLocation's error text for this name, or undefined when it loads. */
export function loadLocationError(name: string): string | undefined {
  if (name === '' || name === 'UTC' || name === 'Local') return undefined;
  if (name.includes('..') || name.startsWith('/') || name.includes('\\')) return `unknown time zone ${name}`;
  // without zoneinfo files Go falls back to its embedded database
  const onDisk = zoneFileExists(name);
  const ok = onDisk ?? intlAccepts(name);
  return ok && intlAccepts(name) ? undefined : `unknown time zone ${name}`;
}

/** The zone a schedule without timeZone runs in: the controller process's own. */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
  second: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function wallClock(ms: number, zone: string): WallClock {
  const out: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) out[p.type] = p.value;
  const year = Number(out.year) * (out.era === 'BC' ? -1 : 1);
  return {
    year,
    month: Number(out.month),
    day: Number(out.day),
    weekday: WEEKDAYS.indexOf(out.weekday),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
  };
}

/** The zone's UTC offset at this instant, in minutes (east positive). */
export function offsetMinutes(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((asUtc - whole) / 60_000);
}

/** RFC 3339 as Go's time.Format(time.RFC3339) prints an instant in a zone ("Z" for UTC). */
export function formatRfc3339InZone(ms: number, zone: string | undefined): string {
  if (!zone || zone === 'UTC') return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const w = wallClock(ms, zone);
  const off = offsetMinutes(ms, zone);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const tz = off === 0 ? 'Z' : `${sign}${p2(Math.floor(a / 60))}:${p2(a % 60)}`;
  return `${String(w.year).padStart(4, '0')}-${p2(w.month)}-${p2(w.day)}T${p2(w.hour)}:${p2(w.minute)}:${p2(w.second)}${tz}`;
}
