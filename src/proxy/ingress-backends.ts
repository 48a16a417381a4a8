// Which Ingresses the nginx ingress controller serves, and how an Ingress backend maps to the
// endpoints of a Service port. Pure functions over informer caches.
import type { KubeObject } from '../client/types.js';
import type { Backend } from './balancer.js';
import { backendsFor } from './service-backends.js';

type Obj = KubeObject;

export const NGINX_CONTROLLER = 'k8s.io/ingress-nginx';
const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
const LEGACY_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** The IngressClasses this controller owns (spec.controller k8s.io/ingress-nginx). */
export function ownClasses(classes: Obj[]): Obj[] {
  return classes.filter((c) => c.spec?.controller === NGINX_CONTROLLER);
}

/**
 * The Ingresses of one of our classes: by spec.ingressClassName, else the legacy annotation,
 * else (no class at all) when one of our classes is the cluster default.
 */
export function servedIngresses(ingresses: Obj[], classes: Obj[]): Obj[] {
  const own = ownClasses(classes);
  const names = new Set(own.map((c) => c.metadata.name));
  const defaultOwn = own.some((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true');
  return ingresses.filter((i) => {
    if (i.metadata.deletionTimestamp) return false;
    const cls = i.spec?.ingressClassName ?? i.metadata.annotations?.[LEGACY_CLASS_ANNOTATION];
    return cls ? names.has(cls) : defaultOwn;
  });
}

/** The Service port an Ingress service backend names (by number or name), or undefined. */
export function servicePortFor(service: Obj | undefined, port: { number?: number; name?: string } | undefined): Obj | undefined {
  if (!service || !port) return undefined;
  return (service.spec?.ports ?? []).find((p: Obj) => (port.name ? p.name === port.name : p.port === port.number));
}

/** An Ingress path's (or the default) backend: a Service port, or a resource mk does not route to. */
export interface IngressBackend {
  service?: { name?: string; port?: { number?: number; name?: string } };
  resource?: unknown;
}

export type BackendChoice =
  | { kind: 'endpoints'; service: string; portName: string; backends: Backend[] }
  /** no such Service, port or no ready endpoint: nginx answers 503 */
  | { kind: 'unavailable'; reason: string };

/** The endpoints behind an Ingress backend in namespace `ns`. */
export function backendEndpoints(ns: string, backend: IngressBackend | undefined, services: (ns: string, name: string) => Obj | undefined, slices: (ns: string) => Obj[]): BackendChoice {
  const ref = backend?.service;
  if (!ref?.name) return { kind: 'unavailable', reason: 'the backend is not a service' };
  const svc = services(ns, ref.name);
  if (!svc) return { kind: 'unavailable', reason: `service ${ns}/${ref.name} not found` };
  const port = servicePortFor(svc, ref.port);
  if (!port) return { kind: 'unavailable', reason: `service ${ns}/${ref.name} has no port ${ref.port?.name ?? ref.port?.number}` };
  const portName = port.name ?? '';
  const own = slices(ns).filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === ref.name);
  const backends = backendsFor(own, portName);
  if (!backends.some((b) => b.ready || (b.serving && b.terminating))) return { kind: 'unavailable', reason: `service ${ns}/${ref.name} has no ready endpoints` };
  return { kind: 'endpoints', service: `${ns}/${ref.name}`, portName, backends };
}

/** status.loadBalancer as the controller publishes it for a served Ingress. */
export function loadBalancerStatus(ip: string): { ingress: { ip: string }[] } {
  return { ingress: [{ ip }] };
}

/** Whether an Ingress's status already shows exactly `ip`. */
export function statusShows(ing: Obj, ip: string): boolean {
  const list = ing.status?.loadBalancer?.ingress ?? [];
  return list.length === 1 && list[0].ip === ip && !list[0].hostname;
}
