// Putting a pod's volumes into one container's root. Without root there are no bind mounts,
// so each volumeMount becomes a symlink at its mountPath (relative to the container root, see
// rootfs.ts) to the volume's host directory, shadowing what the image had there as a mount
// would. A subPath of a configMap/secret/downwardAPI/projected volume is hard-linked instead:
// like a bind mount of the file, it keeps the content it had at start when the volume updates.
import { linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { dirname, join, posix, relative, isAbsolute } from 'node:path';
import { expand } from './env.js';
import { hostPath } from './rootfs.js';

/** A volume ready for mounting: where it is on the host, and whether the atomic writer owns it. */
export interface VolumeLocation {
  hostDir: string;
  atomic: boolean;
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  subPath?: string;
  subPathExpr?: string;
  readOnly?: boolean;
}

/** The part of a v1.Container this needs. */
export interface MountingContainer {
  volumeMounts?: VolumeMount[];
  [field: string]: unknown;
}

const depth = (p: string) => posix.normalize(p).split('/').filter(Boolean).length;

/** Mounts by path depth, parents first (as containerd orders them). */
function ordered(container: MountingContainer): VolumeMount[] {
  return [...(container.volumeMounts ?? [])].sort((a, b) => depth(a.mountPath) - depth(b.mountPath));
}

/** The mount's subPath, with $(VAR) from the container's environment for subPathExpr. */
function subPathOf(m: VolumeMount, vars: Record<string, string>): string {
  const sub = m.subPathExpr ? expand(m.subPathExpr, vars) : m.subPath ?? '';
  if (isAbsolute(sub) || sub.split('/').includes('..')) throw new Error(`subpath "${sub}" must not be absolute or contain ".."`);
  return sub;
}

/** The host path a mount shows: the volume's directory or the subPath inside it. */
function source(vol: VolumeLocation, sub: string): string {
  return sub ? join(vol.hostDir, sub) : vol.hostDir;
}

/** Container path → host path, for the image programs that read volumes (MK_MOUNTS). */
export function mountMap(container: MountingContainer, volumes: (name: string) => VolumeLocation | undefined, vars: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of ordered(container)) {
    const vol = volumes(m.name);
    if (vol) out[posix.normalize(m.mountPath).replace(/(.)\/+$/, '$1')] = source(vol, subPathOf(m, vars));
  }
  return out;
}

const isInside = (dir: string, p: string) => {
  const rel = relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A hard-linked copy of a file or tree: the old inodes survive the writer's later swap. */
function linkCopy(from: string, to: string): void {
  const st = lstatSync(from);
  if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else if (st.isDirectory()) {
    mkdirSync(to, { mode: st.mode & 0o7777 });
    for (const name of readdirSync(from)) linkCopy(join(from, name), join(to, name));
  } else {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/**
 * Links every volumeMount of `container` into `root`. A subPath that does not exist yet is
 * created as a directory in the volume (as the kubelet does).
 */
export function linkVolumeMounts(root: string, container: MountingContainer, volumes: (name: string) => VolumeLocation | undefined, vars: Record<string, string> = {}): void {
  const realRoot = realpathSync(root);
  for (const m of ordered(container)) {
    const vol = volumes(m.name);
    if (!vol) continue;
    const sub = subPathOf(m, vars);
    let from = source(vol, sub);
    if (sub) {
      try {
        lstatSync(from);
      } catch {
        mkdirSync(from, { recursive: true });
      }
    }
    const target = hostPath(root, m.mountPath);
    if (target === root || !isInside(root, target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    // a mount beneath another mount lands in that volume: only replace what a mount point may be
    const inVolume = !isInside(realRoot, realpathSync(dirname(target)));
    try {
      const st = lstatSync(target);
      if (inVolume && st.isDirectory() && readdirSync(target).length > 0) continue;
      rmSync(target, { recursive: true, force: true });
    } catch {
      // nothing there yet
    }
    if (sub && vol.atomic) {
      from = realpathSync(from);
      linkCopy(from, target);
    } else symlinkSync(from, target);
  }
}
