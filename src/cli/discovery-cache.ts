// Discovery kept on disk for 6 hours, as kubectl keeps it under ~/.kube/cache/discovery,
// so that a command costs one request instead of three.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const TTL_MS = 6 * 60 * 60 * 1000;

function file(cacheDir: string | undefined, hostPort: string): string {
  return join(cacheDir ?? join(homedir(), '.kube', 'cache'), 'discovery', hostPort.replace(/:/g, '_'), 'mk-aggregated.json');
}

export function readDiscovery<T>(cacheDir: string | undefined, hostPort: string): T | undefined {
  const f = file(cacheDir, hostPort);
  try {
    if (Date.now() - statSync(f).mtimeMs > TTL_MS) return undefined;
    return JSON.parse(readFileSync(f, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeDiscovery(cacheDir: string | undefined, hostPort: string, data: unknown): void {
  const f = file(cacheDir, hostPort);
  try {
    mkdirSync(join(f, '..'), { recursive: true });
    const tmp = `${f}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, f);
  } catch {
    // a read-only home only costs the next command two more requests
  }
}
