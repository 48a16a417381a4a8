import { describe, expect, it } from 'vitest';
import { isImagePullError, resolveImage, type ResolvedImage } from '../../src/kubelet/images/catalog.js';
import { effectiveArgv, executableNotFound, programCommand, shQuote } from '../../src/kubelet/images/command.js';
import { applyDefaultImageTag, parseNormalizedNamed, dockerRefString } from '../../src/kubelet/images/reference.js';

function ok(image: string): ResolvedImage {
  const r = resolveImage(image);
  if (isImagePullError(r)) throw new Error(`${image}: ${r.message}`);
  return r;
}

function fail(image: string) {
  const r = resolveImage(image);
  if (!isImagePullError(r)) throw new Error(`${image} resolved to ${r.ref}`);
  return r;
}

describe('reference normalisation (distribution/reference)', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.9.1', 'docker.io/library/nginx:1.9.1'],
    ['library/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/nginx:stable', 'docker.io/library/nginx:stable'],
    ['k8s.io/k8s/hello-nginx:v3', 'k8s.io/k8s/hello-nginx:v3'],
    ['jocatalin/kubernetes-bootcamp:v2', 'docker.io/jocatalin/kubernetes-bootcamp:v2'],
    ['localhost/foo', 'localhost/foo:latest'],
    ['localhost:5000/foo:1', 'localhost:5000/foo:1'],
    [`nginx:1.25@sha256:${'a'.repeat(64)}`, `docker.io/library/nginx@sha256:${'a'.repeat(64)}`],
  ])('%s -> %s', (input, want) => {
    const r = parseNormalizedNamed(input);
    if ('error' in r) throw new Error(r.error);
    expect(dockerRefString(r)).toBe(want);
  });

  it.each([
    ['NGINX', 'invalid reference format: repository name (library/NGINX) must be lowercase'],
    ['busyboxXXXXXXX', 'invalid reference format: repository name (library/busyboxXXXXXXX) must be lowercase'],
    ['nginx:', 'invalid reference format'],
    [':sha-abc', 'invalid reference format'],
    ['registry.hub.docker.com/library//nginx:latest', 'invalid reference format'],
    ['a'.repeat(64), `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
    ['nginx@sha256:abc', 'invalid reference format'],
    [`nginx@sha256:${'a'.repeat(63)}`, 'invalid checksum digest length'],
    ['nginx:bad tag', 'invalid reference format'],
  ])('rejects %s', (input, err) => {
    const r = parseNormalizedNamed(input);
    expect('error' in r && r.error).toBe(err);
  });

  it('applies the default tag the way the kubelet does', () => {
    expect(applyDefaultImageTag('nginx')).toMatchObject({ image: 'nginx:latest' });
    expect(applyDefaultImageTag('nginx:1.25')).toMatchObject({ image: 'nginx:1.25' });
    expect(applyDefaultImageTag('ghcr.io/${{ github.repository }}:latest')).toEqual({
      error: 'couldn\'t parse image name "ghcr.io/${{ github.repository }}:latest": invalid reference format',
    });
  });
});

describe('resolveImage: the catalog', () => {
  it.each([
    'k8s.io/k8s/hello-nginx:v1.3', 'k8s.io/k8s/hello-nginx:v2.5', 'k8s.io/k8s/hello-nginx:v2.6', 'k8s.io/k8s/hello-nginx:v3', 'k8s.io/k8s/hello-nginx',
    'nginx', 'nginx:latest', 'nginx:stable', 'nginx:alpine', 'nginx:1.7.9', 'nginx:1.8', 'nginx:1.9.1', 'nginx:1.14.2', 'nginx:1.16.1',
    'nginx:1.19', 'nginx:1.20', 'nginx:1.21', 'nginx:1.23', 'nginx:1.24', 'nginx:1.25', 'nginx:1.25.3', 'nginx:1.26', 'nginx:1.27', 'nginx:1.27-alpine',
    'nginx:mainline', 'nginx:stable-alpine',
    'gcr.io/google-samples/kubernetes-bootcamp:v1', 'docker.io/jocatalin/kubernetes-bootcamp:v1', 'jocatalin/kubernetes-bootcamp:v2',
    'busybox', 'busybox:1.28', 'busybox:1.36', 'busybox:1.36.1-musl', 'alpine', 'alpine:3.19', 'ubuntu', 'ubuntu:22.04', 'debian:bookworm-slim',
    'curlimages/curl', 'radial/busyboxplus:curl', 'registry.k8s.io/busybox', 'registry.k8s.io/liveness',
  ])('%s exists', (image) => {
    const r = ok(image);
    expect(r.imageId).toMatch(/^[a-z0-9.\-/:]+@sha256:[0-9a-f]{64}$/);
    expect(r.sizeBytes).toBeGreaterThan(100_000);
    if (r.kind !== 'shell') expect(r.program).toMatch(/servers\/[a-z-]+\.(mjs|js)$/);
  });

  it('reports the normalised ref, version, port and kind', () => {
    expect(ok('nginx')).toMatchObject({ ref: 'docker.io/library/nginx:latest', kind: 'nginx', defaultPort: 80, version: '1.29.8', tag: 'latest', stopSignal: 'SIGQUIT' });
    expect(ok('nginx:1.7.9')).toMatchObject({ version: '1.7.9', stopSignal: 'SIGTERM' });
    expect(ok('nginx:1.25').version).toBe('1.25.5');
    expect(ok('nginx:1.8').version).toBe('1.8.1');
    expect(ok('nginx:stable').version).toBe('1.30.0');
    expect(ok('nginx:1.25.3').env).toMatchObject({ NGINX_VERSION: '1.25.3', PKG_RELEASE: '1~bookworm' });
    expect(ok('k8s.io/k8s/hello-nginx:v2.5')).toMatchObject({ ref: 'k8s.io/k8s/hello-nginx:v2.5', kind: 'hello-nginx', version: 'v2.5', defaultPort: 80 });
    expect(ok('gcr.io/google-samples/kubernetes-bootcamp:v1')).toMatchObject({ kind: 'bootcamp', defaultPort: 8080, version: 'v1' });
    expect(ok('busybox:1.28')).toMatchObject({ kind: 'shell', program: '/bin/sh', version: '1.28.4', cmd: ['sh'], ref: 'docker.io/library/busybox:1.28' });
  });

  it('gives tags of one image one stable digest, and different images different ones', () => {
    expect(ok('nginx').imageId).toBe(ok('nginx:1.29').imageId);
    expect(ok('nginx').imageId).toBe(ok('docker.io/library/nginx:mainline').imageId);
    expect(ok('nginx:1.25').imageId).not.toBe(ok('nginx:1.26').imageId);
    expect(ok('nginx').imageId.startsWith('docker.io/library/nginx@sha256:')).toBe(true);
    expect(ok('k8s.io/k8s/hello-nginx:v3').imageId.startsWith('k8s.io/k8s/hello-nginx@sha256:')).toBe(true);
  });

  it('resolves digest references: our own digests to their tag, foreign ones to the default tag', () => {
    const digest = ok('nginx:1.25.3').imageId.split('@')[1]!;
    const byDigest = ok(`nginx@${digest}`);
    expect(byDigest).toMatchObject({ ref: `docker.io/library/nginx@${digest}`, version: '1.25.3' });
    expect(byDigest.tag).toBeUndefined();
    const foreign = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(ok(`nginx@${foreign}`)).toMatchObject({ imageId: `docker.io/library/nginx@${foreign}`, version: '1.29.8' });
    expect(ok(`nginx:1.9.1@${foreign}`).version).toBe('1.9.1');
  });

  it.each(['nginx:1.91', 'nginx:abc', 'nginx:11111', 'nginx:1.9.16', 'nginx:1.7-alpine', 'busybox:9.9'])('%s does not exist', (image) => {
    expect(fail(image).reason).toBe('ErrImagePull');
  });

  it('words a missing tag as containerd does', () => {
    expect(fail('nginx:1.91')).toEqual({
      reason: 'ErrImagePull',
      eventReason: 'Failed',
      error: 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.91": failed to resolve reference "docker.io/library/nginx:1.91": docker.io/library/nginx:1.91: not found',
      message: 'Failed to pull image "nginx:1.91": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.91": failed to resolve reference "docker.io/library/nginx:1.91": docker.io/library/nginx:1.91: not found',
    });
    // the seed tutorial's exact event text
    expect(fail('k8s.io/k8s/hello-nginx:v1.5').message).toBe(
      'Failed to pull image "k8s.io/k8s/hello-nginx:v1.5": rpc error: code = NotFound desc = failed to pull and unpack image "k8s.io/k8s/hello-nginx:v1.5": failed to resolve reference "k8s.io/k8s/hello-nginx:v1.5": k8s.io/k8s/hello-nginx:v1.5: not found',
    );
    expect(fail('gcr.io/google-samples/kubernetes-bootcamp:v10').error).toContain('gcr.io/google-samples/kubernetes-bootcamp:v10: not found');
  });

  it('words an unknown Docker Hub repository as "pull access denied"', () => {
    expect(fail('rmeuser-auth').error).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/rmeuser-auth:latest": failed to resolve reference "docker.io/library/rmeuser-auth:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(fail('registry.example.com/team/app:1').error).toContain('registry.example.com/team/app:1: not found');
  });

  it('reports invalid names as the kubelet does (InvalidImageName)', () => {
    expect(fail('busyBOX')).toEqual({
      reason: 'InvalidImageName',
      eventReason: 'InspectFailed',
      error: 'couldn\'t parse image name "busyBOX": invalid reference format: repository name (library/busyBOX) must be lowercase',
      message: 'Failed to apply default image tag "busyBOX": couldn\'t parse image name "busyBOX": invalid reference format: repository name (library/busyBOX) must be lowercase',
    });
  });
});

describe('programCommand', () => {
  const ctx = { listenPort: 40123, podIP: '10.244.0.7', podName: 'web-abc' };

  it('runs server images with node and passes the pod facts in the environment', () => {
    const img = ok('nginx:1.25.3');
    const pc = programCommand(img, { ports: [{ containerPort: 80 }] }, ctx);
    expect(pc.runsImageServer).toBe(true);
    expect(pc.command).toBe(process.execPath);
    expect(pc.args.at(-1)).toBe(img.program);
    expect(pc.args).toContain('--jitless');
    expect(pc.env).toMatchObject({
      MK_LISTEN_PORT: '40123', MK_POD_IP: '10.244.0.7', HOSTNAME: 'web-abc', MK_IMAGE_TAG: '1.25.3', MK_IMAGE_KIND: 'nginx',
      MK_CONTAINER_PORT: '80', MK_APP_VERSION: '1.25.3', NGINX_VERSION: '1.25.3',
    });
    expect(pc.argv).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
  });

  it('lets `command` replace a server image\'s entrypoint, through /bin/sh with exact words', () => {
    const pc = programCommand(ok('nginx'), { command: ['sh', '-c', 'echo hi; sleep 3600'] }, ctx);
    expect(pc).toMatchObject({ command: '/bin/sh', args: ['-c', "exec sh -c 'echo hi; sleep 3600'"], runsImageServer: false });
  });

  it('follows nginx\'s entrypoint for args: `nginx …` still serves, anything else runs', () => {
    expect(programCommand(ok('nginx'), { args: ['nginx', '-g', 'daemon off;'] }).runsImageServer).toBe(true);
    const pc = programCommand(ok('nginx'), { args: ['sleep', '3600'] });
    expect(pc.runsImageServer).toBe(false);
    expect(pc.argv).toEqual(['/docker-entrypoint.sh', 'sleep', '3600']);
    expect(programCommand(ok('gcr.io/google-samples/kubernetes-bootcamp:v1'), { args: ['env'] }).args).toEqual(['-c', 'exec env']);
  });

  it('builds shell images\' argv as a runtime would (command replaces entrypoint, args replace cmd)', () => {
    const busybox = ok('busybox');
    expect(effectiveArgv(busybox, {})).toEqual(['sh']);
    expect(effectiveArgv(busybox, { args: ['sleep', '10'] })).toEqual(['sleep', '10']);
    expect(effectiveArgv(busybox, { command: ['/bin/sh', '-c'], args: ['touch /tmp/healthy; sleep 30'] })).toEqual(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30']);
    expect(effectiveArgv(ok('curlimages/curl'), { args: ['-s', 'http://web'] })).toEqual(['curl', '-s', 'http://web']);
    expect(effectiveArgv(ok('curlimages/curl'), { args: ['sh'] })).toEqual(['sh']);
    expect(programCommand(busybox, { command: ['echo', "it's"] }).args).toEqual(['-c', `exec echo 'it'\\''s'`]);
  });

  it('quotes words for sh', () => {
    expect(shQuote('plain-word_1.2/x')).toBe('plain-word_1.2/x');
    expect(shQuote('')).toBe("''");
    expect(shQuote('a b')).toBe("'a b'");
    expect(shQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('reports missing executables with runc\'s wording', () => {
    const path = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    expect(executableNotFound('sh', path)).toBeUndefined();
    expect(executableNotFound('/bin/sh', path)).toBeUndefined();
    expect(executableNotFound('no-such-tool-mk', path)).toBe('exec: "no-such-tool-mk": executable file not found in $PATH');
    expect(executableNotFound('/nope/tool', path)).toBe('exec: "/nope/tool": stat /nope/tool: no such file or directory');
  });
});
