// The pods/proxy and services/proxy subresources: `…/pods/[scheme:]NAME[:PORT]/proxy/<path>`
// forwards any method, with the path tail and query, to the pod (or to a random ready
// endpoint of the service) through the kubelet's port map.
import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { podEndpoint } from '../../kubelet/port-map.js';
import { backendsFor } from '../../proxy/service-backends.js';
import { errors } from '../errors.js';
import type { SubresourceHandler } from './resources.js';
import type { ResourceRequest } from './request-info.js';

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'proxy-authorization', 'proxy-authenticate'];

/** utilnet.SplitSchemeNamePort: "name", "name:port" or "scheme:name:port". */
export function splitSchemeNamePort(id: string): { scheme: string; name: string; port: string } | undefined {
  const parts = id.split(':');
  if (parts.length === 1) return { scheme: '', name: parts[0], port: '' };
  if (parts.length === 2) return { scheme: '', name: parts[0], port: parts[1] };
  if (parts.length === 3 && (parts[0] === 'http' || parts[0] === 'https')) return { scheme: parts[0], name: parts[1], port: parts[2] };
  return undefined;
}

/** The raw path after `/proxy` ("" when the URL ends at `/proxy`), undecoded. */
export function proxyTail(rawUrl: string): { tail: string; query: string; base: string } {
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? '' : rawUrl.slice(q + 1);
  const m = /^(.*?\/(?:pods|services)\/[^/]+\/proxy)(\/.*)?$/.exec(path);
  return m ? { base: m[1], tail: m[2] ?? '', query } : { base: path, tail: '', query };
}

export interface ProxyTarget {
  /** pod IP (what the client believes it reaches) */
  ip: string;
  port: number;
}

async function podTarget(client: ApiClient, ns: string, id: string): Promise<ProxyTarget> {
  const parsed = splitSchemeNamePort(id);
  if (!parsed || !parsed.name) throw errors.badRequest(`invalid pod request ${JSON.stringify(id)}`);
  const pod = await client.get(R.pods, ns, parsed.name);
  let port = parsed.port;
  if (!port) {
    const first = (pod.spec?.containers ?? []).find((c: KubeObject) => c.ports?.length);
    port = first ? String(first.ports[0].containerPort) : '80';
  }
  const ip = pod.status?.podIP;
  if (!ip) throw errors.badRequest('address not allowed');
  const n = Number(port);
  if (!Number.isInteger(n) || n <= 0) throw errors.serviceUnavailable(`error trying to reach service: dial tcp: lookup port ${port}: unknown port`);
  return { ip, port: n };
}

async function serviceTarget(client: ApiClient, ns: string, id: string): Promise<ProxyTarget> {
  const parsed = splitSchemeNamePort(id);
  if (!parsed || !parsed.name) throw errors.badRequest(`invalid service request ${JSON.stringify(id)}`);
  const svc = await client.get(R.services, ns, parsed.name);
  let portName = parsed.port;
  if (/^\d+$/.test(portName)) {
    const sp = (svc.spec?.ports ?? []).find((p: KubeObject) => p.port === Number(portName));
    if (!sp) throw errors.serviceUnavailable(`no service port ${portName} found for service "${parsed.name}"`);
    portName = sp.name ?? '';
  }
  const slices = (await client.list(R.endpointslices, ns, { labelSelector: `kubernetes.io/service-name=${parsed.name}` })).items;
  const ready = backendsFor(slices, portName).filter((b) => b.ready);
  if (!ready.length) throw errors.serviceUnavailable(`no endpoints available for service "${id}"`);
  const b = ready[Math.floor(Math.random() * ready.length)];
  return { ip: b.ip, port: b.port };
}

function forwardHeaders(req: IncomingMessage, target: ProxyTarget): IncomingHttpHeaders {
  const h: IncomingHttpHeaders = { ...req.headers };
  for (const k of [...HOP_BY_HOP, 'authorization', 'host']) delete h[k];
  const from = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  h['x-forwarded-for'] = h['x-forwarded-for'] ? `${h['x-forwarded-for']}, ${from}` : from;
  h.host = `${target.ip}:${target.port}`;
  return h;
}

/** Sends the request on to `hostPort` and streams the answer back. */
function forward(req: IncomingMessage, res: ServerResponse, target: ProxyTarget, path: string, base: string): Promise<void> {
  const host = podEndpoint(target.ip, target.port);
  const refused = () => errors.serviceUnavailable(`error trying to reach service: dial tcp ${target.ip}:${target.port}: connect: connection refused`);
  if (!host) return Promise.reject(refused());
  return new Promise((resolve, reject) => {
    const up = request({ host: host.host, port: host.port, method: req.method, path, headers: forwardHeaders(req, target) }, (ur) => {
      const headers = { ...ur.headers };
      for (const k of HOP_BY_HOP) delete headers[k];
      // redirects to the pod's own paths stay inside the proxy
      const loc = headers.location;
      if (typeof loc === 'string' && loc.startsWith('/')) headers.location = `${base}${loc}`;
      res.writeHead(ur.statusCode ?? 502, ur.statusMessage, headers);
      ur.pipe(res);
      ur.on('end', () => resolve());
      ur.on('error', () => {
        res.destroy();
        resolve();
      });
    });
    up.on('error', (e: NodeJS.ErrnoException) => {
      if (res.headersSent) {
        res.destroy();
        return resolve();
      }
      reject(e.code === 'ECONNREFUSED' ? refused() : errors.serviceUnavailable(`error trying to reach service: ${e.message}`));
    });
    res.on('close', () => up.destroy());
    req.pipe(up);
  });
}

export function proxySubresource(client: ApiClient, kind: 'pods' | 'services'): SubresourceHandler {
  return async (req: IncomingMessage, res: ServerResponse, r: ResourceRequest) => {
    const ns = r.namespace ?? 'default';
    const { tail, query, base } = proxyTail(req.url ?? '/');
    if (!tail) {
      // apiserver's "issue 4958" redirect: the proxied root needs a trailing slash
      res.writeHead(301, { Location: `${base}/${query ? `?${query}` : ''}` });
      return void res.end();
    }
    // not-found and friends are StatusErrors from the registry and reach the client as such
    const target = kind === 'pods' ? await podTarget(client, ns, r.name!) : await serviceTarget(client, ns, r.name!);
    await forward(req, res, target, `${tail}${query ? `?${query}` : ''}`, base);
  };
}
