// Server side of portforward.k8s.io over SPDY/3.1 (raw on the socket for kubectl ≤1.29, tunnelled
// in WebSocket messages for ≥1.30): every forwarded connection is a pair of client streams,
// "error" and "data", tied by the requestID header; the data stream is spliced to the pod's port.
import type { Socket } from 'node:net';
import type { HeaderMap } from './spdy-framing.js';
import { SpdySession, type SpdyStream } from './spdy-session.js';

interface Pair {
  data?: SpdyStream;
  error?: SpdyStream;
  socket?: Socket;
  /** client bytes that arrived before the pod connection */
  early: Buffer[];
}

export interface SpdyPortForwardOptions {
  /** writes raw SPDY bytes to the client */
  send(bytes: Buffer): void;
  /** connects to the pod's port; rejects with the message the error stream carries */
  dial(port: number): Promise<Socket>;
  /** the whole session is over (GOAWAY or fatal error) */
  onClose?(): void;
}

const first = (h: HeaderMap, name: string) => h.get(name.toLowerCase())?.[0] ?? '';

function validPort(h: HeaderMap): boolean {
  const port = Number(first(h, 'port'));
  const type = first(h, 'streamType');
  return Number.isInteger(port) && port >= 1 && port <= 65535 && (type === 'data' || type === 'error');
}

export class SpdyPortForwardSession {
  private session: SpdySession;
  private pairs = new Map<string, Pair>();

  constructor(private opts: SpdyPortForwardOptions) {
    this.session = new SpdySession({
      send: opts.send,
      accept: validPort,
      onStream: (s) => this.onStream(s),
      onClose: () => this.teardown(),
    });
  }

  /** Bytes from the client, in order. */
  receive(chunk: Buffer): void {
    this.session.receive(chunk);
  }

  private onStream(stream: SpdyStream): void {
    const type = stream.header('streamType') as 'data' | 'error';
    // clients without requestID pair error stream N with data stream N+2
    const requestId = stream.header('requestID') || String(type === 'error' ? stream.id : stream.id - 2);
    const pair = this.pairs.get(requestId) ?? { early: [] };
    this.pairs.set(requestId, pair);
    if (pair[type]) {
      stream.end();
      return this.writeError(pair, `error processing stream for request ${requestId}: ${type} stream already assigned`);
    }
    pair[type] = stream;
    const forget = () => {
      if ([pair.data, pair.error].every((x) => !x || (x.localClosed && x.remoteClosed))) this.pairs.delete(requestId);
    };
    if (type === 'data') {
      stream.onData = (b) => (pair.socket ? pair.socket.write(b) : pair.early.push(b));
      stream.onEnd = () => {
        pair.socket?.end();
        forget();
      };
      stream.onReset = () => pair.socket?.destroy();
    } else {
      stream.onEnd = forget;
    }
    if (pair.data && pair.error) void this.forward(pair, requestId);
  }

  private async forward(pair: Pair, requestId: string): Promise<void> {
    const data = pair.data!;
    let socket: Socket;
    try {
      socket = await this.opts.dial(Number(data.header('port')));
    } catch (e) {
      this.writeError(pair, (e as Error).message);
      return;
    }
    if (this.session.isClosed || data.localClosed) return void socket.destroy();
    pair.socket = socket;
    for (const b of pair.early.splice(0)) socket.write(b);
    if (data.remoteClosed) socket.end();
    socket.on('data', (b: Buffer) => data.write(b));
    const finish = () => {
      data.end();
      pair.error?.end();
      if (data.remoteClosed && pair.error?.remoteClosed) this.pairs.delete(requestId);
    };
    socket.on('end', finish);
    socket.on('error', finish);
    socket.on('close', finish);
  }

  private writeError(pair: Pair, message: string): void {
    if (pair.error) {
      pair.error.write(message);
      pair.error.end();
    }
    pair.data?.end();
  }

  private teardown(): void {
    for (const p of this.pairs.values()) p.socket?.destroy();
    this.pairs.clear();
    this.opts.onClose?.();
  }

  /** Tears down every forwarded connection. */
  close(): void {
    this.session.close();
  }
}
