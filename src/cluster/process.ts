// Finding and waiting for the daemon process.
import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { paths, type ClusterConfig } from './paths.js';

export function readConfig(home: string): ClusterConfig | undefined {
  if (!existsSync(paths.config(home))) return undefined;
  return JSON.parse(readFileSync(paths.config(home), 'utf8')) as ClusterConfig;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function daemonPid(home: string): number | undefined {
  if (!existsSync(paths.pid(home))) return undefined;
  const pid = Number(readFileSync(paths.pid(home), 'utf8').trim());
  return pid > 0 && alive(pid) ? pid : undefined;
}

export function healthy(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port, path: '/readyz', timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
