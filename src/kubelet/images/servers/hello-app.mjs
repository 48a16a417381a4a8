// Plays gcr.io/google-samples/hello-app (a small Go server on $PORT, default 8080): every path
// answers with the greeting, the app's version and the pod's hostname, and logs the request
// with Go's log package (local "2006/01/02 15:04:05 " prefix on stderr).
import { runHttpServer } from '../serve.mjs';

const host = process.env.HOSTNAME || 'localhost';
const version = process.env.MK_APP_VERSION === '2.0' ? '2.0.0' : '1.0.0';
const body = `Hello, world!\nVersion: ${version}\nHostname: ${host}\n`;

const pad = (n) => String(n).padStart(2, '0');
function goLog(msg) {
  const d = new Date();
  process.stderr.write(`${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${msg}\n`);
}

runHttpServer({
  defaultPort: Number(process.env.PORT || 8080),
  handle(req, res) {
    goLog(`Serving request: ${new URL(req.url || '/', 'http://x').pathname}`);
    // Go's ResponseWriter sniffs the body: text/plain; charset=utf-8
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : body);
  },
  onListening() {
    goLog(`Server listening on port ${process.env.PORT || 8080}`);
  },
});
