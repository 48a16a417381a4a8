// Spawns the image programs the way the kubelet will (programCommand) and talks HTTP to them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isImagePullError, resolveImage, type ResolvedImage } from '../../src/kubelet/images/catalog.js';
import { programCommand, type ContainerLike, type PodRuntimeContext } from '../../src/kubelet/images/command.js';

interface Running {
  child: ChildProcess;
  port: number;
  readyMs: number;
  out: () => string;
  err: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: Running[] = [];
afterAll(() => {
  for (const r of started) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
});

function image(ref: string): ResolvedImage {
  const r = resolveImage(ref);
  if (isImagePullError(r)) throw new Error(r.message);
  return r;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

/** Waits until the port accepts connections (polling connect) or the child dies. */
async function untilListening(child: ChildProcess, port: number, t0: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`program exited early (${child.exitCode ?? child.signalCode})`);
    if (await canConnect(port)) return performance.now() - t0;
    if (performance.now() - t0 > 15_000) throw new Error('program did not listen within 15s');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function run(ref: string, container: ContainerLike = {}, ctx: PodRuntimeContext = {}, extraEnv: Record<string, string> = {}): Promise<Running> {
  const img = image(ref);
  const port = await freePort();
  const pc = programCommand(img, container, { podIP: '10.244.1.5', podName: 'web-7d4b9c-x2x4z', listenPort: port, ...ctx });
  const t0 = performance.now();
  const child = spawn(pc.command, pc.args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...pc.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const r: Running = { child, port, readyMs: 0, out: () => out, err: () => err, exited };
  started.push(r);
  if (pc.runsImageServer) r.readyMs = await untilListening(child, port, t0);
  return r;
}

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string; rawHeaders: string[] }

function request(port: number, path = '/', opts: http.RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, agent: false, headers: { 'User-Agent': 'curl/7.88.1', Accept: '*/*' }, ...opts }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, rawHeaders: res.rawHeaders }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves once `text` appears in the stream collected by `read`. */
function until(child: ChildProcess, read: () => string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (read().includes(text)) { cleanup(); resolve(); }
    };
    const onExit = () => { cleanup(); reject(new Error(`exited before printing ${JSON.stringify(text)}`)); };
    const cleanup = () => { child.stdout!.off('data', check); child.stderr!.off('data', check); child.off('exit', onExit); };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

async function stop(r: Running, signal: NodeJS.Signals = 'SIGTERM') {
  r.child.kill(signal);
  return r.exited;
}

function memory(pid: number): { pss: number; anon: number } | undefined {
  const file = `/proc/${pid}/smaps_rollup`;
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { pss: kb('Pss'), anon: kb('Pss_Anon') };
}

const ACCESS_LOG = /^127\.0\.0\.1 - - \[\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 (\d+) "-" "curl\/7\.88\.1" "-"$/m;

describe('hello-nginx', () => {
  it.each([
    ['v1.3', 'Welcome to NGINX! | App Version: 1.3 | Server IP: 10.244.1.5 | Hostname: web-7d4b9c-x2x4z\n'],
    ['v2.5', 'Welcome to NGINX! | App Version: 2.5 | Server IP: 10.244.1.5 | Hostname: web-7d4b9c-x2x4z\n'],
    ['v3', 'Welcome to NGINX!  | Server IP: 10.244.1.5 | Hostname: web-7d4b9c-x2x4z\n'],
  ])('%s answers every path with its line', async (tag, want) => {
    const r = await run(`k8s.io/k8s/hello-nginx:${tag}`);
    expect((await request(r.port)).body).toBe(want);
    expect((await request(r.port, '/anything?x=1')).body).toBe(want);
    await until(r.child, r.out, '"GET /anything?x=1 HTTP/1.1" 200');
    expect(r.out()).toMatch(ACCESS_LOG);
    expect(await stop(r)).toEqual({ code: 0, signal: null });
  });
});

describe('nginx', () => {
  it('serves the 1.25.3 welcome page with nginx\'s headers and logs', async () => {
    const r = await run('nginx:1.25.3');
    const agent = new http.Agent({ keepAlive: true });
    const res = await request(r.port, '/', { agent });
    agent.destroy();
    expect(res.status).toBe(200);
    expect(res.body).toContain('<h1>Welcome to nginx!</h1>');
    expect(res.rawHeaders.filter((_, i) => i % 2 === 0)).toEqual(['Server', 'Date', 'Content-Type', 'Content-Length', 'Last-Modified', 'Connection', 'ETag', 'Accept-Ranges']);
    expect(res.headers).toMatchObject({ server: 'nginx/1.25.3', 'content-type': 'text/html', 'content-length': '615', etag: '"6537cac7-267"', connection: 'keep-alive' });
    expect(res.headers['keep-alive']).toBeUndefined();
    await until(r.child, r.out, '" 200 615 "');
    expect(ACCESS_LOG.exec(r.out())?.[1]).toBe('615');
    expect(r.out()).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(r.err()).toMatch(/\[notice\] 1#1: nginx\/1\.25\.3\n/);
    const notModified = await request(r.port, '/', { headers: { 'If-None-Match': '"6537cac7-267"' } });
    expect(notModified.status).toBe(304);
    expect(await stop(r)).toEqual({ code: 0, signal: null });
  });

  it('answers other paths with nginx\'s 404 page and an error-log line', async () => {
    const r = await run('nginx');
    const res = await request(r.port, '/favicon.ico');
    expect(res.status).toBe(404);
    await until(r.child, r.err, 'favicon.ico HTTP/1.1"');
    expect(res.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.8</center>\r\n</body>\r\n</html>\r\n');
    expect(r.err()).toMatch(/\[error\] 29#29: \*1 open\(\) "\/usr\/share\/nginx\/html\/favicon.ico" failed \(2: No such file or directory\), client: 127\.0\.0\.1, server: localhost, request: "GET \/favicon.ico HTTP\/1.1", host: "127\.0\.0\.1:\d+"/);
    expect((await request(r.port, '/', { method: 'DELETE' })).status).toBe(405);
    expect((await request(r.port)).headers['content-length']).toBe('896');
    // SIGQUIT is the image's STOPSIGNAL: graceful shutdown, logged as nginx does
    expect(await stop(r, 'SIGQUIT')).toEqual({ code: 0, signal: null });
    expect(r.err()).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n');
    expect(r.err()).toMatch(/\[notice\] 1#1: exit\n$/);
  });

  it('plays 1.7.9 as it was: 612-byte page, old error page, silent start', async () => {
    const r = await run('nginx:1.7.9');
    const res = await request(r.port);
    expect(res.headers).toMatchObject({ server: 'nginx/1.7.9', 'content-length': '612' });
    expect((await request(r.port, '/x')).body).toContain('<body bgcolor="white">');
    expect(r.out()).not.toContain('docker-entrypoint');
    expect(r.err()).not.toContain('[notice]');
    await stop(r);
  });

  it('serves a volume mounted on the html root from its host directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mk-html-'));
    try {
      writeFileSync(join(dir, 'index.html'), 'Hello from the debian container\n');
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'a.txt'), 'a');
      const r = await run('nginx', {}, { mounts: { '/usr/share/nginx/html': dir } });
      expect((await request(r.port)).body).toBe('Hello from the debian container\n');
      const txt = await request(r.port, '/sub/a.txt');
      expect([txt.body, txt.headers['content-type']]).toEqual(['a', 'text/plain']);
      const redirect = await request(r.port, '/sub');
      expect([redirect.status, redirect.headers.location]).toEqual([301, `http://127.0.0.1:${r.port}/sub/`]);
      expect((await request(r.port, '/sub/')).status).toBe(403);
      expect((await request(r.port, '/nope')).status).toBe(404);
      await stop(r);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kubernetes-bootcamp', () => {
  it.each([
    ['gcr.io/google-samples/kubernetes-bootcamp:v1', 'v=1'],
    ['docker.io/jocatalin/kubernetes-bootcamp:v2', 'v=2'],
  ])('%s answers with the pod name and %s', async (ref, v) => {
    const r = await run(ref);
    expect((await request(r.port)).body).toBe(`Hello Kubernetes bootcamp! | Running on: web-7d4b9c-x2x4z | ${v}\n`);
    await request(r.port);
    await until(r.child, r.out, 'Total Requests: 2 ');
    expect(r.out()).toMatch(/^Kubernetes Bootcamp App Started At: \d{4}-\d\d-\d\dT[\d:.]+Z \| Running On:  web-7d4b9c-x2x4z \n\n/);
    expect(r.out()).toMatch(/Running On: web-7d4b9c-x2x4z \| Total Requests: 2 \| App Uptime: [\d.]+ seconds \| Log Time: \d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
    expect(await stop(r)).toEqual({ code: 0, signal: null });
  });
});

describe('registry.k8s.io/liveness', () => {
  it('answers /healthz with ok during its first 10 seconds', async () => {
    const r = await run('registry.k8s.io/liveness', { args: ['/server'] });
    expect(await request(r.port, '/healthz')).toMatchObject({ status: 200, body: 'ok' });
    expect((await request(r.port, '/')).status).toBe(404);
    await stop(r);
  });
});

describe('server lifecycle', () => {
  it('keeps connections alive between requests', async () => {
    const r = await run('k8s.io/k8s/hello-nginx:v3');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ports: number[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: r.port, agent }, (res) => {
          ports.push(res.socket.localPort!);
          res.resume();
          res.on('end', resolve);
        }).on('error', reject);
      });
    }
    agent.destroy();
    expect(new Set(ports).size).toBe(1);
    await stop(r);
  });

  it.each(['nginx', 'gcr.io/google-samples/kubernetes-bootcamp:v1'])('%s: SIGTERM finishes the in-flight request, refuses new ones, exits 0', async (ref) => {
    const r = await run(ref, {}, {}, { MK_DEBUG_DELAY_MS: '300' });
    const inFlight = request(r.port);
    await until(r.child, r.err, '[mk-debug] holding GET /');
    r.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.headers.connection).toBe('close');
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(await canConnect(r.port)).toBe(false);
  });
});

