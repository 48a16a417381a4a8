// mk addons list | enable | disable: minikube's addon verbs for what mk has. The ingress addon
// is stored in the cluster config (its port survives stop/start) and switched on in the running
// daemon through the API: enabling creates minikube's IngressClass `nginx` (controller
// k8s.io/ingress-nginx), disabling deletes it, and the daemon's ingress controller serves while
// both say so (src/proxy/ingress-controller.ts).
import type { Command } from 'commander';
import { connect, createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { R } from '../../client/interface.js';
import { ApiError } from '../../client/http-client.js';
import { nodeIP } from '../../cluster/bootstrap.js';
import { mkHome, paths, type ClusterConfig } from '../../cluster/paths.js';
import { daemonPid, healthy, readConfig, sleep } from '../../cluster/process.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError } from '../errors.js';

const PROFILE = 'mk';
const DEFAULT_HTTP_PORT = 80;
const VERIFY_DEADLINE_MS = 30_000;

/** The addons mk has; the built-in ones are always on. */
const ADDONS: { name: string; maintainer: string; builtIn?: boolean }[] = [
  { name: 'default-storageclass', maintainer: 'Kubernetes', builtIn: true },
  { name: 'ingress', maintainer: 'Kubernetes' },
  { name: 'metrics-server', maintainer: 'Kubernetes', builtIn: true },
  { name: 'storage-provisioner', maintainer: 'minikube', builtIn: true },
];

const LABELS = { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };
const NAMESPACE = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ingress-nginx', labels: LABELS } };
// as minikube's ingress addon (deploy/addons/ingress/ingress-deploy.yaml.tmpl)
const INGRESS_CLASS = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'nginx', labels: { 'app.kubernetes.io/component': 'controller', ...LABELS }, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
  spec: { controller: 'k8s.io/ingress-nginx' },
};

/** A minikube-style failure: the message on stderr, then exit with `code`. */
class AddonError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

/** Display width as a terminal shows it (the ✅ takes two columns). */
const width = (s: string) => [...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2000 ? 2 : 1), 0);

/** minikube's addons table (olekukonko/tablewriter: centred headers, | and - borders). */
export function addonsTable(rows: string[][]): string {
  const header = ['ADDON NAME', 'PROFILE', 'STATUS', 'MAINTAINER'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i]))));
  const sep = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const centre = (s: string, w: number) => {
    const left = Math.floor((w - s.length) / 2);
    return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
  };
  const row = (cells: string[], f: (s: string, w: number) => string) => `| ${cells.map((c, i) => f(c, widths[i])).join(' | ')} |`;
  return [sep, row(header, centre), sep, ...rows.map((r) => row(r, (s, w) => s + ' '.repeat(w - width(s)))), sep].join('\n') + '\n';
}

export function addonRows(config: ClusterConfig): string[][] {
  return ADDONS.map((a) => {
    const on = a.builtIn || (a.name === 'ingress' && !!config.addons?.ingress?.enabled);
    return [a.name, PROFILE, on ? 'enabled ✅' : 'disabled', a.maintainer];
  });
}

function profile(home: string): ClusterConfig {
  const config = readConfig(home);
  if (!config) throw new AddonError(`🤷  Profile "${PROFILE}" not found. Run "mk start" to create it.`, 85);
  return config;
}

async function runningProfile(home: string): Promise<ClusterConfig> {
  const config = profile(home);
  if (!daemonPid(home) || !(await healthy(config.apiPort))) {
    throw new AddonError(`🤷  The control-plane node ${PROFILE} host is not running: state=Stopped\n👉  To start a cluster, run: "mk start"`, 80);
  }
  return config;
}

function validAddon(name: string): { name: string; builtIn?: boolean } {
  const a = ADDONS.find((x) => x.name === name);
  if (!a) throw new AddonError(`❌  Exiting due to MK_USAGE: addon '${name}' is not a valid addon packaged with mk.\nTo see the list of available addons run:\nmk addons list`, 14);
  return a;
}

const saveConfig = (home: string, config: ClusterConfig) => writeFileSync(paths.config(home), JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });

/** Whether something accepts TCP connections on host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Binds host:port for a moment: undefined when free, else the error code. */
function bindError(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    s.listen(port, host, () => s.close(() => resolve(undefined)));
  });
}

async function waitFor(cond: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + VERIFY_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (await cond()) return true;
    await sleep(100);
  }
  return false;
}

const ignore = (code: number) => (e: unknown) => {
  if (!(e instanceof ApiError && e.code === code)) throw e;
};

/** Deletes the IngressClass (the daemon stops serving) and waits until `port` refuses. */
async function removeIngressClass(c: CliContext, host: string, port: number | undefined): Promise<void> {
  await c.client.delete(R.ingressclasses, undefined, 'nginx').catch(ignore(404));
  if (port !== undefined && !(await waitFor(async () => !(await accepts(host, port))))) {
    throw new AddonError(`❌  Exiting due to MK_ADDON_DISABLE: the ingress controller still serves on ${host}:${port}`, 11);
  }
}

