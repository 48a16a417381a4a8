// What kube-proxy programs: the node-port listeners services ask for, and each service
// port's endpoints as EndpointSlices list them.
import type { KubeObject } from '../client/types.js';
import type { Backend } from './balancer.js';

type Obj = KubeObject;

export interface ListenerSpec {
  host: string;
  port: number;
  /** namespace/name */
  service: string;
  /** the service port's name ("" when unnamed) */
  portName: string;
}

export const svcKey = (o: Obj): string => `${o.metadata.namespace}/${o.metadata.name}`;
export const listenerKey = (l: { host: string; port: number }): string => `${l.host}:${l.port}`;

/** Node ports on every node address, and LoadBalancer ports on their ingress address. */
export function listenersFor(services: Obj[], nodeIPs: string[]): ListenerSpec[] {
  const out: ListenerSpec[] = [];
  for (const svc of services) {
    const type = svc.spec?.type;
    if (type !== 'NodePort' && type !== 'LoadBalancer') continue;
    for (const p of svc.spec?.ports ?? []) {
      if ((p.protocol ?? 'TCP') !== 'TCP') continue;
      const base = { service: svcKey(svc), portName: p.name ?? '' };
      if (p.nodePort) for (const host of nodeIPs) out.push({ host, port: p.nodePort, ...base });
      if (type === 'LoadBalancer') {
        for (const ing of svc.status?.loadBalancer?.ingress ?? []) if (ing.ip) out.push({ host: ing.ip, port: p.port, ...base });
      }
    }
  }
  // the first claim on an address wins (a duplicate would fail to bind anyway)
  const seen = new Set<string>();
  return out.filter((l) => !seen.has(listenerKey(l)) && !!seen.add(listenerKey(l)));
}

/** The endpoints of one service port across all of the service's slices. */
export function backendsFor(slices: Obj[], portName: string): Backend[] {
  const out = new Map<string, Backend>();
  for (const s of slices) {
    if (s.addressType && s.addressType !== 'IPv4') continue;
    const port = (s.ports ?? []).find((p: Obj) => (p.name ?? '') === portName && (p.protocol ?? 'TCP') === 'TCP');
    if (!port?.port) continue;
    for (const ep of s.endpoints ?? []) {
      const ip = ep.addresses?.[0];
      if (!ip) continue;
      const c = ep.conditions ?? {};
      const b: Backend = {
        ip,
        port: port.port,
        ready: c.ready !== false,
        serving: c.serving !== undefined ? c.serving !== false : c.ready !== false,
        terminating: c.terminating === true,
        pod: ep.targetRef?.name,
      };
      out.set(`${ip}:${port.port}`, b);
    }
  }
  return [...out.values()].sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : a.port - b.port));
}

/** sessionAffinity: ClientIP → its timeout in seconds (default 10800), else undefined. */
export function affinitySeconds(svc: Obj | undefined): number | undefined {
  if (svc?.spec?.sessionAffinity !== 'ClientIP') return undefined;
  return svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800;
}
