// The plain HTTP/1.1 upgrade to SPDY/3.1 that kubectl ≤1.29 (and ≥1.30 after a refused
// WebSocket) sends for exec and port-forward: `Connection: Upgrade`, `Upgrade: SPDY/3.1`,
// one or more `X-Stream-Protocol-Version` offers; the server answers 101 with the one it chose
// and from then on SPDY frames travel directly on the socket.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export const SPDY_31 = 'SPDY/3.1';

export function isSpdyUpgrade(req: IncomingMessage): boolean {
  return String(req.headers.upgrade ?? '').toLowerCase() === SPDY_31.toLowerCase();
}

/** The client's offers in its order of preference (repeated headers arrive comma-joined). */
export function offeredStreamProtocols(req: IncomingMessage): string[] {
  return String(req.headers['x-stream-protocol-version'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first of the client's offers the server supports, as httpstream.Handshake picks. */
export function negotiateStreamProtocol(offered: string[], supported: string[]): string | undefined {
  return offered.find((p) => supported.includes(p));
}

/** What httpstream.Handshake answers when nothing matches. */
export function negotiationError(offered: string[], supported: string[]): string {
  return `unable to upgrade: unable to negotiate protocol: client supports [${offered.join(' ')}], server supports [${supported.join(' ')}]`;
}

export interface RawSpdyTransport {
  receive(chunk: Buffer): void;
  close(): void;
}

/**
 * Answers 101 Switching Protocols and wires the socket to a SPDY session built by `start`
 * (which gets the function that writes to the client). `protocol` is omitted from the answer
 * when the client offered none (the legacy handshake).
 */
export function acceptSpdyUpgrade(socket: Duplex, head: Buffer, protocol: string | undefined, start: (send: (b: Buffer) => void) => RawSpdyTransport): void {
  socket.on('error', () => undefined);
  const lines = ['HTTP/1.1 101 Switching Protocols', 'Connection: Upgrade', `Upgrade: ${SPDY_31}`];
  if (protocol) lines.push(`X-Stream-Protocol-Version: ${protocol}`);
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  if ('setNoDelay' in socket && typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
  const session = start((b) => {
    if (!socket.destroyed && socket.writable) socket.write(b);
  });
  if (head.length) session.receive(head);
  socket.on('data', (b: Buffer) => session.receive(b));
  // the client hung up: nothing more can be said
  socket.on('end', () => {
    session.close();
    socket.end();
  });
  socket.on('close', () => session.close());
}
