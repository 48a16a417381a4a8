// Pod volumes end to end: a ConfigMap's index.html mounted where nginx serves from (and
// served again after the ConfigMap changes), a Secret mounted read-only with defaultMode, an
// emptyDir one container writes and nginx serves, a missing ConfigMap holding the pod in
// ContainerCreating with FailedMount until it is created, and describe's Volumes/Mounts
// against kubectl 1.33.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from '../helpers/cluster.js';

const c = new TestCluster();
const k = (args: string[], input?: string) => c.kubectl('1.33', args, { input });
const sh = async (pod: string, container: string, script: string) => (await k(['exec', pod, '-c', container, '--', 'sh', '-c', script])).stdout;

async function running(pod: string): Promise<void> {
  await waitFor(async () => (await k(['get', 'pod', pod, '-o', 'jsonpath={.status.phase} {.status.containerStatuses[*].ready}'])).stdout.match(/^Running( true)+$/), `${pod} running`, 60_000);
}

const pod = (name: string, spec: object) => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: name } }, spec });

const sitePod = pod('site', {
  containers: [
    {
      name: 'nginx',
      image: 'nginx',
      ports: [{ containerPort: 80 }],
      volumeMounts: [
        { name: 'html', mountPath: '/usr/share/nginx/html' },
        { name: 'creds', mountPath: '/etc/creds', readOnly: true },
        { name: 'html', mountPath: '/etc/first.html', subPath: 'index.html' },
        { name: 'info', mountPath: '/etc/podinfo' },
      ],
    },
  ],
  volumes: [
    { name: 'html', configMap: { name: 'site-html' } },
    { name: 'creds', secret: { secretName: 'site-creds', defaultMode: 0o400 } },
    { name: 'info', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'name', fieldRef: { fieldPath: 'metadata.name' } }] } },
  ],
});

const sharedPod = pod('shared', {
  containers: [
    { name: 'web', image: 'nginx', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] },
    { name: 'writer', image: 'busybox', command: ['sh', '-c', 'echo "<p>written by busybox</p>" > data/index.html; sleep 3600'], volumeMounts: [{ name: 'www', mountPath: '/data' }] },
  ],
  volumes: [{ name: 'www', emptyDir: {} }],
});

const waitingPod = pod('waiting', {
  containers: [{ name: 'app', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'cfg', mountPath: '/config' }] }],
  volumes: [{ name: 'cfg', configMap: { name: 'late-config' } }],
});

beforeAll(async () => {
  await c.start();
  expect((await k(['create', 'configmap', 'site-html', '--from-literal=index.html=<h1>version one</h1>'])).exitCode).toBe(0);
  expect((await k(['create', 'secret', 'generic', 'site-creds', '--from-literal=user=admin', '--from-literal=password=s3cr3t'])).exitCode).toBe(0);
  for (const p of [sitePod, sharedPod, waitingPod]) expect((await k(['apply', '-f', '-'], p)).exitCode).toBe(0);
  await Promise.all([running('site'), running('shared')]);
}, 120_000);

afterAll(async () => {
  await c.destroy();
});

describe('configMap volume', () => {
  it('replaces nginx html with the ConfigMap and serves it', async () => {
    expect(await sh('site', 'nginx', 'cat usr/share/nginx/html/index.html')).toBe('<h1>version one</h1>');
    expect(await sh('site', 'nginx', 'curl -s localhost/')).toBe('<h1>version one</h1>');
    // the kubelet's layout: ..data to a timestamped directory, one link per key
    const listing = await sh('site', 'nginx', 'ls -A usr/share/nginx/html/');
    expect(listing.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^\.\.\d{4}_\d\d_\d\d_\d\d_\d\d_\d\d\.\d+$/), '..data', 'index.html']);
  });

  it('follows an update of the ConfigMap, except in a subPath mount', async () => {
    const cm = (await k(['create', 'configmap', 'site-html', '--from-literal=index.html=<h1>version two</h1>', '--dry-run=client', '-o', 'yaml'])).stdout;
    expect((await k(['apply', '-f', '-'], cm)).exitCode).toBe(0);
    await waitFor(async () => (await sh('site', 'nginx', 'curl -s localhost/')) === '<h1>version two</h1>', 'served page updated', 30_000);
    expect(await sh('site', 'nginx', 'cat usr/share/nginx/html/index.html')).toBe('<h1>version two</h1>');
    expect(await sh('site', 'nginx', 'cat etc/first.html')).toBe('<h1>version one</h1>');
  });
});

