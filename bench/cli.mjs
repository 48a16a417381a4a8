// CLI wall time: mk against kubectl 1.33 for the same requests on the same cluster, interleaved
// (mk, kubectl, mk, kubectl, …) so both see the same machine load; medians of N runs.
// mk reaches its local daemon over the unix socket the kubeconfig names; the "mk over HTTPS"
// rows use a copy of the kubeconfig without it (what mk pays against any other API server).
// Usage: npm run build && node bench/cli.mjs [--runs 9]   (or via bench/run.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cluster, KUBECTL, MK, isReady, median, report, section } from './lib.mjs';

const DEPLOYMENT = (name) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, labels: { app: name } },
  spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
});

export async function benchCli(c, runs = 9) {
  section(`CLI wall time (median of ${runs} interleaved runs; target: mk no slower than kubectl)`);
  const file = join(c.dir, 'cli-deploy.json');
  writeFileSync(file, JSON.stringify(DEPLOYMENT('cli')));
  c.mk(['apply', '-f', file]);
  await c.until('/api/v1/namespaces/default/pods?labelSelector=app%3Dcli', (pods) => [...pods.values()].filter(isReady).length === 2);
  const cases = [
    ['get pods', ['get', 'pods']],
    ['describe deployment', ['describe', 'deployment', 'cli']],
    ['apply -f (unchanged)', ['apply', '-f', file]],
  ];
  const out = {};
  const https = join(c.dir, 'kubeconfig-https');
  const cfg = yaml.load(readFileSync(c.env.KUBECONFIG, 'utf8'));
  for (const cl of cfg.clusters) delete cl.cluster.extensions;
  writeFileSync(https, yaml.dump(cfg));
  // what any node CLI pays before doing anything (node parses NODE_EXTRA_CA_CERTS at start-up;
  // bin/mk moves it aside)
  const startup = median(Array.from({ length: runs }, () => c.wallOnce(process.execPath, ['-e', ''])));
  report('node -e "" (as this environment runs it)', startup, 'ms');
  const bare = median(Array.from({ length: runs }, () => c.wallOnce(process.execPath, ['-e', ''], { NODE_EXTRA_CA_CERTS: '' })));
  report('node -e "" without NODE_EXTRA_CA_CERTS', bare, 'ms');
  for (const [label, args] of cases) {
    // one unmeasured run each warms caches (kubectl's discovery cache, the page cache)
    c.wallOnce(MK, args);
    c.wallOnce(KUBECTL, args);
    c.wallOnce(MK, args, { KUBECONFIG: https });
    const mk = [];
    const mkTls = [];
    const kubectl = [];
    for (let i = 0; i < runs; i++) {
      mk.push(c.wallOnce(MK, args));
      kubectl.push(c.wallOnce(KUBECTL, args));
      mkTls.push(c.wallOnce(MK, args, { KUBECONFIG: https }));
    }
    const m = median(mk);
    const k = median(kubectl);
    const t = median(mkTls);
    report(`mk ${label}`, m, 'ms');
    report(`kubectl ${label}`, k, 'ms', { text: 'mk/kubectl <= 1', met: m <= k });
    report('  ratio mk/kubectl', m / k, 'x');
    report(`  mk over HTTPS (no socket) ${label}`, t, 'ms');
    report('  ratio mk over HTTPS/kubectl', t / k, 'x');
    out[label] = { mk: m, kubectl: k, mkHttps: t };
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--runs');
  const c = new Cluster();
  try {
    await c.start();
    await benchCli(c, i > 0 ? Number(process.argv[i + 1]) : 9);
  } finally {
    c.stop();
  }
}
