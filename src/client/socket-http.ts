// One HTTP/1.1 request over the local daemon's unix socket, for the CLI's plain request/response
// calls. node:http does the same but takes longer to load than such a request takes to run;
// streams (watch, logs -f) and remote servers still go through node:http.
import { connect } from 'node:net';

export interface SocketResponse {
  status: number;
  /** lower-case names; repeated headers (Warning) as arrays, as node:http gives them */
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** The socket could not be reached (missing or refused): the caller tries the server URL. */
export class SocketUnavailable extends Error {}

export function socketRequest(socketPath: string, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    const sock = connect(socketPath);
    const chunks: Buffer[] = [];
    let connected = false;
    sock.on('connect', () => {
      connected = true;
      let head = `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n`;
      for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
      if (body && !headers['Content-Length']) head += `Content-Length: ${body.length}\r\n`;
      sock.write(head + '\r\n');
      if (body?.length) sock.write(body);
    });
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', (e: NodeJS.ErrnoException) => {
      if (!connected && (e.code === 'ECONNREFUSED' || e.code === 'ENOENT')) reject(new SocketUnavailable(e.message));
      else reject(e);
    });
    sock.on('end', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** A whole response read to the connection's end: Content-Length, chunked or close-delimited. */
export function parseResponse(raw: Buffer): SocketResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error('malformed HTTP response from the API server socket');
  const lines = raw.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]);
  if (!m) throw new Error(`malformed HTTP status line from the API server socket: ${lines[0]}`);
  const headers: Record<string, string | string[]> = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    const prev = headers[name];
    headers[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  let body = raw.subarray(end + 4);
  if (String(headers['transfer-encoding'] ?? '').toLowerCase() === 'chunked') body = dechunk(body);
  else if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  return { status: Number(m[1]), headers, body };
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at);
    if (eol < 0) throw new Error('truncated chunked response from the API server socket');
    const size = parseInt(data.subarray(at, eol).toString('latin1').split(';')[0], 16);
    if (Number.isNaN(size)) throw new Error('malformed chunk size from the API server socket');
    if (size === 0) return Buffer.concat(parts);
    parts.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}
