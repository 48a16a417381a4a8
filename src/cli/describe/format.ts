// Small value formatters shared by the describers (Go time/labels/intstr behaviour).
import { humanDuration } from '../../apiserver/tables/duration.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Go's zero time.Time formatted as RFC1123Z (a missing timestamp). */
export const ZERO_TIME_RFC1123Z = 'Mon, 01 Jan 0001 00:00:00 +0000';

/**
 * time.RFC1123Z in the process's local zone, as kubectl does after metav1.Time
 * converts timestamps to Local: "Mon, 02 Jan 2006 15:04:05 -0700".
 */
export function rfc1123z(ts: string | undefined | null): string {
  if (!ts) return ZERO_TIME_RFC1123Z;
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ZERO_TIME_RFC1123Z;
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return (
    `${DAYS[d.getDay()]}, ${pad2(d.getDate())} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ` +
    `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())} ${sign}${pad2(Math.trunc(abs / 60))}${pad2(abs % 60)}`
  );
}

/** translateTimestampSince: human age of a timestamp, `<unknown>` when unset. */
export function since(ts: string | undefined | null, now: number): string {
  if (!ts) return '<unknown>';
  const t = Date.parse(ts);
  if (Number.isNaN(t)) return '<unknown>';
  return humanDuration(now - t);
}

export const stringOrNone = (s: string | undefined | null): string => (s ? s : '<none>');

/** labels.FormatLabels: sorted k=v joined by commas, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

export { labelSelectorString, formatLabelSelector, type LabelSelector } from '../../util/label-selector.js';

/** intstr.IntOrString.String(); a nil pointer prints `<nil>`. */
export const intOrString = (v: number | string | undefined | null): string =>
  v === undefined || v === null ? '<nil>' : String(v);

/** Go's %v of a bool pointer with kubectl's printBool: True/False. */
export const printBool = (v: boolean | undefined): string => (v ? 'True' : 'False');

/** Sorted keys (Go sorts strings bytewise; JS code-unit order matches for BMP text). */
export const sortedKeys = (m: Record<string, unknown> | undefined | null): string[] =>
  Object.keys(m ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
