// wait, events, explain, top, cp, replace, completion and help against a real cluster, with
// kubectl 1.33 as the oracle wherever the output is deterministic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster } from '../helpers/cluster.js';
import { normalise } from '../seeds/differential.js';

const c = new TestCluster();

beforeAll(async () => {
  await c.start();
  const r = await c.mk(['create', 'deployment', 'web', '--image=nginx', '--replicas=2']);
  expect(r.exitCode).toBe(0);
}, 60_000);

afterAll(async () => {
  await c.destroy();
});

async function same(args: string[]): Promise<void> {
  const [m, k] = [await c.mk(args), await c.kubectl('1.33', args)];
  expect({ out: m.stdout, err: m.stderr, code: m.exitCode }).toEqual({ out: k.stdout, err: k.stderr, code: k.exitCode });
}

/** For output with ages in it: a second may tick between the two runs, so allow a retry. */
async function sameModuloClock(args: string[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const [m, k] = [await c.mk(args), await c.kubectl('1.33', args)];
    if (m.stdout === k.stdout && m.stderr === k.stderr) {
      expect(m.exitCode).toBe(k.exitCode);
      return;
    }
    // a loaded machine can put a second between the two calls every time: then compare with
    // the ages normalised (the age format itself is checked whenever the clocks agree)
    if (attempt === 2) {
      expect({ out: normalise(m.stdout), err: m.stderr, code: m.exitCode }).toEqual({ out: normalise(k.stdout), err: k.stderr, code: k.exitCode });
      return;
    }
  }
}

describe('wait', () => {
  it('returns as soon as the condition holds, like kubectl', async () => {
    const r = await c.mk(['wait', '--for=condition=Available', 'deployment/web', '--timeout=30s']);
    expect(r).toMatchObject({ exitCode: 0, stdout: 'deployment.apps/web condition met\n' });
    await same(['wait', '--for=condition=Available', 'deployment', 'web']);
  }, 40_000);

  it('waits on a jsonpath over a label selector', async () => {
    const r = await c.mk(['wait', '--for=jsonpath={.status.phase}=Running', 'pods', '-l', 'app=web']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/^pod\/web-[a-z0-9]+-[a-z0-9]+ condition met\n/);
  });

  it('times out, checks once with --timeout=0, and reports missing objects', async () => {
    await same(['wait', '--for=condition=Progressing=False', 'deploy/web', '--timeout=1s']);
    await same(['wait', '--for=condition=Nope', 'deploy/web', '--timeout=0']);
    await same(['wait', '--for=condition=Ready', 'pod/missing']);
    await same(['wait', '--for=condition=Ready', 'pods', '-l', 'app=none']);
    await same(['wait', '--for=delete', 'pod/missing']);
  }, 20_000);

  it('waits for a deletion by watch', async () => {
    // a finalizer holds the deleted object until we release it
    const file = join(c.dir, 'held.yaml');
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: held\n  finalizers: [example.com/hold]\n');
    expect((await c.mk(['create', '-f', file])).exitCode).toBe(0);
    expect((await c.mk(['delete', 'configmap', 'held', '--wait=false'])).exitCode).toBe(0);
    const waiting = c.mk(['wait', '--for=delete', 'configmap/held', '--timeout=30s']);
    // while held, a short wait times out (and gives the long one time to start watching)
    expect(await c.mk(['wait', '--for=delete', 'configmap/held', '--timeout=1s'])).toMatchObject({ exitCode: 1, stderr: 'error: timed out waiting for the condition on configmaps/held\n' });
    await c.mk(['patch', 'configmap', 'held', '--type=merge', '-p', '{"metadata":{"finalizers":null}}']);
    expect(await waiting).toMatchObject({ exitCode: 0, stdout: 'configmap/held condition met\n' });
  }, 40_000);
});

describe('explain', () => {
  it.each([
    ['deployment.spec.strategy'],
    ['pods'],
    ['pod.spec.containers.ports'],
    ['deployments.apps.spec.replicas'],
    ['pod.spec.affinity', '--recursive'],
    ['service.spec'],
    ['pod.spec.nope'],
    ['nope'],
  ])('matches kubectl explain %s', async (...args) => {
    await same(['explain', ...args]);
  });
});

describe('events', () => {
  it('prints the same sorted table as kubectl events', async () => {
    await sameModuloClock(['events']);
    await sameModuloClock(['events', '-A']);
    await sameModuloClock(['events', '--for', 'deployment/web']);
    await sameModuloClock(['events', '--types=Warning']);
    await same(['events', '-n', 'kube-system']);
    await same(['events', '--for', 'web']);
  });
});

