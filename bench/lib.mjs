// Shared bench helpers: a throwaway cluster (temp MK_HOME/KUBECONFIG, free port), raw HTTPS
// requests and watches against its API, wall-clock medians, and the table the benches print.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** MK_BIN runs another build (e.g. one not being rebuilt by someone else meanwhile). */
export const MK = process.env.MK_BIN || new URL('../bin/mk', import.meta.url).pathname;
export const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
export const now = () => Number(process.hrtime.bigint()) / 1e6;
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
}

/** Prints `label  value unit  (target …: met|missed)`; returns the value. */
export function report(label, value, unit, target) {
  const v = typeof value === 'number' ? (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2)) : String(value);
  let line = `  ${label.padEnd(46)} ${v.padStart(9)} ${unit.padEnd(6)}`;
  if (target) line += `  target ${target.text}: ${target.met ? 'met' : 'MISSED'}`;
  console.log(line);
  return value;
}

export const section = (title) => console.log(`\n${title}`);

export class Cluster {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'mk-bench-'));
    this.env = { ...process.env, MK_HOME: join(this.dir, 'home'), KUBECONFIG: join(this.dir, 'kubeconfig'), HOME: this.dir, NO_COLOR: '1' };
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 32, rejectUnauthorized: false });
  }

  /** Starts the cluster; returns how long `mk start` took until it reported ready, in ms. */
  async start(extra = []) {
    this.port = await freePort();
    const t0 = now();
    execFileSync(MK, ['start', '--api-port', String(this.port), ...extra], { env: this.env, encoding: 'utf8' });
    const ms = now() - t0;
    this.token = JSON.parse(readFileSync(join(this.env.MK_HOME, 'cluster.json'), 'utf8')).token;
    return ms;
  }

  mk(args, input) {
    return execFileSync(MK, args, { env: this.env, encoding: 'utf8', input });
  }

  kubectl(args) {
    return execFileSync(KUBECTL, ['--cache-dir', join(this.dir, 'kcache'), ...args], { env: this.env, encoding: 'utf8' });
  }

  /** Wall time of one CLI run, in ms; throws if it fails. */
  wallOnce(cmd, args, env = {}) {
    const full = cmd === KUBECTL ? ['--cache-dir', join(this.dir, 'kcache'), ...args] : args;
    const t0 = now();
    const r = spawnSync(cmd, full, { env: { ...this.env, ...env }, encoding: 'utf8' });
    const ms = now() - t0;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
    return ms;
  }

  request(method, path, body) {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const headers = { Authorization: `Bearer ${this.token}`, Accept: 'application/json' };
      if (data) Object.assign(headers, { 'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json', 'Content-Length': Buffer.byteLength(data) });
      const req = https.request({ host: '127.0.0.1', port: this.port, method, path, agent: this.agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode >= 400) return reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 200)}`));
          resolve(text ? JSON.parse(text) : undefined);
        });
      });
      req.on('error', reject);
      req.end(data);
    });
  }

  /**
   * Lists `path`, then watches it until `done(objects)` is true; objects is a Map by name
   * kept current from the events. Resolves with the ms it took from the call.
   */
  async until(path, done, timeoutMs = 120_000) {
    const t0 = now();
    const list = await this.request('GET', path);
    const objects = new Map(list.items.map((o) => [o.metadata.name, o]));
    if (done(objects)) return now() - t0;
    const sep = path.includes('?') ? '&' : '?';
    return new Promise((resolve, reject) => {
      const req = https.request({ host: '127.0.0.1', port: this.port, path: `${path}${sep}watch=true&resourceVersion=${list.metadata.resourceVersion}`, headers: { Authorization: `Bearer ${this.token}` }, rejectUnauthorized: false }, (res) => {
        let buf = '';
        res.on('data', (chunk) => {
          buf += chunk;
          let nl;
          while ((nl = buf.indexOf('\n')) >= 0) {
            const line = buf.slice(0, nl).trim();
            buf = buf.slice(nl + 1);
            if (!line) continue;
            const ev = JSON.parse(line);
            if (ev.type === 'DELETED') objects.delete(ev.object.metadata.name);
            else if (ev.type === 'ADDED' || ev.type === 'MODIFIED') objects.set(ev.object.metadata.name, ev.object);
            if (done(objects)) {
              clearTimeout(timer);
              req.destroy();
              resolve(now() - t0);
            }
          }
        });
        res.on('end', () => reject(new Error(`watch on ${path} ended early`)));
      });
      const timer = setTimeout(() => {
        req.destroy();
        reject(new Error(`timed out after ${timeoutMs} ms watching ${path}`));
      }, timeoutMs);
      req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
      req.end();
    });
  }

  /** Root pids of the running containers (from the kubelet's pid files), of the pods in `uids` if given. */
  containerPids(uids) {
    const pods = join(this.env.MK_HOME, 'pods');
    const out = [];
    if (!existsSync(pods)) return out;
    for (const uid of readdirSync(pods)) {
      if (uids && !uids.has(uid)) continue;
      let files = [];
      try {
        files = readdirSync(join(pods, uid)).filter((f) => f.endsWith('.pid'));
      } catch {
        continue;
      }
      for (const f of files) {
        const pid = Number(readFileSync(join(pods, uid, f), 'utf8').trim().split(/\s+/)[0]);
        if (pid > 1 && existsSync(`/proc/${pid}`)) out.push(pid);
      }
    }
    return out;
  }

  stop() {
    const pidFile = join(this.env.MK_HOME, 'daemon.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : undefined;
    try {
      spawnSync(MK, ['stop'], { env: this.env, timeout: 60_000 });
    } finally {
      // if `mk stop` could not run (say, the build changed under us), end the daemon we started
      if (pid && existsSync(`/proc/${pid}`)) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      this.agent.destroy();
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

export const isReady = (pod) => !pod.metadata.deletionTimestamp && (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** Children of a process, recursively. */
function tree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of readFileSync(`/proc/${out[i]}/task/${t}/children`, 'utf8').trim().split(/\s+/)) if (c) out.push(Number(c));
      } catch {
        // gone
      }
    }
  }
  return out;
}

/** Proportional set size of a process tree, in bytes (smaps_rollup). */
export function pssBytes(pid) {
  let kb = 0;
  for (const p of tree(pid)) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // gone
    }
  }
  return kb * 1024;
}

const LISTENER = "require('net').createServer(()=>{}).listen(0,'127.0.0.1',()=>process.stdout.write('ready\\n'));setInterval(()=>{},1e9)";

/**
 * The floor for starting `n` containers: spawn n bare `node -e` processes that listen on a port
 * and wait until every one is listening. Returns { ms, pss } (mean PSS per process) and kills them.
 */
export async function spawnFloor(n) {
  const t0 = now();
  const procs = [];
  await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const p = spawn(process.execPath, ['-e', LISTENER], { stdio: ['ignore', 'pipe', 'inherit'] });
      procs.push(p);
      p.stdout.once('data', () => resolve());
      p.once('error', reject);
    })),
  );
  const ms = now() - t0;
  const pss = procs.reduce((s, p) => s + pssBytes(p.pid), 0) / procs.length;
  for (const p of procs) p.kill('SIGKILL');
  return { ms, pss };
}

/** Runs `fn` over `total` calls with `concurrency` in flight; returns calls per second. */
export async function rate(total, concurrency, fn) {
  let next = 0;
  const t0 = now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await fn(next++);
  }));
  return (total / (now() - t0)) * 1000;
}
