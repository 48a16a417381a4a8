// mk cp [[NS/]POD:]SRC [[NS/]POD:]DEST [-c C]: kubectl cp, i.e. `tar` run in the container through
// the exec WebSocket. A container's filesystem is its pod directory: "/data/x" maps to "data/x"
// under the container's working directory, where exec runs.
import type { Command } from 'commander';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import WebSocket from 'ws';
import { R } from '../../client/interface.js';
import { resourcePath } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError } from '../errors.js';

interface FileSpec {
  namespace?: string;
  pod?: string;
  file: string;
}

export function parseFileSpec(arg: string): FileSpec {
  const i = arg.indexOf(':');
  if (i < 0) {
    if (!arg) throw new CliError('filepath can not be empty');
    return { file: arg };
  }
  const podPart = arg.slice(0, i);
  const file = arg.slice(i + 1);
  if (!file) throw new CliError('filepath can not be empty');
  const parts = podPart.split('/');
  if (parts.length === 1) return { pod: parts[0], file };
  if (parts.length === 2) return { namespace: parts[0], pod: parts[1], file };
  throw new CliError(`unexpected fileSpec: ${arg}, expected [[namespace/]pod:]file/path`);
}

/** A container path as a path relative to the container's directory. */
export const containerRelative = (file: string): string => posix.normalize(file.replace(/^\/+/, '')).replace(/^(\.\.\/)+/, '') || '.';

// ---- a minimal ustar writer and reader (files, directories, symlinks; GNU long names) ----

const pad = (n: number) => Buffer.alloc((512 - (n % 512)) % 512);

function header(name: string, type: string, size: number, mode: number, mtime: number, linkname = ''): Buffer {
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100) {
      prefix = name.slice(0, cut);
      name = name.slice(cut + 1);
    } else {
      // too long for ustar: a GNU long-name entry carries it (GNU and busybox tar read it)
      const data = Buffer.from(name + '\0');
      return Buffer.concat([header('././@LongLink', 'L', data.length, 0o644, 0), data, pad(data.length), header(name.slice(0, 100), type, size, mode, mtime, linkname)]);
    }
  }
  const h = Buffer.alloc(512);
  const put = (s: string, off: number, len: number) => h.write(s, off, Math.min(len, Buffer.byteLength(s)));
  const octal = (n: number, len: number) => n.toString(8).padStart(len - 1, '0') + '\0';
  put(name, 0, 100);
  put(octal(mode & 0o7777, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(Math.floor(mtime / 1000), 12), 136, 12);
  h.fill(' ', 148, 156);
  put(type, 156, 1);
  put(linkname, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  return h;
}

/** makeTar: `src` stored under the name `destName` (recursively for directories). */
export function makeTar(src: string, destName: string): Buffer {
  const out: Buffer[] = [];
  const walk = (path: string, name: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) {
      out.push(header(name, '2', 0, st.mode, st.mtimeMs, readlinkSync(path)));
    } else if (st.isDirectory()) {
      const entries = readdirSync(path).sort();
      if (!entries.length) out.push(header(name + '/', '5', 0, st.mode, st.mtimeMs));
      for (const e of entries) walk(join(path, e), `${name}/${e}`);
    } else {
      const data = readFileSync(path);
      out.push(header(name, '0', data.length, st.mode, st.mtimeMs), data, pad(data.length));
    }
  };
  walk(src, destName);
  out.push(Buffer.alloc(1024));
  return Buffer.concat(out);
}

export interface TarEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink' | 'other';
  mode: number;
  linkname: string;
  data: Buffer;
}

