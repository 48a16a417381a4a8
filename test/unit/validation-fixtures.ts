// Shared builders for the validation tests: objects as kubectl sends them, defaulted
// the way the registry does before validating.
import type { KubeObject } from '../../src/client/types.js';
import { findResource, type ResourceInfo } from '../../src/apiserver/resources.js';
import { applyDefaults } from '../../src/apiserver/defaulting/index.js';
import { validateObject } from '../../src/apiserver/validation/index.js';
import { formatFieldError } from '../../src/apiserver/errors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

export const RES = {
  deployments: findResource('apps', 'v1', 'deployments')!,
  replicasets: findResource('apps', 'v1', 'replicasets')!,
  pods: findResource('', 'v1', 'pods')!,
  services: findResource('', 'v1', 'services')!,
  namespaces: findResource('', 'v1', 'namespaces')!,
  nodes: findResource('', 'v1', 'nodes')!,
  configmaps: findResource('', 'v1', 'configmaps')!,
  secrets: findResource('', 'v1', 'secrets')!,
  endpoints: findResource('', 'v1', 'endpoints')!,
  endpointslices: findResource('discovery.k8s.io', 'v1', 'endpointslices')!,
  events: findResource('', 'v1', 'events')!,
};

/** What `kubectl create deployment NAME --image=nginx` sends. */
export function deployment(name = 'web', mutate: (d: Obj) => void = () => {}): KubeObject {
  const d: Obj = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', creationTimestamp: null, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { creationTimestamp: null, labels: { app: name } },
        spec: { containers: [{ name: 'nginx', image: 'nginx', resources: {} }] },
      },
      strategy: {},
    },
    status: {},
  };
  mutate(d);
  return d as KubeObject;
}

export function pod(mutate: (p: Obj) => void = () => {}): KubeObject {
  const p: Obj = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', labels: { run: 'web' } },
    spec: { containers: [{ name: 'web', image: 'nginx:1.27', resources: {} }] },
  };
  mutate(p);
  return p as KubeObject;
}

export function service(mutate: (s: Obj) => void = () => {}): KubeObject {
  const s: Obj = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: { ports: [{ port: 80 }], selector: { app: 'web' } },
  };
  mutate(s);
  return s as KubeObject;
}

export function simple(kind: string, name: string, body: Obj = {}, namespace: string | undefined = 'default'): KubeObject {
  return { apiVersion: 'v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) }, ...body } as KubeObject;
}

/** Defaults (as the registry does) then validates; returns the formatted messages. */
export function errorsOf(info: ResourceInfo, obj: KubeObject, old?: KubeObject): string[] {
  const o = structuredClone(obj);
  applyDefaults(info, o);
  let prev: KubeObject | undefined;
  if (old) {
    prev = structuredClone(old);
    applyDefaults(info, prev);
  }
  return validateObject(info, o, prev).map(formatFieldError);
}

export const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
export const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
export const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
export const QNAME_PART =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
