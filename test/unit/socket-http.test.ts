// The CLI's HTTP/1.1 client for the daemon's unix socket, against node's own HTTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SocketUnavailable, parseResponse, socketRequest } from '../../src/client/socket-http.js';

describe('socketRequest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mk-sock-'));
  const path = join(dir, 'api.sock');
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        if (req.url === '/chunked') {
          res.setHeader('Warning', ['299 - "one"', '299 - "two"']);
          res.write('{"a":');
          res.write('1}');
          res.end();
          return;
        }
        res.writeHead(req.url === '/missing' ? 404 : 200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization, body }));
      });
    });
    await new Promise<void>((r) => server.listen(path, r));
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends method, path, headers and body; reads a Content-Length response', async () => {
    const r = await socketRequest(path, 'PATCH', '/x?y=1', { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, Buffer.from('{"k":"é"}'));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toEqual({ method: 'PATCH', url: '/x?y=1', auth: 'Bearer t', body: '{"k":"é"}' });
  });

  it('decodes chunked bodies and keeps repeated headers', async () => {
    const r = await socketRequest(path, 'GET', '/chunked', {});
    expect(r.body.toString()).toBe('{"a":1}');
    expect(r.headers.warning).toEqual(['299 - "one"', '299 - "two"']);
  });

  it('passes error statuses through', async () => {
    expect((await socketRequest(path, 'GET', '/missing', {})).status).toBe(404);
  });

  it('says the socket is unavailable when nothing listens there', async () => {
    await expect(socketRequest(join(dir, 'none.sock'), 'GET', '/', {})).rejects.toBeInstanceOf(SocketUnavailable);
  });

  it('refuses a response without a status line', () => {
    expect(() => parseResponse(Buffer.from('garbage\r\n\r\n'))).toThrow(/malformed HTTP status line/);
  });
});