async function checkPort(host: string, port: number): Promise<void> {
  const err = await bindError(host, port);
  if (err === 'EADDRINUSE') throw new AddonError(`❌  Exiting due to HOST_PORT_IN_USE: port ${port} on ${host} is already in use; choose another with --http-port`, 81);
  if (err === 'EACCES') throw new AddonError(`❌  Exiting due to HOST_PORT_PERMISSION: cannot listen on ${host}:${port}: ports below 1024 need root or sysctl net.ipv4.ip_unprivileged_port_start=${port}; choose another with --http-port`, 80);
  if (err) throw new AddonError(`❌  Exiting due to HOST_PORT: cannot listen on ${host}:${port}: ${err}`, 80);
}

async function enableIngress(c: CliContext, home: string, httpPort: number | undefined, out: (l: string) => void): Promise<void> {
  const config = await runningProfile(home);
  const host = nodeIP(0);
  const prev = config.addons?.ingress;
  const port = httpPort ?? prev?.httpPort ?? DEFAULT_HTTP_PORT;
  const classExists = await c.client.get(R.ingressclasses, undefined, 'nginx').then(() => true, () => false);
  if (prev?.enabled && prev.httpPort === port && classExists && (await accepts(host, port))) {
    out('🔎  Verifying ingress addon...');
    return out(`🌟  The 'ingress' addon is enabled`);
  }
  // the daemon serves while the class exists and the config says so: re-create the class so it
  // takes up the new settings (and rebinds when the port changed). A port the daemon holds
  // itself is checked once it has let go of it; another port before touching anything.
  const served = prev?.enabled ? prev.httpPort : undefined;
  if (served !== port) await checkPort(host, port);
  await removeIngressClass(c, host, served);
  if (served === port) await checkPort(host, port);
  saveConfig(home, { ...config, addons: { ...config.addons, ingress: { enabled: true, httpPort: port } } });
  await c.client.create(R.namespaces, undefined, NAMESPACE).catch(ignore(409));
  await c.client.create(R.ingressclasses, undefined, INGRESS_CLASS);
  out('🔎  Verifying ingress addon...');
  if (!(await waitFor(() => accepts(host, port)))) {
    saveConfig(home, { ...config, addons: { ...config.addons, ingress: { enabled: false, httpPort: port } } });
    await c.client.delete(R.ingressclasses, undefined, 'nginx').catch(ignore(404));
    throw new AddonError(`❌  Exiting due to MK_ADDON_ENABLE: the ingress controller did not start serving on ${host}:${port}; see ${paths.log(home)}`, 10);
  }
  out(`🌟  The 'ingress' addon is enabled`);
}

async function disableIngress(c: CliContext, home: string, out: (l: string) => void): Promise<void> {
  const config = await runningProfile(home);
  const prev = config.addons?.ingress;
  saveConfig(home, { ...config, addons: { ...config.addons, ingress: { enabled: false, httpPort: prev?.httpPort ?? DEFAULT_HTTP_PORT } } });
  await removeIngressClass(c, nodeIP(0), prev?.enabled ? prev.httpPort : undefined);
  await c.client.delete(R.namespaces, undefined, 'ingress-nginx').catch(ignore(404));
  out(`🌑  "The 'ingress' addon is disabled`);
}

const httpPortFlag = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new CliError(`invalid argument "${v}" for "--http-port" flag: must be a port number (1-65535)`);
  return n;
};

async function run(ctx: () => CliContext, fn: (out: (l: string) => void) => Promise<void>): Promise<void> {
  const c = ctx();
  try {
    await fn((l) => c.io.out(l + '\n'));
  } catch (e) {
    if (!(e instanceof AddonError)) throw e;
    c.io.err(e.message + '\n');
    throw new ExitError(e.code);
  }
}

export function registerAddons(program: Command, ctx: () => CliContext): void {
  const addons = program.command('addons').description('Enable or disable an mk addon');
  addons
    .command('list')
    .description('Lists all available mk addons as well as their current statuses (enabled/disabled)')
    .action(() => run(ctx, async (out) => out(addonsTable(addonRows(profile(mkHome()))).trimEnd())));
  addons
    .command('enable')
    .description('Enables the addon w/ADDON_NAME within mk. For a list of available addons use: mk addons list')
    .argument('<name>')
    .option('--http-port <port>', 'ingress: the port the ingress controller serves HTTP on at the node address (mk-specific; default 80)', httpPortFlag)
    .action((name: string, o: { httpPort?: number }) =>
      run(ctx, async (out) => {
        const a = validAddon(name);
        if (a.builtIn) return out(`🌟  The '${name}' addon is enabled`);
        await enableIngress(ctx(), mkHome(), o.httpPort, out);
      }),
    );
  addons
    .command('disable')
    .description('Disables the addon w/ADDON_NAME within mk. For a list of available addons use: mk addons list')
    .argument('<name>')
    .action((name: string) =>
      run(ctx, async (out) => {
        const a = validAddon(name);
        if (a.builtIn) throw new AddonError(`❌  Exiting due to MK_ADDON_DISABLE: the '${name}' addon is built into mk and cannot be disabled`, 11);
        await disableIngress(ctx(), mkHome(), out);
      }),
    );
}
