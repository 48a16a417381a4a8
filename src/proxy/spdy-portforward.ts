// Server side of portforward.k8s.io over SPDY/3.1 (what kubectl ≥1.30 tunnels inside a
// WebSocket): every forwarded connection is a pair of client streams, "error" and "data",
// tied by the requestID header; the data stream is spliced to the pod's port.
import type { Socket } from 'node:net';
import { controlFrame, dataFrame, decodeHeaderBlock, encodeHeaderBlock, FLAG_FIN, FrameReader, FrameType, goAway, HeaderCodec, rstStream, type Frame } from './spdy-framing.js';

const RST_PROTOCOL_ERROR = 1;
const MAX_DATA = 32 * 1024;

interface Stream {
  id: number;
  type: 'data' | 'error';
  port: number;
  requestId: string;
  /** the client sent FIN */
  remoteClosed: boolean;
  /** we sent FIN */
  localClosed: boolean;
  /** client bytes that arrived before the pod connection */
  early: Buffer[];
  socket?: Socket;
}

interface Pair {
  data?: Stream;
  error?: Stream;
}

export interface SpdySessionOptions {
  /** writes raw SPDY bytes to the client */
  send(bytes: Buffer): void;
  /** connects to the pod's port; rejects with the message the error stream carries */
  dial(port: number): Promise<Socket>;
  /** the whole session is over (GOAWAY or fatal error) */
  onClose?(): void;
}

export class SpdyPortForwardSession {
  private reader = new FrameReader();
  private inflate = new HeaderCodec('inflate');
  private deflate = new HeaderCodec('deflate');
  private streams = new Map<number, Stream>();
  private pairs = new Map<string, Pair>();
  private chain: Promise<void> = Promise.resolve();
  private lastStreamId = 0;
  private closed = false;

  constructor(private opts: SpdySessionOptions) {}

  /** Bytes from the client, in order. */
  receive(chunk: Buffer): void {
    for (const f of this.reader.push(chunk)) this.chain = this.chain.then(() => this.handle(f)).catch(() => this.close());
  }

  private async handle(f: Frame): Promise<void> {
    if (this.closed) return;
    if (!f.control) return this.onData(f.streamId, f.flags, f.data);
    switch (f.type) {
      case FrameType.SynStream:
        return this.onSynStream(f.flags, f.data);
      case FrameType.Ping:
        return this.opts.send(controlFrame(FrameType.Ping, 0, f.data));
      case FrameType.RstStream:
        return this.dropStream(f.data.readUInt32BE(0) & 0x7fffffff);
      case FrameType.GoAway:
        return this.close();
      case FrameType.Headers:
        // header blocks must still pass through the shared zlib context
        await this.inflate.run(f.data.subarray(4));
        return;
      default:
        // SETTINGS, WINDOW_UPDATE: no flow control is enforced (as in spdystream)
        return;
    }
  }

  private async onSynStream(flags: number, data: Buffer): Promise<void> {
    const id = data.readUInt32BE(0) & 0x7fffffff;
    const headers = decodeHeaderBlock(await this.inflate.run(data.subarray(10)));
    this.lastStreamId = Math.max(this.lastStreamId, id);
    const h = (k: string) => headers.get(k.toLowerCase())?.[0] ?? '';
    const port = Number(h('port'));
    const type = h('streamType');
    if (!Number.isInteger(port) || port < 1 || port > 65535 || (type !== 'data' && type !== 'error')) {
      this.opts.send(rstStream(id, RST_PROTOCOL_ERROR));
      return;
    }
    // clients without requestID pair error stream N with data stream N+2
    const requestId = h('requestID') || String(type === 'error' ? id : id - 2);
    const stream: Stream = { id, type, port, requestId, remoteClosed: !!(flags & FLAG_FIN), localClosed: false, early: [] };
    this.streams.set(id, stream);
    const reply = Buffer.alloc(4);
    reply.writeUInt32BE(id);
    this.opts.send(controlFrame(FrameType.SynReply, 0, Buffer.concat([reply, await this.deflate.run(encodeHeaderBlock(new Map()))])));
    const pair = this.pairs.get(requestId) ?? {};
    this.pairs.set(requestId, pair);
    if (pair[type]) return this.writeError(pair, `error processing stream for request ${requestId}: ${type} stream already assigned`);
    pair[type] = stream;
    if (pair.data && pair.error) void this.forward(pair as Required<Pair>);
  }

  private onData(id: number, flags: number, data: Buffer): void {
    const s = this.streams.get(id);
    if (!s) return;
    if (data.length && s.type === 'data') {
      if (s.socket) s.socket.write(data);
      else s.early.push(data);
    }
    if (flags & FLAG_FIN) {
      s.remoteClosed = true;
      if (s.type === 'data') s.socket?.end();
      this.maybeForget(s);
    }
  }

  private async forward(pair: Required<Pair>): Promise<void> {
    const { data, error } = pair;
    let socket: Socket;
    try {
      socket = await this.opts.dial(data.port);
    } catch (e) {
      this.writeError(pair, (e as Error).message);
      return;
    }
    if (this.closed || !this.streams.has(data.id)) return void socket.destroy();
    data.socket = socket;
    for (const b of data.early.splice(0)) socket.write(b);
    if (data.remoteClosed) socket.end();
    socket.on('data', (b: Buffer) => {
      for (let i = 0; i < b.length; i += MAX_DATA) this.sendData(data, b.subarray(i, i + MAX_DATA));
    });
    const finish = () => {
      this.finishStream(data);
      this.finishStream(error);
    };
    socket.on('end', finish);
    socket.on('error', finish);
    socket.on('close', finish);
  }

  private writeError(pair: Pair, message: string): void {
    if (pair.error) {
      this.sendData(pair.error, Buffer.from(message));
      this.finishStream(pair.error);
    }
    if (pair.data) this.finishStream(pair.data);
  }

  private sendData(s: Stream, b: Buffer): void {
    if (this.closed || s.localClosed) return;
    this.opts.send(dataFrame(s.id, 0, b));
  }

  /** Sends FIN once; the stream is forgotten when both sides have closed. */
  private finishStream(s: Stream): void {
    if (this.closed || s.localClosed || !this.streams.has(s.id)) return;
    s.localClosed = true;
    this.opts.send(dataFrame(s.id, FLAG_FIN));
    this.maybeForget(s);
  }

  private maybeForget(s: Stream): void {
    if (!s.localClosed || !s.remoteClosed) return;
    this.streams.delete(s.id);
    const p = this.pairs.get(s.requestId);
    if (p && ![p.data, p.error].some((x) => x && this.streams.has(x.id))) this.pairs.delete(s.requestId);
  }

  private dropStream(id: number): void {
    const s = this.streams.get(id);
    if (!s) return;
    s.localClosed = s.remoteClosed = true;
    s.socket?.destroy();
    this.maybeForget(s);
  }

  /** Tears down every forwarded connection. */
  close(): void {
    if (this.closed) return;
    try {
      this.opts.send(goAway(this.lastStreamId));
    } catch {
      // the transport is already gone
    }
    this.closed = true;
    for (const s of this.streams.values()) s.socket?.destroy();
    this.streams.clear();
    this.pairs.clear();
    this.inflate.close();
    this.deflate.close();
    this.opts.onClose?.();
  }
}
