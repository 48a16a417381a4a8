// Container filesystems and localhost inside pods, end to end: the bootcamp tutorial's
// `cat server.js` and `curl localhost:8080` through exec, nginx's html and config under the
// container root (paths relative to it: exec starts in the WORKDIR, "/" for these images),
// edits that nginx serves, `cp` both ways, and a sidecar reaching its neighbour at localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor } from '../helpers/cluster.js';

const c = new TestCluster();
const k = (args: string[], input?: string) => c.kubectl('1.33', args, { input });

async function running(pod: string): Promise<void> {
  await waitFor(async () => (await k(['get', 'pod', pod, '-o', 'jsonpath={.status.containerStatuses[*].ready}'])).stdout.split(' ').every((r) => r === 'true') &&
    (await k(['get', 'pod', pod, '-o', 'jsonpath={.status.phase}'])).stdout === 'Running', `${pod} running`, 60_000);
}

const sidecarPod = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'pair' },
  spec: {
    containers: [
      { name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] },
      { name: 'side', image: 'busybox', command: ['sleep', '3600'] },
    ],
  },
});

beforeAll(async () => {
  await c.start();
  expect((await k(['run', 'boot', '--image=gcr.io/google-samples/kubernetes-bootcamp:v1'])).exitCode).toBe(0);
  expect((await k(['run', 'web', '--image=nginx', '--port=80'])).exitCode).toBe(0);
  expect((await k(['apply', '-f', '-'], sidecarPod)).exitCode).toBe(0);
  await Promise.all([running('boot'), running('web'), running('pair')]);
}, 120_000);

afterAll(async () => {
  await c.destroy();
});

describe('bootcamp image', () => {
  it('has server.js in the directory exec starts in', async () => {
    const r = await k(['exec', 'boot', '--', 'cat', 'server.js']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe("var http = require('http');");
    expect(r.stdout).toContain('http.createServer(handleRequest)');
    expect(r.stdout).toContain("' | v=1\\n'");
  });

  it('answers curl on localhost:8080 inside the container, as the tutorial shows', async () => {
    const r = await k(['exec', 'boot', '--', 'curl', '-s', 'localhost:8080']);
    expect(r).toMatchObject({ exitCode: 0, stdout: 'Hello Kubernetes bootcamp! | Running on: boot | v=1\n' });
    const ip = (await k(['get', 'pod', 'boot', '-o', 'jsonpath={.status.podIP}'])).stdout;
    expect((await k(['exec', 'boot', '--', 'curl', '-s', `http://${ip}:8080/`])).stdout).toBe('Hello Kubernetes bootcamp! | Running on: boot | v=1\n');
    // through the tutorial's interactive shell too
    const sh = await k(['exec', '-i', 'boot', '--', 'bash'], 'cat server.js | head -1\ncurl -s http://localhost:8080\nexit\n');
    expect(sh.stdout).toBe("var http = require('http');\nHello Kubernetes bootcamp! | Running on: boot | v=1\n");
  });

  it('keeps the kubelet-managed files and the environment of a real container', async () => {
    expect((await k(['exec', 'boot', '--', 'cat', 'etc/hostname'])).stdout).toBe('boot\n');
    expect((await k(['exec', 'boot', '--', 'cat', 'etc/hosts'])).stdout).toMatch(/^# Kubernetes-managed hosts file\.\n127\.0\.0\.1\tlocalhost\n[\s\S]*\n10\.244\.\d+\.\d+\tboot\n$/);
    const env = (await k(['exec', 'boot', '--', 'env'])).stdout;
    expect(env).toMatch(/^HOME=\/root$/m);
    expect(env).toMatch(/^NPM_CONFIG_LOGLEVEL=info$/m);
    expect(env).not.toMatch(/^MK_/m);
  });
});

describe('nginx image', () => {
  it('has its html and config under the container root', async () => {
    const index = await k(['exec', 'web', '--', 'cat', 'usr/share/nginx/html/index.html']);
    expect(index.stdout).toContain('<h1>Welcome to nginx!</h1>');
    // what nginx serves is that file, byte for byte
    expect((await k(['exec', 'web', '--', 'curl', '-s', 'localhost'])).stdout).toBe(index.stdout);
    expect((await k(['exec', 'web', '--', 'cat', 'etc/nginx/conf.d/default.conf'])).stdout).toContain('root   /usr/share/nginx/html;');
    expect((await k(['exec', 'web', '--', 'ls', 'usr/share/nginx/html'])).stdout).toBe('50x.html\nindex.html\n');
  });

  it('serves what exec writes into the html directory', async () => {
    const w = await k(['exec', 'web', '--', 'sh', '-c', 'echo "hello from inside" > usr/share/nginx/html/index.html']);
    expect(w.exitCode).toBe(0);
    expect((await k(['exec', 'web', '--', 'curl', '-s', 'http://localhost/'])).stdout).toBe('hello from inside\n');
  });

  it('cp: a page copied in is served, and comes back out', async () => {
    const local = mkdtempSync(join(c.dir, 'cp-'));
    writeFileSync(join(local, 'page.html'), '<p>copied</p>\n');
    expect((await c.mk(['cp', join(local, 'page.html'), 'web:/usr/share/nginx/html/page.html'])).exitCode).toBe(0);
    expect((await k(['exec', 'web', '--', 'curl', '-s', 'localhost/page.html'])).stdout).toBe('<p>copied</p>\n');
    expect((await c.mk(['cp', 'web:/etc/nginx/nginx.conf', join(local, 'nginx.conf')])).exitCode).toBe(0);
    expect(readFileSync(join(local, 'nginx.conf'), 'utf8')).toContain('include /etc/nginx/conf.d/*.conf;');
  });
});

describe('localhost within a pod', () => {
  it('a sidecar reaches its neighbour container at localhost', async () => {
    const r = await k(['exec', 'pair', '-c', 'side', '--', 'curl', '-s', 'localhost:80']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('<h1>Welcome to nginx!</h1>');
    // pods do not share it: another pod's localhost:80 is its own (nothing there for bootcamp)
    const other = await k(['exec', 'boot', '--', 'curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', 'localhost:80']);
    expect(other.stdout).not.toBe('200');
  });
});
