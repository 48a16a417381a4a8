// Plays registry.k8s.io/liveness (agnhost's liveness server, port 8080) from the probes
// tutorial: /healthz answers 200 "ok" for the first 10 seconds, then 500 "error: <seconds>".
import { runHttpServer } from '../serve.mjs';

const started = Date.now();
const send = (res, status, text, extra = {}) => {
  const body = Buffer.from(text);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, ...extra });
  res.end(body);
};

runHttpServer({
  defaultPort: 8080,
  handle(req, res) {
    const url = new URL(req.url || '/', 'http://x');
    const seconds = (Date.now() - started) / 1000;
    if (url.pathname === '/healthz') {
      if (seconds > 10) send(res, 500, `error: ${seconds}`);
      else send(res, 200, 'ok');
    } else if (url.pathname === '/started') {
      send(res, 200, `${seconds}s`);
    } else if (url.pathname === '/redirect') {
      const loc = url.searchParams.get('loc');
      if (!loc) send(res, 400, 'Missing loc\n');
      else send(res, 302, '', { Location: loc });
    } else {
      send(res, 404, '404 page not found\n', { 'X-Content-Type-Options': 'nosniff' });
    }
  },
});
