// mk port-forward TYPE/NAME [LOCAL:]REMOTE...: local listeners whose every connection is a
// pods/portforward WebSocket (channel protocol v4.channel.k8s.io, one socket per connection).
import { createServer, type Server, type Socket } from 'node:net';
import type { Command } from 'commander';
import WebSocket from 'ws';
import { R } from '../../client/interface.js';
import { resourcePath } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { selectorString } from '../rollout/replicasets.js';

export interface PortSpec {
  /** 0 = pick a free port */
  local: number;
  remote: number;
}

/** "8080", "8080:80", ":80" (kubectl's parsePorts). */
export function parsePortSpecs(args: string[]): PortSpec[] {
  return args.map((a) => {
    const parts = a.split(':');
    const num = (s: string, what: string) => {
      const n = Number(s);
      if (!/^\d+$/.test(s) || n < 0 || n > 65535) throw new CliError(`Error parsing ${what} port '${s}': strconv.ParseUint: parsing "${s}": invalid syntax`);
      return n;
    };
    if (parts.length === 1) return { local: num(parts[0], 'local'), remote: num(parts[0], 'remote') };
    if (parts.length !== 2) throw new CliError(`invalid port format '${a}'`);
    const remote = num(parts[1], 'remote');
    if (remote === 0) throw new CliError(`remote port must be > 0`);
    return { local: parts[0] === '' ? 0 : num(parts[0], 'local'), remote };
  });
}

/** Where one forwarded connection goes. */
export interface ForwardTarget {
  namespace: string;
  pod: string;
  port: number;
}

export interface Forwarder {
  /** the bound local ports, in spec order */
  ports: number[];
  close(): void;
}

function listen(host: string, port: number, onConn: (s: Socket) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const srv = createServer({ allowHalfOpen: false }, onConn);
    srv.once('error', reject);
    srv.listen(port, host, () => resolve(srv));
  });
}

/** Splices one local connection to the pod over a fresh WebSocket. */
export function tunnel(c: CliContext, local: Socket, target: ForwardTarget, onError: (msg: string) => void): void {
  const { url, token, agent } = c.client.connection;
  const path = `${resourcePath(R.pods, target.namespace, target.pod, 'portforward')}?ports=${target.port}`;
  const ws = new WebSocket(`${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}${path}`, ['v4.channel.k8s.io'], { agent, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const pending: Buffer[] = [];
  const seen = new Set<number>();
  let errorText = '';
  local.on('data', (d: Buffer) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(Buffer.concat([Buffer.from([0]), d]));
    else pending.push(d);
  });
  ws.on('open', () => {
    for (const d of pending.splice(0)) ws.send(Buffer.concat([Buffer.from([0]), d]));
  });
  ws.on('message', (m: Buffer) => {
    const ch = m[0];
    // the first message of each channel only names the port
    if (!seen.has(ch)) {
      seen.add(ch);
      return;
    }
    if (ch === 0) local.write(m.subarray(1));
    else if (ch === 1) errorText += m.subarray(1).toString();
  });
  ws.on('close', () => {
    if (errorText) onError(errorText);
    local.end();
  });
  ws.on('unexpected-response', (_req, res) => {
    let text = '';
    res.on('data', (d: Buffer) => (text += d));
    res.on('end', () => {
      try {
        onError(JSON.parse(text).message ?? text);
      } catch {
        onError(text || `HTTP ${res.statusCode}`);
      }
      local.destroy();
    });
  });
  ws.on('error', (e) => {
    onError(e.message);
    local.destroy();
  });
  local.on('end', () => ws.close());
  local.on('error', () => ws.terminate());
  local.on('close', () => ws.readyState === WebSocket.OPEN && ws.close());
}

/**
 * Binds every spec on every address (kubectl: localhost → 127.0.0.1 and [::1]) and prints
 * kubectl's lines; `route` says where each new connection of a spec goes.
 */
export async function forwardPorts(
  c: CliContext,
  specs: PortSpec[],
  addresses: string[],
  route: (spec: PortSpec) => Promise<ForwardTarget>,
  quiet = false,
): Promise<Forwarder> {
  const say = (s: string) => !quiet && c.io.out(s);
  const servers: Server[] = [];
  const ports: number[] = [];
  const hosts = addresses.flatMap((a) => (a === 'localhost' ? ['127.0.0.1', '::1'] : [a]));
  for (const spec of specs) {
    let port = spec.local;
    let bound = 0;
    for (const host of hosts) {
      const onConn = (s: Socket) => {
        say(`Handling connection for ${port}\n`);
        route(spec).then(
          (t) => tunnel(c, s, t, (msg) => c.io.err(`error: an error occurred forwarding ${port} -> ${spec.remote}: ${msg}\n`)),
          (e: Error) => {
            c.io.err(`error: ${e.message}\n`);
            s.destroy();
          },
        );
      };
      try {
        const srv = await listen(host, port, onConn);
        port = (srv.address() as { port: number }).port;
        servers.push(srv);
        bound++;
        say(`Forwarding from ${host.includes(':') ? `[${host}]` : host}:${port} -> ${spec.remote}\n`);
      } catch (e) {
        // kubectl carries on when only one of the loopback families is available
        if (host !== '::1') c.io.err(`Unable to listen on port ${port}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 ${host}:${port}: bind: address already in use]\n`);
      }
    }
    if (!bound) throw new CliError(`unable to listen on any of the requested ports: [{${spec.local} ${spec.remote}}]`);
    ports.push(port);
  }
  return { ports, close: () => servers.forEach((s) => s.close()) };
}

/** kubectl's podutils.ByLogging in short: running and ready first, then the oldest. */
export function pickPod(pods: KubeObject[]): KubeObject | undefined {
  const ready = (p: KubeObject) => (p.status?.conditions ?? []).some((x: KubeObject) => x.type === 'Ready' && x.status === 'True');
  const score = (p: KubeObject) => (p.status?.phase === 'Running' ? 2 : 0) + (ready(p) ? 1 : 0);
  return [...pods]
    .filter((p) => !p.metadata.deletionTimestamp)
    .sort((a, b) => score(b) - score(a) || String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)))[0];
}

