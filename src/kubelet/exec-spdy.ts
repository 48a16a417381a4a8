// exec and attach over a raw SPDY/3.1 upgrade (kubectl ≤1.29, and ≥1.30 when WebSocket is refused): the
// client opens one stream per channel, tagged by the streamType header (error, stdin, stdout,
// stderr, resize); the command starts once all expected streams are there, as in the kubelet's
// remotecommand server. v4 writes the Status as JSON on the error stream; v1–v3 write only a
// failure's message. stdin ends with the stream's FIN; resize events are read and ignored.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { errors } from '../apiserver/errors.js';
import { SpdySession, type SpdyStream } from '../proxy/spdy-session.js';
import { acceptSpdyUpgrade, negotiateStreamProtocol, negotiationError, offeredStreamProtocols } from '../proxy/spdy-upgrade.js';
import type { ExecProcess, ExecStatus } from './exec-process.js';
import type { StreamFlags, StreamSession } from './stream-session.js';

const V4 = 'v4.channel.k8s.io', V3 = 'v3.channel.k8s.io', V2 = 'v2.channel.k8s.io', V1 = 'channel.k8s.io';
/** what the kubelet's SPDY path supports (v5 is WebSocket-only) */
const SUPPORTED = [V4, V3, V2, V1];
const STREAM_TYPES = ['error', 'stdin', 'stdout', 'stderr', 'resize'] as const;
type StreamType = (typeof STREAM_TYPES)[number];

/** the kubelet's default stream creation timeout */
const STREAM_CREATION_TIMEOUT_MS = 30_000;
/** how long to wait for the client to hang up once the status is out */
const LINGER_MS = 10_000;

function expectedStreams(t: StreamFlags, protocol: string): number {
  const resize = t.tty && (protocol === V4 || protocol === V3);
  return 1 + Number(t.stdin) + Number(t.stdout) + Number(t.stderr) + Number(resize);
}

function encodeStatus(protocol: string, status: ExecStatus): string {
  if (protocol === V4) return JSON.stringify(status);
  return status.status === 'Success' ? '' : (status.message ?? 'unknown error');
}

/** Throws the Status to answer with when no offered protocol is supported. */
export function serveStreamsOverSpdy(req: IncomingMessage, socket: Duplex, head: Buffer, t: StreamSession): void {
  const offers = offeredStreamProtocols(req);
  const negotiated = negotiateStreamProtocol(offers, SUPPORTED);
  if (offers.length && !negotiated) throw errors.badRequest(negotiationError(offers, SUPPORTED));
  // a client that offers nothing speaks the first version
  const protocol = negotiated ?? V1;
  const expected = expectedStreams(t, protocol);
  acceptSpdyUpgrade(socket, head, negotiated, (send) => {
    const streams: Partial<Record<StreamType, SpdyStream>> = {};
    const earlyStdin: Buffer[] = [];
    let stdinEnded = false;
    let received = 0;
    let proc: ExecProcess | undefined;
    const hangUp = () => {
      proc?.abort();
      socket.end();
    };
    const session = new SpdySession({
      send,
      onStream: (s) => {
        const type = s.header('streamType') as StreamType;
        if (!STREAM_TYPES.includes(type) || streams[type]) return s.reset();
        streams[type] = s;
        if (type === 'stdin') {
          s.onData = (b) => (proc ? proc.stdin(b) : earlyStdin.push(b));
          s.onEnd = () => (proc ? proc.endStdin() : (stdinEnded = true));
        }
        if (++received === expected) start();
      },
      onClose: hangUp,
    });
    const creation = setTimeout(() => session.close(), STREAM_CREATION_TIMEOUT_MS);
    creation.unref();

    const start = () => {
      clearTimeout(creation);
      // a tty has one output stream: what goes to stderr shows on stdout
      const errOut = streams.stderr ?? (t.tty ? streams.stdout : undefined);
      proc = t.start({
        stdout: (b) => streams.stdout?.write(b),
        stderr: (b) => errOut?.write(b),
        done: (status) => {
          streams.stdout?.end();
          streams.stderr?.end();
          const error = streams.error!;
          const body = encodeStatus(protocol, status);
          if (body) error.write(body);
          error.end();
          // like spdystream's Close: GOAWAY, then the client closes once it has read everything
          session.goAway();
          setTimeout(() => session.close(), LINGER_MS).unref();
        },
      });
      for (const b of earlyStdin.splice(0)) proc.stdin(b);
      if (stdinEnded || (streams.stdin?.remoteClosed ?? false)) proc.endStdin();
    };
    return session;
  });
}
