// The same seed scripts with `kubectl` being the real kubectl 1.33 against an mk cluster: the
// scripts' expectations are checked against the oracle, so a shape they demand of mk is one
// kubectl really prints.
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

describe('seed tutorials run with the real kubectl 1.33 against mk', () => {
  for (const script of SEED_SCRIPTS) {
    it(script, async () => {
      const r = await runSeed(cluster, script, '1.33');
      if (r.exitCode !== 0) await cleanDefaultNamespace(cluster);
      expect(r.exitCode, r.transcript.split('\n').slice(-60).join('\n')).toBe(0);
    }, 240_000);
  }
});
