// Reading and merging kubeconfig files the way kubectl and minikube do.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, delimiter } from 'node:path';
import yaml from 'js-yaml';

export interface Kubeconfig {
  apiVersion: 'v1';
  kind: 'Config';
  preferences: Record<string, unknown>;
  clusters: { name: string; cluster: { server: string; 'certificate-authority'?: string; 'certificate-authority-data'?: string; 'insecure-skip-tls-verify'?: boolean; extensions?: unknown[] } }[];
  users: { name: string; user: { token?: string; [k: string]: unknown } }[];
  contexts: { name: string; context: { cluster: string; user: string; namespace?: string; extensions?: unknown[] } }[];
  'current-context': string;
  [k: string]: unknown;
}

/** The file kubectl would write to: the first $KUBECONFIG entry, else ~/.kube/config. */
export function kubeconfigPath(explicit?: string): string {
  if (explicit) return explicit;
  const env = process.env.KUBECONFIG;
  if (env) return env.split(delimiter).find(Boolean) ?? join(homedir(), '.kube', 'config');
  return join(homedir(), '.kube', 'config');
}

export function emptyKubeconfig(): Kubeconfig {
  return { apiVersion: 'v1', kind: 'Config', preferences: {}, clusters: [], users: [], contexts: [], 'current-context': '' };
}

export function readKubeconfig(path: string): Kubeconfig {
  if (!existsSync(path)) return emptyKubeconfig();
  const parsed = (yaml.load(readFileSync(path, 'utf8')) ?? {}) as Partial<Kubeconfig>;
  return { ...emptyKubeconfig(), ...parsed, clusters: parsed.clusters ?? [], users: parsed.users ?? [], contexts: parsed.contexts ?? [] };
}

export function writeKubeconfig(path: string, cfg: Kubeconfig): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.mk-${process.pid}.tmp`;
  writeFileSync(tmp, yaml.dump(cfg, { lineWidth: -1, noRefs: true }), { mode: 0o600 });
  renameSync(tmp, path);
}

function upsert<T extends { name: string }>(list: T[], item: T): void {
  const i = list.findIndex((x) => x.name === item.name);
  if (i >= 0) list[i] = item;
  else list.push(item);
}

/** The cluster extension naming the local daemon's unix socket (kubectl keeps and ignores it). */
export const SOCKET_EXTENSION = 'mk.local-socket';

/** Adds (or refreshes) the cluster's context and makes it current. */
export function mergeContext(path: string, name: string, server: string, token: string, caData?: string, socket?: string): void {
  const cfg = readKubeconfig(path);
  const extensions = socket ? [{ extension: { path: socket }, name: SOCKET_EXTENSION }] : undefined;
  upsert(cfg.clusters, { name, cluster: { ...(caData ? { 'certificate-authority-data': caData } : {}), ...(extensions ? { extensions } : {}), server } });
  upsert(cfg.users, { name, user: { token } });
  const existing = cfg.contexts.find((c) => c.name === name);
  upsert(cfg.contexts, { name, context: { cluster: name, user: name, ...(existing?.context.namespace ? { namespace: existing.context.namespace } : {}) } });
  cfg['current-context'] = name;
  writeKubeconfig(path, cfg);
}

export function removeContext(path: string, name: string): void {
  if (!existsSync(path)) return;
  const cfg = readKubeconfig(path);
  cfg.clusters = cfg.clusters.filter((c) => c.name !== name);
  cfg.users = cfg.users.filter((c) => c.name !== name);
  cfg.contexts = cfg.contexts.filter((c) => c.name !== name);
  if (cfg['current-context'] === name) cfg['current-context'] = '';
  writeKubeconfig(path, cfg);
}

export interface ResolvedContext {
  server: string;
  token?: string;
  namespace: string;
  contextName?: string;
  ca?: Buffer;
  insecure?: boolean;
  /** The local mk daemon's unix socket for this server, if the kubeconfig names one. */
  socket?: string;
}

function socketOf(extensions: unknown[] | undefined): string | undefined {
  const ext = extensions?.find((e) => (e as { name?: string })?.name === SOCKET_EXTENSION) as { extension?: { path?: unknown } } | undefined;
  return typeof ext?.extension?.path === 'string' ? ext.extension.path : undefined;
}

/** Resolves flags over the kubeconfig, as kubectl's clientcmd does. */
export function resolveContext(opts: { kubeconfig?: string; context?: string; server?: string; token?: string; namespace?: string }): ResolvedContext | undefined {
  const files = opts.kubeconfig ? [opts.kubeconfig] : process.env.KUBECONFIG ? process.env.KUBECONFIG.split(delimiter).filter(Boolean) : [join(homedir(), '.kube', 'config')];
  const merged = emptyKubeconfig();
  for (const f of files) {
    const c = readKubeconfig(f);
    for (const k of ['clusters', 'users', 'contexts'] as const) for (const item of c[k]) if (!(merged[k] as { name: string }[]).some((x) => x.name === item.name)) (merged[k] as { name: string }[]).push(item);
    if (!merged['current-context'] && c['current-context']) merged['current-context'] = c['current-context'];
  }
  const ctxName = opts.context || merged['current-context'];
  const ctx = merged.contexts.find((c) => c.name === ctxName)?.context;
  const cluster = ctx ? merged.clusters.find((c) => c.name === ctx.cluster)?.cluster : undefined;
  const user = ctx ? merged.users.find((u) => u.name === ctx.user)?.user : undefined;
  const server = opts.server || cluster?.server;
  if (!server) return undefined;
  const caData = cluster?.['certificate-authority-data'];
  const caFile = cluster?.['certificate-authority'];
  const ca = caData ? Buffer.from(caData, 'base64') : caFile && existsSync(caFile) ? readFileSync(caFile) : undefined;
  // --server elsewhere means the socket is not that server's
  const socket = !opts.server || opts.server === cluster?.server ? socketOf(cluster?.extensions) : undefined;
  return { ca, insecure: cluster?.['insecure-skip-tls-verify'], server, token: opts.token ?? user?.token, namespace: opts.namespace || ctx?.namespace || 'default', contextName: ctxName || undefined, socket };
}