describe('replace', () => {
  it('PUTs the object, and re-creates it with --force', async () => {
    await c.mk(['create', 'configmap', 'cfg', '--from-literal=a=1']);
    const file = join(c.dir, 'cfg.yaml');
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: "2"\n');
    expect(await c.mk(['replace', '-f', file])).toMatchObject({ exitCode: 0, stdout: 'configmap/cfg replaced\n' });
    expect((await c.mk(['get', 'cm', 'cfg', '-o', 'jsonpath={.data.a}'])).stdout).toBe('2');
    const uid = (await c.mk(['get', 'cm', 'cfg', '-o', 'jsonpath={.metadata.uid}'])).stdout;
    expect(await c.mk(['replace', '--force', '-f', file])).toMatchObject({ exitCode: 0, stdout: 'configmap "cfg" deleted\nconfigmap/cfg replaced\n' });
    expect((await c.mk(['get', 'cm', 'cfg', '-o', 'jsonpath={.metadata.uid}'])).stdout).not.toBe(uid);
    const missing = join(c.dir, 'missing.yaml');
    writeFileSync(missing, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nothere\n');
    await same(['replace', '-f', missing]);
  });
});

describe('top', () => {
  it('serves metrics.k8s.io and prints kubectl top tables', async () => {
    const [m, k] = [await c.mk(['top', 'pods']), await c.kubectl('1.33', ['top', 'pods'])];
    expect(m.exitCode).toBe(0);
    const shape = (s: string) => s.replace(/\d+m /g, 'Nm ').replace(/\d+Mi /g, 'NMi ').replace(/ +/g, ' ');
    expect(shape(m.stdout)).toBe(shape(k.stdout));
    expect(m.stdout).toMatch(/^NAME +CPU\(cores\) +MEMORY\(bytes\) +\nweb-\S+ +\d+m +[1-9]\d*Mi +\n/);
    const nodes = await c.mk(['top', 'nodes']);
    expect(nodes.stdout).toMatch(/^NAME +CPU\(cores\) +CPU\(%\) +MEMORY\(bytes\) +MEMORY\(%\) +\nmk +\d+m +\d+% +\d+Mi +\d+% +\n$/);
    await same(['top', 'pod', 'missing']);
  });

  it('measures real CPU of a busy container', async () => {
    await c.mk(['run', 'busy', '--image=busybox', '--', 'sh', '-c', 'while :; do :; done']);
    try {
      await c.mk(['wait', '--for=condition=Ready', 'pod/busy', '--timeout=30s']);
      const r = await c.mk(['top', 'pod', 'busy', '--no-headers']);
      const millicores = Number(/busy +(\d+)m/.exec(r.stdout)?.[1]);
      expect(millicores).toBeGreaterThan(200);
    } finally {
      await c.mk(['delete', 'pod', 'busy', '--grace-period=0', '--force']);
    }
  }, 40_000);
});

describe('cp', () => {
  it('copies files and directories into a pod and back', async () => {
    const pod = (await c.mk(['get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}'])).stdout;
    const local = mkdtempSync(join(c.dir, 'cp-'));
    mkdirSync(join(local, 'dir', 'sub'), { recursive: true });
    writeFileSync(join(local, 'f.txt'), 'hello\n');
    writeFileSync(join(local, 'dir', 'sub', 'b'), 'bee\n');
    expect((await c.mk(['cp', join(local, 'f.txt'), `${pod}:/tmp/f.txt`])).exitCode).toBe(0);
    expect((await c.mk(['exec', pod, '--', 'cat', 'tmp/f.txt'])).stdout).toBe('hello\n');
    expect((await c.mk(['cp', join(local, 'dir'), `${pod}:/data`])).exitCode).toBe(0);
    const back = join(local, 'back');
    const r = await c.mk(['cp', `${pod}:/data`, back]);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(back, 'sub', 'b'), 'utf8')).toBe('bee\n');
    const missing = await c.mk(['cp', `${pod}:/nope`, join(local, 'x')]);
    expect(missing.stderr).toContain('tar: /nope: Cannot stat: No such file or directory');
    expect(existsSync(join(local, 'x'))).toBe(false);
  });
});

describe('completion and help', () => {
  it('prints completion scripts and completes from the cluster', async () => {
    const bash = await c.mk(['completion', 'bash']);
    expect(bash.stdout).toContain('complete -o default -F _mk_complete mk');
    expect((await c.mk(['completion', 'zsh'])).stdout).toMatch(/^#compdef mk\n/);
    expect((await c.mk(['completion', 'fish'])).stderr).toBe('error: Unsupported shell type "fish".\n');
    expect((await c.mk(['__complete', '--', 'get', 'deploy'])).stdout).toBe('deployments\n');
    expect((await c.mk(['__complete', '--', 'get', 'deployments', ''])).stdout).toBe('web\n');
    expect((await c.mk(['__complete', '--', 'rollout', 'st'])).stdout).toBe('status\n');
  });

  it('has help for every command', async () => {
    const root = await c.mk(['help']);
    expect(root.exitCode).toBe(0);
    for (const cmd of ['wait', 'events', 'explain', 'top', 'cp', 'replace', 'completion', 'get']) {
      expect(root.stdout).toMatch(new RegExp(`\\n  ${cmd} `));
      const h = await c.mk([cmd, '--help']);
      expect(h.exitCode).toBe(0);
      expect(h.stdout).toContain(`Usage:\n  mk ${cmd}`);
    }
    expect((await c.mk(['help', 'top', 'pod'])).stdout).toContain('Usage:\n  mk top pod');
  });
});

