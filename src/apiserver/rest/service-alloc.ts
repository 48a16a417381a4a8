// ClusterIP (10.96.0.0/12) and NodePort (30000-32767) allocation. The allocation state
// is the set of stored services, so it survives restarts and is released on delete.
import { randomInt } from 'node:crypto';
import type { KubeObject } from '../../client/types.js';
import { errors, field, type FieldError } from '../errors.js';

export const SERVICE_CIDR = '10.96.0.0/12';
const CIDR_BASE = ipToInt('10.96.0.0');
const CIDR_SIZE = 1 << 20;
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, p) => a * 256 + Number(p), 0);
}
export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const isIPv4 = (s: string) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((p) => Number(p) <= 255);

function invalid(svc: KubeObject, errs: FieldError[]) {
  return errors.invalid('Service', '', svc.metadata.name ?? '', errs);
}

export function allocateServiceAddresses(svc: KubeObject, old: KubeObject | undefined, others: KubeObject[]): void {
  const spec = (svc.spec ??= {});
  const type = spec.type ?? 'ClusterIP';
  if (type === 'ExternalName') {
    delete spec.clusterIP;
    delete spec.clusterIPs;
  } else {
    allocateClusterIP(svc, old, others);
  }
  const usedPorts = new Set<number>();
  for (const o of others) for (const p of o.spec?.ports ?? []) if (p.nodePort) usedPorts.add(p.nodePort);
  const wantsNodePorts = type === 'NodePort' || (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
  const ports: KubeObject[] = spec.ports ?? [];
  const errs: FieldError[] = [];
  ports.forEach((p, i) => {
    if (!wantsNodePorts) {
      if (p.nodePort && type !== 'LoadBalancer') errs.push(field.forbidden(`spec.ports[${i}].nodePort`, 'may not be used when `type` is \'ClusterIP\''));
      return;
    }
    if (!p.nodePort) {
      const prev = old?.spec?.ports?.find((q: KubeObject) => q.port === p.port && q.protocol === p.protocol)?.nodePort;
      if (prev && !usedPorts.has(prev)) p.nodePort = prev;
    }
    if (p.nodePort) {
      if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX)
        errs.push(field.invalid(`spec.ports[${i}].nodePort`, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`));
      else if (usedPorts.has(p.nodePort)) errs.push(field.invalid(`spec.ports[${i}].nodePort`, p.nodePort, 'provided port is already allocated'));
      else usedPorts.add(p.nodePort);
      return;
    }
    p.nodePort = pickNodePort(usedPorts);
    usedPorts.add(p.nodePort);
  });
  if (errs.length) throw invalid(svc, errs);
  if (type === 'LoadBalancer') {
    // the node is the load balancer: traffic reaches NodePorts on 127.0.0.1
    svc.status = { loadBalancer: { ingress: [{ ip: '127.0.0.1', ipMode: 'VIP' }] } };
  } else if (svc.status?.loadBalancer?.ingress) {
    svc.status = { loadBalancer: {} };
  }
}

function allocateClusterIP(svc: KubeObject, old: KubeObject | undefined, others: KubeObject[]): void {
  const spec = svc.spec;
  if (!spec.clusterIP && old?.spec?.clusterIP) spec.clusterIP = old.spec.clusterIP;
  if (spec.clusterIP === 'None') {
    spec.clusterIPs = ['None'];
    return;
  }
  const used = new Set<number>();
  for (const o of others) if (o.spec?.clusterIP && o.spec.clusterIP !== 'None') used.add(ipToInt(o.spec.clusterIP));
  if (spec.clusterIP) {
    if (old?.spec?.clusterIP === spec.clusterIP) {
      spec.clusterIPs = [spec.clusterIP];
      return;
    }
    const ip = spec.clusterIP as string;
    const n = isIPv4(ip) ? ipToInt(ip) : NaN;
    if (!(n > CIDR_BASE && n < CIDR_BASE + CIDR_SIZE - 1))
      throw invalid(svc, [field.invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`)]);
    if (used.has(n)) throw invalid(svc, [field.invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: provided IP is already allocated`)]);
    spec.clusterIPs = [ip];
    return;
  }
  // random allocation avoids the low static band, which stays for requested addresses
  const staticBand = Math.min(Math.max(16, CIDR_SIZE / 16), 256);
  for (let tries = 0; tries < 1000; tries++) {
    const n = CIDR_BASE + staticBand + randomInt(CIDR_SIZE - staticBand - 1);
    if (!used.has(n)) {
      spec.clusterIP = intToIp(n);
      spec.clusterIPs = [spec.clusterIP];
      return;
    }
  }
  throw errors.internal('failed to allocate a serviceIP: range is full');
}

function pickNodePort(used: Set<number>): number {
  const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  const staticBand = Math.min(Math.max(16, Math.floor(span / 32)), 128);
  for (let tries = 0; tries < 1000; tries++) {
    const p = NODE_PORT_MIN + staticBand + randomInt(span - staticBand);
    if (!used.has(p)) return p;
  }
  for (let p = NODE_PORT_MIN; p <= NODE_PORT_MAX; p++) if (!used.has(p)) return p;
  throw errors.internal('failed to allocate a nodePort: range is full');
}
