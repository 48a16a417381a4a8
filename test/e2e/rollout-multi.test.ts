// Rollout verbs over several resources, and a manifest whose second document is broken: kubectl
// tries every resource, collects the errors and reports them together (exit 1); mk must match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster } from '../helpers/cluster.js';
import { differential, mk, type Scenario } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  const setup = [
    ['create', 'deployment', 'a', '--image', 'nginx'],
    ['create', 'deployment', 'b', '--image', 'nginx'],
    ['create', 'deployment', 'c', '--image', 'nginx'],
    ['rollout', 'status', 'deployment/a'],
    ['set', 'image', 'deployment/a', 'nginx=nginx:2'],
    ['rollout', 'pause', 'deployment/c'],
  ];
  for (const args of setup) {
    const r = await mk(cluster, args);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  writeFileSync(file('second-broken.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: second: x\n');
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

const resumeA = [['rollout', 'resume', 'deployment/a']];

const ROLLOUT: Scenario[] = [
  { args: ['rollout', 'undo', 'deployment/a', 'deployment/nope', 'deployment/b'] },
  { args: ['rollout', 'undo', 'deployment', 'b', 'nope', 'a'] },
  { args: ['rollout', 'undo', 'deployment/c', 'deployment/b'] },
  { args: ['rollout', 'undo', 'deployment/b'] },
  { args: ['rollout', 'undo', 'deployment/a', '--to-revision=99'] },
  { args: ['rollout', 'undo', 'deployment/a', 'svc/kubernetes'] },
  { args: ['rollout', 'undo', 'deployment', 'a', 'b'], setup: [['rollout', 'pause', 'deployment/a']], cleanup: resumeA },
  { args: ['rollout', 'pause', 'deployment', 'a', 'nope', 'c'], cleanup: resumeA },
  { args: ['rollout', 'pause', 'deployment/c'] },
  { args: ['rollout', 'pause', 'deployment/c', 'svc/kubernetes'] },
  { args: ['rollout', 'resume', 'deployment/nope', 'deployment/a', 'deployment/b'], setup: [['rollout', 'pause', 'deployment/a']], cleanup: resumeA },
  { args: ['rollout', 'resume', 'deployment', 'b', 'nope'] },
  { args: ['rollout', 'restart', 'deployment', 'a', 'nope', 'c'] },
  { args: ['rollout', 'restart', 'svc/kubernetes', 'deployment/b'] },
  { args: ['rollout', 'history', 'deployment', 'b', 'nope', 'a', '--revision=7'] },
];

describe('rollout over several resources', () => {
  it('reports every resource\'s error and goes on, as kubectl 1.33 does', async () => {
    for (const s of ROLLOUT) {
      const { mk: m, kubectl: k } = await differential(cluster, s);
      expect({ args: s.args.join(' '), ...m }).toEqual({ args: s.args.join(' '), ...k });
    }
  }, 240_000);
});

describe('a manifest whose second document is broken', () => {
  it('applies the first, then reports the syntax error', async () => {
    const drop = [['delete', 'configmap', 'first', '--ignore-not-found']];
    for (const verb of ['create', 'apply']) {
      const s: Scenario = { args: [verb, '-f', file('second-broken.yaml')], cleanup: drop };
      const { mk: m, kubectl: k } = await differential(cluster, s);
      expect({ args: s.args.join(' '), ...m }).toEqual({ args: s.args.join(' '), ...k });
    }
  }, 120_000);
});
