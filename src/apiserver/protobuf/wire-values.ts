// Conversions shared by the protobuf decoder and encoder: metav1.Time, int64s, the
// k8s\0 envelope prefix and apiVersion splitting.

/** Every Kubernetes protobuf body starts with these four bytes. */
export const K8S_MAGIC = Uint8Array.from([0x6b, 0x38, 0x73, 0x00]);

/** A protobufjs int64 (a Long {low, high} when long.js is present, else a number) as a JS number. */
export function int64ToNumber(v: number | { low: number; high: number }): number {
  return typeof v === 'number' ? v : v.high * 0x1_0000_0000 + (v.low >>> 0);
}

/** metav1.Time {seconds, nanos} as kube-apiserver's JSON: RFC3339, fractional part only if set (MicroTime). */
export function formatTime(seconds: number, nanos: number): string {
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  if (!nanos) return `${base}Z`;
  return `${base}.${String(Math.floor(nanos / 1000)).padStart(6, '0')}Z`;
}

/** RFC3339 (with optional fraction and offset) to {seconds, nanos}; undefined when unparseable. */
export function parseTime(s: string): { seconds: number; nanos: number } | undefined {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  const frac = /\.(\d+)/.exec(s);
  const nanos = frac ? Number(frac[1].slice(0, 9).padEnd(9, '0')) : 0;
  return { seconds: Math.floor(ms / 1000), nanos };
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
