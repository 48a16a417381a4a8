// The ingress controller's HTTP server: routes each request by Host and path over the served
// Ingresses, picks a ready endpoint of the backend Service port and relays the request to the
// pod as nginx's proxy_pass does (its X-Forwarded-* headers, streamed bodies, keep-alive to
// the client, one upstream connection per request).
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { KubeObject } from '../client/types.js';
import { Balancer, type Backend } from './balancer.js';
import { dialPod } from './pod-dial.js';
import { routeRequest } from './ingress-routes.js';
import { backendEndpoints } from './ingress-backends.js';
import { nginxErrorPage, nginxReason } from './ingress-pages.js';
import { affinitySeconds } from './service-backends.js';

type Obj = KubeObject;

export interface IngressProxySources {
  /** the Ingresses this controller serves */
  served(): Obj[];
  service(ns: string, name: string): Obj | undefined;
  slices(ns: string): Obj[];
  log(msg: string): void;
}

/** Hop-by-hop headers (RFC 7230 6.1) and the ones nginx sets itself. */
const DROP_REQUEST = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-forwarded-proto', 'x-forwarded-scheme', 'x-real-ip', 'x-request-id', 'x-scheme']);
// ingress-nginx clears Server (server-tokens off); Date is nginx's own
const DROP_RESPONSE = new Set(['connection', 'keep-alive', 'proxy-connection', 'trailer', 'transfer-encoding', 'upgrade', 'server', 'date']);
/** nginx's keepalive_timeout */
const CLIENT_IDLE_MS = 75_000;

const clientAddress = (s: Socket): string => {
  const a = s.remoteAddress ?? '';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
};

export class IngressProxy {
  private server?: Server;
  private balancers = new Map<string, Balancer>();
  private sockets = new Set<Socket>();

  constructor(private src: IngressProxySources) {}

  /** Binds host:port; rejects with the listen error (EADDRINUSE, EACCES). */
  listen(host: string, port: number): Promise<void> {
    const server = createServer((req, res) => this.handle(req, res));
    // no "Keep-Alive: timeout=" header, as nginx; idle client sockets close after CLIENT_IDLE_MS
    server.keepAliveTimeout = 0;
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.setTimeout(CLIENT_IDLE_MS, () => s.destroy());
      s.once('close', () => this.sockets.delete(s));
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        server.on('error', (e) => this.src.log(`ingress: ${e.message}`));
        this.server = server;
        resolve();
      });
    });
  }

  get listening(): boolean {
    return !!this.server?.listening;
  }

  close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').replace(/^[a-z]+:\/\/[^/]*/i, '').split('?')[0] || '/';
    const route = routeRequest(this.src.served(), req.headers.host, path);
    if (!route) return this.page(res, 404);
    const ns = route.ingress.metadata.namespace ?? 'default';
    const choice = backendEndpoints(ns, route.backend, (n, name) => this.src.service(n, name), (n) => this.src.slices(n));
    if (choice.kind === 'unavailable') return this.page(res, 503);
    const [, svcName] = choice.service.split('/');
    const balancer = this.balancer(choice.service, choice.portName, this.src.service(ns, svcName));
    const clientIP = clientAddress(req.socket);
    void this.connect(balancer.order(choice.backends, clientIP)).then((conn) => {
      if (!conn) return this.page(res, 502);
      balancer.connected(clientIP, conn.backend);
      this.relay(req, res, conn.socket);
    });
  }

  private balancer(service: string, portName: string, svc: Obj | undefined): Balancer {
    const key = `${service}:${portName}`;
    let b = this.balancers.get(key);
    if (!b) this.balancers.set(key, (b = new Balancer()));
    b.affinitySeconds = affinitySeconds(svc);
    return b;
  }

  /** The first endpoint that accepts a connection (nginx's proxy_next_upstream on error). */
  private async connect(order: Backend[]): Promise<{ backend: Backend; socket: Socket } | undefined> {
    for (const backend of order) {
      try {
        return { backend, socket: await dialPod({ name: backend.pod ?? '', uid: '', ip: backend.ip }, backend.port) };
      } catch (e) {
        this.src.log(`ingress: upstream ${backend.ip}:${backend.port}: ${(e as Error).message}`);
      }
    }
    return undefined;
  }

  private relay(req: IncomingMessage, res: ServerResponse, socket: Socket): void {
    const upstream = httpRequest({ method: req.method, path: req.url, headers: this.upstreamHeaders(req), createConnection: () => socket });
    upstream.on('response', (up) => {
      res.setHeader('Date', new Date().toUTCString()); // nginx writes Date first
      for (let i = 0; i < up.rawHeaders.length; i += 2) {
        const name = up.rawHeaders[i];
        if (DROP_RESPONSE.has(name.toLowerCase())) continue;
        const prev = res.getHeader(name);
        res.setHeader(name, prev === undefined ? up.rawHeaders[i + 1] : [...(Array.isArray(prev) ? prev : [String(prev)]), up.rawHeaders[i + 1]]);
      }
      res.writeHead(up.statusCode ?? 502, up.statusMessage);
      up.pipe(res);
      up.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) this.page(res, 502);
      else res.destroy();
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  /** The client's headers plus what ingress-nginx's proxy_set_header adds. */
  private upstreamHeaders(req: IncomingMessage): Record<string, string | string[]> {
    const headers: Record<string, string | string[]> = {};
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i];
      if (DROP_REQUEST.has(name.toLowerCase())) continue;
      const prev = headers[name];
      headers[name] = prev === undefined ? req.rawHeaders[i + 1] : [...(Array.isArray(prev) ? prev : [prev]), req.rawHeaders[i + 1]];
    }
    const client = clientAddress(req.socket);
    const host = req.headers.host ?? '';
    Object.assign(headers, {
      'X-Request-ID': randomBytes(16).toString('hex'),
      'X-Real-IP': client,
      'X-Forwarded-For': client,
      'X-Forwarded-Host': host,
      'X-Forwarded-Port': String(req.socket.localPort ?? 80),
      'X-Forwarded-Proto': 'http',
      'X-Forwarded-Scheme': 'http',
      'X-Scheme': 'http',
      Connection: 'close',
    });
    return headers;
  }

  private page(res: ServerResponse, status: number): void {
    const body = nginxErrorPage(status);
    res.writeHead(status, nginxReason(status), { Date: new Date().toUTCString(), 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body) });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }
}