export function readTar(buf: Buffer): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  const str = (o: number, len: number) => {
    const s = buf.subarray(o, o + len);
    const z = s.indexOf(0);
    return (z >= 0 ? s.subarray(0, z) : s).toString('utf8');
  };
  while (off + 512 <= buf.length) {
    if (buf.subarray(off, off + 512).every((b) => b === 0)) break;
    const hdr = off;
    const size = parseInt(str(off + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(buf[off + 156] || 48);
    const prefix = str(off + 257, 6).startsWith('ustar') ? str(off + 345, 155) : '';
    let name = prefix ? `${prefix}/${str(off, 100)}` : str(off, 100);
    const data = buf.subarray(off + 512, off + 512 + size);
    off += 512 + size + ((512 - (size % 512)) % 512);
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      paxPath = m?.[1];
      continue;
    }
    if (type === 'g') continue;
    name = paxPath ?? longName ?? name;
    longName = paxPath = undefined;
    const mode = parseInt(str(hdr + 100, 8).trim() || '0', 8);
    const kind = type === '5' ? 'dir' : type === '2' ? 'symlink' : type === '0' || type === '7' ? 'file' : 'other';
    out.push({ name, type: kind, mode, linkname: str(hdr + 157, 100), data: Buffer.from(data) });
  }
  return out;
}

// ---- exec over the v5.channel.k8s.io WebSocket, buffered ----

interface ExecResult {
  stdout: Buffer;
  stderr: string;
  code: number;
  message?: string;
}

export function execInPod(c: CliContext, pod: KubeObject, container: string, argv: string[], stdin?: Buffer): Promise<ExecResult> {
  const { url, token, agent } = c.client.connection;
  const q = new URLSearchParams();
  for (const a of argv) q.append('command', a);
  q.set('container', container);
  q.set('stdout', 'true');
  q.set('stderr', 'true');
  if (stdin) q.set('stdin', 'true');
  const wsUrl = `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}${resourcePath(R.pods, pod.metadata.namespace, pod.metadata.name, 'exec')}?${q}`;
  const ws = new WebSocket(wsUrl, ['v5.channel.k8s.io'], { agent, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return new Promise((resolvePromise, reject) => {
    const out: Buffer[] = [];
    let err = '';
    let code = 0;
    let message: string | undefined;
    ws.on('open', () => {
      if (!stdin) return;
      for (let i = 0; i < stdin.length; i += 64 * 1024) ws.send(Buffer.concat([Buffer.from([0]), stdin.subarray(i, i + 64 * 1024)]));
      ws.send(Buffer.from([255, 0]));
    });
    ws.on('message', (data: Buffer) => {
      const ch = data[0];
      const body = data.subarray(1);
      if (ch === 1) out.push(Buffer.from(body));
      else if (ch === 2) err += body.toString();
      else if (ch === 3 && body.length) {
        const st = JSON.parse(body.toString());
        if (st.status !== 'Success') {
          const exit = st.details?.causes?.find((x: { reason?: string }) => x.reason === 'ExitCode')?.message;
          code = exit ? Number(exit) : 1;
          if (!exit) message = st.message;
        }
      }
    });
    ws.on('close', () => resolvePromise({ stdout: Buffer.concat(out), stderr: err, code, message }));
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d));
      res.on('end', () => {
        try {
          const st = JSON.parse(text);
          reject(new CliError(`Error from server (${st.reason ?? 'BadRequest'}): ${st.message}`));
        } catch {
          reject(new CliError(`unable to upgrade connection: ${text.trim() || res.statusCode}`));
        }
      });
    });
    ws.on('error', reject);
  });
}

// ---- the two directions ----

