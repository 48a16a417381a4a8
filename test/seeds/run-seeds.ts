// Runs the seed tutorial scripts (test/seeds/NNN-*.sh) against a test cluster, with `kubectl`
// being mk or, to check the scripts' own expectations, the real kubectl.
import { execa } from 'execa';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KUBECTL, MK_BIN, freePort, type TestCluster } from '../helpers/cluster.js';

const SEEDS_DIR = fileURLToPath(new URL('.', import.meta.url));
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

export const SEED_SCRIPTS = readdirSync(SEEDS_DIR).filter((f) => /^\d{3}-.*\.sh$/.test(f)).sort();

export interface SeedRun {
  exitCode: number;
  transcript: string;
}

export async function runSeed(cluster: TestCluster, script: string, kubectl?: keyof typeof KUBECTL): Promise<SeedRun> {
  const env: Record<string, string> = {
    ...cluster.env,
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    MK: MK_BIN,
    MK_SRC: PROJECT,
    PROXY_PORT: String(await freePort()),
    KUBECACHEDIR: join(cluster.dir, 'kcache-seeds'),
  };
  if (kubectl) env.KUBECTL_BIN = KUBECTL[kubectl];
  const r = await execa('bash', [join(SEEDS_DIR, script)], { env, extendEnv: false, reject: false, all: true, timeout: 240_000 });
  return { exitCode: r.exitCode ?? -1, transcript: String(r.all) };
}

/** Whatever a failed script left in the default namespace goes, so the next one starts clean. */
export async function cleanDefaultNamespace(cluster: TestCluster): Promise<void> {
  await cluster.mk(['delete', 'deployments,replicasets,pods', '--all', '--wait=false']);
  const svcs = (await cluster.mk(['get', 'services', '-o', 'name'])).stdout.split('\n').filter((s) => s && s !== 'service/kubernetes');
  if (svcs.length) await cluster.mk(['delete', ...svcs]);
}
