// Services: printService with getServiceExternalIP and makePortString.
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, ageColumn, column, formatLabels, int, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const LOAD_BALANCER_WIDTH = 16;

interface ServicePort {
  port?: number;
  nodePort?: number;
  protocol?: string;
}

/** loadBalancerStatusStringer: sorted unique ingress IPs (or hostnames), clipped unless wide. */
function loadBalancerIngress(status: { ingress?: { ip?: string; hostname?: string }[] } | undefined, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of status?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  let r = [...set].sort().join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...';
  return r;
}

function externalIP(svc: KubeObject, type: string, wide: boolean): string {
  const externalIPs: string[] = svc.spec?.externalIPs ?? [];
  switch (type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerIngress(svc.status?.loadBalancer, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb !== '' ? lb : '<pending>';
    }
    case 'ExternalName':
      return str(svc.spec?.externalName);
    default:
      return '<unknown>';
  }
}

/** makePortString: "port/PROTO" or "port:nodePort/PROTO", comma-joined. */
function portString(ports: ServicePort[]): string {
  return ports
    .map((p) => {
      // Defaulting sets protocol TCP on every port.
      const proto = p.protocol || 'TCP';
      return int(p.nodePort) > 0 ? `${int(p.port)}:${int(p.nodePort)}/${proto}` : `${int(p.port)}/${proto}`;
    })
    .join(',');
}

function printService(svc: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = svc.spec ?? {};
  // Defaulting sets type ClusterIP and fills clusterIPs from clusterIP.
  const type = str(spec.type) || 'ClusterIP';
  const clusterIPs: string[] = spec.clusterIPs?.length ? spec.clusterIPs : spec.clusterIP ? [spec.clusterIP] : [];
  const internalIP = clusterIPs.length > 0 ? clusterIPs[0] : '<none>';
  const ports = portString(spec.ports ?? []) || '<none>';
  const cells: unknown[] = [str(svc.metadata?.name), type, internalIP, externalIP(svc, type, ctx.wide), ports, age(svc, ctx)];
  if (ctx.wide) cells.push(formatLabels(spec.selector));
  return { cells };
}

export const servicePrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Type', 'string', DESCRIPTIONS.serviceType),
    column('Cluster-IP', 'string', DESCRIPTIONS.serviceClusterIP),
    column('External-IP', 'string', DESCRIPTIONS.serviceExternalIPs),
    column('Port(s)', 'string', DESCRIPTIONS.servicePorts),
    ageColumn(),
    column('Selector', 'string', DESCRIPTIONS.serviceSelector, 1),
  ],
  printRow: printService,
};
