// get --sort-by (and get -w -o custom-columns, and the "Defaulted container" notice): every
// case runs through kubectl 1.33 and mk against one cluster and must print the same bytes on
// stdout and stderr, with the same exit status. The objects are chosen so that the order
// depends on each rule: missing fields, ties (also past 12 items, where Go's sort is not a
// plain insertion sort), quantities, integers, restart counts and several kinds at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KUBECTL, MK_BIN, TestCluster, waitFor } from '../helpers/cluster.js';
import { differential, mk, type Scenario } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

const cm = (name: string, labels: Record<string, string>, data: Record<string, string>, ns = 'default') =>
  `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: ${JSON.stringify(labels)}\ndata: ${JSON.stringify(data)}\n`;

// app labels tie (x9) and are missing (cm-c); v values order differently as quantities and as text
const SMALL =
  cm('cm-b', { app: 'x10', tier: 'b' }, { v: '9' }) +
  cm('cm-a10', { app: 'x9' }, { v: '10' }) +
  cm('cm-a9', { app: 'x9', tier: 'a' }, { v: '100m' }) +
  cm('cm-c', { tier: 'c' }, { v: '1Ki' }) +
  cm('cm-d', {}, { v: '2' }) +
  cm('elsewhere', { app: 'x0' }, { v: '1' }, 'other');

// 30 objects in three tied groups, a quarter without the label
const MANY = Array.from({ length: 30 }, (_, i) => cm(`many-${i + 1}`, { many: 'yes', ...(i % 4 !== 3 ? { g: `g${(i + 1) % 3}` } : {}), q: `${((i + 1) * 7) % 5}00m` }, { num: String((i + 1) % 6) })).join('');

// restarts: a container that fails a fixed number of times, then stays up; the count lives in an
// emptyDir, named relative to the working directory ("/" in busybox, the container root in mk)
const restarting = (name: string, failures: number) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {sort: restarts}
spec:
  volumes: [{name: d, emptyDir: {}}]
  containers:
  - name: main
    image: busybox
    volumeMounts: [{name: d, mountPath: /d}]
    command: ["sh", "-c", "n=$(cat d/n 2>/dev/null || echo 0); if [ $n -lt ${failures} ]; then echo $((n+1)) > d/n; exit 1; fi; sleep 3600"]
`;

const MULTI = `---
apiVersion: v1
kind: Pod
metadata: {name: multi}
spec:
  initContainers:
  - {name: setup, image: busybox, command: ["sh", "-c", "echo init"]}
  containers:
  - {name: main, image: busybox, command: ["sh", "-c", "echo main; sleep 3600"]}
  - {name: side, image: busybox, command: ["sh", "-c", "echo side; sleep 3600"]}
