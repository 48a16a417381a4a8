// Plays the official nginx image: the default server from /etc/nginx/conf.d/default.conf
// (root /usr/share/nginx/html, index index.html) with the release's welcome page, headers,
// error pages and logs. Files come from the container's root (MK_ROOTFS, where the kubelet put
// the image's html, so edits made through exec or cp show), volumes from their host paths.
import { readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { accessLogLine, errorLogLine } from '../nginx-log.mjs';
import { REASONS, errorPage, welcomePage } from '../nginx-pages.mjs';
import { entrypointLines, exitNotices, startNotices, stopNotices, workerPids } from '../nginx-startup.mjs';
import { httpDate, remoteAddress, runHttpServer } from '../serve.mjs';

const version = process.env.NGINX_VERSION || process.env.MK_APP_VERSION || '1.29.8';
const alpine = /alpine/.test(process.env.MK_IMAGE_TAG || '');
const releasedAt = Date.parse(process.env.MK_RELEASED_AT || '') || Date.UTC(2026, 3, 7, 15, 37, 12);
const mounts = parseMounts(process.env.MK_MOUNTS);
const rootfs = (process.env.MK_ROOTFS || '').replace(/\/+$/, '');
const ROOT = '/usr/share/nginx/html';
const serverHeader = `nginx/${version}`;
const worker = workerPids(version)[0];

const welcome = Buffer.from(welcomePage(version));
const welcomeFile = { body: welcome, mtime: Math.floor(releasedAt / 1000) };

function parseMounts(json) {
  if (!json) return {};
  try {
    return JSON.parse(json);
  } catch {
    return {};
  }
}

/** The host path behind a container path: a volume's, else the container root's (if known). */
function hostPathFor(containerPath) {
  let best = '';
  for (const m of Object.keys(mounts)) {
    const dir = m.replace(/\/+$/, '');
    if ((containerPath === dir || containerPath.startsWith(dir + '/')) && dir.length > best.length) best = dir;
  }
  if (best) return mounts[best] + containerPath.slice(best.length);
  return rootfs ? rootfs + containerPath : undefined;
}

/** Looks a container path up: { body, mtime } for a file, 'dir' for a directory, undefined if absent. */
function lookup(containerPath) {
  const host = hostPathFor(containerPath);
  if (host === undefined) {
    // started without a root (older kubelet): the stock page from memory
    if (containerPath === `${ROOT}/index.html`) return welcomeFile;
    return containerPath === ROOT || containerPath === `${ROOT}/` ? 'dir' : undefined;
  }
  try {
    const st = statSync(host);
    if (st.isDirectory()) return 'dir';
    return { body: readFileSync(host), mtime: Math.floor(st.mtimeMs / 1000) };
  } catch {
    return undefined;
  }
}

const MIME = { html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json', txt: 'text/plain', xml: 'text/xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', ico: 'image/x-icon', webp: 'image/webp', pdf: 'application/pdf', wasm: 'application/wasm' };
const mimeOf = (p) => MIME[posix.extname(p).slice(1).toLowerCase()] || 'application/octet-stream';

function send(req, res, status, headers, body) {
  const head = req.method === 'HEAD';
  res.statusMessage = REASONS[status] || '';
  const list = ['Server', serverHeader, 'Date', httpDate()];
  for (const [k, v] of headers) {
    if (k === 'Connection') list.push(k, res.shouldKeepAlive ? 'keep-alive' : 'close');
    else list.push(k, v);
  }
  res.writeHead(status, list);
  res.end(head || !body ? undefined : body);
  process.stdout.write(accessLogLine(req, status, head || !body ? 0 : body.length));
}

function sendError(req, res, status, extraHeaders = []) {
  const body = Buffer.from(errorPage(status, version));
  send(req, res, status, [['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ...extraHeaders, ['Connection']], body);
}

let connections = 0;
function logError(req, message) {
  const id = req.socket.mkConnection || (req.socket.mkConnection = ++connections);
  const host = req.headers.host ? `, host: "${req.headers.host}"` : '';
  const request = `${req.method} ${req.url} HTTP/${req.httpVersion}`;
  process.stderr.write(errorLogLine('error', worker, `*${id} ${message}, client: ${remoteAddress(req)}, server: localhost, request: "${request}"${host}`));
}

function sendFile(req, res, file, path) {
  const etag = `"${file.mtime.toString(16)}-${file.body.length.toString(16)}"`;
  const lastModified = new Date(file.mtime * 1000).toUTCString();
  if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified)) {
    return send(req, res, 304, [['Last-Modified', lastModified], ['Connection'], ['ETag', etag]]);
  }
  send(req, res, 200, [['Content-Type', mimeOf(path)], ['Content-Length', String(file.body.length)], ['Last-Modified', lastModified], ['Connection'], ['ETag', etag], ['Accept-Ranges', 'bytes']], file.body);
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return sendError(req, res, 405);
  let uri;
  try {
    uri = decodeURIComponent((req.url || '/').split('?')[0]);
  } catch {
    return sendError(req, res, 400);
  }
  if (!uri.startsWith('/')) return sendError(req, res, 400);
  const normal = posix.normalize(uri);
  if (normal.startsWith('/..')) return sendError(req, res, 400);
  if (uri.endsWith('/')) {
    const index = `${ROOT}${normal.replace(/\/?$/, '/')}index.html`;
    const file = lookup(index);
    if (file && file !== 'dir') return req.method === 'POST' ? sendError(req, res, 405) : sendFile(req, res, file, index);
    if (lookup(`${ROOT}${normal}`) === 'dir') {
      logError(req, `directory index of "${ROOT}${normal}" is forbidden`);
      return sendError(req, res, 403);
    }
    logError(req, `"${index}" is not found (2: No such file or directory)`);
    return sendError(req, res, 404);
  }
  const path = `${ROOT}${normal}`;
  const found = lookup(path);
  if (found === 'dir') {
    const location = `http://${req.headers.host || 'localhost'}${uri}/`;
    return sendError(req, res, 301, [['Location', location]]);
  }
  if (!found) {
    logError(req, `open() "${path}" failed (2: No such file or directory)`);
    return sendError(req, res, 404);
  }
  if (req.method === 'POST') return sendError(req, res, 405);
  sendFile(req, res, found, path);
}

process.stdout.write(entrypointLines(version, mounts));
runHttpServer({
  defaultPort: 80,
  configure(server) {
    server.keepAliveTimeout = 0; // nginx sends no Keep-Alive header; keepalive_timeout 65 closes idle sockets
    server.setTimeout(65_000);
  },
  handle,
  onListening() {
    process.stderr.write(startNotices(version, alpine));
  },
  onStop(signal) {
    process.stderr.write(stopNotices(version, signal));
  },
  onExit() {
    process.stderr.write(exitNotices(version));
  },
});
