// mk top pod|node: CPU and memory from the metrics.k8s.io API, printed as kubectl top prints
// them (NAME  CPU(cores)  MEMORY(bytes) with 12m / 34Mi).
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import { query } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter.js';
import { goSort } from '../../util/go-sort.js';

const METRICS = '/apis/metrics.k8s.io/v1beta1';
type Usage = { cpu?: string; memory?: string };
interface PodMetrics {
  metadata: { name: string; namespace?: string };
  containers: { name: string; usage: Usage }[];
}
interface NodeMetrics {
  metadata: { name: string };
  usage: Usage;
}

const SUFFIX: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

/** A resource.Quantity's value in units of `scale` (1e-3 for MilliValue), rounded up as Go does. */
export function quantityScaled(q: string | undefined, scale = 1): number {
  if (!q) return 0;
  const m = /^([+-]?\d*\.?\d+)(?:[eE]([+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/.exec(q.trim());
  if (!m) return 0;
  const v = Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : SUFFIX[m[3] ?? '']);
  // avoid float noise turning 12.000000001 into 13
  return Math.ceil(Number((v / scale).toFixed(6)));
}

const milli = (q?: string) => quantityScaled(q, 1e-3);
const bytes = (q?: string) => quantityScaled(q, 1);
const cpuText = (m: number) => `${m}m`;
const memText = (b: number) => `${Math.floor(b / (1024 * 1024))}Mi`;

async function metricsAvailable(c: CliContext): Promise<void> {
  try {
    await c.client.request('GET', METRICS);
  } catch (e) {
    if (e instanceof ApiError && e.code === 404) throw new CliError('Metrics API not available');
    throw e;
  }
}

function podTotals(m: PodMetrics): { cpu: number; mem: number } {
  let cpu = 0;
  let mem = 0;
  for (const c of m.containers) {
    cpu += milli(c.usage.cpu);
    mem += bytes(c.usage.memory);
  }
  return { cpu, mem };
}

interface TopPodFlags {
  allNamespaces?: boolean;
  containers?: boolean;
  selector?: string;
  fieldSelector?: string;
  sortBy?: string;
  headers?: boolean;
  sum?: boolean;
}

function validSortBy(s: string | undefined): void {
  if (s && s !== 'cpu' && s !== 'memory') throw new CliError('--sort-by accepts only cpu or memory');
}

async function topPod(c: CliContext, name: string | undefined, o: TopPodFlags): Promise<void> {
  validSortBy(o.sortBy);
  if (name && o.selector) throw new CliError('only one of NAME or --selector can be provided');
  await metricsAvailable(c);
  const ns = o.allNamespaces ? undefined : c.namespace;
  const base = ns ? `${METRICS}/namespaces/${encodeURIComponent(ns)}/pods` : `${METRICS}/pods`;
  let items: PodMetrics[];
  if (name) items = [await c.client.request<PodMetrics>('GET', `${base}/${encodeURIComponent(name)}`)];
  else items = (await c.client.request<{ items: PodMetrics[] }>('GET', base + query({ labelSelector: o.selector, fieldSelector: o.fieldSelector }))).items ?? [];
  if (!items.length) {
    const pods = name ? [await c.client.get(R.pods, ns, name)] : (await c.client.list(R.pods, ns, { labelSelector: o.selector, fieldSelector: o.fieldSelector })).items;
    if (pods.length) {
      for (const p of pods) {
        const age = Date.now() - Date.parse(String(p.metadata.creationTimestamp));
        if (age > 120_000) throw new CliError(`Metrics not available for pod ${p.metadata.namespace}/${p.metadata.name}, age: ${goDuration(age)}`);
      }
      throw new CliError('metrics not available yet');
    }
    c.io.err(o.allNamespaces ? 'No resources found\n' : `No resources found in ${c.namespace} namespace.\n`);
    return;
  }
  const all = !!o.allNamespaces;
  const w = new TabWriter(GET_TABWRITER, c.io.out);
  let columns = 3;
  if (o.headers !== false) {
    if (all) (w.write('NAMESPACE\t'), columns++);
    if (o.containers) (w.write('POD\t'), columns++);
    w.write('NAME\tCPU(cores)\tMEMORY(bytes)\t\n');
  }
  goSort(items, (a, b) => {
    if (o.sortBy === 'cpu') return podTotals(a).cpu > podTotals(b).cpu;
    if (o.sortBy === 'memory') return podTotals(a).mem > podTotals(b).mem;
    if (all && a.metadata.namespace !== b.metadata.namespace) return String(a.metadata.namespace) < String(b.metadata.namespace);
    return a.metadata.name < b.metadata.name;
  });
  const nsCell = (m: PodMetrics) => (all ? `${m.metadata.namespace}\t` : '');
  for (const m of items) {
    if (o.containers) {
      const cs = goSort([...m.containers], (a, b) => (o.sortBy === 'cpu' ? milli(a.usage.cpu) > milli(b.usage.cpu) : o.sortBy === 'memory' ? bytes(a.usage.memory) > bytes(b.usage.memory) : a.name < b.name));
      for (const ct of cs) w.write(`${nsCell(m)}${m.metadata.name}\t${ct.name}\t${cpuText(milli(ct.usage.cpu))}\t${memText(bytes(ct.usage.memory))}\t\n`);
    } else {
      const t = podTotals(m);
      w.write(`${nsCell(m)}${m.metadata.name}\t${cpuText(t.cpu)}\t${memText(t.mem)}\t\n`);
    }
  }
  if (o.sum) {
    let cpu = 0;
    let mem = 0;
    for (const m of items) {
      const t = podTotals(m);
      cpu += t.cpu;
      mem += t.mem;
    }
    w.write('\t'.repeat(columns - 2) + '________\t________\t\n');
    w.write('\t'.repeat(columns - 3) + `\t${cpuText(cpu)}\t${memText(mem)}\t\n`);
  }
  w.flush();
}

async function topNode(c: CliContext, name: string | undefined, o: { selector?: string; sortBy?: string; headers?: boolean; showCapacity?: boolean }): Promise<void> {
  validSortBy(o.sortBy);
  if (name && o.selector) throw new CliError('only one of NAME or --selector can be provided');
  await metricsAvailable(c);
  const items: NodeMetrics[] = name
    ? [await c.client.request<NodeMetrics>('GET', `${METRICS}/nodes/${encodeURIComponent(name)}`)]
    : ((await c.client.request<{ items: NodeMetrics[] }>('GET', `${METRICS}/nodes` + query({ labelSelector: o.selector }))).items ?? []);
  if (!items.length) throw new CliError('metrics not available yet');
  const nodes: KubeObject[] = name ? [await c.client.get(R.nodes, undefined, name)] : (await c.client.list(R.nodes, undefined, { labelSelector: o.selector })).items;
  const available = new Map(nodes.map((n) => [n.metadata.name!, (o.showCapacity ? n.status?.capacity : n.status?.allocatable) ?? {}]));
  goSort(items, (a, b) => {
    if (o.sortBy === 'cpu') return milli(a.usage.cpu) > milli(b.usage.cpu);
    if (o.sortBy === 'memory') return bytes(a.usage.memory) > bytes(b.usage.memory);
    return a.metadata.name < b.metadata.name;
  });
  const w = new TabWriter(GET_TABWRITER, c.io.out);
  if (o.headers !== false) w.write('NAME\tCPU(cores)\tCPU(%)\tMEMORY(bytes)\tMEMORY(%)\t\n');
  const pct = (used: number, avail: string | undefined) => {
    if (avail === undefined) return '';
    const a = milli(avail);
    return `${Math.trunc(a ? (used / a) * 100 : 0)}%\t`;
  };
  for (const m of items) {
    const avail = available.get(m.metadata.name) as Record<string, string> | undefined;
    const cpu = milli(m.usage.cpu);
    const mem = bytes(m.usage.memory);
    w.write(`${m.metadata.name}\t${cpuText(cpu)}\t${pct(cpu, avail?.cpu)}${memText(mem)}\t${pct(mem * 1000, avail?.memory)}\n`);
    available.delete(m.metadata.name);
  }
  for (const n of available.keys()) w.write(`${n}\t<unknown>\t<unknown>\t<unknown>\t<unknown>\t\n`);
  w.flush();
}

/** Go's time.Duration.String(), e.g. 2m3.5s. */
function goDuration(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Number(((ms % 60_000) / 1000).toFixed(9));
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}

export function registerTop(program: Command, ctx: () => CliContext): void {
  const top = program.command('top').description('Display resource (CPU/memory) usage');
  top
    .command('pod')
    .alias('pods')
    .alias('po')
    .description('Display resource (CPU/memory) usage of pods')
    .argument('[name]')
    .option('-A, --all-namespaces', 'If present, list the requested object(s) across all namespaces.')
    .option('--containers', 'If present, print usage of containers within a pod.')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on')
    .option('--field-selector <selector>', 'Selector (field query) to filter on')
    .option('--sort-by <field>', 'If non-empty, sort pods list using specified field. The field can be either \'cpu\' or \'memory\'.')
    .option('--no-headers', 'If present, print output without headers.')
    .option('--sum', 'Print the sum of the resource usage')
    .action((name: string | undefined, o: TopPodFlags) => topPod(ctx(), name, o));
  top
    .command('node')
    .alias('nodes')
    .alias('no')
    .description('Display resource (CPU/memory) usage of nodes')
    .argument('[name]')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on')
    .option('--sort-by <field>', 'If non-empty, sort nodes list using specified field. The field can be either \'cpu\' or \'memory\'.')
    .option('--no-headers', 'If present, print output without headers.')
    .option('--show-capacity', 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.')
    .action((name: string | undefined, o: { selector?: string; sortBy?: string; headers?: boolean; showCapacity?: boolean }) => topNode(ctx(), name, o));
}
