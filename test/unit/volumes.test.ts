// Pod volumes on disk: the atomic writer's layout and swap, configMap/secret items, paths and
// modes, downward API files, mounts linked into a container root (subPath keeps the content it
// started with), hostPath type checks, and a missing ConfigMap failing then succeeding.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiClient } from '../../src/client/interface.js';
import type { KubeObject } from '../../src/client/types.js';
import { writeAtomic, invalidPath, type Payload } from '../../src/kubelet/volumes-atomic-writer.js';
import { configMapData, containerResourceValue, downwardPayload, formatMap, keyedPayload, secretData } from '../../src/kubelet/volumes-payload.js';
import { linkVolumeMounts } from '../../src/kubelet/volumes-mounts.js';
import { PodVolumes, checkHostPath } from '../../src/kubelet/volumes.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mk-volumes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (entries: Record<string, string>, mode = 0o644): Payload => new Map(Object.entries(entries).map(([k, v]) => [k, { data: Buffer.from(v), mode }]));
const mode = (p: string) => statSync(p).mode & 0o7777;
const tsDirs = (d: string) => readdirSync(d).filter((n) => /^\.\.\d{4}_\d\d_\d\d_\d\d_\d\d_\d\d\.\d+$/.test(n));

describe('atomic writer', () => {
  it('writes files into a timestamped directory behind ..data, with links per top-level name', () => {
    expect(writeAtomic(dir, files({ 'index.html': '<h1>hi</h1>', 'conf/app.yaml': 'a: 1' }), new Date(Date.UTC(2026, 10, 23, 11, 52, 35)))).toBe(true);
    const [ts] = tsDirs(dir);
    expect(ts).toMatch(/^\.\.2026_11_23_11_52_35\.\d+$/);
    expect(readlinkSync(join(dir, '..data'))).toBe(ts);
    expect(readlinkSync(join(dir, 'index.html'))).toBe('..data/index.html');
    expect(readlinkSync(join(dir, 'conf'))).toBe('..data/conf');
    expect(readFileSync(join(dir, 'conf/app.yaml'), 'utf8')).toBe('a: 1');
    expect(mode(join(dir, ts))).toBe(0o755);
    expect(readdirSync(dir).sort()).toEqual(['..data', ts, 'conf', 'index.html'].sort());
  });

  it('swaps ..data on a change, drops removed names and the old directory, and skips no-op writes', () => {
    writeAtomic(dir, files({ a: '1', b: '2' }));
    const [first] = tsDirs(dir);
    expect(writeAtomic(dir, files({ a: '1', b: '2' }))).toBe(false);
    expect(tsDirs(dir)).toEqual([first]);
    expect(writeAtomic(dir, files({ a: 'one', c: '3' }))).toBe(true);
    const [second] = tsDirs(dir);
    expect(second).not.toBe(first);
    expect(readlinkSync(join(dir, '..data'))).toBe(second);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('one');
    expect(existsSync(join(dir, 'b'))).toBe(false);
    expect(() => lstatSync(join(dir, 'b'))).toThrow();
    expect(readFileSync(join(dir, 'c'), 'utf8')).toBe('3');
    expect(existsSync(join(dir, '..data_tmp'))).toBe(false);
  });

  it('sets modes exactly and rejects paths the kubelet rejects', () => {
    writeAtomic(dir, new Map([['key', { data: Buffer.from('s'), mode: 0o400 }], ['run.sh', { data: Buffer.from('x'), mode: 0o755 }]]));
    expect(mode(join(dir, 'key'))).toBe(0o400);
    expect(mode(join(dir, 'run.sh'))).toBe(0o755);
    expect(invalidPath('/etc/x')).toBe('invalid path: must be relative path: /etc/x');
    expect(invalidPath('a/../b')).toBe("invalid path: must not contain '..': a/../b");
    expect(invalidPath('..data')).toBe("invalid path: must not start with '..': ..data");
    expect(() => writeAtomic(dir, files({ '../x': '' }))).toThrow(/must not contain/);
  });
});

