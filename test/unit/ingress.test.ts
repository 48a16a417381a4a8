// Ingress and IngressClass: validation messages, the default-class admission, table cells,
// the create generator and the routing rules an ingress controller applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/storage/store.js';
import { Registry } from '../../src/apiserver/rest/registry.js';
import { findResource } from '../../src/apiserver/resources.js';
import { formatIngressHosts, ingressClassPrinter, ingressPrinter } from '../../src/apiserver/tables/ingresses.js';
import { ingressObject, validateIngressFlags } from '../../src/cli/commands/create-ingress.js';
import { describeIngress } from '../../src/cli/describe/ingress.js';
import { hostMatches, pathMatches, routeRequest } from '../../src/proxy/ingress-routes.js';
import type { KubeObject } from '../../src/client/types.js';
import { errorsOf } from './validation-fixtures.js';

const ING = findResource('networking.k8s.io', 'v1', 'ingresses')!;
const CLASS = findResource('networking.k8s.io', 'v1', 'ingressclasses')!;

const backend = (name = 'web', port: Record<string, unknown> = { number: 8080 }) => ({ service: { name, port } });
const ingress = (spec: Record<string, unknown>, name = 'example'): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name, namespace: 'default' }, spec });
const rule = (host: string, paths: Record<string, unknown>[]) => ({ ...(host ? { host } : {}), http: { paths } });

