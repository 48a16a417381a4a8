// Shared runtime for the programs that play container images: listen where the kubelet says,
// keep connections alive, and on a stop signal stop accepting, finish in-flight requests, exit 0.
// Plain JS with only node: imports so it starts fast and runs without a build step.
import { createServer } from 'node:http';

/** The port to listen on: the kubelet's allocation, else the container's declared port. */
export function listenPort(defaultPort) {
  return Number(process.env.MK_LISTEN_PORT || process.env.MK_CONTAINER_PORT || defaultPort);
}

let dateSecond = 0;
let dateValue = '';
/** RFC 7231 date for the Date header, recomputed at most once a second. */
export function httpDate(now = Date.now()) {
  const s = Math.floor(now / 1000);
  if (s !== dateSecond) {
    dateSecond = s;
    dateValue = new Date(s * 1000).toUTCString();
  }
  return dateValue;
}

/** The client address as the server sees it, without the IPv4-mapped prefix. */
export function remoteAddress(req) {
  const a = req.socket.remoteAddress || '-';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}

/**
 * Runs an HTTP server. `handle(req, res)` answers; `onListening()` runs once bound;
 * `onStop(signal)` runs when a stop signal arrives and `onExit(signal)` just before exiting.
 * MK_DEBUG_DELAY_MS delays every response (tests use it to hold a request in flight).
 */
export function runHttpServer({ defaultPort, handle, onListening, onStop, onExit, configure, stopSignals = ['SIGTERM', 'SIGINT', 'SIGQUIT'] }) {
  const delay = Number(process.env.MK_DEBUG_DELAY_MS || 0);
  let inflight = 0;
  let stopping = '';

  const finishStop = () => {
    if (!stopping || inflight > 0) return;
    // idle keep-alive sockets go now; a socket mid-way through sending a request goes shortly after
    setImmediate(() => server.closeIdleConnections());
    setTimeout(() => server.closeAllConnections(), 1000).unref();
  };

  const respond = (req, res) => {
    if (stopping) res.shouldKeepAlive = false;
    try {
      handle(req, res);
    } catch (err) {
      process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };

  const server = createServer((req, res) => {
    inflight++;
    res.on('close', () => {
      inflight--;
      finishStop();
    });
    if (delay > 0) {
      process.stderr.write(`[mk-debug] holding ${req.method} ${req.url} for ${delay}ms\n`);
      setTimeout(respond, delay, req, res);
    } else respond(req, res);
  });
  if (configure) configure(server);

  const stop = (signal) => {
    if (stopping) {
      // a second signal: give up on draining
      if (onExit) onExit(signal);
      process.exit(0);
    }
    stopping = signal;
    if (onStop) onStop(signal);
    server.close(() => {
      if (onExit) onExit(signal);
      process.exit(0);
    });
    finishStop();
  };
  for (const sig of stopSignals) process.on(sig, () => stop(sig));

  server.on('error', (err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
  server.listen(listenPort(defaultPort), process.env.MK_LISTEN_HOST || '127.0.0.1', () => {
    if (onListening) onListening();
  });
  return server;
}
