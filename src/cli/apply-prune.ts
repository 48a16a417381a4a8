// kubectl apply --prune (the label-selector pruner, not applysets): after every object applied
// cleanly, objects of the allow-listed kinds in the visited namespaces that match the selector,
// carry the last-applied annotation and were not just applied are deleted and printed "pruned".
import type { DeleteOptions } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { LAST_APPLIED } from './apply-patch.js';
import { printObjectResult, type DryRun } from './output.js';
import type { MappedResource } from './resource-mapper.js';

interface PruneResource {
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
}

const res = (group: string, version: string, kind: string, namespaced: boolean): PruneResource => ({ group, version, kind, namespaced });

/** prune.defaultNamespacedPruneResources then the cluster-scoped ones, in kubectl's order. */
const DEFAULT_PRUNE: PruneResource[] = [
  res('', 'v1', 'ConfigMap', true),
  res('', 'v1', 'Endpoints', true),
  res('', 'v1', 'PersistentVolumeClaim', true),
  res('', 'v1', 'Pod', true),
  res('', 'v1', 'ReplicationController', true),
  res('', 'v1', 'Secret', true),
  res('', 'v1', 'Service', true),
  res('batch', 'v1', 'Job', true),
  res('batch', 'v1', 'CronJob', true),
  res('networking.k8s.io', 'v1', 'Ingress', true),
  res('apps', 'v1', 'DaemonSet', true),
  res('apps', 'v1', 'Deployment', true),
  res('apps', 'v1', 'ReplicaSet', true),
  res('apps', 'v1', 'StatefulSet', true),
  res('', 'v1', 'Namespace', false),
  res('', 'v1', 'PersistentVolume', false),
];

const apiVersion = (group: string, version: string) => (group ? `${group}/${version}` : version);
const noMatch = (r: { group: string; version: string; kind: string }) => `no matches for kind ${JSON.stringify(r.kind)} in version ${JSON.stringify(apiVersion(r.group, r.version))}`;

/** prune.ParseResources: --prune-allowlist group/version/kind ("core" for the core group). */
export async function parsePruneAllowlist(c: CliContext, gvks: string[]): Promise<PruneResource[]> {
  const out: PruneResource[] = [];
  for (const gvk of gvks) {
    const parts = gvk.split('/');
    if (parts.length !== 3) throw new CliError(`invalid GroupVersionKind format: ${gvk}, please follow <group/version/kind>`);
    const group = parts[0] === 'core' ? '' : parts[0];
    const m = await c.mapper.findKind(apiVersion(group, parts[1]), parts[2]);
    if (!m) throw new CliError(noMatch({ group, version: parts[1], kind: parts[2] }));
    out.push(res(group, parts[1], parts[2], m.namespaced));
  }
  return out;
}

/** klog.Warning's line: "W1123 12:12:01.913106    1055 prune.go:71] ...". */
function klogWarning(c: CliContext, file: string, msg: string): void {
  const d = new Date();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `W${p(d.getMonth() + 1)}${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds() * 1000, 6)}`;
  c.io.err(`${stamp} ${String(process.pid).padStart(7)} ${file}] ${msg}\n`);
}

export interface PruneOptions {
  selector?: string;
  allowlist: PruneResource[];
  /** namespaces the applied objects went to (and -n when given) */
  visitedNamespaces: Set<string>;
  /** uids of the objects just applied: never pruned */
  visitedUids: Set<string>;
  propagationPolicy: DeleteOptions['propagationPolicy'];
  gracePeriod: number;
  dry: DryRun;
  output?: string;
}

/** pruner.pruneAll: namespaced kinds in each visited namespace, then the cluster-scoped ones. */
export async function pruneAll(c: CliContext, o: PruneOptions): Promise<void> {
  let wanted = o.allowlist;
  if (!wanted.length) {
    wanted = DEFAULT_PRUNE;
    klogWarning(c, 'prune.go:71', 'Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the --namespace flag in a future release. To preserve the current behaviour, list the resources you want to target explicitly in the --prune-allowlist flag.');
  }
  const namespaced: MappedResource[] = [];
  const clusterScoped: MappedResource[] = [];
  for (const r of wanted) {
    const m = await c.mapper.findKind(apiVersion(r.group, r.version), r.kind);
    if (!m) throw new CliError(`error retrieving RESTMappings to prune: invalid resource ${r.group}/${r.version}, Kind=${r.kind}, Namespaced=${r.namespaced}: ${noMatch(r)}`);
    (r.namespaced ? namespaced : clusterScoped).push(m);
  }
  const gvk = (m: MappedResource) => `${m.group}/${m.version}, Kind=${m.kind}`;
  for (const ns of o.visitedNamespaces) {
    for (const m of namespaced) {
      await pruneKind(c, o, m, ns).catch((e) => {
        throw new CliError(`error pruning namespaced object ${gvk(m)}: ${e instanceof Error ? ((e as { status?: { message?: string } }).status?.message ?? e.message) : String(e)}`);
      });
    }
  }
  for (const m of clusterScoped) {
    await pruneKind(c, o, m, undefined).catch((e) => {
      throw new CliError(`error pruning nonNamespaced object ${gvk(m)}: ${e instanceof Error ? ((e as { status?: { message?: string } }).status?.message ?? e.message) : String(e)}`);
    });
  }
}

async function pruneKind(c: CliContext, o: PruneOptions, m: MappedResource, ns: string | undefined): Promise<void> {
  const list = await c.client.list(m, ns, { labelSelector: o.selector });
  for (const item of list.items) {
    if (!item.metadata.annotations?.[LAST_APPLIED]) continue;
    if (o.visitedUids.has(item.metadata.uid ?? '')) continue;
    if (o.dry !== 'client') {
      const opts: DeleteOptions = { propagationPolicy: o.propagationPolicy };
      if (o.gracePeriod >= 0) opts.gracePeriodSeconds = o.gracePeriod;
      if (o.dry === 'server') opts.dryRun = ['All'];
      await c.client.delete(m, ns, item.metadata.name!, opts);
    }
    const full = { ...item, apiVersion: item.apiVersion ?? apiVersion(m.group, m.version), kind: item.kind ?? m.kind };
    printObjectResult(c, m, full, 'pruned', o.output, o.dry);
  }
}
