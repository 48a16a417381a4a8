// mk proxy [--port=8001]: kubectl proxy, a plain-HTTP listener on loopback that forwards every
// request (and upgrade) to the API server with the kubeconfig's credentials.
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';

export const DEFAULT_ACCEPT_HOSTS = '^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$';
export const DEFAULT_REJECT_PATHS = '^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach';
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization'];

const patterns = (list: string) => list.split(',').filter(Boolean).map((p) => new RegExp(p));

export interface ProxyFilter {
  acceptHosts: RegExp[];
  rejectPaths: RegExp[];
  acceptPaths: RegExp[];
  rejectMethods: RegExp[];
}

export function makeFilter(o: { acceptHosts?: string; rejectPaths?: string; acceptPaths?: string; rejectMethods?: string }): ProxyFilter {
  return {
    acceptHosts: patterns(o.acceptHosts ?? DEFAULT_ACCEPT_HOSTS),
    rejectPaths: patterns(o.rejectPaths ?? DEFAULT_REJECT_PATHS),
    acceptPaths: patterns(o.acceptPaths ?? '^.*'),
    rejectMethods: patterns(o.rejectMethods ?? '^$'),
  };
}

/** kubectl's FilterServer.accept: host allowed, path allowed and not rejected, method not rejected. */
export function accepts(f: ProxyFilter, method: string, path: string, hostHeader: string): boolean {
  const host = hostHeader.replace(/:\d+$/, '');
  const any = (rs: RegExp[], s: string) => rs.some((r) => r.test(s));
  return any(f.acceptHosts, host) && any(f.acceptPaths, path) && !any(f.rejectPaths, path) && !any(f.rejectMethods, method);
}

function forbidden(res: http.ServerResponse): void {
  res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end('Forbidden\n');
}

export function startProxy(c: CliContext, opts: { host: string; port: number; filter?: ProxyFilter }): Promise<http.Server> {
  const { url, token, agent } = c.client.connection;
  const mod = url.protocol === 'https:' ? https : http;
  const upstreamHeaders = (req: http.IncomingMessage, keepUpgrade: boolean) => {
    const h: http.OutgoingHttpHeaders = { ...req.headers };
    for (const k of HOP_BY_HOP) if (!(keepUpgrade && (k === 'connection' || k === 'upgrade'))) delete h[k];
    delete h.authorization;
    if (token) h.authorization = `Bearer ${token}`;
    const from = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    h['x-forwarded-for'] = h['x-forwarded-for'] ? `${h['x-forwarded-for']}, ${from}` : from;
    h.host = url.host;
    return h;
  };
  const allowed = (req: http.IncomingMessage) => !opts.filter || accepts(opts.filter, req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname, String(req.headers.host ?? ''));

  const server = http.createServer((req, res) => {
    if (!allowed(req)) return forbidden(res);
    const up = mod.request({ host: url.hostname, port: url.port, method: req.method, path: req.url, headers: upstreamHeaders(req, false), agent }, (ur) => {
      const headers = { ...ur.headers };
      for (const k of HOP_BY_HOP) delete headers[k];
      res.writeHead(ur.statusCode ?? 502, headers);
      ur.pipe(res);
    });
    up.on('error', (e) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`${e.message}\n`);
    });
    res.on('close', () => up.destroy());
    req.pipe(up);
  });
  // WebSocket upgrades (port-forward, watch over websockets) are spliced through
  server.on('upgrade', (req: http.IncomingMessage, sock: Socket, head: Buffer) => {
    if (!allowed(req)) return void sock.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 10\r\n\r\nForbidden\n');
    const up = mod.request({ host: url.hostname, port: url.port, method: req.method, path: req.url, headers: upstreamHeaders(req, true), agent });
    up.on('upgrade', (ur, upSock, upHead) => {
      const lines = [`HTTP/1.1 ${ur.statusCode} ${ur.statusMessage}`, ...Object.entries(ur.headers).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}: ${x}`))];
      sock.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (upHead.length) sock.write(upHead);
      if (head.length) upSock.write(head);
      upSock.pipe(sock).pipe(upSock);
      upSock.on('error', () => sock.destroy());
      sock.on('error', () => upSock.destroy());
    });
    up.on('response', (ur) => {
      sock.write(`HTTP/1.1 ${ur.statusCode} ${ur.statusMessage}\r\n${Object.entries(ur.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`);
      ur.pipe(sock);
    });
    up.on('error', () => sock.destroy());
    up.end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve(server));
  });
}

export function registerProxy(program: Command, ctx: () => CliContext): void {
  program
    .command('proxy')
    .description('Run a proxy to the Kubernetes API server')
    .option('-p, --port <port>', 'The port on which to run the proxy. Set to 0 to pick a random port.', '8001')
    .option('--address <address>', 'The IP address on which to serve on.', '127.0.0.1')
    .option('--accept-hosts <regex>', 'Regular expression for hosts that the proxy should accept.', DEFAULT_ACCEPT_HOSTS)
    .option('--accept-paths <regex>', 'Regular expression for paths that the proxy should accept.', '^.*')
    .option('--reject-paths <regex>', 'Regular expression for paths that the proxy should reject.', DEFAULT_REJECT_PATHS)
    .option('--reject-methods <regex>', 'Regular expression for HTTP methods that the proxy should reject.', '^$')
    .option('--disable-filter', 'If true, disable request filtering in the proxy. This is dangerous.')
    .action(async (o: { port: string; address: string; acceptHosts: string; acceptPaths: string; rejectPaths: string; rejectMethods: string; disableFilter?: boolean }) => {
      const c = ctx();
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`invalid argument "${o.port}" for "-p, --port" flag: strconv.ParseInt: parsing "${o.port}": invalid syntax`);
      const filter = o.disableFilter ? undefined : makeFilter(o);
      if (!filter) c.io.err('W proxy.go] Request filter disabled, your proxy is vulnerable to XSRF attacks, please be cautious\n');
      let server: http.Server;
      try {
        server = await startProxy(c, { host: o.address, port, filter });
      } catch (e) {
        throw new CliError(`listen tcp ${o.address}:${port}: bind: address already in use`);
      }
      const addr = server.address() as { port: number };
      c.io.out(`Starting to serve on ${o.address}:${addr.port}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close(() => resolve());
          server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
