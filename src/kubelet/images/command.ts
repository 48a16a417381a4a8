// Turns an image plus a container spec into the host process the kubelet spawns, following
// the runtime's rules: `command` replaces ENTRYPOINT (and drops CMD), `args` replaces CMD.
import { accessSync, constants } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ResolvedImage } from './catalog.js';

/** The parts of a v1.Container this needs. */
export interface ContainerLike {
  command?: string[];
  args?: string[];
  ports?: { containerPort: number; protocol?: string }[];
}

/** What only the kubelet knows about the pod the container runs in. */
export interface PodRuntimeContext {
  /** The 127.0.0.1 port the kubelet allocated for the program's defaultPort. */
  listenPort?: number;
  podIP?: string;
  podName?: string;
  /** Volume mounts: container path → host path (nginx serves /usr/share/nginx/html from one). */
  mounts?: Record<string, string>;
}

export interface ProgramCommand {
  command: string;
  args: string[];
  /** Image env plus the MK_* variables; the kubelet layers the container's env on top. */
  env: Record<string, string>;
  /** True when the image's own server runs; false when a shell runs the container's argv. */
  runsImageServer: boolean;
  /** The argv a real runtime would exec (for messages and `describe`). */
  argv: string[];
}

/**
 * Node flags for server programs, chosen by measurement (numbers in the report printed by
 * test/unit/images-servers.test.ts): --jitless trims ~1.5 MB private and ~5 MB shared memory
 * per process for ~25% fewer requests/s; --v8-pool-size=0 (with UV_THREADPOOL_SIZE=1) drops
 * idle threads; small heaps keep the GC from growing the RSS. --no-expose-wasm silences the
 * warning --jitless prints otherwise. Private memory is ~10 MB per server; the rest of the PSS
 * is node's binary, shared by every node process on the machine.
 */
export const SERVER_NODE_FLAGS = [
  '--max-old-space-size=32',
  '--max-semi-space-size=1',
  '--v8-pool-size=0',
  '--jitless',
  '--no-expose-wasm',
];

/** POSIX shell single-quoting. */
export function shQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const nonEmpty = (a: string[] | undefined): a is string[] => Array.isArray(a) && a.length > 0;

/** The argv a container runtime would exec for this image and container. */
export function effectiveArgv(image: ResolvedImage, container: ContainerLike): string[] {
  if (nonEmpty(container.command)) return [...container.command, ...(container.args ?? [])];
  const cmd = nonEmpty(container.args) ? container.args : image.cmd;
  let argv = [...image.entrypoint, ...cmd];
  // curlimages/curl's entrypoint: `curl` in front of arguments that start with "-".
  if (image.dashArgsPrefix && image.entrypoint.length === 0 && argv[0]?.startsWith('-')) argv = [image.dashArgsPrefix, ...argv];
  return argv;
}

/** Whether the image's own program serves, given the container's command/args. */
function imageServerRuns(image: ResolvedImage, container: ContainerLike): boolean {
  if (image.kind === 'shell') return false;
  if (nonEmpty(container.command)) return false;
  if (!nonEmpty(container.args)) return true;
  // nginx's /docker-entrypoint.sh execs "$@": it still starts nginx only for `nginx ...`.
  if (image.kind === 'nginx' || image.kind === 'hello-nginx') return container.args[0] === 'nginx' || container.args[0] === 'nginx-debug';
  // the liveness server's entrypoint takes the args; bootcamp has no entrypoint, args replace it.
  return image.kind === 'liveness';
}

function firstTcpPort(container: ContainerLike): number | undefined {
  return container.ports?.find((p) => (p.protocol ?? 'TCP') === 'TCP')?.containerPort;
}

/**
 * The process for a container: `node <flags> <server>` for server images, else
 * `/bin/sh -c 'exec <argv…>'` so the container's argv runs unchanged (each word quoted).
 * The kubelet should spawn it in its own process group and signal the group.
 */
export function programCommand(image: ResolvedImage, container: ContainerLike, ctx: PodRuntimeContext = {}): ProgramCommand {
  const env: Record<string, string> = {
    ...image.env,
    MK_IMAGE_KIND: image.kind,
    MK_IMAGE_TAG: image.tag ?? '',
    MK_APP_VERSION: image.version,
    MK_CONTAINER_PORT: String(firstTcpPort(container) ?? image.defaultPort),
    MK_LISTEN_PORT: String(ctx.listenPort ?? image.defaultPort),
  };
  if (ctx.podIP) env.MK_POD_IP = ctx.podIP;
  if (ctx.podName) env.HOSTNAME = ctx.podName;
  if (image.releasedAt) env.MK_RELEASED_AT = image.releasedAt;
  if (ctx.mounts && Object.keys(ctx.mounts).length) env.MK_MOUNTS = JSON.stringify(ctx.mounts);

  const argv = effectiveArgv(image, container);
  if (imageServerRuns(image, container)) {
    const extra = image.kind === 'liveness' && nonEmpty(container.args) ? container.args : [];
    env.UV_THREADPOOL_SIZE = '1';
    return { command: process.execPath, args: [...SERVER_NODE_FLAGS, image.program, ...extra], env, runsImageServer: true, argv };
  }
  return { command: '/bin/sh', args: ['-c', `exec ${argv.map(shQuote).join(' ')}`], env, runsImageServer: false, argv };
}

/**
 * runc's error when argv[0] cannot be found, e.g. `exec: "stress": executable file not found
 * in $PATH`, or undefined when it exists on this host. Lets the kubelet fail the start the way
 * a runtime does (StartError) instead of a shell exiting 127.
 */
export function executableNotFound(argv0: string | undefined, pathEnv: string): string | undefined {
  if (!argv0) return 'exec: no command';
  const runnable = (p: string): boolean => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (argv0.includes('/')) {
    return runnable(argv0) ? undefined : `exec: ${JSON.stringify(argv0)}: stat ${argv0}: no such file or directory`;
  }
  for (const dir of pathEnv.split(':')) {
    if (dir && isAbsolute(dir) && runnable(join(dir, argv0))) return undefined;
  }
  return `exec: ${JSON.stringify(argv0)}: executable file not found in $PATH`;
}
