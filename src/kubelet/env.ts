// The environment of a container as the kubelet builds it: service links, the container's
// env (with $(VAR) expansion, downward API, ConfigMap/Secret references) and envFrom.
import os from 'node:os';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';

/** A container cannot start because its configuration references something missing. */
export class ContainerConfigError extends Error {}

const envName = (svc: string) => svc.toUpperCase().replace(/-/g, '_');

/** Docker-links style variables for the services a pod can see. */
export function serviceEnv(services: KubeObject[], namespace: string, enableServiceLinks: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const visible = services.filter((s) => {
    const ip = s.spec?.clusterIP;
    if (!ip || ip === 'None') return false;
    // the master service is always there; others only with service links on
    if (s.metadata.namespace === 'default' && s.metadata.name === 'kubernetes') return true;
    return enableServiceLinks && s.metadata.namespace === namespace;
  });
  // the master service's variables come first, as in a real pod's env
  visible.sort((a, b) => (a.metadata.name === 'kubernetes' ? -1 : b.metadata.name === 'kubernetes' ? 1 : 0));
  for (const s of visible) {
    const name = envName(s.metadata.name!);
    const ip: string = s.spec.clusterIP;
    const ports: KubeObject[] = s.spec.ports ?? [];
    if (!ports.length) continue;
    out[`${name}_SERVICE_HOST`] = ip;
    out[`${name}_SERVICE_PORT`] = String(ports[0].port);
    for (const p of ports) if (p.name) out[`${name}_SERVICE_PORT_${envName(p.name)}`] = String(p.port);
    const proto = (p: KubeObject) => String(p.protocol ?? 'TCP').toLowerCase();
    out[`${name}_PORT`] = `${proto(ports[0])}://${ip}:${ports[0].port}`;
    for (const p of ports) {
      const pfx = `${name}_PORT_${p.port}_${String(p.protocol ?? 'TCP').toUpperCase()}`;
      out[pfx] = `${proto(p)}://${ip}:${p.port}`;
      out[`${pfx}_PROTO`] = proto(p);
      out[`${pfx}_PORT`] = String(p.port);
      out[`${pfx}_ADDR`] = ip;
    }
  }
  return out;
}

/** Kubernetes' $(VAR) expansion: known names are replaced, $$ escapes, unknown stay as written. */
export function expand(s: string, vars: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return name !== undefined && name in vars ? vars[name] : m;
  });
}

/** A downward-API fieldRef's value for env; volumes add whole label and annotation maps (volumes-payload.ts). */
export function fieldRef(pod: KubeObject, path: string): string {
  const md = pod.metadata;
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return (md[m[1]] as Record<string, string> | undefined)?.[m[2]] ?? '';
  switch (path) {
    case 'metadata.name':
      return md.name ?? '';
    case 'metadata.namespace':
      return md.namespace ?? '';
    case 'metadata.uid':
      return md.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    case 'status.hostIPs':
      return (pod.status?.hostIPs ?? []).map((x: { ip: string }) => x.ip).join(',');
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.podIPs':
      return (pod.status?.podIPs ?? []).map((x: { ip: string }) => x.ip).join(',');
    default:
      return '';
  }
}

async function lookup(client: ApiClient, kind: 'configmap' | 'secret', ns: string, name: string, optional: boolean): Promise<Record<string, string> | undefined> {
  try {
    const obj = await client.get(kind === 'configmap' ? R.configmaps : R.secrets, ns, name);
    if (kind === 'secret') return Object.fromEntries(Object.entries((obj.data ?? {}) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]));
    // the kubelet reads only `data` for env (binaryData keys are not variables)
    return { ...(obj.data ?? {}) };
  } catch (e) {
    if ((e as { code?: number }).code === 404) {
      if (optional) return undefined;
      throw new ContainerConfigError(`${kind} "${name}" not found`);
    }
    throw e;
  }
}

/**
 * The container's own variables in kubelet order: envFrom sources, then env entries;
 * `pod.status.podIP` must already hold the pod's IP.
 */
export async function containerEnv(client: ApiClient, pod: KubeObject, container: KubeObject, base: Record<string, string>): Promise<Record<string, string>> {
  const ns = pod.metadata.namespace ?? 'default';
  const out: Record<string, string> = {};
  for (const src of (container.envFrom ?? []) as KubeObject[]) {
    const ref = src.configMapRef ?? src.secretRef;
    if (!ref) continue;
    const data = await lookup(client, src.configMapRef ? 'configmap' : 'secret', ns, ref.name, !!ref.optional);
    for (const [k, v] of Object.entries(data ?? {})) out[`${src.prefix ?? ''}${k}`] = v;
  }
  for (const e of (container.env ?? []) as KubeObject[]) {
    const vars = { ...base, ...out };
    if (e.value !== undefined) out[e.name] = expand(String(e.value), vars);
    else if (e.valueFrom?.fieldRef) out[e.name] = fieldRef(pod, e.valueFrom.fieldRef.fieldPath);
    else if (e.valueFrom?.resourceFieldRef) out[e.name] = resourceField(container, e.valueFrom.resourceFieldRef);
    else if (e.valueFrom?.configMapKeyRef || e.valueFrom?.secretKeyRef) {
      const ref = e.valueFrom.configMapKeyRef ?? e.valueFrom.secretKeyRef;
      const kind = e.valueFrom.configMapKeyRef ? 'configmap' : 'secret';
      const data = await lookup(client, kind, ns, ref.name, !!ref.optional);
      if (data && ref.key in data) out[e.name] = data[ref.key];
      else if (data && !ref.optional) throw new ContainerConfigError(`couldn't find key ${ref.key} in ${kind === 'configmap' ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}`);
    } else out[e.name] = '';
  }
  return out;
}

function resourceField(container: KubeObject, ref: { resource: string; divisor?: string }): string {
  const [kind, res] = ref.resource.split('.');
  const v = container.resources?.[kind]?.[res];
  if (v !== undefined) return String(v);
  // unset limits report the node's capacity; requests report 0
  return kind === 'limits' ? (res === 'cpu' ? String(os.cpus().length) : String(os.totalmem())) : '0';
}
