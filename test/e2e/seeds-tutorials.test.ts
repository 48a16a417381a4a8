// The seed tutorials as bash scripts, line by line, with `kubectl` being mk: every output must
// have the shape the tutorial shows (columns, counts, statuses, responses).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster } from '../helpers/cluster.js';
import { SEED_SCRIPTS, cleanDefaultNamespace, runSeed } from '../seeds/run-seeds.js';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start(['--nodes', '2']);
});

afterAll(async () => {
  await cluster?.destroy();
});

describe('seed tutorials run unchanged with kubectl=mk', () => {
  for (const script of SEED_SCRIPTS) {
    it(script, async () => {
      const r = await runSeed(cluster, script);
      // steps that cannot be asserted yet say so in the transcript; show them
      for (const line of r.transcript.split('\n').filter((l) => /^(SKIP|KNOWN GAP):/.test(l))) console.warn(`${script}: ${line}`);
      if (r.exitCode !== 0) await cleanDefaultNamespace(cluster);
      expect(r.exitCode, r.transcript.split('\n').slice(-60).join('\n')).toBe(0);
      expect(r.transcript).toMatch(/^PASS/m);
    }, 240_000);
  }
});
