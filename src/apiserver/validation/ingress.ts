// networking.k8s.io/v1 Ingress and IngressClass (pkg/apis/networking/validation, 1.33):
// field paths, messages and order as kube-apiserver reports them.
import { isIP } from 'node:net';
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import { goValue } from './gorepr.js';
import { isDNS1123Subdomain, isValidPortName, isValidPortNum, maxLenError, nameIsDNS1035Label, nameIsDNSSubdomain, regexError } from './names.js';
import { pathSegmentNameErrors } from './pdb.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export const SUPPORTED_PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];
const WILDCARD_FMT = '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
const WILDCARD_MSG =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
const HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

const isSet = (v: unknown): boolean => v !== undefined && v !== null;

/** validation.IsWildcardDNS1123Subdomain */
export function isWildcardDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (Buffer.byteLength(value) > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${WILDCARD_FMT}$`).test(value)) errs.push(regexError(WILDCARD_MSG, WILDCARD_FMT, '*.example.com'));
  return errs;
}

function validateHost(host: string, path: string, errs: FieldError[]): boolean {
  if (isIP(host)) errs.push(field.invalid(path, host, 'must be a DNS name, not an IP address'));
  if (host.includes('*')) {
    for (const m of isWildcardDNS1123Subdomain(host)) errs.push(field.invalid(path, host, m));
    return true;
  }
  for (const m of isDNS1123Subdomain(host)) errs.push(field.invalid(path, host, m));
  return false;
}

function validateBackend(b: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const hasResource = isSet(b.resource);
  const hasService = isSet(b.service);
  if (hasResource && hasService) return [field.invalid(path, '', 'cannot set both resource and service backends')];
  if (hasResource) {
    const r = b.resource as Obj;
    if (isSet(r.apiGroup)) for (const m of isDNS1123Subdomain(r.apiGroup)) errs.push(field.invalid(`${path}.resource.apiGroup`, r.apiGroup, m));
    if (!r.kind) errs.push(field.required(`${path}.resource.kind`, ''));
    else for (const m of pathSegmentNameErrors(r.kind, false)) errs.push(field.invalid(`${path}.resource.kind`, r.kind, m));
    if (!r.name) errs.push(field.required(`${path}.resource.name`, ''));
    else for (const m of pathSegmentNameErrors(r.name, false)) errs.push(field.invalid(`${path}.resource.name`, r.name, m));
    return errs;
  }
  if (!hasService) return [field.invalid(path, '', 'resource or service backend is required')];
  const svc = b.service as Obj;
  if (!svc.name) errs.push(field.required(`${path}.service.name`, ''));
  else for (const m of nameIsDNS1035Label(svc.name, false)) errs.push(field.invalid(`${path}.service.name`, svc.name, m));
  const portName: string = svc.port?.name ?? '';
  const portNumber: number = svc.port?.number ?? 0;
  if (portName && portNumber) errs.push(field.invalid(path, '', 'cannot set both port name & port number'));
  else if (portName) for (const m of isValidPortName(portName)) errs.push(field.invalid(`${path}.service.port.name`, portName, m));
  else if (portNumber) for (const m of isValidPortNum(portNumber)) errs.push(field.invalid(`${path}.service.port.number`, portNumber, m));
  else errs.push(field.required(path, 'port name or number is required'));
  return errs;
}

function validatePath(p: Obj, path: string): FieldError[] {
  if (!isSet(p.pathType)) return [field.required(`${path}.pathType`, 'pathType must be specified')];
  const errs: FieldError[] = [];
  const value: string = p.path ?? '';
  if (p.pathType === 'Exact' || p.pathType === 'Prefix') {
    if (!value.startsWith('/')) errs.push(field.invalid(`${path}.path`, value, 'must be an absolute path'));
    if (value) {
      for (const seq of INVALID_PATH_SEQUENCES) if (value.includes(seq)) errs.push(field.invalid(`${path}.path`, value, `must not contain '${seq}'`));
      for (const suf of INVALID_PATH_SUFFIXES) if (value.endsWith(suf)) errs.push(field.invalid(`${path}.path`, value, `cannot end with '${suf}'`));
    }
  } else if (p.pathType === 'ImplementationSpecific') {
    if (value && !value.startsWith('/')) errs.push(field.invalid(`${path}.path`, value, 'must be an absolute path'));
  } else {
    errs.push(field.notSupported(`${path}.pathType`, p.pathType, SUPPORTED_PATH_TYPES));
  }
  return [...errs, ...validateBackend(p.backend ?? {}, `${path}.backend`)];
}

function validateRules(rules: Obj[]): FieldError[] {
  const errs: FieldError[] = [];
  rules.forEach((rule, i) => {
    const base = `spec.rules[${i}]`;
    if (rule.host) validateHost(rule.host, `${base}.host`, errs);
    if (!isSet(rule.http)) return;
    const paths: Obj[] = rule.http.paths ?? [];
    if (!paths.length) errs.push(field.required(`${base}.http.paths`, ''));
    paths.forEach((p, j) => errs.push(...validatePath(p ?? {}, `${base}.http.paths[${j}]`)));
  });
  return errs;
}

function validateTLS(tls: Obj[]): FieldError[] {
  const errs: FieldError[] = [];
  tls.forEach((t, i) => {
    (t.hosts ?? []).forEach((host: string, j: number) => {
      const path = `spec.tls[${i}].hosts[${j}]`;
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      for (const m of msgs) errs.push(field.invalid(path, host, m));
    });
    if (t.secretName) for (const m of nameIsDNSSubdomain(t.secretName, false)) errs.push(field.invalid(`spec.tls[${i}].secretName`, t.secretName, m));
  });
  return errs;
}

/** ValidateIngressSpec */
export function validateIngressSpec(obj: KubeObject): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const rules: Obj[] = spec.rules ?? [];
  const errs: FieldError[] = [];
  if (!rules.length && !isSet(spec.defaultBackend)) {
    const bad = spec.rules ? '[]networking.IngressRule{}' : '[]networking.IngressRule(nil)';
    errs.push(field.invalid('spec', goValue(bad), 'either `defaultBackend` or `rules` must be specified'));
  }
  if (isSet(spec.defaultBackend)) errs.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  if (rules.length) errs.push(...validateRules(rules));
  if (spec.tls?.length) errs.push(...validateTLS(spec.tls));
  if (isSet(spec.ingressClassName)) for (const m of nameIsDNSSubdomain(spec.ingressClassName, false)) errs.push(field.invalid('spec.ingressClassName', spec.ingressClassName, m));
  return errs;
}

/** ValidateIngressCreate's extra check: the deprecated annotation must agree with the field. */
export function validateIngressClassAnnotation(obj: KubeObject): FieldError[] {
  const annotation = obj.metadata?.annotations?.[INGRESS_CLASS_ANNOTATION];
  const className = obj.spec?.ingressClassName;
  if (annotation === undefined || !isSet(className) || annotation === className) return [];
  return [field.invalid(`annotations.${INGRESS_CLASS_ANNOTATION}`, annotation, 'must match `ingressClassName` when both are specified')];
}

/** ValidateIngressLoadBalancerStatus (on status updates). */
export function validateIngressStatus(obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  (obj.status?.loadBalancer?.ingress ?? []).forEach((ing: Obj, i: number) => {
    const path = `status.loadBalancer.ingress[${i}]`;
    if (ing.ip && !isIP(ing.ip)) errs.push(field.invalid(`${path}.ip`, ing.ip, 'must be a valid IP address'));
    if (ing.hostname) {
      for (const m of isDNS1123Subdomain(ing.hostname)) errs.push(field.invalid(`${path}.hostname`, ing.hostname, m));
      if (isIP(ing.hostname)) errs.push(field.invalid(`${path}.hostname`, ing.hostname, 'must be a DNS name, not an IP address'));
    }
  });
  return errs;
}

/** validation.IsDomainPrefixedPath */
function domainPrefixedPath(path: string, value: string): FieldError[] {
  const slash = value.indexOf('/');
  const host = slash < 0 ? '' : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash + 1);
  if (!host || !rest) return [field.invalid(path, value, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  const errs = isDNS1123Subdomain(host).map((m) => field.invalid(path, host, m));
  if (!new RegExp(`^${HTTP_PATH_FMT}$`).test(rest)) errs.push(field.invalid(path, rest, regexError('Invalid path', HTTP_PATH_FMT)));
  return errs;
}

function validateParameters(p: Obj | undefined): FieldError[] {
  if (!isSet(p)) return [];
  const params = p as Obj;
  const base = 'spec.parameters';
  const errs: FieldError[] = [];
  if (isSet(params.apiGroup)) for (const m of isDNS1123Subdomain(params.apiGroup)) errs.push(field.invalid(`${base}.apiGroup`, params.apiGroup, m));
  for (const key of ['kind', 'name'] as const) {
    if (!params[key]) errs.push(field.required(`${base}.${key}`, ''));
    else for (const m of pathSegmentNameErrors(params[key], false)) errs.push(field.invalid(`${base}.${key}`, params[key], m));
  }
  if (!isSet(params.scope)) return [...errs, field.required(`${base}.scope`, '')];
  if (params.scope !== 'Cluster' && params.scope !== 'Namespace') return [...errs, field.notSupported(`${base}.scope`, params.scope, ['Cluster', 'Namespace'])];
  if (params.scope === 'Namespace') {
    if (!isSet(params.namespace)) errs.push(field.required(`${base}.namespace`, "`parameters.scope` is set to 'Namespace'"));
    else for (const m of nameIsDNSSubdomain(params.namespace, false)) errs.push(field.invalid(`${base}.namespace`, params.namespace, m));
  }
  if (params.scope === 'Cluster' && isSet(params.namespace)) errs.push(field.forbidden(`${base}.namespace`, "`parameters.scope` is set to 'Cluster'"));
  return errs;
}

/** validateIngressClassSpecUpdate: the controller is immutable. */
export function validateIngressClassUpdate(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const controller: string = obj.spec?.controller ?? '';
  if (!old || controller === (old.spec?.controller ?? '')) return [];
  return [field.invalid('spec.controller', controller, 'field is immutable')];
}

/** validateIngressClassSpec */
export function validateIngressClassSpec(obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const controller: string = obj.spec?.controller ?? '';
  if (!controller) errs.push(field.required('spec.controller', ''));
  else {
    if (controller.length > 250) errs.push(field.tooLong('spec.controller', 250));
    errs.push(...domainPrefixedPath('spec.controller', controller));
  }
  return [...errs, ...validateParameters(obj.spec?.parameters)];
}
