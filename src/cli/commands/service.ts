// mk service NAME [--url] [-n NS]: like `minikube service`. Node ports are reachable on
// 127.0.0.1 directly; a ClusterIP service gets a tunnel from this terminal for as long as it runs.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { ApiError } from '../../client/http-client.js';
import { backendsFor } from '../../proxy/service-backends.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError } from '../errors.js';
import { forwardPorts, type PortSpec } from './port-forward.js';

/** minikube's TARGET PORT cell: "name/port" or "port". */
const portLabel = (p: KubeObject) => (p.name ? `${p.name}/${p.port}` : String(p.port));

/** olekukonko/tablewriter as minikube configures it: centred headers, numbers right-aligned. */
export function serviceTable(rows: string[][]): string {
  const header = ['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'];
  const lines = rows.flatMap((r) => {
    const cells = r.map((c) => c.split('\n'));
    const n = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: n }, (_, i) => cells.map((c) => c[i] ?? ''));
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const sep = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const centre = (s: string, w: number) => {
    const left = Math.floor((w - s.length) / 2);
    return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
  };
  const cell = (s: string, w: number) => (/^-?\d+(\.\d+)?$/.test(s) ? s.padStart(w) : s.padEnd(w));
  const row = (cells: string[], f: (s: string, w: number) => string) => `| ${cells.map((c, i) => f(c, widths[i])).join(' | ')} |`;
  return [sep, row(header, centre), sep, ...lines.map((l) => row(l, cell)), sep].join('\n') + '\n';
}

async function getService(c: CliContext, name: string): Promise<KubeObject> {
  try {
    return await c.client.get(R.services, c.namespace, name);
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 404)) throw e;
    // minikube's wording, without kubectl's "error: " prefix
    c.io.err(`❌  Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${c.namespace}' namespace.\nYou may select another namespace by using 'mk service ${name} -n <namespace>'. Or list out all the services using 'mk get svc -A'\n`);
    throw new ExitError(1);
  }
}

/** A ClusterIP service: forward local ports to its ready endpoints, round-robin per connection. */
async function tunnel(c: CliContext, svc: KubeObject, scheme: string): Promise<string[]> {
  const ns = svc.metadata.namespace!;
  const ports: KubeObject[] = svc.spec?.ports ?? [];
  let turn = 0;
  const specs: PortSpec[] = ports.map((p) => ({ local: 0, remote: p.port }));
  const fwd = await forwardPorts(
    c,
    specs,
    ['127.0.0.1'],
    async (spec) => {
      const sp = ports.find((p) => p.port === spec.remote)!;
      const slices = (await c.client.list(R.endpointslices, ns, { labelSelector: `kubernetes.io/service-name=${svc.metadata.name}` })).items;
      const ready = backendsFor(slices, sp.name ?? '').filter((b) => b.ready && b.pod);
      if (!ready.length) throw new Error(`service ${ns}/${svc.metadata.name} has no ready endpoints`);
      const b = ready[turn++ % ready.length];
      return { namespace: ns, pod: b.pod!, port: b.port };
    },
    true,
  );
  process.once('SIGINT', () => fwd.close());
  process.once('SIGTERM', () => fwd.close());
  return fwd.ports.map((p) => `${scheme}://127.0.0.1:${p}`);
}

export function registerService(program: Command, ctx: () => CliContext): void {
  program
    .command('service')
    .description('Returns a URL to connect to a service')
    .argument('<name>')
    .option('--url', 'Display the Kubernetes service URL in the CLI instead of opening it in the default browser')
    .option('--https', 'Open the service URL with https instead of http')
    .action(async (name: string, o: { url?: boolean; https?: boolean }) => {
      const c = ctx();
      const svc = await getService(c, name);
      const scheme = o.https ? 'https' : 'http';
      const type = svc.spec?.type ?? 'ClusterIP';
      if (type === 'ExternalName') throw new CliError(`❌  Exiting due to SVC_UNREACHABLE: service ${c.namespace}/${name} is of type ExternalName and has no endpoints to reach`);
      const ports: KubeObject[] = svc.spec?.ports ?? [];
      const nodePorts = ports.filter((p) => p.nodePort);
      const keepOpen = !nodePorts.length;
      const urls = keepOpen ? await tunnel(c, svc, scheme) : nodePorts.map((p) => `${scheme}://127.0.0.1:${p.nodePort}`);
      const labels = (keepOpen ? ports : nodePorts).map(portLabel);
      if (o.url) c.io.out(urls.map((u) => `${u}\n`).join(''));
      else c.io.out(serviceTable([[svc.metadata.namespace!, name, labels.join('\n'), urls.join('\n')]]));
      if (!keepOpen) return;
      c.io.err(`❗  Service ${c.namespace}/${name} has no node port: the tunnel stays open only while this terminal runs.\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    });
}
