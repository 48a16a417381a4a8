// The kubelet end to end: real daemon, real container processes, real kubectl 1.33.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { KUBECTL, TestCluster, waitFor } from '../helpers/cluster.js';

const c = new TestCluster();
const k = (args: string[], input?: string) => c.kubectl('1.33', args, { input });
const onNode = '{"spec":{"nodeName":"mk"}}';

async function jsonpath(pod: string, path: string): Promise<string> {
  const r = await k(['get', 'pod', pod, '-o', `jsonpath=${path}`]);
  return r.exitCode === 0 ? r.stdout : '';
}

/** The pid of a pod's container, from the pid file the kubelet keeps. */
function containerPid(uid: string, container: string): number {
  return Number(readFileSync(join(c.home, 'pods', uid, `${container}.pid`), 'utf8').split(' ')[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function httpGet(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  await c.start();
}, 60_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('kubelet', () => {
  let uid = '';
  let pid = 0;

  it('runs a bare nginx pod: Running 1/1 with a pod IP, serving on its mapped port', async () => {
    expect((await k(['run', 'x', '--image=nginx', `--overrides=${onNode}`])).stdout).toBe('pod/x created\n');
    await waitFor(async () => (await jsonpath('x', '{.status.phase} {.status.containerStatuses[0].ready}')) === 'Running true', 'x ready', 30_000);
    const wide = (await k(['get', 'pods', '-o', 'wide'])).stdout;
    expect(wide).toMatch(/^x\s+1\/1\s+Running\s+0\s+\S+\s+10\.244\.0\.\d+\s+mk\s/m);
    uid = await jsonpath('x', '{.metadata.uid}');
    expect(await jsonpath('x', '{.status.containerStatuses[0].containerID}')).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(await jsonpath('x', '{.status.containerStatuses[0].imageID}')).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    pid = containerPid(uid, 'x');
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const port = Number(environ.find((e) => e.startsWith('MK_LISTEN_PORT='))!.split('=')[1]);
    expect(await httpGet(port)).toContain('Welcome to nginx!');
    const events = (await k(['get', 'events', '--field-selector', 'involvedObject.name=x'])).stdout;
    expect(events).toContain('Created container: x');
    expect(events).toContain('Started container x');
  }, 60_000);

  it('execs in the container environment over WebSocket (env, stdin, exit codes)', async () => {
    const env = await k(['exec', 'x', '--', 'env']);
    expect(env.exitCode).toBe(0);
    expect(env.stdout).toMatch(/^HOSTNAME=x$/m);
    expect(env.stdout).toMatch(/^KUBERNETES_SERVICE_HOST=10\.96\.0\.1$/m);
    expect(env.stdout).toMatch(/^KUBERNETES_SERVICE_PORT=443$/m);
    expect(env.stdout).not.toMatch(/^MK_/m);
    const cat = await k(['exec', '-i', 'x', '--', 'cat'], 'hello from stdin\n');
    expect(cat.stdout).toBe('hello from stdin\n');
    const fail = await k(['exec', 'x', '--', 'sh', '-c', 'echo oops >&2; exit 3']);
    expect(fail.exitCode).toBe(3);
    expect(fail.stderr).toBe('oops\ncommand terminated with exit code 3\n');
  }, 60_000);

  it('serves logs, and restarts a killed container (RESTARTS 1, logs --previous)', async () => {
    expect((await k(['logs', 'x'])).stdout).toContain('Configuration complete; ready for start up');
    process.kill(pid, 'SIGKILL');
    await waitFor(async () => (await jsonpath('x', '{.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].ready}')) === '1 true', 'restart', 30_000);
    expect((await k(['get', 'pods', 'x'])).stdout).toMatch(/^x\s+1\/1\s+Running\s+1 \(\d+s ago\)/m);
    expect(await jsonpath('x', '{.status.containerStatuses[0].lastState.terminated.exitCode} {.status.containerStatuses[0].lastState.terminated.reason}')).toBe('137 Error');
    expect((await k(["logs", "x", "--previous", "--tail=1"])).stdout).toMatch(/"GET \/ HTTP\/1.1" 200/);
    pid = containerPid(uid, 'x');
  }, 60_000);

  it('follows logs until the container stops, then deletes the pod gracefully', async () => {
    await k(['run', 'tick', '--image=busybox', `--overrides=${onNode}`, '--', 'sh', '-c', 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done']);
    await waitFor(async () => (await jsonpath('tick', '{.status.phase}')) === 'Running', 'tick running', 30_000);
    const follow = execa(KUBECTL['1.33'], ['--cache-dir', join(c.dir, 'kcache-1.33'), 'logs', '-f', 'tick'], { env: c.env, reject: false });
    let out = '';
    follow.stdout!.on('data', (d) => (out += d));
    await waitFor(() => out.includes('tick 3\n'), 'followed lines', 30_000);
    const tickUid = await jsonpath('tick', '{.metadata.uid}');
    const tickPid = containerPid(tickUid, 'tick');
    expect((await k(['delete', 'pod', 'tick'])).stdout).toBe('pod "tick" deleted\n');
    const done = await follow;
    expect(done.exitCode).toBe(0);
    expect(out).toMatch(/^tick 0\ntick 1\ntick 2\ntick 3\n/);
    expect(alive(tickPid)).toBe(false);
    expect((await k(['get', 'pod', 'tick'])).stderr).toContain('pods "tick" not found');
    expect(readdirSync(join(c.home, 'pods'))).not.toContain(tickUid);
  }, 60_000);

  it('reports a missing image: ErrImagePull, then ImagePullBackOff, with the events', async () => {
    const watch = execa(KUBECTL['1.33'], ['--cache-dir', join(c.dir, 'kcache-1.33'), 'get', 'pods', '-w', '--no-headers'], { env: c.env, reject: false });
    let seen = '';
    watch.stdout!.on('data', (d) => (seen += d));
    await k(['run', 'bad', '--image=nginx:1.91', `--overrides=${onNode}`]);
    try {
      await waitFor(() => /^bad\s+0\/1\s+ImagePullBackOff/m.test(seen), 'ImagePullBackOff', 30_000);
    } finally {
      watch.kill();
    }
    expect(seen).toMatch(/^bad\s+0\/1\s+ErrImagePull\s+0/m);
    const events = (await k(['get', 'events', '--field-selector', 'involvedObject.name=bad', '-o', 'jsonpath={range .items[*]}{.type} {.reason} {.message}{"\\n"}{end}'])).stdout;
    expect(events).toContain('Normal Pulling Pulling image "nginx:1.91"');
    expect(events).toContain('Warning Failed Failed to pull image "nginx:1.91": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.91"');
    expect(events).toContain('Warning Failed Error: ErrImagePull');
    expect(events).toContain('Normal BackOff Back-off pulling image "nginx:1.91"');
    expect(events).toContain('Warning Failed Error: ImagePullBackOff');
    const logs = await k(['logs', 'bad']);
    expect(logs.stderr).toBe('Error from server (BadRequest): container "bad" in pod "bad" is waiting to start: trying and failing to pull image\n');
  }, 60_000);

  it('stops containers on delete: Killing event, process gone, pod gone', async () => {
    expect((await k(['delete', 'pod', 'x'])).stdout).toBe('pod "x" deleted\n');
    expect(alive(pid)).toBe(false);
    expect((await k(['get', 'pod', 'x'])).exitCode).toBe(1);
  }, 60_000);
});
