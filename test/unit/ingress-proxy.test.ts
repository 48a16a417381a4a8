// The ingress controller's pure parts and its HTTP server with fake informer caches: which
// Ingresses it serves, backend choice, nginx's 404/503 pages, the relay's forwarded headers,
// and the `mk addons list` table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KubeObject } from '../../src/client/types.js';
import { backendEndpoints, servedIngresses, statusShows } from '../../src/proxy/ingress-backends.js';
import { IngressProxy } from '../../src/proxy/ingress-proxy.js';
import { nginxErrorPage } from '../../src/proxy/ingress-pages.js';
import { removePodPorts, setPodPorts } from '../../src/kubelet/port-map.js';
import { addonRows, addonsTable } from '../../src/cli/commands/addons.js';

const meta = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'default', ...extra });
const nginxClass = (isDefault: boolean): KubeObject => ({ metadata: { name: 'nginx', annotations: isDefault ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : {} }, spec: { controller: 'k8s.io/ingress-nginx' } });
const otherClass: KubeObject = { metadata: { name: 'traefik' }, spec: { controller: 'traefik.io/ingress-controller' } };
const path = (p: string, svc: string, port: Record<string, unknown> = { number: 8080 }) => ({ path: p, pathType: 'Prefix', backend: { service: { name: svc, port } } });
const ingress = (name: string, cls: string | undefined, paths = [path('/', 'web')]): KubeObject => ({
  metadata: meta(name),
  spec: { ...(cls ? { ingressClassName: cls } : {}), rules: [{ host: 'hello-world.example', http: { paths } }] },
});
const service = (name: string, ports: Record<string, unknown>[]): KubeObject => ({ metadata: meta(name), spec: { ports } });
const slice = (svc: string, portName: string, port: number, endpoints: { ip: string; ready: boolean }[]): KubeObject => ({
  metadata: meta(`${svc}-abc`, { labels: { 'kubernetes.io/service-name': svc } }),
  addressType: 'IPv4',
  ports: [{ name: portName, port, protocol: 'TCP' }],
  endpoints: endpoints.map((e) => ({ addresses: [e.ip], conditions: { ready: e.ready } })),
});

describe('servedIngresses', () => {
  const ings = [ingress('a', 'nginx'), ingress('b', 'traefik'), ingress('c', undefined)];
  it('serves its own class, and class-less Ingresses only when nginx is the default', () => {
    expect(servedIngresses(ings, [nginxClass(false), otherClass]).map((i) => i.metadata.name)).toEqual(['a']);
    expect(servedIngresses(ings, [nginxClass(true), otherClass]).map((i) => i.metadata.name)).toEqual(['a', 'c']);
    expect(servedIngresses(ings, [otherClass])).toEqual([]);
  });
});

describe('backendEndpoints', () => {
  const services = new Map([
    ['web', service('web', [{ port: 8080, targetPort: 8080 }])],
    ['named', service('named', [{ name: 'http', port: 80 }])],
    ['empty', service('empty', [{ port: 8080 }])],
  ]);
  const slices = [slice('web', '', 8080, [{ ip: '10.244.0.5', ready: true }, { ip: '10.244.0.6', ready: false }]), slice('named', 'http', 8080, [{ ip: '10.244.0.7', ready: true }]), slice('empty', '', 8080, [{ ip: '10.244.0.8', ready: false }])];
  const choose = (svc: string, port: Record<string, unknown>) => backendEndpoints('default', { service: { name: svc, port } }, (_, n) => services.get(n), () => slices);

  it('finds the service port by number or name and lists its endpoints', () => {
    const web = choose('web', { number: 8080 });
    expect(web.kind === 'endpoints' && web.backends.map((b) => `${b.ip}:${b.port}:${b.ready}`)).toEqual(['10.244.0.5:8080:true', '10.244.0.6:8080:false']);
    const named = choose('named', { name: 'http' });
    expect(named.kind === 'endpoints' && named.portName).toBe('http');
  });

  it('is unavailable (503) without the service, the port or a ready endpoint', () => {
    expect(choose('missing', { number: 8080 }).kind).toBe('unavailable');
    expect(choose('web', { number: 9999 }).kind).toBe('unavailable');
    expect(choose('empty', { number: 8080 }).kind).toBe('unavailable');
  });
});

