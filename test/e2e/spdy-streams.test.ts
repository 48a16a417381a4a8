// exec and port-forward over a raw SPDY/3.1 upgrade, as kubectl 1.27–1.29 speak them (and 1.33
// when WebSocket is off), compared with kubectl 1.33 (WebSocket) on the same cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa, type ResultPromise } from 'execa';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, KUBECTL, TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';
import { httpGet } from '../helpers/http-get.js';

const c = new TestCluster();
const children: ResultPromise[] = [];
const BIN: Record<string, string> = {
  '1.27': KUBECTL['1.27'],
  '1.29': '/usr/lib/google-cloud-sdk/bin/kubectl.1.29',
  '1.33': KUBECTL['1.33'],
  // 1.33 with its WebSocket transports switched off: the SPDY fallback, offering v5 first
  '1.33-spdy': KUBECTL['1.33'],
};
const FORCE_SPDY = { KUBECTL_REMOTE_COMMAND_WEBSOCKETS: 'false', KUBECTL_PORT_FORWARD_WEBSOCKETS: 'false' };
const envOf = (version: string) => ({ ...c.env, ...(version.endsWith('-spdy') ? FORCE_SPDY : {}) });
const OLD = ['1.27', '1.29', '1.33-spdy'].filter((v) => existsSync(BIN[v]));

async function kubectl(version: string, args: string[], input?: string): Promise<RunResult> {
  const r = await execa(BIN[version], ['--cache-dir', join(c.dir, `kcache-${version}`), ...args], { env: envOf(version), reject: false, input, stripFinalNewline: false, timeout: 60_000 });
  return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
}

const get = (port: number) => httpGet(port, '/', '127.0.0.1', 5000);

/** Starts `kubectl port-forward` and waits for it to listen; `output()` is what it printed so far. */
async function portForward(version: string, args: string[]): Promise<{ proc: ResultPromise; output: () => string }> {
  const proc = execa(BIN[version], ['--cache-dir', join(c.dir, `kcache-${version}`), 'port-forward', ...args], { env: envOf(version), reject: false });
  children.push(proc);
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  await waitFor(() => out.includes('Forwarding from 127.0.0.1'), `kubectl ${version} port-forward to listen`, 30_000).catch((e) => {
    throw new Error(`${e.message}\n${out}`);
  });
  return { proc, output: () => out };
}

beforeAll(async () => {
  await c.start();
  expect((await kubectl('1.33', ['run', 'web', '--image=nginx'])).exitCode).toBe(0);
  await waitFor(async () => (await kubectl('1.33', ['get', 'pod', 'web', '-o', 'jsonpath={.status.phase} {.status.containerStatuses[0].ready}'])).stdout === 'Running true', 'web ready', 60_000);
}, 120_000);

afterAll(async () => {
  for (const p of children) p.kill('SIGKILL');
  await c.destroy();
}, 60_000);

describe.each(OLD)('kubectl %s exec over SPDY/3.1', (version) => {
  it('exec prints what 1.33 prints: env, output with exit code, stdin, a missing command', async () => {
    const cases: { args: string[]; input?: string }[] = [
      { args: ['exec', 'web', '--', 'env'] },
      { args: ['exec', 'web', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3'] },
      { args: ['exec', '-i', 'web', '--', 'cat'], input: 'hello from stdin\nsecond line\n' },
      { args: ['exec', 'web', '--', 'no-such-command'] },
      { args: ['exec', 'web', '-c', 'nope', '--', 'env'] },
    ];
    for (const { args, input } of cases) {
      const [old, ref] = [await kubectl(version, args, input), await kubectl('1.33', args, input)];
      expect({ args, ...old }).toEqual({ args, ...ref });
    }
    const env = await kubectl(version, ['exec', 'web', '--', 'env']);
    expect(env.stdout).toMatch(/^HOSTNAME=web$/m);
    const fail = await kubectl(version, ['exec', 'web', '--', 'sh', '-c', 'exit 3']);
    expect(fail).toEqual({ stdout: '', stderr: 'command terminated with exit code 3\n', exitCode: 3 });
  }, 120_000);

  it('exec moves a megabyte each way (many frames, stdin half-close)', async () => {
    const input = 'x'.repeat(1024 * 1024);
    expect((await kubectl(version, ['exec', '-i', 'web', '--', 'wc', '-c'], input)).stdout.trim()).toBe(String(input.length));
    const out = await kubectl(version, ['exec', 'web', '--', 'sh', '-c', 'seq 1 200000']);
    expect(out.exitCode).toBe(0);
    expect(out.stdout.split('\n').length).toBe(200001);
    expect(out.stdout.endsWith('199999\n200000\n')).toBe(true);
  }, 60_000);
});

// 1.33 tunnels the same SPDY session in WebSocket messages: the reference for the raw path
describe.each([...OLD, '1.33'])('kubectl %s port-forward', (version) => {
  it('port-forward carries HTTP to the pod, and reports a refused port on the error stream', async () => {
    const local = await freePort();
    const pf = await portForward(version, ['pod/web', `${local}:80`]);
    for (let i = 0; i < 3; i++) {
      const res = await get(local);
      expect(res.status).toBe(200);
      expect(res.body).toContain('Welcome to nginx!');
    }
    expect(pf.output()).toContain(`Forwarding from 127.0.0.1:${local} -> 80\n`);
    expect(pf.output()).toContain(`Handling connection for ${local}\n`);
    pf.proc.kill('SIGINT');
    await pf.proc;

    const refused = await freePort();
    const bad = await portForward(version, ['pod/web', `${refused}:81`]);
    await expect(get(refused)).rejects.toThrow();
    await waitFor(() => bad.output().includes('error forwarding port 81 to pod'), 'the forwarding error', 30_000);
    expect(bad.output()).toMatch(/connect: connection refused/);
    bad.proc.kill('SIGINT');
    await bad.proc;
  }, 90_000);
});
