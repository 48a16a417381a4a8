// The Events table at the end of most descriptions (kubectl DescribeEvents).
import type { KubeObject } from '../../client/types.js';
import { goSort } from '../../util/go-sort.js';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.js';
import { since } from './format.js';

const time = (ts: string | undefined): number => {
  const t = ts ? Date.parse(ts) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

/** `12s`, or `12s (x4 over 91s)` for repeated and series events. */
export function eventAge(e: KubeObject, now: number): string {
  const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** Writes the events table; a flush first so it aligns on its own. */
export function writeEvents(w: PrefixWriter, events: KubeObject[], now: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  // sort.Sort(SortableEvents) by lastTimestamp: Go's unstable order decides ties, so use it too
  const sorted = goSort([...events], (a, b) => time(a.lastTimestamp) < time(b.lastTimestamp));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    // core/v1 serializes ReportingController as reportingComponent
    const from = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, now)}\t${from}\t${String(e.message ?? '').trim()}\n`);
  }
}

/** The events block alone, as its own tabbed string. */
export function describeEvents(events: KubeObject[], now: number = Date.now()): string {
  const w = new PrefixWriter();
  writeEvents(w, events, now);
  return w.toString();
}
