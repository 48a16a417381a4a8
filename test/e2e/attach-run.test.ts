// Interactive pods: `run -i [--rm]` and `attach -i`, mk against kubectl 1.33 (WebSocket) and
// kubectl 1.27 (SPDY) on the same cluster — stdout, stderr and exit codes must match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

type Client = 'mk' | '1.33' | '1.27';
const CLIENTS: Client[] = ['mk', '1.33'];

function run(client: Client, args: string[], input?: string): Promise<RunResult> {
  return client === 'mk' ? cluster.mk(args, { input }) : cluster.kubectl(client, ['--context', 'mk', ...args], { input });
}

async function podGone(name: string): Promise<void> {
  await waitFor(async () => (await cluster.mk(['get', 'pod', name])).stderr.includes('NotFound'), `pod ${name} to be gone`, 60_000);
}

async function ready(...names: string[]): Promise<void> {
  const r = await cluster.mk(['wait', '--for=condition=Ready', '--timeout=60s', ...names.map((n) => `pod/${n}`)]);
  expect(r.exitCode, r.stderr).toBe(0);
}

/** A pod that keeps stdin open (optionally stdinOnce) and reads from it. */
function stdinPod(name: string, script: string, extra = ''): string {
  return `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: main\n    image: busybox\n    stdin: true\n${extra}    command: ["sh", "-c", ${JSON.stringify(script)}]\n`;
}

async function applyPods(file: string, yaml: string): Promise<void> {
  const path = join(cluster.dir, file);
  writeFileSync(path, yaml);
  const r = await cluster.mk(['apply', '-f', path]);
  expect(r.exitCode, r.stderr).toBe(0);
}

