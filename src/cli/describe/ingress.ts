// `kubectl describe ingress` / `describe ingressclass` (describeIngressV1, describeIngressClassV1, 1.33).
// Each service backend shows its ready endpoints, read from the Service and its EndpointSlices.
import type { KubeObject } from '../../client/types.js';
import { ingressAddress } from '../../apiserver/tables/ingresses.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { formatEndpointSlices } from './networking.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbed } from './prefix-writer.js';
import { writeEvents } from './events.js';

export interface IngressRelated {
  events?: KubeObject[];
  now?: number;
  /** Services of the ingress's namespace */
  services?: KubeObject[];
  /** EndpointSlices of the ingress's namespace */
  endpointSlices?: KubeObject[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const serviceBackendString = (svc: Obj): string => `${svc.name ?? ''}:${svc.port?.number ? svc.port.number : (svc.port?.name ?? '')}`;

function describeBackend(backend: Obj, related: IngressRelated): string {
  if (backend.service) {
    const sb = serviceBackendString(backend.service);
    const service = related.services?.find((s) => s.metadata.name === backend.service.name);
    if (!service) return `${sb} (<error: services "${backend.service.name ?? ''}" not found>)`;
    let portName = '';
    for (const sp of service.spec?.ports ?? []) {
      if (backend.service.port?.number && backend.service.port.number === sp.port) portName = sp.name ?? '';
      else if (backend.service.port?.name && backend.service.port.name === sp.name) portName = sp.name ?? '';
    }
    const slices = (related.endpointSlices ?? []).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === backend.service.name);
    return `${sb} (${formatEndpointSlices(slices, portName)})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind ?? ''}, Name: ${r.name ?? ''}`;
  }
  return '';
}

export function describeIngress(ing: KubeObject, related: IngressRelated): string {
  return tabbed((w) => {
    const spec: Obj = ing.spec ?? {};
    w.write(LEVEL_0, `Name:\t${ing.metadata.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', ing.metadata.labels);
    w.write(LEVEL_0, `Namespace:\t${ing.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Address:\t${ingressAddress(ing.status?.loadBalancer, true)}\n`);
    w.write(LEVEL_0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
    const defaultBackend = spec.defaultBackend ? describeBackend(spec.defaultBackend, related) : '<default>';
    w.write(LEVEL_0, `Default backend:\t${defaultBackend}\n`);
    if (spec.tls?.length) {
      w.write(LEVEL_0, 'TLS:\n');
      for (const t of spec.tls as Obj[]) {
        const hosts = (t.hosts ?? []).join(',');
        w.write(LEVEL_1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
      }
    }
    w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    let count = 0;
    for (const rule of (spec.rules ?? []) as Obj[]) {
      if (!rule.http) continue;
      count++;
      w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
      for (const p of (rule.http.paths ?? []) as Obj[]) w.write(LEVEL_2, `\t${p.path ?? ''} \t${describeBackend(p.backend ?? {}, related)}\n`);
    }
    if (count === 0) w.write(LEVEL_1, `*\t*\t${defaultBackend}\n`);
    printAnnotationsMultiline(w, 'Annotations', ing.metadata.annotations);
    if (related.events) writeEvents(w, related.events, related.now ?? Date.now());
  });
}

export function describeIngressClass(ic: KubeObject, related: { events?: KubeObject[]; now?: number }): string {
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${ic.metadata.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', ic.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ic.metadata.annotations);
    w.write(LEVEL_0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
    const params = ic.spec?.parameters;
    if (params) {
      w.write(LEVEL_0, 'Parameters:\n');
      if (params.apiGroup != null) w.write(LEVEL_1, `APIGroup:\t${params.apiGroup}\n`);
      w.write(LEVEL_1, `Kind:\t${params.kind ?? ''}\n`);
      w.write(LEVEL_1, `Name:\t${params.name ?? ''}\n`);
    }
    if (related.events) writeEvents(w, related.events, related.now ?? Date.now());
  });
}
