// The container filesystem the kubelet lays out per container start (rootfs.ts, image-files.ts)
// and the pod-level curl config that makes localhost reach the pod's own ports.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isImagePullError, resolveImage, type ResolvedImage } from '../../src/kubelet/images/catalog.js';
import { clusterResolvConf, managedHosts, prepareRootfs } from '../../src/kubelet/rootfs.js';
import { curlrcFor, preparePodLocalhost, writePodLocalhost } from '../../src/kubelet/pod-localhost.js';
import { removePodPorts, setPodPorts } from '../../src/kubelet/port-map.js';

const tmp = mkdtempSync(join(tmpdir(), 'mk-rootfs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function image(ref: string): ResolvedImage {
  const r = resolveImage(ref);
  if (isImagePullError(r)) throw new Error(r.message);
  return r;
}

const pod = (extra: Record<string, unknown> = {}) => ({ metadata: { name: 'web-1', namespace: 'default' }, spec: { containers: [], ...extra } });

describe('container root', () => {
  it('bootcamp: server.js in the WORKDIR (/), as `cat server.js` shows it', () => {
    const { root, cwd } = prepareRootfs(join(tmp, 'boot'), image('gcr.io/google-samples/kubernetes-bootcamp:v1'), pod(), '10.244.0.7');
    expect(cwd).toBe(root);
    const src = readFileSync(join(cwd, 'server.js'), 'utf8');
    expect(src.split('\n')[0]).toBe("var http = require('http');");
    expect(src).toContain('http.createServer(handleRequest)');
    expect(src).toContain("' | v=1\\n'");
    const v2 = prepareRootfs(join(tmp, 'boot2'), image('jocatalin/kubernetes-bootcamp:v2'), pod(), '10.244.0.8');
    expect(readFileSync(join(v2.cwd, 'server.js'), 'utf8')).toContain("' | v=2\\n'");
  });

  it('nginx: html with the release date, the two config files, logs to the container output', () => {
    const img = image('nginx:1.27.5');
    const { root } = prepareRootfs(join(tmp, 'nginx'), img, pod(), '10.244.0.9');
    const html = join(root, 'usr/share/nginx/html');
    expect(readFileSync(join(html, 'index.html'), 'utf8')).toContain('<title>Welcome to nginx!</title>');
    expect(statSync(join(html, 'index.html')).size).toBe(615);
    expect(statSync(join(html, 'index.html')).mtimeMs).toBe(Date.parse(img.releasedAt!));
    expect(statSync(join(html, '50x.html')).size).toBe(497);
    expect(readFileSync(join(html, '50x.html'), 'utf8')).toContain('<h1>An error occurred.</h1>');
    expect(readFileSync(join(root, 'etc/nginx/nginx.conf'), 'utf8')).toContain('include /etc/nginx/conf.d/*.conf;');
    const conf = readFileSync(join(root, 'etc/nginx/conf.d/default.conf'), 'utf8');
    expect(conf).toContain('    listen       80;\n    listen  [::]:80;\n');
    expect(conf).toContain('        root   /usr/share/nginx/html;');
    expect(lstatSync(join(root, 'var/log/nginx/access.log')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'var/log/nginx/error.log'))).toBe('/dev/stderr');
    // an old release: 2012 pages, no IPv6 line
    const old = prepareRootfs(join(tmp, 'nginx-old'), image('nginx:1.14'), pod(), '10.244.0.10');
    expect(statSync(join(old.root, 'usr/share/nginx/html/index.html')).size).toBe(612);
    expect(statSync(join(old.root, 'usr/share/nginx/html/50x.html')).size).toBe(494);
    expect(readFileSync(join(old.root, 'etc/nginx/conf.d/default.conf'), 'utf8')).not.toContain('[::]');
  });

  it('every container: kubelet-managed /etc/hosts, hostname and resolv.conf; a restart starts fresh', () => {
    const dir = join(tmp, 'shell');
    const p = pod({ hostAliases: [{ ip: '10.1.2.3', hostnames: ['foo.local', 'bar.local'] }] });
    const { root } = prepareRootfs(dir, image('busybox'), p, '10.244.0.11');
    expect(readFileSync(join(root, 'etc/hosts'), 'utf8')).toBe(
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' +
        'fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n10.244.0.11\tweb-1\n' +
        '\n# Entries added by HostAliases.\n10.1.2.3\tfoo.local\tbar.local\n',
    );
    expect(readFileSync(join(root, 'etc/hostname'), 'utf8')).toBe('web-1\n');
    expect(readFileSync(join(root, 'etc/resolv.conf'), 'utf8')).toBe(clusterResolvConf('default'));
    expect(statSync(join(root, 'tmp')).mode & 0o7777).toBe(0o1777);
    writeFileSync(join(root, 'tmp', 'scratch'), 'x');
    prepareRootfs(dir, image('busybox'), p, '10.244.0.11');
    expect(existsSync(join(root, 'tmp', 'scratch'))).toBe(false);
  });

  it('hostname and subdomain give the FQDN line', () => {
    expect(managedHosts({ metadata: { name: 'p', namespace: 'ns' }, spec: { hostname: 'h', subdomain: 's' } }, '10.244.0.2')).toContain('10.244.0.2\th.s.ns.svc.cluster.local\th\n');
  });
});

describe('localhost inside the pod (curl)', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it('maps localhost, 127.0.0.1, ::1 and the pod IP at each container port', () => {
    expect(curlrcFor('10.244.0.5', new Map([[8080, 40001]]))).toBe(
      "# mk: this pod's ports listen on host ports; curl connects there instead\n" +
        'connect-to = localhost:8080:127.0.0.1:40001\nconnect-to = 127.0.0.1:8080:127.0.0.1:40001\n' +
        'connect-to = [::1]:8080:127.0.0.1:40001\nconnect-to = 10.244.0.5:8080:127.0.0.1:40001\n',
    );
  });

  it('a real curl with CURL_HOME reaches the mapped port, and stops once the port is gone', async () => {
    server = createServer((_, res) => res.end('from the pod\n'));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const hostPort = (server.address() as { port: number }).port;
    const podDir = join(tmp, 'pod-a');
    const podIP = '10.244.9.9';
    const curlHome = preparePodLocalhost(podDir, podIP);
    setPodPorts(podIP, new Map([[8080, hostPort]]));
    writePodLocalhost(podDir, podIP);
    // async: the server answering lives in this process
    const curl = async (url: string) => (await promisify(execFile)('curl', ['-s', '-m', '5', url], { env: { PATH: process.env.PATH!, CURL_HOME: curlHome } })).stdout;
    expect(await curl('http://localhost:8080')).toBe('from the pod\n');
    expect(await curl(`http://${podIP}:8080/`)).toBe('from the pod\n');
    removePodPorts(podIP, [8080]);
    writePodLocalhost(podDir, podIP);
    expect(readFileSync(join(curlHome, '.curlrc'), 'utf8')).not.toContain('connect-to');
  });
});
