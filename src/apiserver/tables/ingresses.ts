// Ingresses and IngressClasses: printIngress / printIngressClass (1.33).
import type { KubeObject } from '../../client/types.js';
import { age, ageColumn, column, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const ADDRESS_WIDTH = 16;
const MAX_HOSTS = 3;

/** formatHosts: the first three hosts, "+ N more..." beyond them, "*" when none is set. */
export function formatIngressHosts(rules: { host?: string }[] | undefined): string {
  const list: string[] = [];
  let more = false;
  for (const rule of rules ?? []) {
    if (list.length === MAX_HOSTS) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (!list.length) return '*';
  const joined = list.join(',');
  return more ? `${joined} + ${(rules ?? []).length - MAX_HOSTS} more...` : joined;
}

/** ingressLoadBalancerStatusStringer: sorted unique IPs or hostnames, clipped unless wide. */
export function ingressAddress(status: { ingress?: { ip?: string; hostname?: string }[] } | undefined, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of status?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  let r = [...set].sort().join(',');
  if (!wide && r.length > ADDRESS_WIDTH) r = r.slice(0, ADDRESS_WIDTH - 3) + '...';
  return r;
}

function printIngress(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = obj.spec ?? {};
  const className = spec.ingressClassName ?? '<none>';
  const ports = spec.tls?.length ? '80, 443' : '80';
  return { cells: [str(obj.metadata?.name), className, formatIngressHosts(spec.rules), ingressAddress(obj.status?.loadBalancer, ctx.wide), ports, age(obj, ctx)] };
}

export const ingressPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Class', 'string', 'The name of the IngressClass resource that should be used for additional configuration'),
    column('Hosts', 'string', 'Hosts that incoming requests are matched against before the ingress rule'),
    column('Address', 'string', 'Address is a list containing ingress points for the load-balancer'),
    column('Ports', 'string', 'Ports of TLS configurations that open'),
    ageColumn(),
  ],
  printRow: printIngress,
};

function printIngressClass(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const params = obj.spec?.parameters;
  let parameters = '<none>';
  if (params) parameters = `${params.kind ?? ''}${params.apiGroup != null ? `.${params.apiGroup}` : ''}/${params.name ?? ''}`;
  return { cells: [str(obj.metadata?.name), str(obj.spec?.controller), parameters, age(obj, ctx)] };
}

export const ingressClassPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Controller', 'string', 'Controller that is responsible for handling this class'),
    column('Parameters', 'string', 'A reference to a resource with additional parameters'),
    ageColumn(),
  ],
  printRow: printIngressClass,
};
