// The server side of a SPDY/3.1 connection as client-go's spdystream speaks it: the client
// opens every stream (SYN_STREAM with headers such as streamType), we answer SYN_REPLY, and
// either side half-closes a stream with a FIN data frame. Transport-neutral: bytes come in
// through receive() and go out through send(), so raw sockets and WebSocket tunnels share it.
import { controlFrame, dataFrame, decodeHeaderBlock, encodeHeaderBlock, FLAG_FIN, FrameReader, FrameType, goAway, HeaderCodec, rstStream, type Frame, type HeaderMap } from './spdy-framing.js';

export const RST_PROTOCOL_ERROR = 1;
const MAX_DATA = 32 * 1024;

export class SpdyStream {
  /** the client sent FIN */
  remoteClosed = false;
  /** we sent FIN (or the stream was reset) */
  localClosed = false;
  /** bytes from the client; unset listeners see nothing, so set them before awaiting */
  onData?: (b: Buffer) => void;
  /** the client half-closed the stream */
  onEnd?: () => void;
  /** the client reset the stream, or the session ended */
  onReset?: () => void;

  constructor(
    private session: SpdySession,
    readonly id: number,
    readonly headers: HeaderMap,
  ) {}

  header(name: string): string {
    return this.headers.get(name.toLowerCase())?.[0] ?? '';
  }

  write(b: Buffer | string): void {
    const buf = Buffer.isBuffer(b) ? b : Buffer.from(b);
    for (let i = 0; i < buf.length; i += MAX_DATA) this.session.sendData(this, buf.subarray(i, i + MAX_DATA));
  }

  /** Half-closes our side (FIN), once. */
  end(): void {
    this.session.finish(this);
  }

  reset(status = RST_PROTOCOL_ERROR): void {
    this.session.reset(this, status);
  }
}

export interface SpdySessionOptions {
  /** writes raw SPDY bytes to the client */
  send(bytes: Buffer): void;
  /** decides on a new stream before it is answered: false resets it instead */
  accept?(headers: HeaderMap): boolean;
  /** a stream the client opened, after its SYN_REPLY went out */
  onStream(stream: SpdyStream): void;
  /** the session is over (GOAWAY from the client, a fatal error, or close()) */
  onClose?(): void;
}

export class SpdySession {
  private reader = new FrameReader();
  private inflate = new HeaderCodec('inflate');
  private deflate = new HeaderCodec('deflate');
  private streams = new Map<number, SpdyStream>();
  private chain: Promise<void> = Promise.resolve();
  private lastStreamId = 0;
  private closed = false;
  private sentGoAway = false;

  constructor(private opts: SpdySessionOptions) {}

  /** Bytes from the client, in order. */
  receive(chunk: Buffer): void {
    for (const f of this.reader.push(chunk)) this.chain = this.chain.then(() => this.handle(f)).catch(() => this.close());
  }

  get isClosed(): boolean {
    return this.closed;
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
        return this.onReset(f.data.readUInt32BE(0) & 0x7fffffff);
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
    if (this.opts.accept && !this.opts.accept(headers)) return this.opts.send(rstStream(id, RST_PROTOCOL_ERROR));
    const stream = new SpdyStream(this, id, headers);
    stream.remoteClosed = !!(flags & FLAG_FIN);
    this.streams.set(id, stream);
    const reply = Buffer.alloc(4);
    reply.writeUInt32BE(id);
    const block = await this.deflate.run(encodeHeaderBlock(new Map()));
    if (this.closed) return;
    this.opts.send(controlFrame(FrameType.SynReply, 0, Buffer.concat([reply, block])));
    this.opts.onStream(stream);
  }

  private onData(id: number, flags: number, data: Buffer): void {
    const s = this.streams.get(id);
    if (!s) return;
    if (data.length) s.onData?.(data);
    if (flags & FLAG_FIN && !s.remoteClosed) {
      s.remoteClosed = true;
      s.onEnd?.();
      this.maybeForget(s);
    }
  }

  private onReset(id: number): void {
    const s = this.streams.get(id);
    if (!s) return;
    s.localClosed = s.remoteClosed = true;
    this.streams.delete(id);
    s.onReset?.();
  }

  /** @internal */
  sendData(s: SpdyStream, b: Buffer): void {
    if (this.closed || s.localClosed) return;
    this.opts.send(dataFrame(s.id, 0, b));
  }

  /** @internal */
  finish(s: SpdyStream): void {
    if (this.closed || s.localClosed) return;
    s.localClosed = true;
    this.opts.send(dataFrame(s.id, FLAG_FIN));
    this.maybeForget(s);
  }

  /** @internal */
  reset(s: SpdyStream, status: number): void {
    if (this.closed || !this.streams.has(s.id)) return;
    s.localClosed = s.remoteClosed = true;
    this.streams.delete(s.id);
    this.opts.send(rstStream(s.id, status));
  }

  private maybeForget(s: SpdyStream): void {
    if (s.localClosed && s.remoteClosed) this.streams.delete(s.id);
  }

  /** Says GOAWAY (our side is done) but keeps the streams until the client closes. */
  goAway(): void {
    if (this.closed || this.sentGoAway) return;
    this.sentGoAway = true;
    this.opts.send(goAway(this.lastStreamId));
  }

  /** Ends the session: GOAWAY, then every open stream sees onReset. */
  close(): void {
    if (this.closed) return;
    try {
      this.goAway();
    } catch {
      // the transport is already gone
    }
    this.closed = true;
    const open = [...this.streams.values()];
    this.streams.clear();
    for (const s of open) s.onReset?.();
    this.inflate.close();
    this.deflate.close();
    this.opts.onClose?.();
  }
}
