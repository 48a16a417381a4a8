// The "Set up Ingress on Minikube" tutorial end to end: `mk addons enable ingress` on a free high
// port, two hello-app deployments behind one Ingress, routing by host and path from the daemon's
// ingress controller, ADDRESS in `get ingress` as kubectl 1.33 prints it, a busy port refused
// with a clear error, and `addons disable` stopping the routing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, createServer, type Server } from 'node:http';
import { TestCluster, freePort, waitFor, type RunResult } from '../helpers/cluster.js';
import { normalise } from '../seeds/differential.js';

const c = new TestCluster();
let httpPort = 0;
let nodeIP = '';

const backend = (svc: string) => ({ service: { name: svc, port: { number: 8080 } } });
const INGRESS = JSON.stringify({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'example-ingress' },
  spec: {
    ingressClassName: 'nginx',
    rules: [{ host: 'hello-world.example', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('web') }, { path: '/v2', pathType: 'Prefix', backend: backend('web2') }] } }],
  },
});

const ok = (r: RunResult) => {
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return r.stdout;
};

/** GET through the ingress port with a Host header: status and body, or the socket error code. */
function get(host: string, path: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: nodeIP, port: httpPort, path, headers: { Host: host }, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

beforeAll(async () => {
  await c.start();
  nodeIP = ok(await c.mk(['ip'])).trim();
  httpPort = await freePort();
  ok(await c.mk(['create', 'deployment', 'web', '--image=gcr.io/google-samples/hello-app:1.0']));
  ok(await c.mk(['expose', 'deployment', 'web', '--type=NodePort', '--port=8080']));
  ok(await c.mk(['create', 'deployment', 'web2', '--image=gcr.io/google-samples/hello-app:2.0']));
  ok(await c.mk(['expose', 'deployment', 'web2', '--port=8080']));
}, 90_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('the ingress addon', () => {
  it('enable prints minikube\'s lines and creates the nginx IngressClass', async () => {
    const r = await c.mk(['addons', 'enable', 'ingress', `--http-port=${httpPort}`]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["🔎  Verifying ingress addon...\n🌟  The 'ingress' addon is enabled\n", '', 0]);
    expect(ok(await c.mk(['get', 'ingressclass', 'nginx', '-o', 'jsonpath={.spec.controller} {.metadata.annotations}']))).toBe('k8s.io/ingress-nginx {"ingressclass.kubernetes.io/is-default-class":"true"}');
    expect(ok(await c.mk(['get', 'namespace', 'ingress-nginx', '-o', 'name']))).toBe('namespace/ingress-nginx\n');
    expect(ok(await c.mk(['addons', 'list']))).toContain('| ingress              | mk      | enabled ✅ | Kubernetes |');
  }, 60_000);

  it('routes by host and path to the tutorial apps', async () => {
    expect(ok(await c.mk(['apply', '-f', '-'], { input: INGRESS }))).toBe('ingress.networking.k8s.io/example-ingress created\n');
    const v1 = await waitFor(async () => {
      const r = await get('hello-world.example', '/');
      return 'status' in r && r.status === 200 && r;
    }, 'web answers through the ingress', 60_000);
    expect(v1.body).toMatch(/^Hello, world!\nVersion: 1\.0\.0\nHostname: web-[a-z0-9]+-[a-z0-9]{5}\n$/);
    const v2 = await waitFor(async () => {
      const r = await get('hello-world.example', '/v2');
      return 'status' in r && r.status === 200 && r;
    }, 'web2 answers through the ingress', 60_000);
    expect(v2.body).toMatch(/^Hello, world!\nVersion: 2\.0\.0\nHostname: web2-[a-z0-9]+-[a-z0-9]{5}\n$/);
    const other = await get('other.example', '/');
    expect(other).toEqual({ status: 404, body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n' });
  }, 90_000);

  it('publishes the node address: get ingress as kubectl 1.33 prints it', async () => {
    await waitFor(async () => ok(await c.mk(['get', 'ingress', 'example-ingress', '-o', 'jsonpath={.status.loadBalancer.ingress[0].ip}'])) === nodeIP, 'ADDRESS', 30_000);
    for (const args of [['get', 'ingress'], ['get', 'ingress', '-o', 'wide']]) {
      const [ours, theirs] = [await c.mk(args), await c.kubectl('1.33', args)];
      expect(normalise(ours.stdout)).toBe(normalise(theirs.stdout));
      expect(ours.stdout).toContain(`hello-world.example   ${nodeIP}   80`);
    }
  });

  it('refuses a busy port with a clear error and keeps serving', async () => {
    const busy = await freePort();
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(busy, nodeIP, r));
    try {
      const r = await c.mk(['addons', 'enable', 'ingress', `--http-port=${busy}`]);
      expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', `❌  Exiting due to HOST_PORT_IN_USE: port ${busy} on ${nodeIP} is already in use; choose another with --http-port\n`, 81]);
    } finally {
      await new Promise((r) => holder.close(r));
    }
    expect(await get('hello-world.example', '/')).toMatchObject({ status: 200 });
  });

  it('stays enabled across mk stop and mk start', async () => {
    ok(await c.mk(['stop']));
    expect(await get('hello-world.example', '/')).toEqual({ error: 'ECONNREFUSED' });
    ok(await c.mk(['start']));
    const r = await waitFor(async () => {
      const x = await get('hello-world.example', '/v2');
      return 'status' in x && x.status === 200 && x;
    }, 'routing after restart', 60_000);
    expect(r.body).toContain('Version: 2.0.0');
  }, 120_000);

  it('disable stops the routing and withdraws the address', async () => {
    const r = await c.mk(['addons', 'disable', 'ingress']);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([`🌑  "The 'ingress' addon is disabled\n`, '', 0]);
    expect(await get('hello-world.example', '/')).toEqual({ error: 'ECONNREFUSED' });
    await waitFor(async () => ok(await c.mk(['get', 'ingress', 'example-ingress', '-o', 'jsonpath={.status.loadBalancer}'])) === '{}', 'address withdrawn', 30_000);
    expect(ok(await c.mk(['addons', 'list']))).toContain('| ingress              | mk      | disabled   | Kubernetes |');
  }, 60_000);
});
