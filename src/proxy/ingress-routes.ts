// Ingress routing as an ingress controller applies it: pick the rule by Host (exact, then a
// single-label wildcard), then the path (Exact, Prefix by whole path elements,
// ImplementationSpecific as Prefix), longest path first.
import type { KubeObject } from '../client/types.js';
import type { IngressBackend } from './ingress-backends.js';

type Obj = KubeObject;

/** Does `requestPath` match path `p` of type `pathType`? */
export function pathMatches(pathType: string | undefined, p: string | undefined, requestPath: string): boolean {
  const path = p || '/';
  if (pathType === 'Exact') return requestPath === path;
  // Prefix and ImplementationSpecific: element-wise, a trailing "/" is ignored
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '/') return true;
  return requestPath === trimmed || requestPath.startsWith(trimmed + '/');
}

/** Does the Host header (port removed) match rule host `h` ("" matches any)? */
export function hostMatches(h: string | undefined, host: string): boolean {
  if (!h) return true;
  if (h.startsWith('*.')) {
    const dot = host.indexOf('.');
    return dot > 0 && host.slice(dot + 1) === h.slice(2);
  }
  return h === host;
}

const hostRank = (h: string | undefined): number => (!h ? 2 : h.startsWith('*.') ? 1 : 0);

export interface Route {
  ingress: Obj;
  backend: IngressBackend;
}

/**
 * The backend for a request across `ingresses` (already filtered to this controller's class),
 * or undefined (the default backend's 404). Precise hosts beat wildcards, which beat host-less
 * rules; within a host the longest path wins, Exact before Prefix on ties.
 */
export function routeRequest(ingresses: Obj[], hostHeader: string | undefined, requestPath: string): Route | undefined {
  const host = String(hostHeader || '').replace(/:\d+$/, '').toLowerCase();
  const candidates: (Route & { rank: number; len: number; exact: boolean })[] = [];
  for (const ing of ingresses) {
    for (const rule of ing.spec?.rules ?? []) {
      if (!hostMatches(rule.host, host)) continue;
      for (const p of rule.http?.paths ?? []) {
        if (!pathMatches(p.pathType, p.path, requestPath)) continue;
        candidates.push({ ingress: ing, backend: p.backend, rank: hostRank(rule.host), len: (p.path || '/').length, exact: p.pathType === 'Exact' });
      }
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || b.len - a.len || Number(b.exact) - Number(a.exact));
  if (candidates.length) return { ingress: candidates[0].ingress, backend: candidates[0].backend };
  const withDefault = ingresses.find((i) => i.spec?.defaultBackend);
  return withDefault ? { ingress: withDefault, backend: withDefault.spec.defaultBackend } : undefined;
}