async function copyFromPod(c: CliContext, pod: KubeObject, container: string, src: string, dest: string): Promise<void> {
  const rel = containerRelative(src);
  const r = await execInPod(c, pod, container, ['tar', 'cf', '-', rel]);
  // GNU tar in a real container says this for absolute paths; ours ran on the relative one
  if (src.startsWith('/') && r.stdout.length) c.io.err("tar: Removing leading `/' from member names\n");
  // tar names the path it was given; show the one the user gave
  if (r.stderr) c.io.err(rel === src ? r.stderr : r.stderr.split(`tar: ${rel}: `).join(`tar: ${src}: `));
  if (r.message) throw new CliError(r.message);
  const prefix = rel === '.' ? '' : rel;
  let warned = false;
  for (const e of readTar(r.stdout)) {
    const name = e.name.replace(/\/+$/, '');
    if (!name.startsWith(prefix)) throw new CliError('tar contents corrupted');
    const target = join(dest, name.slice(prefix.length));
    if (relative(resolve(dest), resolve(target)).startsWith('..')) {
      c.io.err(`warning: file "${target}" is outside target destination, skipping\n`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    if (e.type === 'dir') {
      mkdirSync(target, { recursive: true });
      continue;
    }
    if (e.type === 'symlink') {
      if (!warned) c.io.err(`warning: skipping symlink: "${target}" -> "${e.linkname}"\n`);
      warned = true;
      continue;
    }
    if (e.type !== 'file') continue;
    writeFileSync(target, e.data);
    if (e.mode) chmodSync(target, e.mode & 0o777);
  }
  // kubectl cp leaves a failed remote tar at what it printed (exit status 0)
}

async function copyToPod(c: CliContext, pod: KubeObject, container: string, src: string, dest: string, noPreserve: boolean): Promise<void> {
  if (!existsSync(src)) throw new CliError(`${src} doesn't exist in local filesystem`);
  let destRel = containerRelative(dest);
  // a directory destination receives the source under its own name (checkDestinationIsDir)
  if ((await execInPod(c, pod, container, ['test', '-d', destRel])).code === 0) destRel = posix.join(destRel, basename(resolve(src)));
  const dir = posix.dirname(destRel);
  // a container image has /tmp and friends; a pod directory starts empty
  if (dir !== '.') await execInPod(c, pod, container, ['mkdir', '-p', dir]);
  const argv = noPreserve ? ['tar', '--no-same-permissions', '--no-same-owner', '-xmf', '-'] : ['tar', '-xmf', '-'];
  if (dir !== '.') argv.push('-C', dir);
  const r = await execInPod(c, pod, container, argv, makeTar(src, posix.basename(destRel)));
  if (r.stderr) c.io.err(r.stderr);
  if (r.message) throw new CliError(r.message);
  if (r.code) {
    c.io.err(`command terminated with exit code ${r.code}\n`);
    throw new ExitError(1);
  }
}

export function registerCp(program: Command, ctx: () => CliContext): void {
  program
    .command('cp')
    .description('Copy files and directories to and from containers')
    .argument('<src>')
    .argument('<dest>')
    .option('-c, --container <name>', 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen')
    .option('--no-preserve', 'The copied file/directory\'s ownership and permissions will not be preserved in the container')
    .option('--retries <n>', 'Set number of retries to complete a copy operation from a container.')
    .action(async (srcArg: string, destArg: string, o: { container?: string; preserve?: boolean }) => {
      const c = ctx();
      const src = parseFileSpec(srcArg);
      const dest = parseFileSpec(destArg);
      if (src.pod && dest.pod) throw new CliError('one of src or dest must be a local file specification');
      if (!src.pod && !dest.pod) throw new CliError('one of src or dest must be a remote file specification');
      const remote = (src.pod ? src : dest) as Required<Pick<FileSpec, 'pod'>> & FileSpec;
      const pod = await c.client.get(R.pods, remote.namespace ?? c.namespace, remote.pod);
      const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
      const container = o.container ?? annotated ?? pod.spec?.containers?.[0]?.name;
      if (!pod.spec?.containers?.some((x: { name: string }) => x.name === container)) throw new CliError(`container ${container} not found in pod ${pod.metadata.name}`);
      if (!o.container && pod.spec.containers.length > 1 && !annotated) c.io.err(`Defaulted container "${container}" out of: ${pod.spec.containers.map((x: { name: string }) => x.name).join(', ')}\n`);
      if (src.pod) await copyFromPod(c, pod, container, src.file, dest.file);
      else await copyToPod(c, pod, container, src.file, dest.file, o.preserve === false);
    });
}
