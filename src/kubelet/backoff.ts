// client-go's flowcontrol.Backoff without jitter: 10s doubling to 300s per key; an entry
// not touched for 2×max starts over.

interface Entry {
  backoff: number;
  lastUpdate: number;
}

export class Backoff {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly initialMs = 10_000,
    private readonly maxMs = 300_000,
    private readonly now: () => number = Date.now,
  ) {}

  private expired(eventTime: number, lastUpdate: number): boolean {
    return eventTime - lastUpdate > 2 * this.maxMs;
  }

  /** Current back-off of a key (0 when none). */
  get(id: string): number {
    return this.entries.get(id)?.backoff ?? 0;
  }

  /** Moves a key to its next back-off (or the initial one when new or expired). */
  next(id: string, eventTime = this.now()): void {
    const e = this.entries.get(id);
    if (!e || this.expired(eventTime, e.lastUpdate)) this.entries.set(id, { backoff: this.initialMs, lastUpdate: this.now() });
    else {
      e.backoff = Math.min(e.backoff * 2, this.maxMs);
      e.lastUpdate = this.now();
    }
  }

  /** True while less than the back-off has passed since `eventTime` (crash loops: the last exit). */
  isInBackOffSince(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.expired(eventTime, e.lastUpdate)) return false;
    return this.now() - eventTime < e.backoff;
  }

  /** True while less than the back-off has passed since the last `next` (image pulls). */
  isInBackOffSinceUpdate(id: string, eventTime = this.now()): boolean {
    const e = this.entries.get(id);
    if (!e || this.expired(eventTime, e.lastUpdate)) return false;
    return eventTime - e.lastUpdate < e.backoff;
  }

  /** When the current window of a key ends, measured from `since` (default: its last update). */
  windowEnd(id: string, since?: number): number {
    const e = this.entries.get(id);
    return e ? (since ?? e.lastUpdate) + e.backoff : this.now();
  }

  reset(id: string): void {
    this.entries.delete(id);
  }

  /** Drops every key starting with `prefix` (a pod's keys when it goes away). */
  forgetPrefix(prefix: string): void {
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) this.entries.delete(k);
  }
}

/** Go's time.Duration.String() for whole seconds, as back-off messages print it ("10s", "5m0s"). */
export function goSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60}s`;
  return `${Math.floor(m / 60)}h${m % 60}m${s % 60}s`;
}

/** Go's Duration.String() of a millisecond-truncated duration: "0s", "523ms", "1.234s". */
export function goMillis(ms: number): string {
  ms = Math.max(0, Math.floor(ms));
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const s = Math.floor(ms / 1000);
  const frac = ms % 1000 ? '.' + String(ms % 1000).padStart(3, '0').replace(/0+$/, '') : '';
  if (s < 60) return `${s}${frac}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60}${frac}s`;
  return `${Math.floor(m / 60)}h${m % 60}m${s % 60}${frac}s`;
}
