// What the kubelet writes into configMap, secret, downwardAPI and projected volumes
// (makePayload in pkg/volume/{configmap,secret}, CollectData in pkg/volume/downwardapi,
// collectData in pkg/volume/projected): files with their modes, errors worded as its are.
import os from 'node:os';
import type { KubeObject } from '../client/types.js';
import type { Payload } from './volumes-atomic-writer.js';
import { fieldRef } from './env.js';

/** The API's default for defaultMode (0644). */
export const DEFAULT_MODE = 0o644;

/** Decoded contents of a ConfigMap or Secret; undefined when it does not exist. */
export type SourceData = Record<string, Buffer> | undefined;

export interface KeyToPath {
  key: string;
  path: string;
  mode?: number;
}

/** A ConfigMap's data and binaryData as bytes. */
export function configMapData(cm: KubeObject): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const [k, v] of Object.entries((cm.data ?? {}) as Record<string, string>)) out[k] = Buffer.from(v);
  for (const [k, v] of Object.entries((cm.binaryData ?? {}) as Record<string, string>)) out[k] ??= Buffer.from(v, 'base64');
  return out;
}

/** A Secret's data (base64 on the wire) as bytes. */
export function secretData(secret: KubeObject): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const [k, v] of Object.entries((secret.data ?? {}) as Record<string, string>)) out[k] = Buffer.from(v, 'base64');
  return out;
}

/**
 * The files of a configMap or secret source: every key, or only `items` (key → path, own mode).
 * A missing object counts as empty (the caller has already decided it is optional).
 */
export function keyedPayload(kind: 'configmap' | 'secret', items: KeyToPath[] | undefined, data: SourceData, defaultMode: number, optional: boolean): Payload {
  const out: Payload = new Map();
  const d = data ?? {};
  if (!items?.length) {
    for (const k of Object.keys(d)) out.set(k, { data: d[k], mode: defaultMode });
    return out;
  }
  for (const item of items) {
    if (!(item.key in d)) {
      if (optional) continue;
      throw new Error(kind === 'configmap' ? `configmap references non-existent config key: ${item.key}` : `references non-existent secret key: ${item.key}`);
    }
    out.set(item.path, { data: d[item.key], mode: item.mode ?? defaultMode });
  }
  return out;
}

/** Go's %q for the strings labels and annotations hold. */
function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, (_m, h: string) => `\\x${h}`);
}

/** fieldpath.FormatMap: sorted `key="value"` lines, no final newline. */
export function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {})
    .sort()
    .map((k) => `${k}=${goQuote(m![k])}`)
    .join('\n');
}

/** fieldpath.ExtractFieldPathAsString for the fields a volume may name. */
export function podFieldValue(pod: KubeObject, fieldPath: string): string {
  if (fieldPath === 'metadata.annotations') return formatMap(pod.metadata.annotations);
  if (fieldPath === 'metadata.labels') return formatMap(pod.metadata.labels);
  // the rest of what volumes accept is what env accepts too
  if (VOLUME_FIELDS.has(fieldPath) || /^metadata\.(labels|annotations)\['.*'\]$/.test(fieldPath)) return fieldRef(pod, fieldPath);
  throw new Error(`unsupported fieldPath: ${fieldPath}`);
}

const VOLUME_FIELDS = new Set(['metadata.name', 'metadata.namespace', 'metadata.uid']);

const SUFFIX: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** A resource quantity as a number (cores, bytes); NaN when it does not parse. */
export function quantityValue(q: string | number | undefined): number {
  if (typeof q === 'number') return q;
  const m = /^([+-]?\d+(?:\.\d*)?|[+-]?\.\d+)(?:[eE]([+-]?\d+))?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(String(q ?? '').trim());
  if (!m) return NaN;
  return Number(m[1]) * 10 ** Number(m[2] ?? 0) * SUFFIX[m[3] ?? ''];
}

/** resource.ExtractContainerResourceValue: the value divided by the divisor, rounded up. */
export function containerResourceValue(pod: KubeObject, ref: { containerName?: string; resource: string; divisor?: string | number }): string {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])] as KubeObject[];
  const c = containers.find((x) => x.name === ref.containerName);
  if (!c) throw new Error(`cannot find container "${ref.containerName ?? ''}"`);
  const [kind, res] = ref.resource.split('.');
  if ((kind !== 'limits' && kind !== 'requests') || !['cpu', 'memory', 'ephemeral-storage'].includes(res)) throw new Error(`unsupported container resource : ${ref.resource}`);
  let value = quantityValue(c.resources?.[kind]?.[res]);
  // an unset limit is the node's allocatable; an unset request is 0
  if (Number.isNaN(value)) value = kind === 'limits' ? (res === 'cpu' ? os.cpus().length : os.totalmem()) : 0;
  const divisor = quantityValue(ref.divisor ?? 1);
  if (res === 'cpu') return String(Math.ceil(Math.round(value * 1000) / Math.round((divisor || 1) * 1000)));
  return String(Math.ceil(value / (divisor || 1)));
}

export interface DownwardItem {
  path: string;
  fieldRef?: { fieldPath: string };
  resourceFieldRef?: { containerName?: string; resource: string; divisor?: string };
  mode?: number;
}

/** The downward API's files; errors of all items together, as an aggregate prints them. */
export function downwardPayload(items: DownwardItem[] | undefined, pod: KubeObject, defaultMode: number): Payload {
  const out: Payload = new Map();
  const errors: string[] = [];
  for (const item of items ?? []) {
    try {
      const value = item.fieldRef ? podFieldValue(pod, item.fieldRef.fieldPath) : item.resourceFieldRef ? containerResourceValue(pod, item.resourceFieldRef) : '';
      out.set(item.path, { data: Buffer.from(value), mode: item.mode ?? defaultMode });
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(aggregate(errors));
  return out;
}

/** utilerrors.NewAggregate(...).Error(). */
export function aggregate(messages: string[]): string {
  return messages.length === 1 ? messages[0] : `[${messages.join(', ')}]`;
}

/** A token-shaped file for a serviceAccountToken projection (mk has no token signer). */
export function serviceAccountToken(pod: KubeObject, src: { audience?: string; expirationSeconds?: number }, now = Date.now()): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const iat = Math.floor(now / 1000);
  const ns = pod.metadata.namespace ?? 'default';
  const sa = pod.spec?.serviceAccountName ?? 'default';
  const claims = {
    aud: [src.audience || 'https://kubernetes.default.svc.cluster.local'],
    exp: iat + (src.expirationSeconds ?? 3600),
    iat,
    iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: ns, pod: { name: pod.metadata.name, uid: pod.metadata.uid }, serviceaccount: { name: sa } },
    nbf: iat,
    sub: `system:serviceaccount:${ns}:${sa}`,
  };
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}