describe('payloads', () => {
  const cm = { metadata: { name: 'cfg' }, data: { 'game.properties': 'lives=3', ui: 'color=red' }, binaryData: { 'logo.bin': Buffer.from([0, 1, 2]).toString('base64') } } as KubeObject;

  it('maps every key, or only items with their paths and modes', () => {
    const all = keyedPayload('configmap', undefined, configMapData(cm), 0o644, false);
    expect([...all.keys()].sort()).toEqual(['game.properties', 'logo.bin', 'ui']);
    expect([...all.get('logo.bin')!.data]).toEqual([0, 1, 2]);
    const some = keyedPayload('configmap', [{ key: 'ui', path: 'conf/ui.ini', mode: 0o600 }], configMapData(cm), 0o644, false);
    expect([...some]).toEqual([['conf/ui.ini', { data: Buffer.from('color=red'), mode: 0o600 }]]);
  });

  it('words missing keys as the kubelet does, unless optional', () => {
    expect(() => keyedPayload('configmap', [{ key: 'nope', path: 'x' }], configMapData(cm), 0o644, false)).toThrow('configmap references non-existent config key: nope');
    expect(() => keyedPayload('secret', [{ key: 'nope', path: 'x' }], {}, 0o644, false)).toThrow('references non-existent secret key: nope');
    expect(keyedPayload('secret', [{ key: 'nope', path: 'x' }], undefined, 0o644, true).size).toBe(0);
  });

  it('decodes secret data', () => {
    const s = secretData({ metadata: { name: 's' }, data: { password: Buffer.from('s3cr3t').toString('base64') } } as KubeObject);
    expect(s.password.toString()).toBe('s3cr3t');
  });

  it('formats downward API fields like fieldpath.FormatMap', () => {
    expect(formatMap({ zone: 'us-east', app: 'web', q: 'say "hi"\n' })).toBe('app="web"\nq="say \\"hi\\"\\n"\nzone="us-east"');
    const pod = {
      metadata: { name: 'p', namespace: 'ns', uid: 'u-1', labels: { b: '2', a: '1' }, annotations: { build: 'two' } },
      spec: { containers: [{ name: 'c', resources: { limits: { cpu: '500m', memory: '64Mi' }, requests: { memory: '32Mi' } } }] },
    } as KubeObject;
    const p = downwardPayload(
      [
        { path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } },
        { path: 'name', fieldRef: { fieldPath: 'metadata.name' } },
        { path: 'build', fieldRef: { fieldPath: "metadata.annotations['build']" }, mode: 0o600 },
        { path: 'cpu', resourceFieldRef: { containerName: 'c', resource: 'limits.cpu' } },
        { path: 'mem', resourceFieldRef: { containerName: 'c', resource: 'limits.memory', divisor: '1Mi' } },
      ],
      pod,
      0o644,
    );
    const text = Object.fromEntries([...p].map(([k, f]) => [k, f.data.toString()]));
    expect(text).toEqual({ labels: 'a="1"\nb="2"', name: 'p', build: 'two', cpu: '1', mem: '64' });
    expect(p.get('build')!.mode).toBe(0o600);
    expect(containerResourceValue(pod, { containerName: 'c', resource: 'limits.cpu', divisor: '1m' })).toBe('500');
    expect(containerResourceValue(pod, { containerName: 'c', resource: 'requests.memory' })).toBe(String(32 * 2 ** 20));
  });
});

describe('mounts in a container root', () => {
  it('links a volume at its mountPath, replacing the image files there', () => {
    const vol = join(dir, 'vol');
    writeAtomic((mkdirSync(vol), vol), files({ 'index.html': 'mine' }));
    const root = join(dir, 'root');
    mkdirSync(join(root, 'usr/share/nginx/html'), { recursive: true });
    writeFileSync(join(root, 'usr/share/nginx/html/50x.html'), 'image');
    linkVolumeMounts(root, { name: 'c', volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }] }, () => ({ hostDir: vol, atomic: true }));
    expect(readFileSync(join(root, 'usr/share/nginx/html/index.html'), 'utf8')).toBe('mine');
    expect(existsSync(join(root, 'usr/share/nginx/html/50x.html'))).toBe(false);
    writeAtomic(vol, files({ 'index.html': 'updated' }));
    expect(readFileSync(join(root, 'usr/share/nginx/html/index.html'), 'utf8')).toBe('updated');
  });

  it('keeps a subPath file as it was at start when the volume updates', () => {
    const vol = join(dir, 'vol');
    mkdirSync(vol);
    writeAtomic(vol, files({ 'app.conf': 'v1', other: 'x' }));
    const root = join(dir, 'root');
    mkdirSync(join(root, 'etc'), { recursive: true });
    linkVolumeMounts(root, { name: 'c', volumeMounts: [{ name: 'cfg', mountPath: '/etc/app.conf', subPath: 'app.conf' }] }, () => ({ hostDir: vol, atomic: true }));
    expect(readFileSync(join(root, 'etc/app.conf'), 'utf8')).toBe('v1');
    writeAtomic(vol, files({ 'app.conf': 'v2', other: 'x' }));
    expect(readFileSync(join(root, 'etc/app.conf'), 'utf8')).toBe('v1');
  });

  it('shares an emptyDir subPath as a directory created on demand', () => {
    const vol = join(dir, 'empty');
    mkdirSync(vol);
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    const loc = () => ({ hostDir: vol, atomic: false });
    linkVolumeMounts(a, { name: 'a', volumeMounts: [{ name: 'data', mountPath: '/work', subPath: 'site' }] }, loc);
    linkVolumeMounts(b, { name: 'b', volumeMounts: [{ name: 'data', mountPath: '/srv/www', subPath: 'site' }] }, loc);
    writeFileSync(join(a, 'work/index.html'), 'shared');
    expect(readFileSync(join(b, 'srv/www/index.html'), 'utf8')).toBe('shared');
    expect(readFileSync(join(vol, 'site/index.html'), 'utf8')).toBe('shared');
  });
});

