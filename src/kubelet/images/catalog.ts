// Resolves an image reference against the built-in catalog, the way a kubelet + containerd
// pull would: normalised reference, image ID, size, and the program that plays the image.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyDefaultImageTag, dockerRefString, goQuote, repositoryName } from './reference.js';
import { REPOSITORIES, type ImageKind, type Repository, type TagImage } from './repositories.js';

export type { ImageKind } from './repositories.js';

export interface ResolvedImage {
  /** The image as written in the pod spec. */
  requested: string;
  /** Normalised as containerd reports it: docker.io/library/nginx:latest, or repo@sha256:… for digests. */
  ref: string;
  /** containerd's image ID as the pod status shows it: docker.io/library/nginx@sha256:<64 hex>. */
  imageId: string;
  /** The image's compressed size, for "Image size: N bytes". */
  sizeBytes: number;
  /** Absolute path of the JS entry to run with node, or /bin/sh for shell images. */
  program: string;
  /** The port the program listens on inside the pod (80 for nginx, 8080 for bootcamp, 0 for none). */
  defaultPort: number;
  /** The image's configured environment (ENV lines), to merge under the container's env. */
  env: Record<string, string>;
  kind: ImageKind;
  /** The tag asked for (after the kubelet's default ":latest"); undefined for digest-only references. */
  tag?: string;
  /** What the image runs: nginx 1.29.8, hello-nginx v2.5, bootcamp v1, busybox 1.36.1. */
  version: string;
  /** Image ENTRYPOINT and CMD, as `docker inspect` would show them. */
  entrypoint: string[];
  cmd: string[];
  /** The image's STOPSIGNAL, which containerd uses to stop the container (nginx: SIGQUIT). */
  stopSignal: 'SIGTERM' | 'SIGQUIT';
  /** nginx only: release date (Last-Modified of the welcome page). */
  releasedAt?: string;
  /** curlimages/curl only: arguments starting with "-" get this program in front. */
  dashArgsPrefix?: string;
}

export interface ImagePullError {
  /** The runtime's error (for pulls: "rpc error: code = NotFound desc = …"). */
  error: string;
  /** Container waiting reason. */
  reason: 'ErrImagePull' | 'InvalidImageName';
  /** Event reason of the warning the kubelet records: Failed (pull) or InspectFailed (bad name). */
  eventReason: 'Failed' | 'InspectFailed';
  /** The full event / waiting message: `Failed to pull image "X": <error>` or `Failed to apply default image tag "X": <error>`. */
  message: string;
}

const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The digest our registry gives an image: stable, derived from what the image is. */
function digestOf(repo: string, img: TagImage): string {
  return `sha256:${sha256Hex(`mk-image/${repo}/${img.identity}`)}`;
}

function pullError(requested: string, error: string): ImagePullError {
  return { error, reason: 'ErrImagePull', eventReason: 'Failed', message: `Failed to pull image ${goQuote(requested)}: ${error}` };
}

function notFound(requested: string, normalised: string): ImagePullError {
  const q = goQuote(normalised);
  return pullError(requested,
    `rpc error: code = NotFound desc = failed to pull and unpack image ${q}: failed to resolve reference ${q}: ${normalised}: not found`);
}

/** Docker Hub answers 401 for repositories that do not exist (it cannot tell them from private ones). */
function accessDenied(requested: string, normalised: string): ImagePullError {
  const q = goQuote(normalised);
  return pullError(requested,
    `rpc error: code = Unknown desc = failed to pull and unpack image ${q}: failed to resolve reference ${q}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`);
}

const digestIndex = new Map<string, Map<string, string>>();

/** Finds the tag whose digest is `digest`, so "nginx@sha256:<ours>" runs the right version. */
function tagForDigest(repoName: string, repo: Repository, digest: string): TagImage | undefined {
  let index = digestIndex.get(repoName);
  if (!index) {
    index = new Map();
    for (const t of repo.distinctTags()) {
      const img = repo.tag(t);
      if (img) index.set(digestOf(repoName, img), t);
    }
    digestIndex.set(repoName, index);
  }
  const tag = index.get(digest);
  return tag === undefined ? undefined : repo.tag(tag);
}

/**
 * Resolves an image as the kubelet + containerd would pull it. Known repositories with unknown
 * tags fail with containerd's NotFound; unknown Docker Hub repositories with "pull access denied".
 * A digest we did not mint is accepted for a known repository (people paste real digests) and
 * runs the tag given alongside it, or the repository's default tag.
 */
export function resolveImage(image: string): ResolvedImage | ImagePullError {
  const defaulted = applyDefaultImageTag(image);
  if ('error' in defaulted) {
    return { error: defaulted.error, reason: 'InvalidImageName', eventReason: 'InspectFailed', message: `Failed to apply default image tag ${goQuote(image)}: ${defaulted.error}` };
  }
  const { ref } = defaulted;
  const normalised = dockerRefString(ref);
  const repoName = repositoryName(ref);
  const repo = REPOSITORIES[repoName];
  if (!repo) return ref.domain === 'docker.io' ? accessDenied(image, normalised) : notFound(image, normalised);

  let img: TagImage | undefined;
  if (ref.digest) {
    img = tagForDigest(repoName, repo, ref.digest) ?? (ref.tag ? repo.tag(ref.tag) : repo.tag(repo.defaultTag));
  } else {
    img = repo.tag(ref.tag!);
  }
  if (!img) return notFound(image, normalised);

  const digest = ref.digest ?? digestOf(repoName, img);
  return {
    requested: image,
    ref: normalised,
    imageId: `${repoName}@${digest}`,
    sizeBytes: img.sizeBytes,
    program: repo.kind === 'shell' ? '/bin/sh' : serverProgramPath(repo.kind),
    defaultPort: repo.defaultPort,
    env: { ...img.env },
    kind: repo.kind,
    ...(ref.digest ? {} : { tag: ref.tag! }),
    version: img.version,
    entrypoint: [...repo.entrypoint],
    cmd: [...repo.cmd],
    stopSignal: img.stopSignal,
    ...(img.releasedAt ? { releasedAt: img.releasedAt } : {}),
    ...(repo.dashArgsPrefix ? { dashArgsPrefix: repo.dashArgsPrefix } : {}),
  };
}

export function isImagePullError(r: ResolvedImage | ImagePullError): r is ImagePullError {
  return 'error' in r;
}

let projectRoot: string | undefined;

/** The directory holding package.json, found upward from this module (src/… or dist/…). */
function findProjectRoot(): string {
  if (projectRoot) return projectRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return (projectRoot = dir);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return (projectRoot = process.cwd());
}

/**
 * The server program for an image kind. The bundled copy (dist/servers/<kind>.js, built by
 * scripts/build.mjs from src/kubelet/images/servers/) is used when this code runs from dist;
 * otherwise the plain-JS source, which runs as is.
 */
export function serverProgramPath(kind: ImageKind): string {
  const root = findProjectRoot();
  const fromDist = fileURLToPath(import.meta.url).includes(`${join(root, 'dist')}`);
  const bundled = join(root, 'dist', 'servers', `${kind}.js`);
  const source = join(root, 'src', 'kubelet', 'images', 'servers', `${kind}.mjs`);
  if (fromDist && existsSync(bundled)) return bundled;
  return existsSync(source) ? source : bundled;
}