/** The remote port a service port forwards to on this pod (translateServicePortToTargetPort). */
export function serviceTargetPort(svc: KubeObject, pod: KubeObject, port: number): number {
  const sp = (svc.spec?.ports ?? []).find((p: KubeObject) => p.port === port);
  if (!sp) throw new CliError(`Service ${svc.metadata.name} does not have a service port ${port}`);
  const t = sp.targetPort ?? sp.port;
  if (typeof t === 'number') return t || sp.port;
  for (const ctr of pod.spec?.containers ?? []) for (const p of ctr.ports ?? []) if (p.name === t) return p.containerPort;
  throw new CliError(`Pod '${pod.metadata.name}' does not have a named port '${t}'`);
}

async function resolveTarget(c: CliContext, arg: string): Promise<{ pod: KubeObject; svc?: KubeObject }> {
  if (!arg.includes('/')) return { pod: await c.client.get(R.pods, c.namespace, arg) };
  const [t] = (await resolveArgs(c, [arg])).flat();
  if (t.mapping.resource === 'pods') return { pod: await c.client.get(R.pods, c.namespace, t.name!) };
  const owner = await c.client.get(t.mapping, c.namespace, t.name!);
  const sel = owner.spec?.selector?.matchLabels ? selectorString(owner.spec.selector) : Object.entries(owner.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  if (!sel) throw new CliError(`cannot attach to ${owner.kind}: selector for ${owner.kind} is empty`);
  const pod = pickPod((await c.client.list(R.pods, c.namespace, { labelSelector: sel })).items);
  if (!pod) throw new CliError(`timed out waiting for the condition`);
  return { pod, svc: t.mapping.resource === 'services' ? owner : undefined };
}

export function registerPortForward(program: Command, ctx: () => CliContext): void {
  program
    .command('port-forward')
    .description('Forward one or more local ports to a pod')
    .argument('<target>', 'TYPE/NAME or pod name')
    .argument('<ports...>', '[LOCAL_PORT:]REMOTE_PORT')
    .option('--address <addresses>', 'Addresses to listen on (comma separated).', 'localhost')
    .option('--pod-running-timeout <duration>', 'Ignored: the pod must already be running.')
    .action(async (target: string, portArgs: string[], o: { address: string }) => {
      const c = ctx();
      const { pod, svc } = await resolveTarget(c, target);
      if (pod.status?.phase !== 'Running') throw new CliError(`unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Unknown'}`);
      let specs = parsePortSpecs(portArgs);
      if (svc) specs = specs.map((s) => ({ local: s.local, remote: serviceTargetPort(svc, pod, s.remote) }));
      const ns = pod.metadata.namespace ?? c.namespace;
      const fwd = await forwardPorts(c, specs, o.address.split(','), async (spec) => ({ namespace: ns, pod: pod.metadata.name!, port: spec.remote }));
      // runs until interrupted, as kubectl does
      await new Promise<void>((resolve) => {
        const stop = () => {
          fwd.close();
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
