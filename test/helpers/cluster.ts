// A real cluster for a test file: its own MK_HOME, KUBECONFIG and free port, and
// everything it started stopped afterwards, also when the test fails.
import { execa, type Result } from 'execa';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killStaleContainers } from '../../src/kubelet/stale-processes.js';

export const MK_BIN = fileURLToPath(new URL('../../bin/mk', import.meta.url));
export const KUBECTL = {
  '1.27': '/usr/lib/google-cloud-sdk/bin/kubectl.1.27',
  '1.33': '/usr/lib/google-cloud-sdk/bin/kubectl.1.33',
} as const;

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class TestCluster {
  readonly dir: string;
  readonly home: string;
  readonly kubeconfig: string;
  port = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'mk-test-'));
    this.home = join(this.dir, 'home');
    this.kubeconfig = join(this.dir, 'kubeconfig');
  }

  get env(): Record<string, string> {
    return { MK_HOME: this.home, KUBECONFIG: this.kubeconfig, HOME: this.dir, NO_COLOR: '1' };
  }

  async start(extra: string[] = [], env: Record<string, string> = {}): Promise<RunResult> {
    this.port = await freePort();
    const r = await this.mk(['start', '--api-port', String(this.port), ...extra], { env });
    if (r.exitCode !== 0) throw new Error(`mk start failed: ${r.stderr}\n${r.stdout}`);
    return r;
  }

  async mk(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
    const r: Result = await execa(MK_BIN, args, { env: { ...this.env, ...(opts.env ?? {}) }, reject: false, input: opts.input, stripFinalNewline: false, timeout: 60_000 });
    return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
  }

  async kubectl(version: keyof typeof KUBECTL, args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
    const r: Result = await execa(KUBECTL[version], ['--cache-dir', join(this.dir, `kcache-${version}`), ...args], { env: { ...this.env, ...(opts.env ?? {}) }, reject: false, input: opts.input, stripFinalNewline: false, timeout: 60_000 });
    return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
  }

  /** The daemon's pid, if running. */
  daemonPid(): number | undefined {
    const f = join(this.home, 'daemon.pid');
    return existsSync(f) ? Number(readFileSync(f, 'utf8')) : undefined;
  }

  async destroy(): Promise<void> {
    const pid = this.daemonPid();
    await this.mk(['stop']).catch(() => undefined);
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // pods of a daemon that died without stopping them (their pid files name them)
    killStaleContainers(join(this.home, 'pods'));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Polls until `fn` returns a truthy value or the deadline passes. */
export async function waitFor<T>(fn: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
