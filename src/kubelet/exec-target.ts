// What an exec (or attach) request asks for (pod, container, command, which streams), resolved against the
// running containers before any upgrade is answered, so every transport refuses the same way.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { StatusError, errors } from '../apiserver/errors.js';
import { parseResourcePath } from '../apiserver/http/request-info.js';
import { isInternalVar } from './container-start.js';
import { pickContainer, type WorkerLookup } from './logs.js';
import type { RunningContainer } from './container-instance.js';

export interface ExecTarget {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  tty: boolean;
}

// kubectl sends "true", the API server's proxy to the kubelet "1"
export const flag = (q: URLSearchParams, name: string) => q.get(name) === 'true' || q.get(name) === '1';

export interface StreamRequest {
  pod: KubeObject;
  container: string;
  q: URLSearchParams;
}

/** The pod and container an exec/attach URL names, with the API server's checks. */
export async function resolveStreamRequest(client: ApiClient, url: URL): Promise<StreamRequest> {
  const r = parseResourcePath(url.pathname);
  if (!r?.name) throw errors.notFoundPath();
  const q = url.searchParams;
  const pod = await client.get(R.pods, r.namespace ?? 'default', r.name);
  return { pod, container: pickContainer(pod, q.get('container')), q };
}

/** The container's live instance, or the kubelet's refusal when its process is gone. */
export function runningContainer(lookup: WorkerLookup, pod: KubeObject, container: string): RunningContainer {
  const run = lookup(pod)?.running.get(container);
  if (!run || !run.proc.running) throw errors.badRequest(`unable to upgrade connection: container not found ("${container}")`);
  return run;
}

/** Resolves what to run, or throws the Status the API server would answer with. */
export async function resolveExecTarget(client: ApiClient, lookup: WorkerLookup, url: URL): Promise<ExecTarget> {
  const { pod, container, q } = await resolveStreamRequest(client, url);
  const argv = q.getAll('command');
  if (!argv.length) throw errors.badRequest('you must specify at least 1 command');
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') throw errors.badRequest(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const run = runningContainer(lookup, pod, container);
  const env = Object.fromEntries(Object.entries(run.env).filter(([k]) => !isInternalVar(k)));
  const tty = flag(q, 'tty');
  // with a tty there is no separate stderr (the kubelet drops it)
  return { argv, env, cwd: run.cwd, stdin: flag(q, 'stdin'), stdout: flag(q, 'stdout'), stderr: flag(q, 'stderr') && !tty, tty };
}

/** Answers an upgrade request with the error's Status instead of switching protocols. */
export function refuseUpgrade(socket: Duplex, err: unknown): void {
  const status = err instanceof StatusError ? err.status : errors.internal(String((err as Error)?.message ?? err)).status;
  const body = JSON.stringify(status);
  const code = status.code ?? 500;
  socket.end(`HTTP/1.1 ${code} ${code === 400 ? 'Bad Request' : code === 404 ? 'Not Found' : 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
