// The API server: authentication, routing and error handling over node:http.
import { chmodSync, rmSync } from 'node:fs';
import { createServer as createPlainServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { timingSafeEqual } from 'node:crypto';
import { errors } from './errors.js';
import { aggregatedDiscovery, apiGroupList, apiResourceList, apiVersions, SERVER_VERSION, wantsAggregated } from './discovery.js';
import { parseResourcePath } from './http/request-info.js';
import { ResourceHandler, type SubresourceHandler } from './http/resources.js';
import { sendError, sendJSON } from './http/respond.js';
import type { Registry } from './rest/registry.js';
import { openapiV2Protobuf } from './openapi/v2.js';
import { openapiV3Document, openapiV3Index } from './openapi/v3.js';

export interface ApiServerOptions {
  registry: Registry;
  token: string;
  host?: string;
  port: number;
  tls: { cert: string; key: string };
  /** A unix socket for local clients (mk's CLI): plain HTTP, same token, same handlers. */
  socketPath?: string;
}

export type RawHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export class ApiServer {
  readonly server: Server;
  /** the local unix-socket listener, when socketPath is set */
  readonly local?: Server;
  /** pods/log, pods/exec, services/proxy, ...: registered by the components that serve them */
  readonly subresources = new Map<string, SubresourceHandler>();
  /** upgrade (WebSocket) handlers keyed like subresources */
  readonly upgrades = new Map<string, (req: IncomingMessage, socket: import('node:net').Socket, head: Buffer) => void>();
  /** extra routes tried in order after authentication (metrics.k8s.io); true = handled */
  readonly routes: RawHandler[] = [];
  private resources: ResourceHandler;
  private openapiV2?: Uint8Array;

  constructor(private opts: ApiServerOptions) {
    this.resources = new ResourceHandler(opts.registry, this.subresources);
    this.server = createServer({ keepAlive: true, cert: opts.tls.cert, key: opts.tls.key });
    if (opts.socketPath) this.local = createPlainServer({ keepAlive: true });
    for (const s of this.listeners()) {
      s.keepAliveTimeout = 60_000;
      s.on('request', (req, res) => void this.dispatch(req, res));
      s.on('upgrade', (req, socket, head) => this.upgrade(req, socket as import('node:net').Socket, head));
    }
  }

  private listeners(): Server[] {
    return this.local ? [this.server, this.local] : [this.server];
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, this.opts.host ?? '127.0.0.1', () => resolve());
    });
    const path = this.opts.socketPath;
    if (!this.local || !path) return;
    // a socket left by a killed daemon would make listen fail with EADDRINUSE
    rmSync(path, { force: true });
    await new Promise<void>((resolve, reject) => {
      this.local!.once('error', reject);
      this.local!.listen(path, () => resolve());
    });
    chmodSync(path, 0o600);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.listeners().map((s) => new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      })),
    );
    if (this.opts.socketPath && this.local) rmSync(this.opts.socketPath, { force: true });
  }

  authorized(req: IncomingMessage): boolean {
    const h = String(req.headers.authorization ?? '');
    const m = /^Bearer\s+(.+)$/i.exec(h);
    if (!m) return false;
    const a = Buffer.from(m[1].trim());
    const b = Buffer.from(this.opts.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private upgrade(req: IncomingMessage, socket: import('node:net').Socket, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const r = parseResourcePath(url.pathname);
    const handler = r?.subresource ? this.upgrades.get(`${r.resource}/${r.subresource.split(':')[0]}`) : undefined;
    if (!this.authorized(req) || !handler) {
      socket.end(`HTTP/1.1 ${this.authorized(req) ? '400 Bad Request' : '401 Unauthorized'}\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    handler(req, socket, head);
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname.replace(/\/+$/, '') || '/';
      if (path === '/healthz' || path === '/livez' || path === '/readyz') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        return void res.end('ok');
      }
      if (!this.authorized(req)) throw errors.unauthorized();
      for (const route of this.routes) if (await route(req, res, url)) return;
      // kube-apiserver indents /version (curl through `kubectl proxy` shows it)
      if (path === '/version') return sendJSON(res, 200, SERVER_VERSION, 'application/json', 2);
      const accept = String(req.headers.accept ?? '');
      const agg = wantsAggregated(accept);
      if (path === '/api' || path === '/apis') {
        if (agg) return sendJSON(res, 200, aggregatedDiscovery(path === '/api', agg), `application/json;g=apidiscovery.k8s.io;v=${agg};as=APIGroupDiscoveryList`);
        return sendJSON(res, 200, path === '/api' ? apiVersions(`127.0.0.1:${this.opts.port}`) : apiGroupList());
      }
      if (path === '/openapi/v2') {
        this.openapiV2 ??= openapiV2Protobuf();
        if (!this.openapiV2) throw errors.notFoundPath();
        if (/protobuf/.test(accept)) {
          const doc = this.openapiV2;
          res.writeHead(200, { 'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf', 'Content-Length': doc.length });
          return void res.end(doc);
        }
        throw errors.notAcceptable('only protobuf is served for /openapi/v2');
      }
      if (path === '/openapi/v3') return sendJSON(res, 200, openapiV3Index());
      if (path.startsWith('/openapi/v3/')) {
        const doc = openapiV3Document(path.slice('/openapi/v3/'.length));
        if (!doc) throw errors.notFoundPath();
        return sendJSON(res, 200, doc);
      }
      const gv = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
      if (gv) {
        const list = gv[1] ? apiResourceList('', 'v1') : apiResourceList(gv[2], gv[3]);
        if (!list) throw errors.notFoundPath();
        return sendJSON(res, 200, list);
      }
      const group = /^\/apis\/([^/]+)$/.exec(path);
      if (group) {
        const g = apiGroupList().groups.find((x) => x.name === group[1]);
        if (!g) throw errors.notFoundPath();
        return sendJSON(res, 200, { kind: 'APIGroup', apiVersion: 'v1', ...g });
      }
      const r = parseResourcePath(url.pathname);
      if (!r) throw errors.notFoundPath();
      await this.resources.handle(req, res, r, url.searchParams);
    } catch (e) {
      sendError(res, e);
    }
  }
}
