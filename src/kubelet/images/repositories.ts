// The built-in registry: which repositories and tags exist, what each runs and how big it is.
import { compareVersions, nginxReleaseForTag, nginxVersions } from './nginx-releases.js';

export type ImageKind = 'nginx' | 'hello-nginx' | 'bootcamp' | 'liveness' | 'hello-app' | 'shell';

/** One tag of a repository, as the registry would describe the image it points at. */
export interface TagImage {
  version: string; // what the image runs, e.g. nginx 1.29.8, hello-nginx 2.5, busybox 1.36.1
  identity: string; // tags sharing an identity share a digest (latest and 1.29 on the same day)
  sizeBytes: number;
  env: Record<string, string>;
  stopSignal: 'SIGTERM' | 'SIGQUIT';
  /** nginx only: release date, sent as Last-Modified of the welcome page. */
  releasedAt?: string;
}

export interface Repository {
  kind: ImageKind;
  defaultPort: number; // the port the program listens on inside the pod (0: none)
  entrypoint: string[]; // image ENTRYPOINT
  cmd: string[]; // image CMD
  /** curlimages/curl's entrypoint puts "curl" in front of arguments that start with "-". */
  dashArgsPrefix?: string;
  tag(tag: string): TagImage | undefined;
  /** One tag per distinct image (so a digest can be traced back to its image). */
  distinctTags(): string[];
  defaultTag: string; // what a digest we do not know resolves to
}

type TagTable = { tag(tag: string): TagImage | undefined; distinctTags(): string[] };

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A stable pseudo-random integer in [0, range) derived from a string (FNV-1a). */
function jitter(s: string, range: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h % range;
}

function nginxTag(tag: string): TagImage | undefined {
  const rel = nginxReleaseForTag(tag);
  if (!rel) return undefined;
  const v = rel.version;
  const debianSize = compareVersions(v, '1.10') < 0 ? 39_900_000 : compareVersions(v, '1.19') < 0 ? 44_700_000
    : compareVersions(v, '1.21') < 0 ? 53_600_000 : compareVersions(v, '1.24') < 0 ? 56_700_000
    : compareVersions(v, '1.28') < 0 ? 67_300_000 : 72_100_000;
  const size = (rel.alpine ? 8_900_000 + (compareVersions(v, '1.21') < 0 ? 0 : 11_000_000) : debianSize) + jitter(v, 900_000);
  const env: Record<string, string> = { PATH, NGINX_VERSION: v };
  if (compareVersions(v, '1.17') >= 0) env.PKG_RELEASE = rel.alpine ? '1' : '1~' + debianCodename(v);
  // STOPSIGNAL SIGQUIT since docker-nginx commit 3fb70dd (Nov 2020, nginx 1.19.5).
  const stopSignal = compareVersions(v, '1.19.5') >= 0 ? 'SIGQUIT' : 'SIGTERM';
  return { version: v, identity: `nginx:${v}${rel.alpine ? '-alpine' : ''}`, sizeBytes: size, env, stopSignal, releasedAt: rel.releasedAt };
}

function nginxDistinctTags(): string[] {
  return nginxVersions().flatMap((v) => (nginxTag(`${v}-alpine`) ? [v, `${v}-alpine`] : [v]));
}

function debianCodename(v: string): string {
  if (compareVersions(v, '1.19') < 0) return 'stretch';
  if (compareVersions(v, '1.21') < 0) return 'buster';
  if (compareVersions(v, '1.24') < 0) return 'bullseye';
  if (compareVersions(v, '1.29') < 0) return 'bookworm';
  return 'trixie';
}

/** A repository whose tags form a fixed list; `aliases` point extra tags at listed versions. */
function fixedTags(name: string, versions: string[], aliases: Record<string, string>, baseSize: number,
  env: Record<string, string> = { PATH }, suffixes: string[] = ['']): TagTable {
  const known = new Set(versions);
  const all = ['', ...suffixes.filter((x) => x !== '')];
  const distinctTags = () => versions.flatMap((v) => all.map((x) => v + x));
  const tag = (tag: string): TagImage | undefined => {
    const suffix = suffixes.find((s) => s !== '' && tag.endsWith(s)) ?? '';
    const base = suffix ? tag.slice(0, -suffix.length) : tag;
    const version = known.has(base) ? base : aliases[base];
    if (!version) return undefined;
    const id = `${name}:${version}${suffix}`;
    return { version, identity: id, sizeBytes: baseSize + jitter(id, Math.max(1, Math.floor(baseSize / 20))), env, stopSignal: 'SIGTERM' };
  };
  return { tag, distinctTags };
}

/** Aliases "1.36" -> "1.36.1" for every "major.minor.patch" in the list (highest patch wins). */
function minorAliases(versions: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of [...versions].sort(compareVersions)) {
    const parts = v.split('.');
    if (parts.length === 3) out[`${parts[0]}.${parts[1]}`] = v;
  }
  return out;
}

