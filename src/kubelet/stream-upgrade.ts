// GET/POST …/pods/NAME/exec|attach: the upgrade handler picks the transport. WebSocket
// (channel.k8s.io v4/v5, kubectl ≥1.30) is here: stdin (0), stdout (1), stderr (2), status (3);
// resize (4) is ignored (no pty: with tty=true the streams are still pipes); v5 closes stdin
// with [255, 0]. SPDY/3.1 (kubectl ≤1.29) lives in exec-spdy.ts.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { errors } from '../apiserver/errors.js';
import { isSpdyUpgrade } from '../proxy/spdy-upgrade.js';
import { serveStreamsOverSpdy } from './exec-spdy.js';
import { refuseUpgrade } from './exec-target.js';
import type { StreamSession } from './stream-session.js';

const PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'];
const STDIN = 0, STDOUT = 1, STDERR = 2, STATUS = 3, CLOSE = 255;

const frame = (channel: number, data: Buffer | string) => Buffer.concat([Buffer.from([channel]), Buffer.isBuffer(data) ? data : Buffer.from(data)]);

/** Starts the session and speaks the channel protocol on `ws`. */
export function serveStreamsOverWebSocket(ws: WebSocket, session: StreamSession): void {
  const v5 = ws.protocol === 'v5.channel.k8s.io';
  const send = (channel: number, b: Buffer | string) => ws.readyState === ws.OPEN && ws.send(frame(channel, b));
  const proc = session.start({
    stdout: (b) => send(STDOUT, b),
    stderr: (b) => send(STDERR, b),
    done: (status) => {
      send(STATUS, JSON.stringify(status));
      ws.close(1000);
    },
  });
  ws.on('message', (data: Buffer) => {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data as unknown as ArrayBuffer);
    if (!buf.length) return;
    const ch = buf[0];
    if (ch === STDIN) proc.stdin(buf.subarray(1));
    else if (ch === CLOSE && v5 && buf[1] === STDIN) proc.endStdin();
  });
  ws.on('close', () => proc.abort());
}

/** An upgrade handler whose session comes from `resolve` (which throws the Status to refuse with). */
export function streamUpgradeHandler(resolve: (url: URL) => Promise<StreamSession>): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    handleProtocols: (offered: Set<string>) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
  });
  return (req, socket, head) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      try {
        // the target first: a SPDY retry after a refused WebSocket gets the same error
        const session = await resolve(url);
        if (isSpdyUpgrade(req)) return serveStreamsOverSpdy(req, socket, head, session);
        if (String(req.headers.upgrade ?? '').toLowerCase() !== 'websocket') throw errors.badRequest('Upgrade request required');
        const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((s) => s.trim());
        if (!PROTOCOLS.some((p) => offered.includes(p))) throw errors.badRequest(`unable to upgrade: no supported protocol in [${offered.join(' ')}]; supported: ${PROTOCOLS.join(', ')}`);
        wss.handleUpgrade(req, socket, head, (ws) => serveStreamsOverWebSocket(ws, session));
      } catch (e) {
        refuseUpgrade(socket, e);
      }
    })();
  };
}
