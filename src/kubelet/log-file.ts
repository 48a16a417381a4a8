// Container logs in the CRI format containerd writes ("<RFC3339Nano> stdout F <line>"), one
// file per container instance, with readers for the options of GET …/pods/NAME/log.
import { EventEmitter } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

export type LogStream = 'stdout' | 'stderr';

export interface LogRecord {
  /** 2006-01-02T15:04:05.000000000Z: the kubelet always prints 9 fraction digits */
  time: string;
  stream: LogStream;
  /** false for a partial line (no newline yet) */
  full: boolean;
  content: Buffer;
}

const hrBase = process.hrtime.bigint();
const msBase = Date.now();

/** Now as RFC3339 with nanoseconds (the sub-millisecond part comes from the monotonic clock). */
export function nanoTimestamp(): string {
  const elapsed = process.hrtime.bigint() - hrBase;
  const nanos = BigInt(msBase) * 1_000_000n + elapsed;
  const ms = Number(nanos / 1_000_000n);
  const iso = new Date(ms).toISOString(); // 2006-01-02T15:04:05.000Z
  return `${iso.slice(0, 19)}.${String(nanos % 1_000_000_000n).padStart(9, '0')}Z`;
}

const MAX_PARTIAL = 16 * 1024;

/** Appends a container's output to its log file and tells followers about each record. */
export class ContainerLogWriter extends EventEmitter {
  private fd: number | undefined;
  private pending: Record<LogStream, Buffer> = { stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
  closed = false;

  constructor(readonly path: string) {
    super();
    this.setMaxListeners(0);
    this.fd = openSync(path, 'a');
  }

  write(stream: LogStream, chunk: Buffer): void {
    if (this.closed) return;
    let buf = this.pending[stream].length ? Buffer.concat([this.pending[stream], chunk]) : chunk;
    let nl: number;
    while ((nl = buf.indexOf(10)) >= 0) {
      this.append({ time: nanoTimestamp(), stream, full: true, content: buf.subarray(0, nl) });
      buf = buf.subarray(nl + 1);
    }
    while (buf.length > MAX_PARTIAL) {
      this.append({ time: nanoTimestamp(), stream, full: false, content: buf.subarray(0, MAX_PARTIAL) });
      buf = buf.subarray(MAX_PARTIAL);
    }
    this.pending[stream] = Buffer.from(buf);
  }

  private append(r: LogRecord): void {
    if (this.fd !== undefined) {
      const head = Buffer.from(`${r.time} ${r.stream} ${r.full ? 'F' : 'P'} `);
      try {
        writeSync(this.fd, Buffer.concat([head, r.content, Buffer.from('\n')]));
      } catch {
        // a full disk must not take the kubelet down
      }
    }
    this.emit('record', r);
  }

  /** Flushes unterminated output and ends following readers. */
  close(): void {
    if (this.closed) return;
    for (const s of ['stdout', 'stderr'] as const) {
      if (this.pending[s].length) this.append({ time: nanoTimestamp(), stream: s, full: true, content: this.pending[s] });
      this.pending[s] = Buffer.alloc(0);
    }
    this.closed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.emit('close');
  }
}

export function parseLogFile(path: string): LogRecord[] {
  if (!existsSync(path)) return [];
  const data = readFileSync(path);
  const out: LogRecord[] = [];
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end < 0) end = data.length;
    const line = data.subarray(start, end);
    start = end + 1;
    const s1 = line.indexOf(32);
    const s2 = line.indexOf(32, s1 + 1);
    const s3 = line.indexOf(32, s2 + 1);
    if (s1 < 0 || s2 < 0 || s3 < 0) continue;
    out.push({
      time: line.subarray(0, s1).toString(),
      stream: line.subarray(s1 + 1, s2).toString() as LogStream,
      full: line.subarray(s2 + 1, s3).toString() !== 'P',
      content: line.subarray(s3 + 1),
    });
  }
  return out;
}

export interface LogReadOptions {
  timestamps?: boolean;
  tailLines?: number;
  /** only records at or after this time (ms since epoch) */
  sinceMs?: number;
  limitBytes?: number;
}

export function formatRecord(r: LogRecord, timestamps: boolean): Buffer {
  const parts: Buffer[] = [];
  if (timestamps) parts.push(Buffer.from(r.time + ' '));
  parts.push(r.content);
  if (r.full) parts.push(Buffer.from('\n'));
  return Buffer.concat(parts);
}

export function recordTimeMs(r: LogRecord): number {
  return Date.parse(r.time.replace(/\.(\d{3})\d*Z$/, '.$1Z'));
}

/** Selects records by since/tail (tail counts whole lines, as the kubelet's reader does). */
export function selectRecords(records: LogRecord[], opts: LogReadOptions): LogRecord[] {
  let recs = opts.sinceMs !== undefined ? records.filter((r) => recordTimeMs(r) >= opts.sinceMs!) : records;
  if (opts.tailLines !== undefined && opts.tailLines >= 0) {
    let lines = 0;
    let i = recs.length;
    while (i > 0) {
      const r = recs[i - 1];
      if (r.full) {
        if (lines === opts.tailLines) break;
        lines++;
      }
      i--;
    }
    recs = recs.slice(i);
  }
  return recs;
}

export function renderLog(records: LogRecord[], opts: LogReadOptions): Buffer {
  const out = Buffer.concat(selectRecords(records, opts).map((r) => formatRecord(r, !!opts.timestamps)));
  return opts.limitBytes !== undefined && opts.limitBytes >= 0 ? out.subarray(0, opts.limitBytes) : out;
}