describe('hostPath', () => {
  it('checks and creates by type', () => {
    const d = join(dir, 'made/here');
    expect(() => checkHostPath({ path: d, type: 'Directory' })).toThrow(`hostPath type check failed: ${d} is not a directory`);
    expect(checkHostPath({ path: d, type: 'DirectoryOrCreate' })).toBe(d);
    expect(statSync(d).isDirectory()).toBe(true);
    expect(() => checkHostPath({ path: d, type: 'File' })).toThrow(`hostPath type check failed: ${d} is not a file`);
    const f = join(dir, 'f.txt');
    checkHostPath({ path: f, type: 'FileOrCreate' });
    expect(statSync(f).isFile()).toBe(true);
    expect(checkHostPath({ path: join(dir, 'nothing') })).toBe(join(dir, 'nothing'));
  });
});

describe('PodVolumes', () => {
  function fakeClient(objects: Map<string, KubeObject>): ApiClient {
    return {
      get: async (res: { resource: string }, ns: string, name: string) => {
        const o = objects.get(`${res.resource}/${ns}/${name}`);
        if (!o) throw Object.assign(new Error(`${res.resource} "${name}" not found`), { code: 404 });
        return o;
      },
    } as unknown as ApiClient;
  }

  it('fails a missing ConfigMap once per change, then sets every volume up', async () => {
    const objects = new Map<string, KubeObject>();
    const warnings: string[] = [];
    const vols = new PodVolumes({ client: fakeClient(objects), podDir: dir, warn: (r, m) => warnings.push(`${r}: ${m}`) });
    const pod = {
      metadata: { name: 'p', namespace: 'default', uid: 'u', labels: { app: 'web' } },
      spec: {
        containers: [{ name: 'c' }],
        volumes: [
          { name: 'html', configMap: { name: 'site', defaultMode: 420 } },
          { name: 'cache', emptyDir: {} },
          { name: 'info', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
          { name: 'all', projected: { sources: [{ secret: { name: 'creds' } }, { configMap: { name: 'site', items: [{ key: 'index.html', path: 'web/index.html' }] } }] } },
        ],
      },
    } as KubeObject;
    expect((await vols.setUp(pod)).ready).toBe(false);
    expect(warnings).toEqual([
      'FailedMount: MountVolume.SetUp failed for volume "html" : configmap "site" not found',
      'FailedMount: MountVolume.SetUp failed for volume "all" : [secret "creds" not found, configmap "site" not found]',
    ]);
    // nothing changed: no new attempt, no new event
    expect((await vols.setUp(pod)).ready).toBe(false);
    expect(warnings).toHaveLength(2);

    objects.set('configmaps/default/site', { metadata: { name: 'site' }, data: { 'index.html': 'v1' } } as KubeObject);
    objects.set('secrets/default/creds', { metadata: { name: 'creds' }, data: { user: Buffer.from('admin').toString('base64') } } as KubeObject);
    vols.invalidate();
    expect((await vols.setUp(pod)).ready).toBe(true);
    expect(vols.ready).toBe(true);
    const base = join(dir, 'volumes');
    expect(readFileSync(join(base, 'kubernetes.io~configmap/html/index.html'), 'utf8')).toBe('v1');
    expect(mode(join(base, 'kubernetes.io~empty-dir/cache'))).toBe(0o777);
    expect(readFileSync(join(base, 'kubernetes.io~downward-api/info/labels'), 'utf8')).toBe('app="web"');
    expect(readFileSync(join(base, 'kubernetes.io~projected/all/user'), 'utf8')).toBe('admin');
    expect(readFileSync(join(base, 'kubernetes.io~projected/all/web/index.html'), 'utf8')).toBe('v1');
    expect(vols.mountMap({ name: 'c', volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html/' }] })).toEqual({ '/usr/share/nginx/html': join(base, 'kubernetes.io~configmap/html') });

    objects.set('configmaps/default/site', { metadata: { name: 'site' }, data: { 'index.html': 'v2' } } as KubeObject);
    await vols.refresh(pod, (v) => !!v.configMap);
    expect(readFileSync(join(base, 'kubernetes.io~configmap/html/index.html'), 'utf8')).toBe('v2');
    expect(readFileSync(join(base, 'kubernetes.io~projected/all/web/index.html'), 'utf8')).toBe('v1');
  });
});