describe('secret and downwardAPI volumes', () => {
  it('mounts decoded secret keys with defaultMode', async () => {
    expect(await sh('site', 'nginx', 'cat etc/creds/user; echo; cat etc/creds/password')).toBe('admin\ns3cr3t');
    expect(await sh('site', 'nginx', 'stat -L -c %a etc/creds/user')).toBe('400\n');
  });

  it('writes the pod metadata and follows label changes', async () => {
    expect(await sh('site', 'nginx', 'cat etc/podinfo/name')).toBe('site');
    expect(await sh('site', 'nginx', 'cat etc/podinfo/labels')).toBe('app="site"');
    expect((await k(['label', 'pod', 'site', 'tier=front'])).exitCode).toBe(0);
    await waitFor(async () => (await sh('site', 'nginx', 'cat etc/podinfo/labels')) === 'app="site"\ntier="front"', 'labels file updated');
  });
});

describe('emptyDir volume', () => {
  it('is shared by the containers of a pod: busybox writes, nginx serves', async () => {
    await waitFor(async () => (await sh('shared', 'web', 'curl -s localhost/')) === '<p>written by busybox</p>\n', 'page written by the other container');
    expect(await sh('shared', 'writer', 'cat data/index.html')).toBe('<p>written by busybox</p>\n');
  });
});

describe('a missing ConfigMap', () => {
  it('holds the pod in ContainerCreating with FailedMount until the ConfigMap exists', async () => {
    const events = async () => (await k(['get', 'events', '--field-selector', 'involvedObject.name=waiting', '-o', 'jsonpath={range .items[*]}{.reason}|{.message}{"\\n"}{end}'])).stdout;
    await waitFor(async () => (await events()).includes('FailedMount|MountVolume.SetUp failed for volume "cfg" : configmap "late-config" not found'), 'FailedMount event');
    const status = (await k(['get', 'pod', 'waiting', '--no-headers'])).stdout;
    expect(status).toMatch(/^waiting\s+0\/1\s+ContainerCreating\s+0\s/);
    expect(await events()).not.toContain('Pulling');
    expect((await k(['create', 'configmap', 'late-config', '--from-literal=mode=late'])).exitCode).toBe(0);
    await running('waiting');
    expect(await sh('waiting', 'app', 'cat config/mode')).toBe('late');
  });
});

describe('describe pod', () => {
  const section = (out: string) => {
    const mounts = out.slice(out.indexOf('    Mounts:'), out.indexOf('Conditions:'));
    const volumes = out.slice(out.indexOf('Volumes:'), out.indexOf('QoS Class:'));
    return { mounts: mounts.replace(/^\s+(Started|Container ID|Image ID):.*$/gm, ''), volumes };
  };

  it('shows Volumes and Mounts as kubectl 1.33 does', async () => {
    for (const name of ['site', 'shared']) {
      const ours = await c.mk(['describe', 'pod', name]);
      const theirs = await k(['describe', 'pod', name]);
      expect(ours.exitCode).toBe(0);
      expect(section(ours.stdout)).toEqual(section(theirs.stdout));
    }
    const site = section((await k(['describe', 'pod', 'site'])).stdout);
    expect(site.mounts).toContain('/etc/creds from creds (ro)');
    expect(site.mounts).toContain('/etc/first.html from html (rw,path="index.html")');
    expect(site.volumes).toContain('Type:        Secret (a volume populated by a Secret)');
  });
});