describe('statusShows', () => {
  it('compares the published address', () => {
    expect(statusShows({ metadata: meta('a'), status: { loadBalancer: { ingress: [{ ip: '127.0.0.1' }] } } }, '127.0.0.1')).toBe(true);
    expect(statusShows({ metadata: meta('a'), status: { loadBalancer: {} } }, '127.0.0.1')).toBe(false);
  });
});

describe('IngressProxy', () => {
  const POD_IP = '10.244.9.9';
  let app: Server;
  let proxy: IngressProxy;
  let port = 0;
  const seen: Record<string, string | string[] | undefined>[] = [];
  const ingresses = [ingress('site', 'nginx', [path('/', 'web'), path('/down', 'down')])];
  const services = new Map([['web', service('web', [{ port: 8080 }])], ['down', service('down', [{ port: 8080 }])]]);
  const slices = [slice('web', '', 8080, [{ ip: POD_IP, ready: true }]), slice('down', '', 8080, [])];

  beforeAll(async () => {
    app = createServer((req, res) => {
      seen.push(req.headers);
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        res.setHeader('Server', 'app/1.0');
        res.end(`${req.method} ${req.url} ${body}`);
      });
    });
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    setPodPorts(POD_IP, new Map([[8080, (app.address() as AddressInfo).port]]));
    proxy = new IngressProxy({ served: () => ingresses, service: (_, n) => services.get(n), slices: () => slices, log: () => {} });
    await proxy.listen('127.0.0.1', 0);
    port = ((proxy as unknown as { server: Server }).server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    removePodPorts(POD_IP);
    await proxy.close();
    await new Promise((r) => app.close(r));
  });

  const send = (host: string, p: string, method = 'GET', body?: string) =>
    new Promise<{ status: number; message: string; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: p, method, headers: { Host: host } }, (res) => {
        let b = '';
        res.on('data', (d) => (b += d));
        res.on('end', () => resolve({ status: res.statusCode!, message: res.statusMessage!, headers: res.headers, body: b }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('relays a matching request with the body and nginx headers', async () => {
    const r = await send('hello-world.example', '/hello?x=1', 'POST', 'payload');
    expect(r.status).toBe(200);
    expect(r.body).toBe('POST /hello?x=1 payload');
    expect(r.headers.server).toBeUndefined();
    const h = seen.at(-1)!;
    expect(h.host).toBe('hello-world.example');
    expect(h['x-forwarded-for']).toBe('127.0.0.1');
    expect(h['x-real-ip']).toBe('127.0.0.1');
    expect(h['x-forwarded-host']).toBe('hello-world.example');
    expect(h['x-forwarded-port']).toBe(String(port));
    expect(h['x-forwarded-proto']).toBe('http');
    expect(h['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers an unknown host with the default backend 404 page', async () => {
    const r = await send('nope.example', '/');
    expect([r.status, r.message, r.headers['content-type']]).toEqual([404, 'Not Found', 'text/html']);
    expect(r.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n');
  });

  it('answers 503 when the service has no ready endpoint', async () => {
    const r = await send('hello-world.example', '/down');
    expect([r.status, r.message, r.body]).toEqual([503, 'Service Temporarily Unavailable', nginxErrorPage(503)]);
  });
});

describe('mk addons list', () => {
  it("prints minikube's table with the ingress state from the config", () => {
    const config = { name: 'mk', apiPort: 8443, nodes: 1, token: '', createdAt: '', addons: { ingress: { enabled: true, httpPort: 80 } } };
    expect(addonsTable(addonRows(config))).toBe(
      [
        '|----------------------|---------|------------|------------|',
        '|      ADDON NAME      | PROFILE |   STATUS   | MAINTAINER |',
        '|----------------------|---------|------------|------------|',
        '| default-storageclass | mk      | enabled ✅ | Kubernetes |',
        '| ingress              | mk      | enabled ✅ | Kubernetes |',
        '| metrics-server       | mk      | enabled ✅ | Kubernetes |',
        '| storage-provisioner  | mk      | enabled ✅ | minikube   |',
        '|----------------------|---------|------------|------------|',
        '',
      ].join('\n'),
    );
  });
});
