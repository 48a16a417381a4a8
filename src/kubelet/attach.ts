// GET/POST …/pods/NAME/attach: joins the streams of the container's running process
// (attach-streams.ts) over the same transports as exec. The session ends when the process
// exits, with a Success status whatever its exit code (the kubelet's attach reports only
// stream errors; `kubectl run` reads the exit code from the pod's status instead).
import type { ApiClient } from '../client/interface.js';
import { errors } from '../apiserver/errors.js';
import type { ExecProcess } from './exec-process.js';
import { flag, resolveStreamRequest, runningContainer } from './exec-target.js';
import type { RunningContainer } from './container-instance.js';
import type { StreamFlags, StreamSession } from './stream-session.js';
import { streamUpgradeHandler } from './stream-upgrade.js';
import type { WorkerLookup } from './logs.js';

function attachSession(run: RunningContainer, f: StreamFlags): StreamSession {
  return {
    ...f,
    start(out): ExecProcess {
      const session = run.proc.streams.attach(
        {
          output: (stream, b) => {
            if (stream === 'stdout') return void (f.stdout && out.stdout(b));
            // a tty has one output stream: what goes to stderr shows on stdout
            if (f.stderr) out.stderr(b);
            else if (f.tty && f.stdout) out.stdout(b);
          },
          end: () => out.done({ metadata: {}, status: 'Success' }),
        },
        f.stdin,
      );
      return { stdin: session.stdin, endStdin: session.endStdin, abort: session.detach };
    },
  };
}

export function podAttachUpgrade(client: ApiClient, lookup: WorkerLookup): ReturnType<typeof streamUpgradeHandler> {
  return streamUpgradeHandler(async (url) => {
    const { pod, container, q } = await resolveStreamRequest(client, url);
    const tty = flag(q, 'tty');
    // with a tty there is no separate stderr (the kubelet drops it)
    const f: StreamFlags = { stdin: flag(q, 'stdin'), stdout: flag(q, 'stdout'), stderr: flag(q, 'stderr') && !tty, tty };
    if (!f.stdin && !f.stdout && !f.stderr) throw errors.badRequest('you must specify at least 1 of stdin, stdout, stderr');
    return attachSession(runningContainer(lookup, pod, container), f);
  });
}
