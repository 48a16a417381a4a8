// Services end to end: endpoints, NodePort load balancing, proxies, port-forward and
// zero-downtime rollouts, on a real 2-node daemon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa, type ResultPromise } from 'execa';
import { KUBECTL, MK_BIN, TestCluster, waitFor } from '../helpers/cluster.js';
import { httpGet } from '../helpers/http-get.js';

const c = new TestCluster();
const children: ResultPromise[] = [];

beforeAll(async () => {
  await c.start(['--nodes', '2']);
}, 120_000);

afterAll(async () => {
  for (const p of children) p.kill('SIGINT');
  await c.destroy();
}, 60_000);


const hostname = (body: string) => /Hostname: (\S+)/.exec(body)?.[1];

/** Starts a long-running command and resolves with the first match of `re` on its stdout. */
async function spawnUntil(file: string, args: string[], re: RegExp): Promise<{ m: RegExpExecArray; proc: ResultPromise; out: () => string }> {
  const proc = execa(file, args, { env: c.env, reject: false });
  children.push(proc);
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const m = await waitFor(() => re.exec(out) ?? undefined, `${file} ${args.join(' ')} to print ${re}`, 30_000).catch((e) => {
    throw new Error(`${e.message}\n${out}`);
  });
  return { m, proc, out: () => out };
}

async function jsonpath(args: string[], path: string): Promise<string> {
  return (await c.kubectl('1.33', ['get', ...args, '-o', `jsonpath=${path}`])).stdout;
}

const readyIPs = async (svc: string) => (await jsonpath(['endpoints', svc], '{.subsets[*].addresses[*].ip}')).split(' ').filter(Boolean);

async function nodePort(svc: string): Promise<number> {
  return Number(await jsonpath(['svc', svc], '{.spec.ports[0].nodePort}'));
}

