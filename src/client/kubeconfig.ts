// Reading and writing kubeconfig files the way kubectl and minikube do.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import yaml from 'js-yaml';
import { SOCKET_EXTENSION, emptyKubeconfig, resolveContext as resolveWith, type Kubeconfig, type ResolvedContext } from './kubeconfig-context.js';

export { SOCKET_EXTENSION, emptyKubeconfig, kubeconfigPath, type Kubeconfig, type ResolvedContext } from './kubeconfig-context.js';

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

/** Resolves flags over the kubeconfig files read now (mk's cluster commands). */
export function resolveContext(opts: Parameters<typeof resolveWith>[0]): ResolvedContext | undefined {
  return resolveWith(opts, readKubeconfig);
}
