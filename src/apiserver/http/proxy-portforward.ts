// The pods/portforward upgrade: kubectl ≥1.30 asks for "SPDY/3.1+portforward.k8s.io" (SPDY
// tunnelled in WebSocket binary messages); kubectl ≤1.29 upgrades the HTTP connection itself to
// SPDY/3.1 ("portforward.k8s.io"); `mk port-forward` and browsers use the channel protocol
// "v4.channel.k8s.io" with `?ports=`.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import { serveChannelPortForward } from '../../proxy/channel-portforward.js';
import { dialPod, type PodRef } from '../../proxy/pod-dial.js';
import { SpdyPortForwardSession } from '../../proxy/spdy-portforward.js';
import { acceptSpdyUpgrade, isSpdyUpgrade, negotiateStreamProtocol, negotiationError, offeredStreamProtocols } from '../../proxy/spdy-upgrade.js';
import { errors, StatusError } from '../errors.js';
import { parseResourcePath } from './request-info.js';

export const SPDY_TUNNEL_PROTOCOL = 'SPDY/3.1+portforward.k8s.io';
export const CHANNEL_PROTOCOL = 'v4.channel.k8s.io';
export const RAW_SPDY_PROTOCOL = 'portforward.k8s.io';

function refuse(socket: Duplex, e: StatusError): void {
  const body = JSON.stringify(e.status);
  const text = { 400: 'Bad Request', 404: 'Not Found', 403: 'Forbidden' }[e.code] ?? 'Error';
  socket.end(`HTTP/1.1 ${e.code} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function offered(req: IncomingMessage): string[] {
  return String(req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function serveRawSpdy(req: IncomingMessage, socket: Duplex, head: Buffer, pod: PodRef): void {
  const offers = offeredStreamProtocols(req);
  const protocol = negotiateStreamProtocol(offers, [RAW_SPDY_PROTOCOL]);
  if (offers.length && !protocol) throw errors.badRequest(negotiationError(offers, [RAW_SPDY_PROTOCOL]));
  acceptSpdyUpgrade(socket, head, protocol, (send) => new SpdyPortForwardSession({ send, dial: (port) => dialPod(pod, port), onClose: () => socket.end() }));
}

function serveSpdy(ws: WebSocket, pod: PodRef): void {
  const session = new SpdyPortForwardSession({
    send: (b) => {
      if (ws.readyState === ws.OPEN) ws.send(b);
    },
    dial: (port) => dialPod(pod, port),
    onClose: () => ws.close(1000),
  });
  ws.on('message', (data: Buffer) => session.receive(data));
  ws.on('close', () => session.close());
  ws.on('error', () => session.close());
}

export function portForwardUpgrade(client: ApiClient): (req: IncomingMessage, socket: import('node:net').Socket, head: Buffer) => void {
  const spdy = new WebSocketServer({ noServer: true, perMessageDeflate: false, handleProtocols: () => SPDY_TUNNEL_PROTOCOL });
  const channels = new WebSocketServer({ noServer: true, perMessageDeflate: false, handleProtocols: (set) => (set.has(CHANNEL_PROTOCOL) ? CHANNEL_PROTOCOL : false) });
  return (req, socket, head) => {
    socket.on('error', () => undefined);
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const r = parseResourcePath(url.pathname);
      if (!r?.name) throw errors.notFoundPath();
      const pod = await client.get(R.pods, r.namespace ?? 'default', r.name);
      if (!pod.status?.podIP || pod.status?.phase !== 'Running') throw errors.badRequest(`pod ${r.name} is not running`);
      const ref: PodRef = { name: pod.metadata.name!, uid: pod.metadata.uid!, ip: pod.status.podIP };
      if (isSpdyUpgrade(req)) return serveRawSpdy(req, socket, head, ref);
      const protocols = offered(req);
      if (protocols.includes(SPDY_TUNNEL_PROTOCOL)) {
        // "/" is not a token character, so ws would refuse the header: hand it a stand-in and
        // answer with the real name (handleProtocols' result is sent as is)
        req.headers['sec-websocket-protocol'] = 'spdy-tunnel';
        spdy.handleUpgrade(req, socket, head, (ws) => serveSpdy(ws, ref));
        return;
      }
      if (protocols.length && !protocols.includes(CHANNEL_PROTOCOL)) throw errors.badRequest(`unable to upgrade: none of the requested protocols (${protocols.join(', ')}) is supported`);
      const ports = url.searchParams.getAll('ports').flatMap((p) => p.split(',')).map(Number);
      if (!ports.length || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) throw errors.badRequest('query parameter "ports" is required and must hold ports');
      channels.handleUpgrade(req, socket, head, (ws) => serveChannelPortForward(ws, ports, (port) => dialPod(ref, port)));
    })().catch((e) => refuse(socket, e instanceof StatusError ? e : errors.internal((e as Error).message)));
  };
}