describe('run -i', () => {
  it('--rm with a shell: output, the exit code from the pod, then the pod is deleted', async () => {
    const results: RunResult[] = [];
    for (const client of CLIENTS) {
      // the same name for both: it shows in the messages
      const r = await run(client, ['run', '-i', '--rm', 't', '--image=busybox', '--restart=Never', '--', 'sh'], 'echo hi\nexit 3\n');
      results.push(r);
      await podGone('t');
    }
    const [m, k] = results;
    expect(m).toEqual({ stdout: 'hi\npod "t" deleted\n', stderr: "If you don't see a command prompt, try pressing enter.\npod default/t terminated (Error)\n", exitCode: 3 });
    expect(m).toEqual(k);
  }, 180_000);

  it('-it with the default restart policy: no TTY on a pipe, exit code not waited for', async () => {
    const results: RunResult[] = [];
    for (const client of CLIENTS) {
      results.push(await run(client, ['run', '-it', '--rm', 'tt', '--image=busybox', '--', 'sh'], 'echo hi\nexit 3\n'));
      await podGone('tt');
    }
    const [m, k] = results;
    expect(m).toEqual({ stdout: 'hi\npod "tt" deleted\n', stderr: "Unable to use a TTY - input is not a terminal or the right kind of file\nIf you don't see a command prompt, try pressing enter.\n", exitCode: 0 });
    expect(m).toEqual(k);
  }, 180_000);

  it('without --rm, a command that waits for stdin: attached stdout and stderr, pod kept', async () => {
    const results: RunResult[] = [];
    for (const client of CLIENTS) {
      const r = await run(client, ['run', '-i', 'rd', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'read x; echo out $x; echo err >&2; exit 4'], 'in\n');
      results.push(r);
      expect((await cluster.mk(['get', 'pod', 'rd', '-o', 'jsonpath={.status.phase}'])).stdout).toBe('Failed');
      await cluster.mk(['delete', 'pod', 'rd', '--wait=false']);
      await podGone('rd');
    }
    const [m, k] = results;
    expect(m).toEqual({ stdout: 'out in\n', stderr: "If you don't see a command prompt, try pressing enter.\nerr\npod default/rd terminated (Error)\n", exitCode: 4 });
    expect(m).toEqual(k);
  }, 180_000);

  it("a command that exits at once: its output either way (attach or kubectl's fallback to logs)", async () => {
    const results: RunResult[] = [];
    for (const client of CLIENTS) {
      results.push(await run(client, ['run', '-i', 'fast', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'echo out; echo err >&2'], ''));
      await cluster.mk(['delete', 'pod', 'fast', '--wait=false']);
      await podGone('fast');
    }
    // whether the pod was seen running before it finished is a race, for kubectl as for mk
    const allowed = new Set(["If you don't see a command prompt, try pressing enter.", 'warning: couldn\'t attach to pod/fast, falling back to streaming logs: unable to upgrade connection: container not found ("fast")', 'err', '']);
    for (const r of results) {
      expect(r.exitCode).toBe(0);
      expect(['out\nerr\n', 'out\n']).toContain(r.stdout);
      for (const line of r.stderr.split('\n')) expect(allowed, r.stderr).toContain(line);
    }
  }, 180_000);

  it('validates its flags as kubectl does', async () => {
    for (const args of [
      ['run', 'v', '--image=busybox', '-t', '--', 'sh'],
      ['run', 'v', '--image=busybox', '--rm', '--', 'sh'],
      ['run', 'v', '--image=busybox', '-i', '--dry-run=client', '--', 'sh'],
      ['run', 'v', '--image=busybox', '--restart=Sometimes'],
    ]) {
      const [m, k] = [await run('mk', args), await run('1.33', args)];
      expect(m.stderr.replace(/'mk /g, "'kubectl ")).toBe(k.stderr);
      expect(m.exitCode).toBe(k.exitCode);
    }
    const dry = ['run', 'v', '--image=busybox', '-i', '-t', '--attach=false', '--dry-run=client', '-o', 'yaml', '--', 'sh'];
    const [m, k] = [await run('mk', dry), await run('1.33', dry)];
    expect(m.stdout).toContain('    stdin: true\n    stdinOnce: true\n    tty: true\n');
    expect(m.stdout).toBe(k.stdout);
  }, 60_000);
});

describe('attach', () => {
  const clients: Client[] = ['mk', '1.33', '1.27'];
  const name = (prefix: string, client: Client) => `${prefix}-${client.replace('.', '')}`;

  it('-i to a stdin pod: input reaches the process, output comes back (WebSocket and SPDY)', async () => {
    const script = 'read l; echo got $l; echo err >&2';
    await applyPods('attach-pods.yaml', clients.map((c) => stdinPod(name('att', c), script)).join(''));
    await ready(...clients.map((c) => name('att', c)));
    const results = await Promise.all(clients.map((c) => run(c, ['attach', '-i', name('att', c)], 'hello\n')));
    expect(results[0]).toEqual({ stdout: 'got hello\n', stderr: "If you don't see a command prompt, try pressing enter.\nerr\n", exitCode: 0 });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  }, 120_000);

  it('stdinOnce: the client closing stdin is EOF for the process', async () => {
    const script = 'while read l; do echo got $l; done; echo done';
    await applyPods('once-pods.yaml', clients.map((c) => stdinPod(name('once', c), script, '    stdinOnce: true\n')).join(''));
    await ready(...clients.map((c) => name('once', c)));
    const results = await Promise.all(clients.map((c) => run(c, ['attach', '-i', '-q', name('once', c)], 'a\nb\n')));
    expect(results[0]).toEqual({ stdout: 'got a\ngot b\ndone\n', stderr: '', exitCode: 0 });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  }, 120_000);

  it('-t to a container without a TTY, and a TTY container attached from a pipe', async () => {
    const script = 'read l; echo got $l';
    const pods = (['mk', '1.33'] as Client[]).flatMap((c) => [stdinPod(name('notty', c), script), stdinPod(name('tty', c), script, '    tty: true\n')]);
    await applyPods('tty-pods.yaml', pods.join(''));
    await ready(...(['mk', '1.33'] as Client[]).flatMap((c) => [name('notty', c), name('tty', c)]));
    for (const [prefix, flags] of [['notty', ['-i', '-t']], ['tty', ['-i']]] as const) {
      const [m, k] = await Promise.all((['mk', '1.33'] as Client[]).map((c) => run(c, ['attach', ...flags, name(prefix, c)], 'x\n')));
      expect(m.stdout).toBe('got x\n');
      expect(m).toEqual(k);
    }
  }, 120_000);

  it('refuses completed and missing pods as kubectl does', async () => {
    await waitFor(async () => (await cluster.mk(['get', 'pod', name('att', 'mk'), '-o', 'jsonpath={.status.phase}'])).stdout === 'Succeeded', 'att-mk to complete', 60_000);
    for (const args of [['attach', name('att', 'mk')], ['attach', 'nope'], ['attach'], ['attach', 'a', 'b', 'c']]) {
      const [m, k] = [await run('mk', args), await run('1.33', args)];
      expect(m).toEqual(k);
    }
  }, 60_000);

  it('is listed in discovery', async () => {
    const r = await run('1.33', ['get', '--raw', '/api/v1']);
    expect(JSON.parse(r.stdout).resources.map((x: { name: string }) => x.name)).toContain('pods/attach');
  });
});