`;

async function must(args: string[]): Promise<void> {
  const r = await mk(cluster, args);
  if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
}

const restarts = async (name: string) => Number((await mk(cluster, ['get', 'pod', name, '-o', 'jsonpath={.status.containerStatuses[0].restartCount}'])).stdout || -1);

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  writeFileSync(file('small.yaml'), SMALL);
  writeFileSync(file('many.yaml'), MANY);
  writeFileSync(file('pods.yaml'), restarting('r-none', 0) + restarting('r-two', 2) + restarting('r-one', 1) + MULTI);
  await must(['create', 'namespace', 'other']);
  for (const f of ['small.yaml', 'many.yaml', 'pods.yaml']) await must(['apply', '-f', file(f)]);
  for (const [name, replicas] of [['d-two', 2], ['d-zero', 0], ['d-one', 1]] as const) await must(['create', 'deployment', name, '--image=busybox', `--replicas=${replicas}`, '--', 'sleep', '3600']);
  // restart counts must have settled before both sides look at them
  await waitFor(async () => (await restarts('r-two')) === 2 && (await restarts('r-one')) === 1 && (await restarts('r-none')) === 0, 'restart counts 0, 1 and 2', 150_000);
  await must(['wait', '--for=condition=Ready', 'pod/multi', 'pod/r-two', 'pod/r-one', '--timeout=120s']);
}, 240_000);

afterAll(async () => {
  await cluster?.destroy();
});

/** klog's fatal line carries the time and pid: compare the rest. */
const klog = (s: string) => s.replace(/^F\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, 'F<klog> ');

async function expectSame(s: Scenario): Promise<void> {
  const { mk: m, kubectl: k } = await differential(cluster, s);
  const label = s.args.join(' ');
  const shape = (r: typeof m) => ({ label, stdout: r.stdout, stderr: klog(r.stderr), exitCode: r.exitCode });
  expect(shape(m)).toEqual(shape(k));
}

describe('get --sort-by', () => {
  it('orders tables by a field of each object: missing first, ties kept, quantities by value', async () => {
    for (const field of ['.metadata.labels.app', '{.metadata.labels.tier}', 'data.v', '{data.v}', '.metadata.name', '.metadata.creationTimestamp']) {
      await expectSame({ args: ['get', 'cm', '-l', '!many', `--sort-by=${field}`] });
    }
    await expectSame({ args: ['get', 'cm', '-l', '!many', '--sort-by=.data.v', '--no-headers'] });
    await expectSame({ args: ['get', 'cm', '-l', '!many', '-A', '--sort-by=.metadata.labels.app'] });
  });

  it('orders more than 12 objects with ties like Go sort.Sort', async () => {
    for (const field of ['.metadata.labels.g', '.metadata.labels.q', '.data.num']) {
      await expectSame({ args: ['get', 'cm', '-l', 'many', `--sort-by=${field}`, '-o', 'name'] });
      await expectSame({ args: ['get', 'cm', '-l', 'many', `--sort-by=${field}`, '-o', 'custom-columns=N:.metadata.name,G:.metadata.labels.g'] });
    }
    await expectSame({ args: ['get', 'cm', '-l', 'many', '--sort-by=.metadata.labels.g', '--no-headers'] });
  });

  it('orders by integers: replicas and restart counts', async () => {
    for (const output of [[], ['-o', 'wide'], ['-o', 'name'], ['-o', 'jsonpath={.items[*].metadata.name}'], ['-o', 'go-template={{range .items}}{{.metadata.name}} {{end}}'], ['-o', 'custom-columns=NAME:.metadata.name,R:.spec.replicas']]) {
      await expectSame({ args: ['get', 'deploy', '--sort-by=.spec.replicas', ...output] });
    }
    await expectSame({ args: ['get', 'pods', '-l', 'sort=restarts', '--sort-by={.status.containerStatuses[0].restartCount}', '-o', 'custom-columns=NAME:.metadata.name,RESTARTS:.status.containerStatuses[0].restartCount'] });
    await expectSame({ args: ['get', 'pods', '-l', 'sort=restarts', '--sort-by=.status.containerStatuses[0].restartCount', '-o', 'name'] });
  });

  it('sorts a List for -o json and -o yaml', async () => {
    for (const output of ['json', 'yaml']) await expectSame({ args: ['get', 'cm', '-l', '!many', '--sort-by=.metadata.labels.tier', '-o', output] });
  });

  it('sorts several kinds the way kubectl does (Tables among themselves, a List as a whole)', async () => {
    await expectSame({ args: ['get', 'cm,deploy', '-l', '!many', '--sort-by=.metadata.name'] });
    await expectSame({ args: ['get', 'cm,deploy', '-l', '!many', '--sort-by=.metadata.name', '-o', 'name'] });
    await expectSame({ args: ['get', 'cm', 'cm-b', 'cm-a9', '--sort-by=.metadata.name'] });
    await expectSame({ args: ['get', 'cm', 'cm-b', 'cm-a9', '--sort-by=.metadata.name', '-o', 'name'] });
    await expectSame({ args: ['get', 'cm', 'cm-b', '--sort-by=.foo', '-o', 'name'] });
  });

  it('fails, or quietly prints nothing, exactly where kubectl does', async () => {
    for (const output of [[], ['-o', 'name']]) {
      for (const field of ['.foo', '{.foo', '.metadata.name[', '{.metadata.name}}', '.metadata.labels']) {
        await expectSame({ args: ['get', 'cm', '-l', '!many', `--sort-by=${field}`, ...output] });
      }
    }
  });
});

/** Runs a watch until `done` holds for what it printed (after `trigger` ran once `ready` held), then stops it. */
async function watchRun(bin: string, args: string[], ready: (out: string) => boolean, trigger: string[] | undefined, done: (out: string) => boolean) {
  const env = { ...cluster.env, KUBECACHEDIR: join(cluster.dir, 'kcache-1.33') };
  const p = execa(bin, args, { env, reject: false, stripFinalNewline: false, timeout: 60_000 });
  let out = '';
  let err = '';
  p.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  try {
    await waitFor(() => ready(out), `${args.join(' ')}: first output`, 30_000);
    if (trigger) await must(trigger);
    await waitFor(() => done(out), `${args.join(' ')}: event output`, 30_000);
  } finally {
    p.kill();
    await p;
  }
  return { stdout: out.replace(/\b\d+[smhd]\b/g, '<age>'), stderr: err };
}

describe('get -w with --sort-by and custom columns', () => {
  const lines = (n: number) => (s: string) => s.split('\n').length > n;
  const cases: { args: string[]; ready: (s: string) => boolean; trigger?: (i: number) => string[]; done: (s: string) => boolean }[] = [
    // the initial Table is sorted, with a warning that events will not be
    { args: ['get', 'cm', '-l', '!many', '-w', '--sort-by=.metadata.labels.app'], ready: lines(6), trigger: (i) => ['label', 'cm', 'cm-c', `round=${i}`, '--overwrite'], done: lines(7) },
    { args: ['get', 'cm', '-l', '!many', '-w', '-o', 'custom-columns=N:.metadata.name,A:.metadata.labels.app'], ready: lines(6), trigger: (i) => ['label', 'cm', 'cm-c', `round=${i}`, '--overwrite'], done: lines(7) },
    { args: ['get', 'cm', '-l', '!many', '-w', '--no-headers', '-o', 'custom-columns=N:.metadata.name', '--output-watch-events'], ready: lines(5), trigger: (i) => ['label', 'cm', 'cm-c', `round=${i}`, '--overwrite'], done: lines(6) },
    { args: ['get', 'cm', '-l', '!many', '-w', '-o', 'custom-columns=T:.type,N:.object.metadata.name', '--output-watch-events'], ready: lines(6), trigger: (i) => ['label', 'cm', 'cm-c', `round=${i}`, '--overwrite'], done: lines(7) },
  ];

  it('print what kubectl prints, the first event included', async () => {
    let round = 0;
    for (const cs of cases) {
      const k = await watchRun(KUBECTL['1.33'], cs.args, cs.ready, cs.trigger?.(++round), cs.done);
      const m = await watchRun(MK_BIN, cs.args, cs.ready, cs.trigger?.(++round), cs.done);
      expect({ args: cs.args, ...m }).toEqual({ args: cs.args, ...k });
    }
  }, 240_000);

  it('refuses to sort a Table without the field, as kubectl does', async () => {
    await expectSame({ args: ['get', 'cm', '-l', '!many', '-w', '--sort-by=.foo'] });
  });
});

describe('Defaulted container notice', () => {
  it('lists containers, then init containers, for logs, exec and attach alike', async () => {
    await expectSame({ args: ['logs', 'multi'] });
    await expectSame({ args: ['exec', 'multi', '--', 'echo', 'hi'] });
    await expectSame({ args: ['exec', 'r-one', '--', 'echo', 'hi'] });
  });
});
