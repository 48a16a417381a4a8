// Plays k8s.io/k8s/hello-nginx: nginx answering every request with one line naming its pod.
// v1.3 / v2.x print "App Version: <ver>"; v3 leaves the slot empty (two spaces), as captured
// from the real image.
import { accessLogLine } from '../nginx-log.mjs';
import { httpDate, runHttpServer } from '../serve.mjs';

const tag = process.env.MK_APP_VERSION || process.env.MK_IMAGE_TAG || 'v3';
const version = tag.replace(/^v/, '');
const podIP = process.env.MK_POD_IP || '127.0.0.1';
const hostname = process.env.HOSTNAME || 'localhost';
const versionSlot = /^[12]\./.test(version) ? ` | App Version: ${version} ` : '  ';
const body = Buffer.from(`Welcome to NGINX!${versionSlot}| Server IP: ${podIP} | Hostname: ${hostname}\n`);
const length = String(body.length);

runHttpServer({
  defaultPort: 80,
  configure(server) {
    server.keepAliveTimeout = 0; // nginx sends no Keep-Alive header; idle sockets close after 65 s
    server.setTimeout(65_000);
  },
  handle(req, res) {
    const head = req.method === 'HEAD';
    res.writeHead(200, [
      'Server', 'nginx',
      'Date', httpDate(),
      'Content-Type', 'text/plain',
      'Content-Length', length,
      'Connection', res.shouldKeepAlive ? 'keep-alive' : 'close',
    ]);
    res.end(head ? undefined : body);
    process.stdout.write(accessLogLine(req, 200, head ? 0 : body.length));
  },
});
