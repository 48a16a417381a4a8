// Validation of the served kinds, with kube-apiserver's field paths and messages.
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import { labelSelectorMatcher } from '../selectors.js';
import { isDeepStrictEqual } from 'node:util';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const RFC1035_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

function validateName(info: ResourceInfo, name: string | undefined, errs: FieldError[]): void {
  if (!name) {
    errs.push(field.required('metadata.name', 'name or generateName is required'));
    return;
  }
  if (info.resource === 'services') {
    if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63) errs.push(field.invalid('metadata.name', name, RFC1035_MSG));
  } else if (info.resource === 'namespaces') {
    if (!DNS1123_LABEL.test(name) || name.length > 63) errs.push(field.invalid('metadata.name', name, LABEL_MSG));
  } else if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) errs.push(field.invalid('metadata.name', name, SUBDOMAIN_MSG));
}

function validateLabels(path: string, labels: Record<string, string> | undefined, errs: FieldError[]): void {
  for (const [k, v] of Object.entries(labels ?? {})) {
    const name = k.includes('/') ? k.slice(k.indexOf('/') + 1) : k;
    if (!/^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name) || name.length > 63)
      errs.push(field.invalid(path, k, "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));
    if (v !== '' && (!/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v) || v.length > 63))
      errs.push(field.invalid(path, v, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
  }
}

function validatePodSpec(path: string, spec: KubeObject | undefined, errs: FieldError[]): void {
  if (!spec) {
    errs.push(field.required(`${path}.containers`, ''));
    return;
  }
  const containers: KubeObject[] = spec.containers ?? [];
  if (!containers.length) errs.push(field.required(`${path}.containers`, ''));
  const seen = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}.containers[${i}]`;
    if (!c.name) errs.push(field.required(`${p}.name`, ''));
    else if (!DNS1123_LABEL.test(c.name) || c.name.length > 63) errs.push(field.invalid(`${p}.name`, c.name, LABEL_MSG));
    else if (seen.has(c.name)) errs.push(field.duplicate(`${p}.name`, c.name));
    seen.add(c.name);
    if (!c.image) errs.push(field.required(`${p}.image`, ''));
    (c.ports ?? []).forEach((port: KubeObject, j: number) => {
      if (!(port.containerPort >= 1 && port.containerPort <= 65535)) errs.push(field.invalid(`${p}.ports[${j}].containerPort`, port.containerPort, 'must be between 1 and 65535, inclusive'));
    });
  });
  if (spec.restartPolicy && !['Always', 'OnFailure', 'Never'].includes(spec.restartPolicy)) errs.push(field.notSupported(`${path}.restartPolicy`, spec.restartPolicy, ['Always', 'OnFailure', 'Never']));
}

function validateWorkload(obj: KubeObject, old: KubeObject | undefined, errs: FieldError[]): void {
  const spec = obj.spec ?? {};
  const sel = spec.selector;
  if (!sel) errs.push(field.required('spec.selector', ''));
  else if (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length) errs.push(field.invalid('spec.selector', sel, 'empty selector is invalid for deployment'));
  const labels = spec.template?.metadata?.labels;
  if (sel && (Object.keys(sel.matchLabels ?? {}).length || sel.matchExpressions?.length) && !labelSelectorMatcher(sel)(labels ?? {}))
    errs.push(field.invalid('spec.template.metadata.labels', labels ?? {}, '`selector` does not match template `labels`'));
  if (typeof spec.replicas === 'number' && spec.replicas < 0) errs.push(field.invalid('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
  validateLabels('spec.template.metadata.labels', labels, errs);
  validatePodSpec('spec.template.spec', spec.template?.spec, errs);
  const rp = spec.template?.spec?.restartPolicy;
  if (rp && rp !== 'Always') errs.push(field.notSupported('spec.template.spec.restartPolicy', rp, ['Always']));
  if (old && !isDeepStrictEqual(old.spec?.selector, sel)) errs.push(field.invalid('spec.selector', sel, 'field is immutable'));
}

function validateService(obj: KubeObject, old: KubeObject | undefined, errs: FieldError[]): void {
  const spec = obj.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) errs.push(field.notSupported('spec.type', type, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']));
  const ports: KubeObject[] = spec.ports ?? [];
  if (type !== 'ExternalName' && spec.clusterIP !== 'None' && !ports.length) errs.push(field.required('spec.ports', ''));
  if (type === 'ExternalName' && !spec.externalName) errs.push(field.required('spec.externalName', ''));
  const names = new Set<string>();
  ports.forEach((p, i) => {
    if (ports.length > 1 && !p.name) errs.push(field.required(`spec.ports[${i}].name`, ''));
    if (p.name && names.has(p.name)) errs.push(field.duplicate(`spec.ports[${i}].name`, p.name));
    if (p.name) names.add(p.name);
    if (!(p.port >= 1 && p.port <= 65535)) errs.push(field.invalid(`spec.ports[${i}].port`, p.port ?? 0, 'must be between 1 and 65535, inclusive'));
    if (p.protocol && !['TCP', 'UDP', 'SCTP'].includes(p.protocol)) errs.push(field.notSupported(`spec.ports[${i}].protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
  });
  if (old?.spec?.clusterIP && spec.clusterIP && old.spec.clusterIP !== spec.clusterIP && type !== 'ExternalName') errs.push(field.invalid('spec.clusterIPs[0]', spec.clusterIP, 'may not change once set'));
}

export function validateObject(info: ResourceInfo, obj: KubeObject, old?: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  validateName(info, obj.metadata.name, errs);
  if (obj.metadata.name) {
    validateLabels('metadata.labels', obj.metadata.labels, errs);
  }
  switch (info.resource) {
    case 'pods':
      validatePodSpec('spec', obj.spec, errs);
      break;
    case 'deployments':
    case 'replicasets':
      validateWorkload(obj, old, errs);
      break;
    case 'services':
      validateService(obj, old, errs);
      break;
    case 'configmaps':
    case 'secrets':
      for (const k of Object.keys({ ...(obj.data ?? {}), ...(obj.binaryData ?? {}) }))
        if (!/^[-._a-zA-Z0-9]+$/.test(k)) errs.push(field.invalid(`data[${k}]`, k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
      break;
  }
  return errs;
}
