// Which pods back a Service and on which port: shared by the Endpoints and EndpointSlice
// controllers (podutil.IsPodReady, endpointutil.ShouldPodBeInEndpoints, podutil.FindPort).
import type { KubeObject } from '../../client/types.js';

export type Obj = KubeObject;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export const LAST_CHANGE_TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';

export function isPodReady(pod: Obj): boolean {
  return (pod.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True');
}

export function isPodTerminal(pod: Obj): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** A pod is an endpoint once it has an IP and until it is terminal (and, unless asked, terminating). */
export function shouldPodBeInEndpoints(pod: Obj, includeTerminating: boolean): boolean {
  if (isPodTerminal(pod)) return false;
  if (!pod.status?.podIP && !pod.status?.podIPs?.length) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}

/** The container port a service port targets on this pod; undefined when a named port is missing. */
export function findPort(pod: Obj, servicePort: Obj): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  const protocol = servicePort.protocol ?? 'TCP';
  if (typeof target === 'number') return target;
  const containers: Obj[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []).filter((c: Obj) => c.restartPolicy === 'Always')];
  for (const c of containers) {
    for (const p of c.ports ?? []) {
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
    }
  }
  return undefined;
}

export function selectorMatches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || !Object.keys(selector).length) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** Services whose endpoints the controllers manage: those with a selector that are not ExternalName. */
export function isManagedService(svc: Obj): boolean {
  return !!svc.spec?.selector && Object.keys(svc.spec.selector).length > 0 && svc.spec?.type !== 'ExternalName';
}

export function podsForService(svc: Obj, pods: Obj[]): Obj[] {
  const ns = svc.metadata.namespace;
  return pods.filter((p) => p.metadata.namespace === ns && selectorMatches(svc.spec?.selector, p.metadata.labels));
}

export function podReference(pod: Obj): Json {
  return { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid };
}

/** The latest change that the endpoints reflect: the newest pod readiness change, else the service's creation. */
export function lastChangeTriggerTime(svc: Obj, pods: Obj[]): string | undefined {
  let latest = svc.metadata.creationTimestamp ?? undefined;
  for (const p of pods) {
    const ready = (p.status?.conditions ?? []).find((c: Obj) => c.type === 'Ready');
    const t: string | undefined = ready?.lastTransitionTime ?? p.metadata.creationTimestamp ?? undefined;
    if (t && (!latest || t > latest)) latest = t;
  }
  return latest ?? undefined;
}

/** Go's net.JoinHostPort-free IP order used by the Endpoints repacker: byte order of the IP text. */
export function compareIPText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serviceKey(ns: string | undefined, name: string | undefined): string {
  return `${ns ?? ''}/${name ?? ''}`;
}

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}

/** Deep equality of JSON values, ignoring key order (apiequality.Semantic.DeepEqual for our purposes). */
export function sameJSON(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v as object)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}