describe('Ingress validation', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['the tutorial ingress', { rules: [rule('hello-world.example', [{ path: '/', pathType: 'Prefix', backend: backend() }])] }, []],
    ['no rules and no default backend', {}, ['spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified']],
    ['a missing pathType', { rules: [rule('a.example', [{ path: '/', backend: backend() }])] }, ['spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified']],
    [
      'an unknown pathType',
      { rules: [rule('', [{ path: '/', pathType: 'Regex', backend: backend() }])] },
      ['spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"'],
    ],
    ['a relative Prefix path', { rules: [rule('', [{ path: 'foo', pathType: 'Prefix', backend: backend() }])] }, ['spec.rules[0].http.paths[0].path: Invalid value: "foo": must be an absolute path']],
    ['a path with //', { rules: [rule('', [{ path: '/a//b', pathType: 'Exact', backend: backend() }])] }, ['spec.rules[0].http.paths[0].path: Invalid value: "/a//b": must not contain \'//\'']],
    ['a relative ImplementationSpecific path', { rules: [rule('', [{ path: 'x', pathType: 'ImplementationSpecific', backend: backend() }])] }, ['spec.rules[0].http.paths[0].path: Invalid value: "x": must be an absolute path']],
    ['an IP host', { rules: [rule('10.0.0.1', [{ path: '/', pathType: 'Prefix', backend: backend() }])] }, ['spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address']],
    [
      'a bare wildcard host',
      { rules: [rule('*', [{ path: '/', pathType: 'Prefix', backend: backend() }])] },
      [
        "spec.rules[0].host: Invalid value: \"*\": a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    ['a wildcard host', { rules: [rule('*.example.com', [{ path: '/', pathType: 'Prefix', backend: backend() }])] }, []],
    ['a backend without port', { rules: [rule('', [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web' } } }])] }, ['spec.rules[0].http.paths[0].backend: Required value: port name or number is required']],
    ['a backend with both ports', { defaultBackend: backend('web', { name: 'http', number: 80 }) }, ['spec.defaultBackend: Invalid value: "": cannot set both port name & port number']],
    ['an empty backend', { defaultBackend: {} }, ['spec.defaultBackend: Invalid value: "": resource or service backend is required']],
    [
      'an invalid service name',
      { defaultBackend: backend('Web') },
      [
        "spec.defaultBackend.service.name: Invalid value: \"Web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    ['an http rule without paths', { rules: [{ host: 'a.example', http: { paths: [] } }] }, ['spec.rules[0].http.paths: Required value']],
  ];
  it.each(cases)('%s', (_name, spec, expected) => {
    expect(errorsOf(ING, ingress(spec))).toEqual(expected);
  });

  it('rejects a class annotation that disagrees with ingressClassName', () => {
    const obj = ingress({ ingressClassName: 'nginx', defaultBackend: backend() });
    obj.metadata.annotations = { 'kubernetes.io/ingress.class': 'other' };
    expect(errorsOf(ING, obj)).toEqual(['annotations.kubernetes.io/ingress.class: Invalid value: "other": must match `ingressClassName` when both are specified']);
  });

  it('IngressClass: controller required, domain-prefixed, immutable', () => {
    const ic = (controller: string): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller } });
    expect(errorsOf(CLASS, ic(''))).toEqual(['spec.controller: Required value']);
    expect(errorsOf(CLASS, ic('nginx'))).toEqual(['spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")']);
    expect(errorsOf(CLASS, ic('k8s.io/ingress-nginx'))).toEqual([]);
    const old = { ...ic('k8s.io/ingress-nginx'), metadata: { name: 'nginx', resourceVersion: '1' } };
    expect(errorsOf(CLASS, { ...ic('k8s.io/other'), metadata: { name: 'nginx', resourceVersion: '1' } }, old)).toEqual(['spec.controller: Invalid value: "k8s.io/other": field is immutable']);
  });
});

describe('DefaultIngressClass admission', () => {
  let dir: string;
  let registry: Registry;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mk-ingress-'));
    registry = new Registry(new Store(join(dir, 'db.sqlite')));
    registry.create(findResource('', 'v1', 'namespaces')!, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a class-less Ingress the default class, and leaves an explicit one alone', () => {
    registry.create(CLASS, undefined, { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }, spec: { controller: 'k8s.io/ingress-nginx' } });
    const created = registry.create(ING, 'default', ingress({ defaultBackend: backend() }, 'a'));
    expect(created.spec.ingressClassName).toBe('nginx');
    expect(created.status).toEqual({ loadBalancer: {} });
    const explicit = registry.create(ING, 'default', ingress({ ingressClassName: 'other', defaultBackend: backend() }, 'b'));
    expect(explicit.spec.ingressClassName).toBe('other');
  });
});

describe('Ingress tables', () => {
  const ctx = { now: new Date('2025-01-01T00:00:10Z'), wide: true };
  const meta = { name: 'example', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' };
  it('prints <none>, *, 80 before a class, host, TLS or address exist', () => {
    expect(ingressPrinter.printRow({ metadata: meta, spec: { defaultBackend: backend() }, status: { loadBalancer: {} } }, ctx).cells).toEqual(['example', '<none>', '*', '', '80', '10s']);
  });
  it('prints the class, hosts, the address and "80, 443" with TLS', () => {
    const obj = { metadata: meta, spec: { ingressClassName: 'nginx', tls: [{ hosts: ['a.example'] }], rules: [{ host: 'a.example' }, { host: 'b.example' }] }, status: { loadBalancer: { ingress: [{ ip: '127.0.0.1' }] } } };
    expect(ingressPrinter.printRow(obj, ctx).cells).toEqual(['example', 'nginx', 'a.example,b.example', '127.0.0.1', '80, 443', '10s']);
  });
  it('shows three hosts and counts the rest', () => {
    expect(formatIngressHosts([{ host: 'a' }, { host: 'b' }, { host: 'c' }, { host: 'd' }, {}])).toBe('a,b,c + 2 more...');
  });
  it('IngressClass parameters as Kind.group/name', () => {
    const ic = { metadata: meta, spec: { controller: 'k8s.io/ingress-nginx', parameters: { apiGroup: 'k8s.example.com', kind: 'IngressParameters', name: 'p' } } };
    expect(ingressClassPrinter.printRow(ic, ctx).cells).toEqual(['example', 'k8s.io/ingress-nginx', 'IngressParameters.k8s.example.com/p', '10s']);
  });
});

describe('describe ingress', () => {
  it('lists each backend with its ready endpoints', () => {
    const ing = { metadata: { name: 'example', namespace: 'default' }, spec: { ingressClassName: 'nginx', rules: [rule('hello-world.example', [{ path: '/', pathType: 'Prefix', backend: backend() }])] }, status: { loadBalancer: { ingress: [{ ip: '127.0.0.1' }] } } };
    const services = [{ metadata: { name: 'web' }, spec: { ports: [{ port: 8080 }] } }];
    const endpointSlices = [{ metadata: { name: 'web-x', labels: { 'kubernetes.io/service-name': 'web' } }, ports: [{ port: 8080 }], endpoints: [{ addresses: ['10.244.0.5'], conditions: { ready: true } }] }];
    const text = describeIngress(ing as KubeObject, { services: services as KubeObject[], endpointSlices: endpointSlices as KubeObject[] });
    expect(text).toContain('Address:          127.0.0.1\n');
    expect(text).toContain('                       /   web:8080 (10.244.0.5:8080)\n');
  });
});

describe('create ingress', () => {
  it('builds the rules, Prefix from a trailing *, and TLS', () => {
    const obj = ingressObject('simple', { class: 'nginx', rule: ['foo.com/=svc:8080', 'foo.com/v2*=svc2:http,tls=secret1'] });
    expect(obj.spec).toEqual({
      ingressClassName: 'nginx',
      tls: [{ hosts: ['foo.com'], secretName: 'secret1' }],
      rules: [{ host: 'foo.com', http: { paths: [{ path: '/', pathType: 'Exact', backend: backend('svc') }, { path: '/v2', pathType: 'Prefix', backend: backend('svc2', { name: 'http' }) }] } }],
    });
  });
  it('checks the flags as kubectl does', () => {
    expect(() => validateIngressFlags({})).toThrow(/not enough information provided/);
    expect(() => validateIngressFlags({ rule: ['nohost'] })).toThrow('rule nohost is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]');
    expect(() => validateIngressFlags({ defaultBackend: 'svc' })).toThrow('default-backend should be in format servicename:serviceport');
  });
});

describe('ingress routing', () => {
  it('matches Prefix paths element by element and Exact paths exactly', () => {
    expect(pathMatches('Prefix', '/foo/bar', '/foo/bar/baz')).toBe(true);
    expect(pathMatches('Prefix', '/foo/bar', '/foo/barbaz')).toBe(false);
    expect(pathMatches('Prefix', '/foo/', '/foo')).toBe(true);
    expect(pathMatches('Prefix', '/', '/anything')).toBe(true);
    expect(pathMatches('Exact', '/foo', '/foo/')).toBe(false);
    expect(pathMatches('ImplementationSpecific', '/v2', '/v2/x')).toBe(true);
  });
  it('matches a wildcard host on one label only', () => {
    expect(hostMatches('*.example.com', 'a.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(false);
    expect(hostMatches('', 'anything')).toBe(true);
  });
  it('routes by host then the longest path; unknown hosts get nothing', () => {
    const ing = ingress({ rules: [rule('hello-world.example', [{ path: '/', pathType: 'Prefix', backend: backend('web') }, { path: '/v2', pathType: 'Prefix', backend: backend('web2') }])] });
    expect(routeRequest([ing], 'hello-world.example:80', '/')?.backend.service?.name).toBe('web');
    expect(routeRequest([ing], 'hello-world.example', '/v2/x')?.backend.service?.name).toBe('web2');
    expect(routeRequest([ing], 'other.example', '/')).toBeUndefined();
  });
});
