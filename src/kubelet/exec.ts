// GET …/pods/NAME/exec over WebSocket (channel.k8s.io v4/v5): runs a command in a container's
// environment and streams stdin (0), stdout (1), stderr (2), status (3); resize (4) is ignored
// (no pty: with tty=true the streams are still pipes); v5 closes stdin with [255, 0].
import { spawn } from 'node:child_process';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import { StatusError, errors } from '../apiserver/errors.js';
import { parseResourcePath } from '../apiserver/http/request-info.js';
import type { SubresourceHandler } from '../apiserver/http/resources.js';
import { executableNotFound } from './images/command.js';
import { isInternalVar } from './container-start.js';
import { pickContainer, type WorkerLookup } from './logs.js';

const PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'];
const STDIN = 0, STDOUT = 1, STDERR = 2, STATUS = 3, CLOSE = 255;

export interface ExecTarget {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  stdin: boolean;
}

function refuse(socket: Duplex, err: unknown): void {
  const status = err instanceof StatusError ? err.status : errors.internal(String((err as Error)?.message ?? err)).status;
  const body = JSON.stringify(status);
  const code = status.code ?? 500;
  socket.end(`HTTP/1.1 ${code} ${code === 400 ? 'Bad Request' : code === 404 ? 'Not Found' : 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** Resolves what to run, or throws the Status the API server would answer with. */
async function resolveTarget(client: ApiClient, lookup: WorkerLookup, url: URL): Promise<ExecTarget> {
  const r = parseResourcePath(url.pathname);
  if (!r?.name) throw errors.notFoundPath();
  const q = url.searchParams;
  const pod = await client.get(R.pods, r.namespace ?? 'default', r.name);
  const container = pickContainer(pod, q.get('container'));
  const argv = q.getAll('command');
  if (!argv.length) throw errors.badRequest('you must specify at least 1 command');
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') throw errors.badRequest(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const run = lookup(pod)?.running.get(container);
  if (!run || !run.proc.running) throw errors.badRequest(`unable to upgrade connection: container not found ("${container}")`);
  const env = Object.fromEntries(Object.entries(run.env).filter(([k]) => !isInternalVar(k)));
  return { argv, env, cwd: run.cwd, stdin: q.get('stdin') === 'true' || q.get('stdin') === '1' };
}

const frame = (channel: number, data: Buffer | string) => Buffer.concat([Buffer.from([channel]), Buffer.isBuffer(data) ? data : Buffer.from(data)]);

/** Runs the command and speaks the channel protocol on `ws`. */
export function runExec(ws: WebSocket, t: ExecTarget): void {
  const v5 = ws.protocol === 'v5.channel.k8s.io';
  const sendStatus = (status: object) => {
    if (ws.readyState === ws.OPEN) ws.send(frame(STATUS, JSON.stringify(status)));
    ws.close(1000);
  };
  const missing = executableNotFound(t.argv[0], t.env.PATH ?? process.env.PATH ?? '');
  if (missing) {
    const message = `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: ${missing}: unknown`;
    return sendStatus({ metadata: {}, status: 'Failure', message, reason: 'InternalError', details: { causes: [{ message }] }, code: 500 });
  }
  const child = spawn(t.argv[0], t.argv.slice(1), { cwd: t.cwd, env: t.env, detached: true, stdio: [t.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (b: Buffer) => ws.readyState === ws.OPEN && ws.send(frame(STDOUT, b)));
  child.stderr!.on('data', (b: Buffer) => ws.readyState === ws.OPEN && ws.send(frame(STDERR, b)));
  child.stdin?.on('error', () => undefined);
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data as unknown as ArrayBuffer);
    if (!buf.length) return;
    // base64 variants would send text frames; v4/v5 send binary
    if (!isBinary && !buf.length) return;
    const ch = buf[0];
    if (ch === STDIN) child.stdin?.write(buf.subarray(1));
    else if (ch === CLOSE && v5 && buf[1] === STDIN) child.stdin?.end();
  });
  let exited = false;
  const killGroup = () => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  };
  ws.on('close', () => {
    child.stdin?.end();
    killGroup();
  });
  child.once('error', (e) => {
    exited = true;
    sendStatus({ metadata: {}, status: 'Failure', message: e.message, reason: 'InternalError', code: 500 });
  });
  child.once('close', (code, signal) => {
    exited = true;
    const rc = code ?? (signal ? 128 + (({ SIGKILL: 9, SIGTERM: 15, SIGINT: 2, SIGQUIT: 3, SIGHUP: 1 } as Record<string, number>)[signal] ?? 0) : 1);
    if (rc === 0) return sendStatus({ metadata: {}, status: 'Success' });
    sendStatus({
      metadata: {},
      status: 'Failure',
      message: `command terminated with non-zero exit code: error executing command [${t.argv.join(' ')}], exit code ${rc}`,
      reason: 'NonZeroExitCode',
      details: { causes: [{ reason: 'ExitCode', message: String(rc) }] },
    });
  });
}

export function podExecUpgrade(client: ApiClient, lookup: WorkerLookup): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    handleProtocols: (offered: Set<string>) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
  });
  return (req, socket, head) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      try {
        // the target first: a SPDY retry after a refused WebSocket gets the same error
        const target = await resolveTarget(client, lookup, url);
        if (String(req.headers.upgrade ?? '').toLowerCase() !== 'websocket') {
          throw errors.badRequest('exec over SPDY is not supported by mk; use kubectl 1.30 or newer (WebSocket)');
        }
        const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((s) => s.trim());
        if (!PROTOCOLS.some((p) => offered.includes(p))) throw errors.badRequest(`unable to upgrade: no supported protocol in [${offered.join(' ')}]; supported: ${PROTOCOLS.join(', ')}`);
        wss.handleUpgrade(req, socket, head, (ws) => runExec(ws, target));
      } catch (e) {
        refuse(socket, e);
      }
    })();
  };
}

/** Plain (non-upgrade) requests to …/exec. */
export const podExecPlain: SubresourceHandler = () => {
  throw errors.badRequest('Upgrade request required');
};
