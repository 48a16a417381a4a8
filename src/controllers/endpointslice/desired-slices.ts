// The EndpointSlices a Service should have: one group per distinct set of resolved ports,
// at most 100 endpoints per slice (endpointslice reconciler's desired state).
import type { OwnerReference } from '../../client/types.js';
import { compareIPText, findPort, HEADLESS_LABEL, isPodReady, podReference, podsForService, sameJSON, shouldPodBeInEndpoints, type Json, type Obj } from '../endpoints/pod-endpoints.js';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface SlicePort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface SliceGroup {
  key: string;
  ports: SlicePort[];
  endpoints: Json[];
}

export const portsKey = (ports: SlicePort[] | null | undefined): string =>
  JSON.stringify((ports ?? []).map((p) => [p.name ?? '', p.port, p.protocol ?? 'TCP', p.appProtocol ?? '']).sort());

/** podToEndpoint: terminating pods stay, not ready; serving follows the pod's readiness. */
export function podToEndpoint(svc: Obj, pod: Obj): Json {
  const publish = !!svc.spec?.publishNotReadyAddresses;
  const serving = publish || isPodReady(pod);
  const terminating = !!pod.metadata.deletionTimestamp;
  const ready = publish || (serving && !terminating);
  const ep: Json = { addresses: [pod.status.podIP ?? pod.status.podIPs[0].ip], conditions: { ready, serving, terminating } };
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  ep.targetRef = podReference(pod);
  return ep;
}

export function desiredGroups(svc: Obj, allPods: Obj[]): SliceGroup[] {
  const groups = new Map<string, SliceGroup>();
  for (const pod of podsForService(svc, allPods)) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports: SlicePort[] = [];
    for (const sp of svc.spec?.ports ?? []) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    if (!ports.length && svc.spec?.ports?.length) continue;
    const key = portsKey(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, ports, endpoints: [] }));
    g.endpoints.push(podToEndpoint(svc, pod));
  }
  for (const g of groups.values()) g.endpoints.sort((a, b) => compareIPText(a.addresses[0], b.addresses[0]));
  return [...groups.values()];
}

export function chunk<T>(items: T[], size = MAX_ENDPOINTS_PER_SLICE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function sliceLabels(svc: Obj): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries((svc.metadata.labels ?? {}) as Record<string, string>)) {
    if (k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL) labels[k] = v;
  }
  labels[SERVICE_NAME_LABEL] = svc.metadata.name!;
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  if (svc.spec?.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  return labels;
}

export function ownerRef(svc: Obj): OwnerReference {
  return { apiVersion: 'v1', kind: 'Service', name: svc.metadata.name!, uid: svc.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

/** A new slice; `endpoints`/`ports` null make the placeholder a Service with no endpoints keeps. */
export function newSlice(svc: Obj, ports: SlicePort[] | null, endpoints: Json[] | null, triggerTime?: string): Obj {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      generateName: `${svc.metadata.name}-`,
      namespace: svc.metadata.namespace,
      labels: sliceLabels(svc),
      ...(triggerTime ? { annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': triggerTime } } : {}),
      ownerReferences: [ownerRef(svc)],
    },
    addressType: 'IPv4',
    endpoints,
    ports,
  };
}

const orEmpty = (v: unknown) => (Array.isArray(v) && v.length ? v : null);

/** Whether a stored slice already holds exactly this content (labels, owner, ports, endpoints). */
export function sliceMatches(cur: Obj, want: Obj): boolean {
  return (
    sameJSON(orEmpty(cur.endpoints), orEmpty(want.endpoints)) &&
    sameJSON(orEmpty(cur.ports), orEmpty(want.ports)) &&
    sameJSON(cur.metadata.labels ?? {}, want.metadata.labels) &&
    sameJSON(cur.metadata.ownerReferences ?? [], want.metadata.ownerReferences)
  );
}
