// How the CLI reaches the API server and starts: the local daemon's unix socket (named in the
// kubeconfig, with HTTPS as the fallback), V8 code caches per command word, and a launcher
// that keeps NODE_EXTRA_CA_CERTS from being parsed at every start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { MK_BIN, TestCluster, freePort } from '../helpers/cluster.js';

type Kubeconfig = { clusters: { name: string; cluster: { server: string; extensions?: { name: string; extension: { path: string } }[] } }[] };

describe('CLI transport and start-up', () => {
  const c = new TestCluster();
  let original: Kubeconfig;
  const variant = (name: string, edit: (cfg: Kubeconfig) => void): string => {
    const cfg = structuredClone(original);
    edit(cfg);
    const file = join(c.dir, name);
    writeFileSync(file, yaml.dump(cfg));
    return file;
  };

  beforeAll(async () => {
    await c.start();
    original = yaml.load(readFileSync(c.kubeconfig, 'utf8')) as Kubeconfig;
  }, 60_000);
  afterAll(() => c.destroy());

  it('names the daemon socket in the kubeconfig, owner-only', () => {
    const ext = original.clusters.find((x) => x.name === 'mk')?.cluster.extensions?.find((e) => e.name === 'mk.local-socket');
    expect(ext?.extension.path).toBe(join(c.home, 'apiserver.sock'));
    const st = statSync(ext!.extension.path);
    expect(st.isSocket()).toBe(true);
    expect(st.mode & 0o077).toBe(0);
  });

  it('uses the socket: a wrong server port still works while the socket answers', async () => {
    const unused = await freePort();
    const viaSocket = variant('socket-only', (cfg) => (cfg.clusters[0].cluster.server = `https://127.0.0.1:${unused}`));
    const ok = await c.mk(['get', 'namespaces', '-o', 'name'], { env: { KUBECONFIG: viaSocket } });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('namespace/default');
    // without the extension the same kubeconfig goes to the (closed) port, as kubectl does
    const noSocket = variant('no-socket', (cfg) => {
      cfg.clusters[0].cluster.server = `https://127.0.0.1:${unused}`;
      delete cfg.clusters[0].cluster.extensions;
    });
    const refused = await c.mk(['get', 'namespaces'], { env: { KUBECONFIG: noSocket } });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(`The connection to the server 127.0.0.1:${unused} was refused - did you specify the right host or port?`);
  });

  it('falls back to HTTPS (verified against the kubeconfig CA) when the socket is gone', async () => {
    const stale = variant('stale-socket', (cfg) => (cfg.clusters[0].cluster.extensions![0].extension.path = join(c.dir, 'no-such.sock')));
    const r = await c.mk(['get', 'namespaces', '-o', 'name'], { env: { KUBECONFIG: stale } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('namespace/kube-system');
  });

  it('verifies TLS as kubectl does: no kubeconfig CA means the system roots, which do not know mk', async () => {
    const noCa = variant('no-ca', (cfg) => {
      delete (cfg.clusters[0].cluster as Record<string, unknown>)['certificate-authority-data'];
      delete cfg.clusters[0].cluster.extensions;
    });
    const mk = await c.mk(['get', 'pods'], { env: { KUBECONFIG: noCa } });
    const kubectl = await c.kubectl('1.33', ['get', 'pods'], { env: { KUBECONFIG: noCa } });
    expect(mk.stderr).toBe('Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority\n');
    // kubectl also logs its failed discovery attempts (klog E-lines) before the same last line
    expect(kubectl.stderr.trimEnd().split('\n').pop()).toBe(mk.stderr.trimEnd());
    expect([mk.stdout, mk.exitCode]).toEqual([kubectl.stdout, kubectl.exitCode]);
  });

  it('--server elsewhere does not use the kubeconfig socket', async () => {
    const unused = await freePort();
    const r = await c.mk(['--server', `https://127.0.0.1:${unused}`, 'get', 'pods']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`127.0.0.1:${unused} was refused`);
  });

  it('kubectl ignores the extension and keeps it in config view', async () => {
    const r = await c.kubectl('1.33', ['config', 'view', '-o', 'jsonpath={.clusters[0].cluster.extensions[0].name}']);
    expect(r.stdout).toBe('mk.local-socket');
    const mk = await c.mk(['config', 'view']);
    const kubectl = await c.kubectl('1.33', ['config', 'view']);
    expect(mk.stdout).toBe(kubectl.stdout);
  });

  it('re-reads a kubeconfig that changed since its parsed copy was cached', async () => {
    const unused = await freePort();
    const file = join(c.dir, 'changing-kubeconfig');
    const good = readFileSync(c.kubeconfig, 'utf8');
    writeFileSync(file, good);
    expect((await c.mk(['get', 'namespaces', '-o', 'name'], { env: { KUBECONFIG: file } })).exitCode).toBe(0);
    // same file, new content: another port and no socket
    const cfg = structuredClone(original);
    cfg.clusters[0].cluster.server = `https://127.0.0.1:${unused}`;
    delete cfg.clusters[0].cluster.extensions;
    writeFileSync(file, yaml.dump(cfg));
    const refused = await c.mk(['get', 'namespaces'], { env: { KUBECONFIG: file } });
    expect(refused.stderr).toContain(`127.0.0.1:${unused} was refused`);
    writeFileSync(file, 'clusters: [\n');
    const broken = await c.mk(['get', 'namespaces'], { env: { KUBECONFIG: file } });
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toBe((await c.kubectl('1.33', ['get', 'namespaces'], { env: { KUBECONFIG: file } })).stderr);
    writeFileSync(file, good);
    expect((await c.mk(['get', 'namespaces', '-o', 'name'], { env: { KUBECONFIG: file } })).stdout).toContain('namespace/default');
  });

  it('keeps one V8 code cache per command word; a corrupt cache is replaced, output unchanged', async () => {
    const cacheDir = join(c.dir, '.cache', 'mk', 'code');
    const first = await c.mk(['get', 'namespaces']);
    const files = readdirSync(cacheDir).filter((f) => f.endsWith('-get.bin'));
    expect(files).toHaveLength(1);
    writeFileSync(join(cacheDir, files[0]), 'not a code cache');
    const second = await c.mk(['get', 'namespaces']);
    expect(second.stdout.replace(/\d+[smhd]\b/g, 'AGE')).toBe(first.stdout.replace(/\d+[smhd]\b/g, 'AGE'));
    expect(readFileSync(join(cacheDir, files[0])).length).toBeGreaterThan(1000);
  });

  it('writes output straight to the descriptors; a closed pipe ends mk quietly with 141', async () => {
    const sh = (cmd: string) => execa('bash', ['-c', cmd], { env: { ...c.env, MK: MK_BIN }, reject: false });
    // 290 KB of OpenAPI into a pipe read by a shell that stops after 10 bytes
    const r = await sh('"$MK" get --raw /openapi/v3/apis/apps/v1 | head -c 10; echo " ${PIPESTATUS[0]}"');
    expect(r.stdout).toBe('{"openapi" 141');
    expect(r.stderr).toBe('');
    const whole = await sh('"$MK" get --raw /openapi/v3/apis/apps/v1 | wc -c');
    expect(Number(whole.stdout.trim())).toBeGreaterThan(100_000);
  });

  it('the launcher moves NODE_EXTRA_CA_CERTS out of node start-up', async () => {
    // node itself would warn that it cannot load this bundle; mk only reads it for CA-less servers
    const r = await execa(MK_BIN, ['version', '--client'], { env: { ...c.env, NODE_EXTRA_CA_CERTS: join(c.dir, 'missing.pem') }, reject: false });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });
});
