// mk create ingress|ing NAME --rule=host/path=svc:port[,tls[=secret]] --class=C --default-backend=svc:port
// (kubectl 1.33 create_ingress.go): validated client-side, built as networking.k8s.io/v1.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { CliError, UsageError } from '../errors.js';
import type { CliContext } from '../context.js';
import { generatorFlags, mapped, submit, withParentFlags, type GenFlags } from './create-generators.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export interface IngressFlags extends GenFlags {
  class?: string;
  rule?: string[];
  defaultBackend?: string;
  annotation?: string[];
}

// Go's \w is [0-9A-Za-z_]
const RULE_RE = /^([\w*\-.]*)(\/.*)=([a-z0-9][a-z0-9-]{0,61}[a-z0-9]?):([\w-]+)(,tls(=([\w-]*))?)?$/;

/** CreateIngressOptions.Validate: the same checks in the same order. */
export function validateIngressFlags(o: IngressFlags): void {
  const rules = o.rule ?? [];
  if (!o.defaultBackend && !rules.length)
    throw new CliError('not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)');
  for (const rule of rules) if (!RULE_RE.test(rule)) throw new CliError(`rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
  for (const a of o.annotation ?? []) if (!a.includes('=')) throw new CliError(`annotation ${a} is invalid and should be in format key=[value]`);
  if (o.defaultBackend && o.defaultBackend.split(':').length !== 2) throw new CliError('default-backend should be in format servicename:serviceport');
}

function serviceBackend(service: string): Obj {
  const [name, port] = service.split(':');
  // intstr.Parse: digits are a number, anything else a port name
  return { service: { name, port: /^-?[0-9]+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

function httpPath(pathAndService: string): Obj {
  const [rawPath, service] = pathAndService.split('=');
  let path = '/' + rawPath;
  let pathType = 'Exact';
  // a trailing * means Prefix
  if (path.endsWith('*')) {
    pathType = 'Prefix';
    path = path.slice(0, -1);
  }
  return { path, pathType, backend: serviceBackend(service) };
}

function tlsRules(rules: string[]): Obj[] {
  const seenHosts = new Set<string>();
  const out: Obj[] = [];
  for (const rule of rules) {
    const parts = rule.split(',');
    if (parts.length !== 2) continue;
    const host = rule.split('/')[0];
    const secretParts = parts[1].split('=');
    const secret = secretParts.length > 1 ? secretParts[1] : '';
    if (seenHosts.has(host)) continue;
    seenHosts.add(host);
    const existing = out.find((t) => (t.secretName ?? '') === secret);
    if (existing) {
      existing.hosts = [...(existing.hosts ?? []), host];
      continue;
    }
    const tls: Obj = {};
    if (host) tls.hosts = [host];
    if (secret) tls.secretName = secret;
    if (tls.hosts || tls.secretName) out.push(tls);
  }
  return out;
}

function ingressRules(rules: string[]): Obj[] {
  const out: Obj[] = [];
  for (const rule of rules) {
    const withoutTLS = rule.split(',')[0];
    const slash = withoutTLS.indexOf('/');
    const host = withoutTLS.slice(0, slash);
    const path = httpPath(withoutTLS.slice(slash + 1));
    const existing = out.find((r) => (r.host ?? '') === host);
    if (existing) {
      existing.http.paths.push(path);
      continue;
    }
    out.push({ ...(host ? { host } : {}), http: { paths: [path] } });
  }
  return out;
}

export function ingressObject(name: string, o: IngressFlags): KubeObject {
  const annotations: Record<string, string> = {};
  for (const a of o.annotation ?? []) {
    const i = a.indexOf('=');
    annotations[a.slice(0, i)] = a.slice(i + 1);
  }
  const spec: Obj = {};
  if (o.class) spec.ingressClassName = o.class;
  if (o.defaultBackend) spec.defaultBackend = serviceBackend(o.defaultBackend);
  const tls = tlsRules(o.rule ?? []);
  if (tls.length) spec.tls = tls;
  const rules = ingressRules(o.rule ?? []);
  if (rules.length) spec.rules = rules;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, creationTimestamp: null, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec,
    // IngressStatus.loadBalancer is a struct: always encoded
    status: { loadBalancer: {} },
  };
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function registerCreateIngress(create: Command, ctx: () => CliContext): void {
  generatorFlags(
    create
      .command('ingress')
      .alias('ing')
      .description('Create an ingress with the specified name.')
      .argument('[names...]')
      .option('--class <class>', 'Ingress Class to be used')
      .option('--rule <rule>', "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional.", collect)
      .option('--default-backend <svc>', 'Default service for backend, in format of svcname:port')
      .option('--annotation <annotation>', 'Annotation to insert in the ingress object, in the format annotation=value', collect)
  ).action(async (names: string[], own: IngressFlags, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`, 'mk create ingress');
    validateIngressFlags(o);
    const ing = ingressObject(names[0], o);
    await submit(ctx(), mapped(R.ingresses, 'Ingress'), ing, o, 'kubectl-create', 'failed to create ingress: ');
  });
}