describe('shell images', () => {
  it('runs the container\'s command through /bin/sh with its words intact', async () => {
    const r = await run('busybox', { command: ['sh', '-c', 'echo "hi $0 $1"; exit 3', 'a b', "it's"] });
    expect(await r.exited).toEqual({ code: 3, signal: null });
    expect(r.out()).toBe("hi a b it's\n");
  });

  it('runs args after the entrypoint-less image\'s default command replaced', async () => {
    const r = await run('alpine', { args: ['echo', 'from-args'] });
    expect((await r.exited).code).toBe(0);
    expect(r.out()).toBe('from-args\n');
  });
});

describe('footprint (report only)', () => {
  it('measures start-to-listening time and PSS per server process', async () => {
    const refs = ['nginx', 'k8s.io/k8s/hello-nginx:v3', 'gcr.io/google-samples/kubernetes-bootcamp:v1', 'registry.k8s.io/liveness'];
    const servers: [string, Running][] = [];
    for (const ref of refs) servers.push([ref, await run(ref)]);
    for (const [, r] of servers) for (let i = 0; i < 50; i++) await request(r.port, '/');
    const lines = servers.map(([ref, r]) => {
      const m = memory(r.child.pid!);
      return `${ref.padEnd(46)} ready ${r.readyMs.toFixed(0).padStart(4)} ms   PSS ${m ? (m.pss / 1024).toFixed(1) : '?'} MB (private ${m ? (m.anon / 1024).toFixed(1) : '?'} MB)`;
    });
    console.log(`image servers (${refs.length} running at once; PSS shares node's binary among them):\n${lines.join('\n')}`);
    for (const [, r] of servers) expect((await stop(r)).code).toBe(0);
  });
});
