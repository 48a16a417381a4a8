// CLI wall time: mk against kubectl 1.33 for the same requests on the same cluster, interleaved
// (mk, kubectl, mk, kubectl, …) so both see the same machine load; medians of N runs.
// Usage: npm run build && node bench/cli.mjs [--runs 9]   (or via bench/run.mjs)
import { writeFileSync } from 'node:fs';
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
  // what any node CLI pays before doing anything
  const startup = median(Array.from({ length: runs }, () => c.wallOnce(process.execPath, ['-e', ''])));
  report('node -e "" (startup floor for a node CLI)', startup, 'ms');
  for (const [label, args] of cases) {
    // one unmeasured run each warms caches (kubectl's discovery cache, the page cache)
    c.wallOnce(MK, args);
    c.wallOnce(KUBECTL, args);
    const mk = [];
    const kubectl = [];
    for (let i = 0; i < runs; i++) {
      mk.push(c.wallOnce(MK, args));
      kubectl.push(c.wallOnce(KUBECTL, args));
    }
    const m = median(mk);
    const k = median(kubectl);
    report(`mk ${label}`, m, 'ms');
    report(`kubectl ${label}`, k, 'ms', { text: 'mk/kubectl <= 1', met: m <= k });
    report('  ratio mk/kubectl', m / k, 'x');
    out[label] = { mk: m, kubectl: k };
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
