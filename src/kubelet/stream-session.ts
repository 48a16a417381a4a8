// What the remotecommand transports (WebSocket in stream-upgrade.ts, SPDY in exec-spdy.ts)
// serve: which streams the client asked for, and how to start the session behind them —
// a new process for exec (exec-process.ts), the container's own streams for attach (attach.ts).
import type { ExecOutput, ExecProcess } from './exec-process.js';

export interface StreamFlags {
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  tty: boolean;
}

export interface StreamSession extends StreamFlags {
  /** begins once the transport has its streams; `out.done` ends the session */
  start(out: ExecOutput): ExecProcess;
}