const BUSYBOX = ['1.37.0', '1.36.1', '1.36.0', '1.35.0', '1.34.1', '1.33.1', '1.32.1', '1.31.1', '1.30.1', '1.29.3', '1.28.4', '1.28.3', '1.28.0', '1.27.2', '1.26.2', '1.25.1', '1.24.2'];
const ALPINE = ['3.23.3', '3.22.2', '3.21.5', '3.20.8', '3.19.9', '3.18.12', '3.17.10', '3.16.9', '3.15.11', '3.14.10', '3.13.12', '3.12.12'];
const UBUNTU = ['25.10', '24.04', '22.04', '20.04', '18.04', '16.04'];
const DEBIAN = ['13', '12', '11', '10'];
// perl runs as the host's /usr/bin/perl (the Job docs' pi example: perl:5.34.0)
const PERL = ['5.40.2', '5.38.4', '5.36.3', '5.34.3', '5.34.0', '5.32.1', '5.30.3'];
const CURL = ['8.12.1', '8.11.1', '8.10.1', '8.8.0', '8.5.0', '8.4.0', '8.1.2', '7.85.0', '7.78.0', '7.72.0'];

const shell = (cmd: string[], tags: TagTable, defaultTag = 'latest', entrypoint: string[] = []): Repository =>
  ({ kind: 'shell', defaultPort: 0, entrypoint, cmd, ...tags, defaultTag });

const helloNginx: Repository = {
  kind: 'hello-nginx', defaultPort: 80, entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], defaultTag: 'v3',
  // v1.5 is the tutorial's deliberately missing tag.
  ...fixedTags('hello-nginx', ['v1.3', 'v2.5', 'v2.6', 'v3'], { latest: 'v3' }, 55_800_000),
};

const bootcampEnv = { PATH, NPM_CONFIG_LOGLEVEL: 'info', NODE_VERSION: '6.3.1' };
const bootcamp = (versions: string[]): Repository => ({
  kind: 'bootcamp', defaultPort: 8080, entrypoint: [], cmd: ['/bin/sh', '-c', 'node server.js'], defaultTag: 'v1',
  ...fixedTags('kubernetes-bootcamp', versions, {}, 83_400_000, bootcampEnv),
});

/** Repository name (as containerd spells it) → repository. */
export const REPOSITORIES: Record<string, Repository> = {
  'docker.io/library/nginx': {
    kind: 'nginx', defaultPort: 80, entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], defaultTag: 'latest', tag: nginxTag, distinctTags: nginxDistinctTags,
  },
  'k8s.io/k8s/hello-nginx': helloNginx,
  'gcr.io/google-samples/kubernetes-bootcamp': bootcamp(['v1']),
  'docker.io/jocatalin/kubernetes-bootcamp': bootcamp(['v1', 'v2']),
  // the Ingress tutorial's app: a Go server on 8080 (hello-app.mjs)
  'gcr.io/google-samples/hello-app': {
    kind: 'hello-app', defaultPort: 8080, entrypoint: ['/hello-app'], cmd: [], defaultTag: '1.0',
    ...fixedTags('hello-app', ['1.0', '2.0'], {}, 4_700_000),
  },
  'registry.k8s.io/liveness': {
    kind: 'liveness', defaultPort: 8080, entrypoint: ['/server'], cmd: [], defaultTag: 'latest',
    ...fixedTags('liveness', ['latest'], {}, 2_900_000),
  },
  'docker.io/library/busybox': shell(['sh'], fixedTags('busybox', BUSYBOX, { ...minorAliases(BUSYBOX), latest: '1.37.0', stable: '1.37.0', musl: '1.37.0', glibc: '1.37.0', uclibc: '1.37.0' }, 2_150_000, { PATH }, ['-musl', '-glibc', '-uclibc'])),
  'registry.k8s.io/busybox': shell(['sh'], fixedTags('k8s-busybox', ['latest', '1.24'], {}, 675_000)),
  'docker.io/radial/busyboxplus': shell(['/bin/sh'], fixedTags('busyboxplus', ['curl', 'git', 'latest'], {}, 4_230_000)),
  'docker.io/library/alpine': shell(['/bin/sh'], fixedTags('alpine', ALPINE, { ...minorAliases(ALPINE), latest: '3.23.3', '3': '3.23.3', edge: '3.23.3' }, 3_640_000)),
  'docker.io/library/ubuntu': shell(['/bin/bash'], fixedTags('ubuntu', UBUNTU, { latest: '24.04', rolling: '25.10', questing: '25.10', noble: '24.04', jammy: '22.04', focal: '20.04', bionic: '18.04', xenial: '16.04' }, 29_700_000)),
  'docker.io/library/debian': shell(['bash'], fixedTags('debian', DEBIAN, { latest: '13', stable: '13', oldstable: '12', trixie: '13', bookworm: '12', bullseye: '11', buster: '10' }, 48_300_000, { PATH }, ['-slim'])),
  'docker.io/library/perl': shell(['perl', '-de0'], fixedTags('perl', PERL, { ...minorAliases(PERL), '5.34': '5.34.3', latest: '5.40.2', '5': '5.40.2', stable: '5.40.2' }, 337_000_000, { PATH }, ['-slim'])),
  'docker.io/curlimages/curl': { ...shell(['curl'], fixedTags('curl', CURL, { latest: '8.12.1' }, 9_100_000), 'latest', []), dashArgsPrefix: 'curl' },
};
