// The Endpoints object a Service should have (endpoints controller's syncService + RepackSubsets).
import { sameJSON, compareIPText, findPort, HEADLESS_LABEL, isPodReady, lastChangeTriggerTime, LAST_CHANGE_TRIGGER_TIME, podReference, podsForService, shouldPodBeInEndpoints, type Json, type Obj } from './pod-endpoints.js';

interface Address {
  ip: string;
  nodeName?: string;
  targetRef: Json;
}

interface Port {
  name?: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface Subset {
  addresses?: Address[];
  notReadyAddresses?: Address[];
  ports?: Port[];
}

const portKey = (ports: Port[]) => JSON.stringify(ports.map((p) => [p.name ?? '', p.port, p.protocol]));

/** Addresses grouped by the set of ports they serve, sorted the way RepackSubsets leaves them. */
export function desiredSubsets(svc: Obj, allPods: Obj[]): Subset[] {
  const tolerateUnready = !!svc.spec?.publishNotReadyAddresses;
  const groups = new Map<string, { ports: Port[]; ready: Address[]; notReady: Address[] }>();
  const add = (ports: Port[], addr: Address, ready: boolean) => {
    const k = portKey(ports);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ports, ready: [], notReady: [] }));
    (ready ? g.ready : g.notReady).push(addr);
  };
  for (const pod of podsForService(svc, allPods)) {
    if (!shouldPodBeInEndpoints(pod, tolerateUnready)) continue;
    const addr: Address = { ip: pod.status.podIP ?? pod.status.podIPs[0].ip, ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}), targetRef: podReference(pod) };
    const ready = tolerateUnready || isPodReady(pod);
    const svcPorts: Obj[] = svc.spec?.ports ?? [];
    if (!svcPorts.length) {
      // headless services without ports publish bare addresses
      if (svc.spec?.clusterIP === 'None') add([], addr, ready);
      continue;
    }
    const ports: Port[] = [];
    for (const sp of svcPorts) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    if (!ports.length) continue;
    ports.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.port - b.port);
    add(ports, addr, ready);
  }
  const byIP = (a: Address, b: Address) => compareIPText(a.ip, b.ip) || String(a.targetRef.uid).localeCompare(String(b.targetRef.uid));
  return [...groups.values()].map((g) => {
    const s: Subset = {};
    if (g.ready.length) s.addresses = g.ready.sort(byIP);
    if (g.notReady.length) s.notReadyAddresses = g.notReady.sort(byIP);
    if (g.ports.length) s.ports = g.ports;
    return s;
  });
}

/** The full desired Endpoints object for a managed Service. */
export function desiredEndpoints(svc: Obj, allPods: Obj[]): Obj {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec?.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  const trigger = lastChangeTriggerTime(svc, podsForService(svc, allPods));
  const metadata: Obj['metadata'] = { name: svc.metadata.name, namespace: svc.metadata.namespace };
  if (Object.keys(labels).length) metadata.labels = labels;
  if (trigger) metadata.annotations = { [LAST_CHANGE_TRIGGER_TIME]: trigger };
  const subsets = desiredSubsets(svc, allPods);
  return { apiVersion: 'v1', kind: 'Endpoints', metadata, ...(subsets.length ? { subsets } : {}) };
}

/** Whether the stored Endpoints already say what we want (the controller skips the write then). */
export function endpointsUpToDate(current: Obj, desired: Obj): boolean {
  const subsets = (o: Obj) => (o.subsets?.length ? o.subsets : null);
  return sameJSON(subsets(current), subsets(desired)) && sameJSON(current.metadata.labels ?? {}, desired.metadata.labels ?? {});
}
