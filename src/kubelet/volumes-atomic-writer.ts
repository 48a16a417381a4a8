// The kubelet's atomic writer (pkg/volume/util/atomic_writer.go) for configMap, secret,
// downwardAPI and projected volumes. The files live in a hidden timestamped directory
// (`..2026_11_23_11_52_35.1234567890`), `..data` links to it, and each top-level name is a
// link `name -> ..data/name`. An update writes a new timestamped directory and swaps `..data`
// with a rename, so a reader sees the old set of files or the new one, never a mix.
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, chmodSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface FileProjection {
  data: Buffer;
  mode: number;
}

/** Volume-relative path → file. */
export type Payload = Map<string, FileProjection>;

const DATA_DIR = '..data';
const NEW_DATA_DIR = '..data_tmp';
const MAX_FILE_NAME = 255;
const MAX_PATH = 4096;

/** Why a payload path is not allowed (atomic_writer.go validatePath), or undefined. */
export function invalidPath(p: string): string | undefined {
  if (p === '') return `invalid path: must not be empty: ""`;
  if (p.startsWith('/')) return `invalid path: must be relative path: ${p}`;
  if (p.length > MAX_PATH) return `invalid path: must be less than or equal to ${MAX_PATH} characters`;
  const parts = p.split('/');
  for (const part of parts) {
    if (part === '..') return `invalid path: must not contain '..': ${p}`;
    if (part.length > MAX_FILE_NAME) return `invalid path: filenames must be less than or equal to ${MAX_FILE_NAME} characters`;
  }
  if (parts[0].startsWith('..') && parts[0].length > 2) return `invalid path: must not start with '..': ${p}`;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `..2006_01_02_15_04_05.` plus Go's TempDir random suffix (decimal digits). */
function timestampName(now: Date): string {
  const d = now;
  const stamp = `${d.getUTCFullYear()}_${pad(d.getUTCMonth() + 1)}_${pad(d.getUTCDate())}_${pad(d.getUTCHours())}_${pad(d.getUTCMinutes())}_${pad(d.getUTCSeconds())}`;
  return `..${stamp}.${Math.floor(Math.random() * 0xffffffff)}`;
}

function newTimestampDir(targetDir: string, now: Date): string {
  for (;;) {
    const dir = join(targetDir, timestampName(now));
    try {
      mkdirSync(dir);
      chmodSync(dir, 0o755);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

const exists = (p: string): boolean => {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
};

/** Every path under dir, relative to it (files and directories). */
function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(join(dir, prefix));
  } catch {
    return out;
  }
  for (const name of entries) {
    const rel = prefix ? `${prefix}/${name}` : name;
    out.push(rel);
    if (lstatSync(join(dir, rel)).isDirectory()) out.push(...walk(dir, rel));
  }
  return out;
}

function clean(payload: Payload): Payload {
  const out: Payload = new Map();
  for (const [p, f] of payload) {
    const bad = invalidPath(p);
    if (bad) throw new Error(bad);
    out.set(posix.normalize(p), f);
  }
  return out;
}

/** The old paths the new payload no longer has (its files and their parent directories stay). */
function pathsToRemove(payload: Payload, oldTsDir: string): string[] {
  const keep = new Set<string>();
  for (const file of payload.keys()) {
    for (let p = file; p && p !== '.'; p = posix.dirname(p)) keep.add(p);
  }
  return walk(oldTsDir).filter((p) => !keep.has(p));
}

function differs(payload: Payload, oldTsDir: string): boolean {
  for (const [p, f] of payload) {
    const file = join(oldTsDir, p);
    if (!exists(file)) return true;
    try {
      if (!readFileSync(file).equals(f.data) || (lstatSync(file).mode & 0o7777) !== f.mode) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Projects `payload` into `targetDir` (which must exist). Returns whether anything was written:
 * an unchanged payload leaves the volume alone, as the kubelet does on every resync.
 */
export function writeAtomic(targetDir: string, payload: Payload, now = new Date()): boolean {
  const files = clean(payload);
  const dataDir = join(targetDir, DATA_DIR);
  let oldTs = '';
  try {
    oldTs = readlinkSync(dataDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const oldTsPath = oldTs ? join(targetDir, oldTs) : '';
  const remove = oldTsPath ? pathsToRemove(files, oldTsPath) : [];
  if (oldTsPath && remove.length === 0 && !differs(files, oldTsPath)) return false;

  const tsDir = newTimestampDir(targetDir, now);
  for (const [p, f] of files) {
    const full = join(tsDir, p);
    mkdirSync(posix.dirname(full), { recursive: true });
    writeFileSync(full, f.data);
    // the mode exactly, whatever the umask
    chmodSync(full, f.mode);
  }
  // the user-visible links: one per top-level name, into ..data
  for (const p of files.keys()) {
    const top = p.split('/')[0];
    const visible = join(targetDir, top);
    if (!exists(visible)) symlinkSync(join(DATA_DIR, top), visible);
  }
  const tmpLink = join(targetDir, NEW_DATA_DIR);
  rmSync(tmpLink, { force: true });
  symlinkSync(tsDir.slice(targetDir.length + 1), tmpLink);
  renameSync(tmpLink, dataDir);
  for (const p of remove) if (!p.includes('/')) rmSync(join(targetDir, p), { force: true });
  if (oldTsPath) rmSync(oldTsPath, { recursive: true, force: true });
  return true;
}
