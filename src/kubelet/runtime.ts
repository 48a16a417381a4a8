// The container runtime: a container is a host process in its own process group, its
// output captured into the CRI log, its pid recorded so a later daemon can clean up.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ContainerLogWriter } from './log-file.js';
import { ContainerStreams } from './attach-streams.js';
import { processStartTime } from './process-tree.js';

export interface ExitInfo {
  exitCode: number;
  /** the signal that ended the process, if any */
  signal?: NodeJS.Signals;
  finishedAt: Date;
  /** set by the kubelet when it killed the process for exceeding its memory limit */
  oomKilled?: boolean;
}

export interface SpawnSpec {
  /** 64 hex digits, as containerd's container IDs */
  id: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  logPath: string;
  pidFile: string;
  /** the container spec's stdin: keep a stdin pipe open for attach (attach-streams.ts) */
  stdin?: boolean;
  stdinOnce?: boolean;
}

export const newContainerId = (): string => randomBytes(32).toString('hex');

/** A running (or finished) container process. */
export class ContainerProcess {
  readonly id: string;
  readonly startedAt = new Date();
  readonly log: ContainerLogWriter;
  /** stdin and output for attached clients */
  readonly streams: ContainerStreams;
  readonly exited: Promise<ExitInfo>;
  exit?: ExitInfo;
  oomKilled = false;
  private child: ChildProcess;

  constructor(readonly spec: SpawnSpec) {
    this.id = spec.id;
    mkdirSync(spec.cwd, { recursive: true });
    this.log = new ContainerLogWriter(spec.logPath);
    this.streams = new ContainerStreams(!!spec.stdinOnce);
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      // its own process group, so the whole tree can be signalled
      detached: true,
      stdio: [spec.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    this.streams.bindStdin(this.child.stdin);
    this.child.stdout!.on('data', (b: Buffer) => {
      this.log.write('stdout', b);
      this.streams.output('stdout', b);
    });
    this.child.stderr!.on('data', (b: Buffer) => {
      this.log.write('stderr', b);
      this.streams.output('stderr', b);
    });
    const pid = this.child.pid;
    if (pid) writeFileSync(spec.pidFile, `${pid} ${processStartTime(pid) ?? ''}\n`);
    this.exited = new Promise<ExitInfo>((resolve) => {
      let done = false;
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        if (done) return;
        done = true;
        const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 255);
        this.exit = { exitCode, ...(signal ? { signal } : {}), finishedAt: new Date(), ...(this.oomKilled ? { oomKilled: true } : {}) };
        // the rest of the group goes with the main process, as with a container's pid 1
        this.signal('SIGKILL');
        rmSync(spec.pidFile, { force: true });
        // let output still in the pipes reach the log first
        const end = () => {
          this.log.close();
          this.streams.close();
          resolve(this.exit!);
        };
        if (this.child.stdout?.closed !== false && this.child.stderr?.closed !== false) return end();
        const t = setTimeout(end, 500);
        this.child.once('close', () => {
          clearTimeout(t);
          end();
        });
      };
      this.child.once('error', (e) => {
        this.log.write('stderr', Buffer.from(`${e.message}\n`));
        finish(128, null);
      });
      this.child.once('exit', (code, signal) => finish(code, signal));
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.exit;
  }

  /** Signals the whole process group. */
  signal(sig: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (!pid) return;
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  }

  /** Stop signal, then SIGKILL when the grace period runs out. */
  async stop(graceMs: number, stopSignal: NodeJS.Signals = 'SIGTERM'): Promise<ExitInfo> {
    if (this.exit) return this.exit;
    this.signal(stopSignal);
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((r) => {
      timer = setTimeout(() => {
        this.signal('SIGKILL');
        r();
      }, Math.max(0, graceMs));
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    return this.exited;
  }
}
