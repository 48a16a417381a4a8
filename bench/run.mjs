// All benchmarks in one run: mk start, the API, workloads and the CLI against kubectl 1.33.
// Figures and their ratios are measured in this run and printed; nothing is asserted.
// Usage: npm run bench   (builds first; every cluster lives in a temp MK_HOME and is stopped)
//        node bench/run.mjs [--only api,workloads,cli] [--pods 100] [--runs 9]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Cluster, report, section } from './lib.mjs';
import { benchApi } from './api.mjs';
import { benchWorkloads } from './workloads.mjs';
import { benchCli } from './cli.mjs';

const flag = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = flag('only')?.split(',');
const wants = (name) => !only || only.includes(name);

console.log(`mk benchmarks (${new Date().toISOString()}, node ${process.version})`);
const c = new Cluster();
try {
  section('Start');
  const startMs = await c.start();
  report('mk start (new cluster) until ready', startMs, 'ms', { text: '< 1000 ms', met: startMs < 1000 });
  if (wants('api')) await benchApi(c);
  if (wants('cli')) await benchCli(c, Number(flag('runs') ?? 9));
  if (wants('workloads')) await benchWorkloads(c, Number(flag('pods') ?? 100));
} finally {
  c.stop();
}
// kube-proxy has its own bench (own cluster); run it last when present
const proxy = new URL('./proxy.mjs', import.meta.url).pathname;
if (existsSync(proxy) && wants('proxy')) {
  section('Proxy (bench/proxy.mjs)');
  spawnSync(process.execPath, [proxy], { stdio: 'inherit' });
}
