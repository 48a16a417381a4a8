// API and CLI benchmarks: figures measured in one run, printed with their ratios.
// Usage: npm run bench   (builds first; starts its own cluster in a temp MK_HOME)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MK = new URL('../bin/mk', import.meta.url).pathname;
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const dir = mkdtempSync(join(tmpdir(), 'mk-bench-'));
const env = { ...process.env, MK_HOME: join(dir, 'home'), KUBECONFIG: join(dir, 'kubeconfig'), HOME: dir };

const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const mk = (args) => execFileSync(MK, args, { env, encoding: 'utf8' });
const agent = new https.Agent({ keepAlive: true, maxSockets: 16, rejectUnauthorized: false });

function request(port, token, method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : undefined;
    const req = https.request({ host: '127.0.0.1', port, method, path, agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(data ? { 'Content-Length': Buffer.byteLength(data) } : {}) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode < 400 ? resolve() : reject(new Error(`${method} ${path}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function rate(label, total, concurrency, fn) {
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => { while (next < total) await fn(next++); }));
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const r = total / s;
  console.log(`${label.padEnd(34)} ${r.toFixed(0).padStart(7)} req/s  (${total} in ${s.toFixed(2)} s)`);
  return r;
}

function wall(cmd, args, runs = 7) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

try {
  const port = await freePort();
  const t0 = process.hrtime.bigint();
  mk(['start', '--api-port', String(port)]);
  const startMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`mk start (new cluster) ready in       ${startMs.toFixed(0)} ms   (target < 1000 ms)`);
  const token = JSON.parse(readFileSync(join(env.MK_HOME, 'cluster.json'), 'utf8')).token;
  const ns = '/api/v1/namespaces/default/configmaps';
  const writes = await rate('create configmaps (writes)', 2000, 8, (i) => request(port, token, 'POST', ns, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}` }, data: { i: String(i) } }));
  const gets = await rate('GET one configmap', 5000, 8, (i) => request(port, token, 'GET', `${ns}/cm-${i % 1000}`));
  const lists = await rate('LIST 1,000+ configmaps', 100, 4, () => request(port, token, 'GET', ns));
  console.log(`targets: GET >= 2000/s (${gets >= 2000 ? 'met' : 'missed'}), writes >= 500/s (${writes >= 500 ? 'met' : 'missed'}); LIST ${lists.toFixed(0)}/s`);
  const mkGet = wall(MK, ['get', 'configmaps', 'cm-1']);
  const kGet = wall(KUBECTL, ['--cache-dir', join(dir, 'kcache'), 'get', 'configmaps', 'cm-1']);
  console.log(`get configmaps cm-1 wall (median of 7): mk ${mkGet.toFixed(0)} ms, kubectl ${kGet.toFixed(0)} ms, ratio mk/kubectl ${(mkGet / kGet).toFixed(2)}`);
} finally {
  spawnSync(MK, ['stop'], { env });
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}
