// mk start / stop / status / delete / ip, like minikube's.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { kubeconfigPath, mergeContext, removeContext, resolveContext } from '../client/kubeconfig.js';
import { join } from 'node:path';
import { nodeIP } from './bootstrap.js';
import { paths, type ClusterConfig } from './paths.js';
import { alive, daemonPid, healthy, readConfig, sleep } from './process.js';

export const CONTEXT = 'mk';
const DEFAULT_API_PORT = 8443;
const START_DEADLINE_MS = 30_000;
const STOP_DEADLINE_MS = 45_000;

/** The serving certificate, which is its own CA, for the kubeconfig. */
function caData(home: string): string {
  return readFileSync(join(home, 'apiserver.crt')).toString('base64');
}

export class LifecycleError extends Error {
  constructor(message: string, public readonly exitCode = 1) {
    super(message);
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export interface StartOptions {
  nodes?: number;
  apiPort?: number;
  out: (line: string) => void;
}

export async function start(home: string, opts: StartOptions): Promise<void> {
  const out = opts.out;
  mkdirSync(home, { recursive: true });
  let config = readConfig(home);
  const pid = daemonPid(home);
  if (pid && config && (await healthy(config.apiPort))) {
    mergeContext(kubeconfigPath(), CONTEXT, `https://127.0.0.1:${config.apiPort}`, config.token, caData(home), paths.socket(home));
    out(`😄  mk cluster is already running (apiserver on 127.0.0.1:${config.apiPort}, pid ${pid})`);
    out(`🏄  Done! kubectl is now configured to use "${CONTEXT}" cluster and "default" namespace by default`);
    return;
  }
  if (config && opts.nodes && opts.nodes !== config.nodes) out(`❗  The cluster was created with ${config.nodes} node(s); --nodes=${opts.nodes} is ignored. Run "mk delete" first to change it.`);
  const apiPort = opts.apiPort ?? config?.apiPort ?? DEFAULT_API_PORT;
  if (!(await portFree(apiPort))) throw new LifecycleError(`❌  Exiting due to HOST_PORT_IN_USE: port ${apiPort} on 127.0.0.1 is already in use; choose another with --api-port`, 81);
  const fresh = !config;
  // keep what other commands stored (addons) across restarts
  config = { ...config, name: CONTEXT, nodes: config?.nodes ?? opts.nodes ?? 1, token: config?.token ?? randomBytes(24).toString('hex'), createdAt: config?.createdAt ?? new Date().toISOString(), apiPort };
  writeFileSync(paths.config(home), JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
  out(fresh ? `😄  mk v${process.env.MK_VERSION ?? '0.1.0'}: creating a ${config.nodes}-node cluster in ${home}` : `🔄  Restarting existing mk cluster from ${home}`);
  const logFd = openSync(paths.log(home), 'a');
  // the CLI's own entry script (dist/cli-loader.cjs), which hands __daemon to the ES-module build
  const entry = process.argv[1];
  const child = spawn(process.execPath, [entry, '__daemon', home], { detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, MK_HOME: home } });
  closeSync(logFd);
  child.unref();
  const deadline = Date.now() + START_DEADLINE_MS;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? 1));
  while (!(await healthy(apiPort, 500)) || !existsSync(paths.pid(home))) {
    if (exited !== null || Date.now() > deadline) {
      const log = readFileSync(paths.log(home), 'utf8').trim().split('\n').slice(-5).join('\n');
      if (exited === null && child.pid) process.kill(child.pid, 'SIGKILL');
      throw new LifecycleError(`❌  Exiting due to GUEST_START: the mk daemon did not start:\n${log}`);
    }
    await sleep(20);
  }
  mergeContext(kubeconfigPath(), CONTEXT, `https://127.0.0.1:${apiPort}`, config.token, caData(home), paths.socket(home));
  out(`🔗  API server listening on https://127.0.0.1:${apiPort}`);
  out(`🏄  Done! kubectl is now configured to use "${CONTEXT}" cluster and "default" namespace by default`);
}

export async function stop(home: string, out: (l: string) => void): Promise<void> {
  const pid = daemonPid(home);
  if (!pid) {
    out(`✋  Stopping node "${CONTEXT}"  ...`);
    out(`🛑  1 node stopped.`);
    return;
  }
  const nodes = readConfig(home)?.nodes ?? 1;
  out(`✋  Stopping node "${CONTEXT}"  ...`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_DEADLINE_MS;
  while (alive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(20);
  }
  rmSync(paths.pid(home), { force: true });
  out(`🛑  ${nodes} node${nodes === 1 ? '' : 's'} stopped.`);
}

export async function remove(home: string, out: (l: string) => void): Promise<void> {
  if (daemonPid(home)) await stop(home, () => {});
  out(`🔥  Deleting "${CONTEXT}" ...`);
  rmSync(home, { recursive: true, force: true });
  removeContext(kubeconfigPath(), CONTEXT);
  out(`💀  Removed all traces of the "${CONTEXT}" cluster.`);
}

export async function status(home: string, out: (l: string) => void): Promise<number> {
  const config = readConfig(home);
  if (!config) {
    out(`🤷  Profile "${CONTEXT}" not found. Run "mk start" to create it.`);
    return 85;
  }
  const running = !!daemonPid(home) && (await healthy(config.apiPort));
  const ctx = resolveContext({ context: CONTEXT });
  const configured = ctx?.server === `https://127.0.0.1:${config.apiPort}`;
  out(CONTEXT);
  out('type: Control Plane');
  out(`host: ${running ? 'Running' : 'Stopped'}`);
  out(`kubelet: ${running ? 'Running' : 'Stopped'}`);
  out(`apiserver: ${running ? 'Running' : 'Stopped'}`);
  out(`kubeconfig: ${running ? (configured ? 'Configured' : 'Misconfigured') : 'Stopped'}`);
  out('');
  return running ? 0 : 7;
}

export function ip(home: string): string {
  if (!readConfig(home)) throw new LifecycleError(`🤷  Profile "${CONTEXT}" not found. Run "mk start" to create it.`, 85);
  return nodeIP(0);
}

export type { ClusterConfig };
