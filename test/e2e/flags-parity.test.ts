// kubectl 1.33's everyday flags mk gained (logs, get): each case runs through kubectl and mk
// against one cluster and must print the same thing. Streams from several containers come in
// Go map order in kubectl, so those cases compare their lines sorted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa, type ResultPromise } from 'execa';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KUBECTL, MK_BIN, TestCluster, waitFor } from '../helpers/cluster.js';
import { differential, mk, normalise, type Scenario } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

const TWO = `apiVersion: v1
kind: Pod
metadata:
  name: two
  labels:
    app: two
spec:
  containers:
  - name: a
    image: busybox
    command: ["sh", "-c", "echo a1; echo a2; echo a3; sleep 3600"]
  - name: b
    image: busybox
    command: ["sh", "-c", "echo b1; echo b2; sleep 3600"]
`;
const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "echo hello from $HOSTNAME; echo second; sleep 3600"]
`;

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  writeFileSync(file('two.yaml'), TWO);
  writeFileSync(file('web.yaml'), WEB);
  for (const args of [['apply', '-f', file('two.yaml')], ['apply', '-f', file('web.yaml')], ['create', 'deployment', 'zero', '--image=busybox', '--replicas=0'], ['rollout', 'status', 'deployment/web'], ['rollout', 'status', 'deployment/zero']]) {
    const r = await mk(cluster, args);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  // every container has written its lines
  await waitFor(async () => (await mk(cluster, ['logs', 'two', '-c', 'b'])).stdout.includes('b2') && (await mk(cluster, ['logs', '-l', 'app=web'])).stdout.split('second').length === 3, 'logs written', 60_000);
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

const sorted = (s: string) => s.split('\n').sort().join('\n');

async function expectSame(s: Scenario, unordered = false): Promise<void> {
  const { mk: m, kubectl: k } = await differential(cluster, s);
  const label = s.args.join(' ');
  const shape = (r: typeof m) => (unordered ? { ...r, stdout: sorted(r.stdout), stderr: sorted(r.stderr) } : r);
  expect({ label, ...shape(m) }).toEqual({ label, ...shape(k) });
}

describe('logs flags', () => {
  it('select, prefix and limit the same way', async () => {
    for (const args of [
      ['logs', 'two'],
      ['logs', 'two', '--prefix'],
      ['logs', 'two', '-c', 'a', '--prefix'],
      ['logs', 'two', '--limit-bytes=4'],
      ['logs', 'two', '-c', 'b', '--since=1h'],
      ['logs', 'two', '-c', 'b', '--since-time=2020-01-01T00:00:00Z'],
      ['logs', 'two', '-c', 'b', '--since-time=2020-01-01T00:00:00.5+01:00'],
      ['logs', 'two', '-c', 'b', '--ignore-errors', '--pod-running-timeout=5s', '--max-log-requests=1'],
      ['logs', 'deploy/web', '--tail=1'],
      ['logs', '-l', 'app=nomatch'],
    ]) await expectSame({ args });
  });

  it('read several streams the same way (in any order)', async () => {
    for (const args of [
      ['logs', 'two', '--all-containers'],
      ['logs', 'two', '--all-containers', '--prefix'],
      ['logs', '-l', 'app=web'],
      ['logs', '-l', 'app=web', '--prefix', '--tail=1'],
      ['logs', 'deploy/web', '--all-pods'],
      ['logs', '-l', 'app=web', '--all-pods', '--timestamps=false'],
    ]) await expectSame({ args }, true);
  });

  it('reject bad values with the same errors', async () => {
    for (const args of [
      ['logs', 'two', '--since=1h', '--since-time=2020-01-01T00:00:00Z'],
      ['logs', 'two', '--since-time=bad'],
      ['logs', 'two', '--since-time=2020-13-01T00:00:00Z'],
      ['logs', 'two', '--since-time=2020-02-30T00:00:00Z'],
      ['logs', 'two', '--since-time=2020-01-01T00:00:00Zx'],
      ['logs', 'two', '--since-time=2020-1-01'],
      ['logs', 'two', '--since-time=2020-01-01T00:00:00'],
      ['logs', 'two', '--limit-bytes=-1'],
      ['logs', 'two', '--all-containers', '-c', 'a'],
      ['logs', 'two', 'a', '-c', 'b'],
      ['logs', 'two', '--since=xx'],
      ['logs', 'two', '--since=5'],
      ['logs', 'two', '--since=-5s'],
      ['logs', 'two', '--pod-running-timeout=0s'],
      ['logs', 'two', '-l', 'app=two'],
      ['logs', '--since=1h'],
      ['logs', 'two', '--max-log-requests=1', '--all-containers', '-f'],
      ['logs', 'deploy/zero', '--pod-running-timeout=1s'],
    ]) await expectSame({ args });
  });
});

describe('get flags', () => {
  it('print raw, client-side and templated output the same way', async () => {
    for (const args of [
      ['get', '--raw', '/api'],
      ['get', '--raw', '/healthz'],
      ['get', '--raw', '/api/v1/namespaces/default/pods/nope'],
      ['get', '--raw', '/nope'],
      ['get', '--raw', 'api'],
      ['get', 'pods', '--raw', '/api'],
      ['get', 'pods', '--server-print=false'],
      ['get', 'deploy,svc', '--server-print=false', '-A'],
      ['get', 'deploy', 'web', '--server-print=false'],
      ['get', 'deploy', 'web', '-o', 'jsonpath={.foo}', '--allow-missing-template-keys=false'],
      ['get', 'deploy', 'web', '-o', 'go-template={{.foo}}', '--allow-missing-template-keys=false'],
      ['get', 'deploy', 'web', '-o', 'go-template={{.foo}}'],
      ['get', 'deploy', 'web', '-o', 'yaml', '--show-managed-fields'],
      ['get', 'deploy', '--chunk-size=1'],
    ]) await expectSame({ args });
  });

  it('watch with the same events and printers', async () => {
    const lines = [
      ['get', 'deploy', 'web', '-w', '--output-watch-events'],
      ['get', 'deploy', 'web', '-w', '--output-watch-events', '-o', 'json'],
      ['get', 'deploy', 'web', '-w', '-o', 'yaml', '--output-watch-events'],
      ['get', 'deploy', 'web', '-w', '-o', 'json'],
      ['get', 'deploy', '-w', '-o', 'name'],
      ['get', 'deploy', 'web', '-w', '--server-print=false'],
      ['get', 'deploy', 'web', '-w', '--output-watch-events', '-o', 'jsonpath={.type}{"\\n"}'],
    ];
    const runs: { args: string[]; k: ResultPromise; m: ResultPromise; kOut: string[]; mOut: string[] }[] = [];
    for (const args of lines) {
      const k = execa(KUBECTL['1.33'], args, { env: { ...cluster.env, KUBECACHEDIR: join(cluster.dir, 'kcache-1.33') }, reject: false, buffer: false });
      const m = execa(MK_BIN, args, { env: cluster.env, reject: false, buffer: false });
      const run = { args, k, m, kOut: [] as string[], mOut: [] as string[] };
      k.stdout!.on('data', (d: Buffer) => run.kOut.push(d.toString()));
      m.stdout!.on('data', (d: Buffer) => run.mOut.push(d.toString()));
      runs.push(run);
    }
    try {
      const mask = (s: string) => normalise(s).replace(/(resourceVersion"?: ?)"\d+"/g, '$1"<rv>"');
      const same = (r: (typeof runs)[number]) => mask(r.mOut.join('')) === mask(r.kOut.join(''));
      await waitFor(() => runs.every((r) => r.kOut.length && same(r)), 'the same initial output', 30_000).catch(() => undefined);
      const before = runs.map((r) => r.kOut.join('').length);
      await mk(cluster, ['label', 'deploy', 'web', 'watched=yes', '--overwrite']);
      // kubectl printed the change, and mk printed the same
      await waitFor(() => runs.every((r, i) => r.kOut.join('').length > before[i] && same(r)), 'the same events', 30_000).catch(() => undefined);
      for (const r of runs) expect({ args: r.args.join(' '), out: mask(r.mOut.join('')) }).toEqual({ args: r.args.join(' '), out: mask(r.kOut.join('')) });
      runs.forEach((r, i) => expect(r.kOut.join('').length, r.args.join(' ')).toBeGreaterThan(before[i]));
    } finally {
      for (const r of runs) {
        r.k.kill();
        r.m.kill();
      }
    }
  }, 90_000);
});
