// The ReplicaSets a Deployment controls, with their revisions (kubectl's deployment util).
import { isDeepStrictEqual } from 'node:util';
import type { HttpClient } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';

export const REVISION = 'deployment.kubernetes.io/revision';

export function selectorString(sel: KubeObject['spec']): string {
  const ml = sel?.matchLabels ?? {};
  return Object.keys(ml).sort().map((k) => `${k}=${ml[k]}`).join(',');
}

export async function controlledReplicaSets(client: HttpClient, d: KubeObject): Promise<KubeObject[]> {
  const list = await client.list(R.replicasets, d.metadata.namespace, { labelSelector: selectorString(d.spec?.selector) });
  return list.items.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === d.metadata.uid));
}

export const revisionOf = (rs: KubeObject): number => Number(rs.metadata.annotations?.[REVISION] ?? 0);

/** Drops null, {} and [] so templates compare as the API server stores them. */
function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? v.map(prune) : undefined;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== undefined && p !== null) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v;
}

export function templateWithoutHash(t: KubeObject): KubeObject {
  const copy = structuredClone(t);
  if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash'];
  return copy;
}

export function templatesEqual(a: KubeObject, b: KubeObject): boolean {
  return isDeepStrictEqual(prune(templateWithoutHash(a)), prune(templateWithoutHash(b)));
}
