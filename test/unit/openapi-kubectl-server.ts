// A throw-away HTTP server for the OpenAPI kubectl checks: discovery, our OpenAPI
// documents, and POSTs answered 201 with the body they carried.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiGroupList, apiResourceList } from '../../src/apiserver/discovery.js';
import { openapiV2Protobuf } from '../../src/apiserver/openapi/v2.js';
import { openapiV3Document, openapiV3Index } from '../../src/apiserver/openapi/v3.js';

export interface Recorded {
  method: string;
  url: string;
  body: string;
}

export async function startOpenapiServer(opts: { v3: boolean }): Promise<{ url: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const stored = new Map<string, unknown>(); // "<collection path>/<name>" -> last POSTed object
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method!, url: req.url!, body });
      const path = new URL(req.url!, 'http://x').pathname;
      const json = (code: number, o: unknown) => {
        res.writeHead(code, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(o));
      };
      const gv = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
      if (req.method === 'POST') {
        const obj = JSON.parse(body) as { metadata: { name: string } };
        stored.set(`${path}/${obj.metadata.name}`, obj);
        return json(201, obj);
      }
      if ((req.method === 'GET' || req.method === 'PATCH') && stored.has(path)) return json(200, stored.get(path));
      if (path === '/api') return json(200, { kind: 'APIVersions', versions: ['v1'] });
      if (path === '/apis') return json(200, apiGroupList());
      if (gv) return json(200, gv[1] ? apiResourceList('', 'v1') : apiResourceList(gv[2], gv[3]));
      if (opts.v3 && path === '/openapi/v3') return json(200, openapiV3Index());
      if (opts.v3 && path.startsWith('/openapi/v3/')) {
        const doc = openapiV3Document(path.slice('/openapi/v3/'.length));
        if (doc) return json(200, doc);
      }
      if (path === '/openapi/v2') {
        const doc = openapiV2Protobuf();
        res.writeHead(200, { 'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf', 'Content-Length': doc.length });
        return res.end(doc);
      }
      json(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