describe('services', () => {
  it('endpoints follow scale-up and scale-down, and the NodePort spreads requests over pods', async () => {
    expect((await c.kubectl('1.33', ['create', 'deployment', 'hello-nginx', '--image=k8s.io/k8s/hello-nginx:v3', '--replicas=4'])).exitCode).toBe(0);
    const exposed = await c.kubectl('1.33', ['expose', 'deployment', 'hello-nginx', '--name', 'hello-nginx', '--port', '80', '--target-port', '80', '--type', 'NodePort']);
    expect(exposed.stdout).toBe('service/hello-nginx exposed\n');
    await waitFor(async () => (await readyIPs('hello-nginx')).length === 4, '4 ready endpoints', 60_000);
    const slices = JSON.parse((await c.kubectl('1.33', ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=hello-nginx', '-o', 'json'])).stdout).items;
    expect(slices).toHaveLength(1);
    expect(slices[0].metadata.generateName).toBe('hello-nginx-');
    expect(slices[0].ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
    const describe = (await c.kubectl('1.33', ['describe', 'svc', 'hello-nginx'])).stdout;
    expect(describe).toMatch(/^Endpoints:\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80 \+ 1 more\.\.\.$/m);

    expect((await c.kubectl('1.33', ['scale', 'deployment', 'hello-nginx', '--replicas', '6'])).exitCode).toBe(0);
    await waitFor(async () => (await readyIPs('hello-nginx')).length === 6, '6 ready endpoints', 60_000);
    const port = await nodePort('hello-nginx');
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) seen.add(hostname((await httpGet(port)).body)!);
    expect(seen.size).toBeGreaterThanOrEqual(5);
    // every node's address serves the node port
    expect(hostname((await httpGet(port, '/', '127.0.0.2')).body)).toMatch(/^hello-nginx-/);

    expect((await c.kubectl('1.33', ['scale', 'deployment', 'hello-nginx', '--replicas', '3'])).exitCode).toBe(0);
    await waitFor(async () => (await readyIPs('hello-nginx')).length === 3, '3 ready endpoints', 60_000);
  }, 180_000);

  it('a pod that is not ready is published as not ready', async () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: unready, labels: {app: hello-nginx, probe: fails}}
spec:
  containers:
  - name: web
    image: k8s.io/k8s/hello-nginx:v3
    readinessProbe: {tcpSocket: {port: 81}, periodSeconds: 1}
`;
    expect((await c.kubectl('1.33', ['apply', '-f', '-'], { input: pod })).exitCode).toBe(0);
    const ip = await waitFor(async () => (await jsonpath(['endpoints', 'hello-nginx'], '{.subsets[*].notReadyAddresses[*].ip}')) || undefined, 'a not-ready address', 60_000);
    expect(await readyIPs('hello-nginx')).not.toContain(ip);
    const cond = await jsonpath(['endpointslices', '-l', 'kubernetes.io/service-name=hello-nginx'], `{.items[*].endpoints[?(@.targetRef.name=="unready")].conditions}`);
    expect(JSON.parse(cond)).toEqual({ ready: false, serving: false, terminating: false });
    expect((await c.kubectl('1.33', ['delete', 'pod', 'unready', '--grace-period=0', '--force'])).exitCode).toBe(0);
  }, 120_000);

  it("applies the seed's expose.yaml (nodePort 32600) and serves it until deleted", async () => {
    const manifest = `apiVersion: apps/v1
kind: Deployment
metadata: {name: nginx-deployment, labels: {app: nginx}}
spec:
  replicas: 2
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec:
      containers: [{name: nginx, image: nginx:1.7.9, ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata:
  name: nginx-service
  labels: {app: nginx}
spec:
  selector: {app: nginx}
  ports:
  - {name: nginx-port, protocol: TCP, port: 80, nodePort: 32600, targetPort: 80}
  type: NodePort
`;
    expect((await c.kubectl('1.33', ['apply', '-f', '-'], { input: manifest })).exitCode).toBe(0);
    const page = await waitFor(() => httpGet(32600).then((r) => (r.status === 200 ? r.body : undefined)), 'nginx on :32600', 90_000);
    expect(page).toContain('Welcome to nginx!');
    expect((await httpGet(32600, '/', '127.0.0.2')).status).toBe(200);
    expect((await c.kubectl('1.33', ['delete', 'service', 'nginx-service'])).exitCode).toBe(0);
    await waitFor(() => httpGet(32600).then(() => false, () => true), 'the node port to close', 30_000);
  }, 150_000);

  it('kubectl proxy and mk proxy reach pods through pods/NAME:PORT/proxy/', async () => {
    const pod = (await jsonpath(['pods', '-l', 'app=hello-nginx', '--field-selector=status.phase=Running'], '{.items[0].metadata.name}')).trim();
    for (const [file, args] of [
      [KUBECTL['1.33'], ['--cache-dir', `${c.dir}/kcache-proxy`, 'proxy', '--port=0']],
      [MK_BIN, ['proxy', '--port=0']],
    ] as const) {
      const { m } = await spawnUntil(file, [...args], /Starting to serve on 127\.0\.0\.1:(\d+)/);
      const port = Number(m[1]);
      const r = await httpGet(port, `/api/v1/namespaces/default/pods/${pod}:80/proxy/`);
      expect(r.status).toBe(200);
      expect(hostname(r.body)).toBe(pod);
      expect(hostname((await httpGet(port, '/api/v1/namespaces/default/services/hello-nginx/proxy/')).body)).toMatch(/^hello-nginx-/);
      expect((await httpGet(port, `/api/v1/namespaces/default/pods/${pod}/exec`)).status).toBe(403);
    }
  }, 90_000);

  it('kubectl port-forward and mk port-forward', async () => {
    const pod = (await jsonpath(['pods', '-l', 'app=hello-nginx', '--field-selector=status.phase=Running'], '{.items[0].metadata.name}')).trim();
    const k = await spawnUntil(KUBECTL['1.33'], ['--cache-dir', `${c.dir}/kcache-pf`, 'port-forward', `pod/${pod}`, ':80'], /Forwarding from 127\.0\.0\.1:(\d+) -> 80/);
    for (let i = 0; i < 3; i++) expect(hostname((await httpGet(Number(k.m[1]))).body)).toBe(pod);
    await waitFor(() => (k.out().match(/Handling connection for/g)?.length ?? 0) >= 3, 'kubectl to log the connections');
    const m = await spawnUntil(MK_BIN, ['port-forward', 'svc/hello-nginx', ':80'], /Forwarding from 127\.0\.0\.1:(\d+) -> 80\nForwarding from \[::1\]:\d+ -> 80\n/);
    expect(hostname((await httpGet(Number(m.m[1]))).body)).toMatch(/^hello-nginx-/);
    await waitFor(() => m.out().includes('Handling connection for'), 'mk to log the connection');
    const url = await c.mk(['service', 'hello-nginx', '--url']);
    expect(url.stdout).toBe(`http://127.0.0.1:${await nodePort('hello-nginx')}\n`);
  }, 90_000);

  it('a request loop through the NodePort sees no failure during a rolling update and a scale-down', async () => {
    const port = await nodePort('hello-nginx');
    const loop = async (during: () => Promise<void>) => {
      const bodies: string[] = [];
      const failures: string[] = [];
      let running = true;
      const inflight: Promise<void>[] = [];
      const ticker = (async () => {
        while (running) {
          inflight.push(httpGet(port, '/', '127.0.0.1', 500).then((r) => void (r.status === 200 ? bodies.push(r.body) : failures.push(`status ${r.status}`)), (e: Error) => void failures.push(e.message)));
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      try {
        await during();
      } finally {
        running = false;
        await ticker;
        await Promise.all(inflight);
      }
      return { bodies, failures };
    };
    const update = await loop(async () => {
      expect((await c.mk(['set', 'image', 'deployment/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5'])).exitCode).toBe(0);
      const st = await execa(MK_BIN, ['rollout', 'status', 'deployment/hello-nginx', '--timeout=120s'], { env: c.env, reject: false, timeout: 130_000 });
      expect(st.exitCode).toBe(0);
      await waitFor(async () => (await readyIPs('hello-nginx')).length === 3, '3 ready endpoints after the rollout', 30_000);
      await new Promise((r) => setTimeout(r, 1000));
    });
    expect(update.failures).toEqual([]);
    expect(update.bodies.some((b) => b.includes('App Version: 2.5'))).toBe(true);
    expect(update.bodies.some((b) => !b.includes('App Version'))).toBe(true);

    const down = await loop(async () => {
      expect((await c.kubectl('1.33', ['scale', 'deployment', 'hello-nginx', '--replicas', '1'])).exitCode).toBe(0);
      await waitFor(async () => (await c.kubectl('1.33', ['get', 'pods', '-l', 'app=hello-nginx', '-o', 'name'])).stdout.trim().split('\n').length === 1, 'one pod left', 90_000);
    });
    expect(down.failures).toEqual([]);
    expect(down.bodies.length).toBeGreaterThan(0);
  }, 300_000);
});
