// kube-proxy benchmark: throughput and latency of HTTP requests through a NodePort, against the
// same pod's own port hit directly. Every request opens a new connection (as curl does), so
// the figures include the proxy's accept + backend connect.
// Usage: npm run build && node bench/proxy.mjs [--seconds 5] [--concurrency 16]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SECONDS = arg('seconds', 5);
const CONCURRENCY = arg('concurrency', 16);

const MK = new URL('../bin/mk', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mk-bench-proxy-'));
const env = { ...process.env, MK_HOME: join(dir, 'home'), KUBECONFIG: join(dir, 'kubeconfig'), HOME: dir };
const mk = (args, input) => execFileSync(MK, args, { env, encoding: 'utf8', input });
const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The pod process's own port: the kubelet hands it over as MK_LISTEN_PORT. */
function podHostPort(podName) {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let envText;
    try {
      envText = readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue;
    }
    const vars = envText.split('\0');
    if (vars.includes(`HOSTNAME=${podName}`)) {
      const p = vars.find((v) => v.startsWith('MK_LISTEN_PORT='));
      if (p) return Number(p.split('=')[1]);
    }
  }
  return undefined;
}

function once(port) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - t0) / 1e6) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
  });
}

/** A closed-loop load generator: CONCURRENCY workers, each one request after another. */
async function load(label, port) {
  const lat = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        try {
          lat.push(await once(port));
        } catch {
          errors++;
        }
      }
    }),
  );
  const secs = (Date.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? NaN;
  const r = { rps: lat.length / secs, p50: pct(50), p99: pct(99), errors };
  console.log(`${label.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   errors ${errors}`);
  return r;
}

try {
  mk(['start', '--api-port', String(await freePort())]);
  mk(['apply', '-f', '-'], `apiVersion: v1
kind: Pod
metadata: {name: bench-web, labels: {app: bench-web}}
spec:
  nodeName: mk
  containers: [{name: web, image: k8s.io/k8s/hello-nginx:v3, ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: bench-web}
spec:
  type: NodePort
  selector: {app: bench-web}
  ports: [{port: 80, targetPort: 80}]
`);
  const nodePort = Number(mk(['get', 'svc', 'bench-web', '-o', 'jsonpath={.spec.ports[0].nodePort}']));
  let direct;
  for (let i = 0; i < 200 && !direct; i++) {
    direct = podHostPort('bench-web');
    if (direct) {
      try {
        await once(direct);
        await once(nodePort);
      } catch {
        direct = undefined;
      }
    }
    if (!direct) await sleep(100);
  }
  if (!direct) throw new Error('the pod never answered on its port and through the NodePort');
  console.log(`hello-nginx pod, ${CONCURRENCY} concurrent clients, new connection per request, ${SECONDS} s each`);
  await load('warm-up (NodePort)', nodePort);
  const d = await load('direct (pod port)', direct);
  const p = await load('NodePort (kube-proxy)', nodePort);
  console.log(`ratio proxy/direct: throughput ${(p.rps / d.rps).toFixed(2)}x, p99 latency ${(p.p99 / d.p99).toFixed(2)}x`);
} finally {
  try {
    mk(['stop']);
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}
