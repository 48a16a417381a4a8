// SPDY/3.1 framing, as much as port-forward needs: frame splitting, the control frames a
// server sends, and header blocks compressed with one shared zlib context per direction.
import zlib from 'node:zlib';
import { SPDY3_DICTIONARY } from './spdy-dictionary.js';

export const SPDY_VERSION = 3;
export const FLAG_FIN = 0x01;

export const FrameType = {
  SynStream: 1,
  SynReply: 2,
  RstStream: 3,
  Settings: 4,
  Ping: 6,
  GoAway: 7,
  Headers: 8,
  WindowUpdate: 9,
} as const;
type FrameTypeCode = (typeof FrameType)[keyof typeof FrameType];

export type Frame =
  | { control: true; type: number; flags: number; data: Buffer }
  | { control: false; streamId: number; flags: number; data: Buffer };

/** Splits a byte stream into frames (8-byte header, 24-bit length). */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Frame[] {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const frames: Frame[] = [];
    while (this.buf.length >= 8) {
      const len = this.buf.readUIntBE(5, 3);
      if (this.buf.length < 8 + len) break;
      const flags = this.buf[4];
      const data = this.buf.subarray(8, 8 + len);
      if (this.buf[0] & 0x80) frames.push({ control: true, type: this.buf.readUInt16BE(2), flags, data });
      else frames.push({ control: false, streamId: this.buf.readUInt32BE(0) & 0x7fffffff, flags, data });
      this.buf = this.buf.subarray(8 + len);
    }
    return frames;
  }
}

export function controlFrame(type: FrameTypeCode, flags: number, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x8000 | SPDY_VERSION, 0);
  head.writeUInt16BE(type, 2);
  head[4] = flags;
  head.writeUIntBE(data.length, 5, 3);
  return Buffer.concat([head, data]);
}

export function dataFrame(streamId: number, flags: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(streamId & 0x7fffffff, 0);
  head[4] = flags;
  head.writeUIntBE(data.length, 5, 3);
  return data.length ? Buffer.concat([head, data]) : head;
}

export function rstStream(streamId: number, status: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt32BE(streamId & 0x7fffffff, 0);
  b.writeUInt32BE(status, 4);
  return controlFrame(FrameType.RstStream, 0, b);
}

export function goAway(lastStreamId: number, status = 0): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt32BE(lastStreamId & 0x7fffffff, 0);
  b.writeUInt32BE(status, 4);
  return controlFrame(FrameType.GoAway, 0, b);
}

export type HeaderMap = Map<string, string[]>;

/** Name/value block: 32-bit count, then 32-bit length-prefixed names and NUL-joined values. */
export function encodeHeaderBlock(headers: HeaderMap): Buffer {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  parts.push(u32(headers.size));
  for (const [name, values] of headers) {
    const n = Buffer.from(name.toLowerCase());
    const v = Buffer.from(values.join('\0'));
    parts.push(u32(n.length), n, u32(v.length), v);
  }
  return Buffer.concat(parts);
}

export function decodeHeaderBlock(raw: Buffer): HeaderMap {
  const out: HeaderMap = new Map();
  let off = 0;
  const need = (n: number) => {
    if (off + n > raw.length) throw new Error('truncated SPDY header block');
  };
  need(4);
  const count = raw.readUInt32BE(off);
  off += 4;
  for (let i = 0; i < count; i++) {
    need(4);
    const nl = raw.readUInt32BE(off);
    off += 4;
    need(nl);
    const name = raw.subarray(off, off + nl).toString().toLowerCase();
    off += nl;
    need(4);
    const vl = raw.readUInt32BE(off);
    off += 4;
    need(vl);
    out.set(name, raw.subarray(off, off + vl).toString().split('\0'));
    off += vl;
  }
  return out;
}

/** One direction's zlib context: every header block is sync-flushed into the same stream. */
export class HeaderCodec {
  private out: Buffer[] = [];
  private z: zlib.Inflate | zlib.Deflate;

  constructor(mode: 'inflate' | 'deflate') {
    const opts = { dictionary: SPDY3_DICTIONARY, flush: zlib.constants.Z_SYNC_FLUSH };
    this.z = mode === 'inflate' ? zlib.createInflate(opts) : zlib.createDeflate(opts);
    this.z.on('data', (b: Buffer) => this.out.push(b));
    this.z.on('error', () => undefined);
  }

  /** Feeds one block through; resolves with what came out (data events precede the write callback). */
  run(block: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.z.write(block, (e) => {
        if (e) return reject(e);
        const r = Buffer.concat(this.out);
        this.out = [];
        resolve(r);
      });
    });
  }

  close(): void {
    this.z.destroy();
  }
}
