// GET …/pods/NAME/exec: runs a new process in the container's environment (exec-process.ts)
// behind either transport (stream-upgrade.ts).
import type { ApiClient } from '../client/interface.js';
import { errors } from '../apiserver/errors.js';
import type { SubresourceHandler } from '../apiserver/http/resources.js';
import { startExec } from './exec-process.js';
import { resolveExecTarget } from './exec-target.js';
import { streamUpgradeHandler } from './stream-upgrade.js';
import type { WorkerLookup } from './logs.js';

export type { ExecTarget } from './exec-target.js';

export function podExecUpgrade(client: ApiClient, lookup: WorkerLookup): ReturnType<typeof streamUpgradeHandler> {
  return streamUpgradeHandler(async (url) => {
    const t = await resolveExecTarget(client, lookup, url);
    return { stdin: t.stdin, stdout: t.stdout, stderr: t.stderr, tty: t.tty, start: (out) => startExec(t, out) };
  });
}

/** Plain (non-upgrade) requests to …/exec and …/attach. */
export const podExecPlain: SubresourceHandler = () => {
  throw errors.badRequest('Upgrade request required');
};
