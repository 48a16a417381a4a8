// Kubeconfig types and kubectl's clientcmd resolution (flags over the merged files), without the
// YAML parser: the CLI resolves from parsed files it may have cached (src/cli/kubeconfig-cache.ts).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, delimiter } from 'node:path';

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

/** The cluster extension naming the local daemon's unix socket (kubectl keeps and ignores it). */
export const SOCKET_EXTENSION = 'mk.local-socket';

/** The kubeconfig files kubectl reads: --kubeconfig, else every $KUBECONFIG entry, else ~/.kube/config. */
export function kubeconfigFiles(explicit?: string): string[] {
  if (explicit) return [explicit];
  return process.env.KUBECONFIG ? process.env.KUBECONFIG.split(delimiter).filter(Boolean) : [join(homedir(), '.kube', 'config')];
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
export function resolveContext(opts: { kubeconfig?: string; context?: string; server?: string; token?: string; namespace?: string }, read: (path: string) => Kubeconfig): ResolvedContext | undefined {
  const merged = emptyKubeconfig();
  for (const f of kubeconfigFiles(opts.kubeconfig)) {
    const c = read(f);
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
