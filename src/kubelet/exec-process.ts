// The transport-neutral half of exec: runs the command in the container's environment, hands
// its output to the transport and ends with the Status kubectl decodes (v4 error channel).
import { spawn } from 'node:child_process';
import { executableNotFound } from './images/command.js';
import type { ExecTarget } from './exec-target.js';

export interface ExecStatus {
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: { causes: { reason?: string; message: string }[] };
  code?: number;
}

export interface ExecOutput {
  stdout(b: Buffer): void;
  stderr(b: Buffer): void;
  /** called once, after all output: the transport sends the status and ends the session */
  done(status: ExecStatus): void;
}

export interface ExecProcess {
  stdin(b: Buffer): void;
  endStdin(): void;
  /** the client went away: kill what is still running */
  abort(): void;
}

const SIGNALS: Record<string, number> = { SIGKILL: 9, SIGTERM: 15, SIGINT: 2, SIGQUIT: 3, SIGHUP: 1 };

export function exitStatus(argv: string[], rc: number): ExecStatus {
  if (rc === 0) return { metadata: {}, status: 'Success' };
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: error executing command [${argv.join(' ')}], exit code ${rc}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(rc) }] },
  };
}

export function startExec(t: ExecTarget, out: ExecOutput): ExecProcess {
  let finished = false;
  const done = (s: ExecStatus) => {
    if (finished) return;
    finished = true;
    out.done(s);
  };
  const missing = executableNotFound(t.argv[0], t.env.PATH ?? process.env.PATH ?? '');
  if (missing) {
    const message = `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: ${missing}: unknown`;
    // after the caller has wired its handlers, like a process that fails at once
    queueMicrotask(() => done({ metadata: {}, status: 'Failure', message, reason: 'InternalError', details: { causes: [{ message }] }, code: 500 }));
    return { stdin: () => undefined, endStdin: () => undefined, abort: () => undefined };
  }
  const child = spawn(t.argv[0], t.argv.slice(1), { cwd: t.cwd, env: t.env, detached: true, stdio: [t.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (b: Buffer) => out.stdout(b));
  child.stderr!.on('data', (b: Buffer) => out.stderr(b));
  child.stdin?.on('error', () => undefined);
  let exited = false;
  child.once('error', (e) => {
    exited = true;
    done({ metadata: {}, status: 'Failure', message: e.message, reason: 'InternalError', code: 500 });
  });
  // 'close' waits for stdout/stderr to drain, so the status follows all output
  child.once('close', (code, signal) => {
    exited = true;
    done(exitStatus(t.argv, code ?? (signal ? 128 + (SIGNALS[signal] ?? 0) : 1)));
  });
  return {
    stdin: (b) => child.stdin?.write(b),
    endStdin: () => child.stdin?.end(),
    abort: () => {
      finished = true;
      child.stdin?.end();
      if (exited || !child.pid) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    },
  };
}
