// The `kubernetes` Service's Endpoints and EndpointSlice, kept by the API server itself
// (controlplane reconcilers + endpointsadapter): an advertised address and the port the API
// server really listens on.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import { sameJSON, type Obj } from './pod-endpoints.js';

const codeOf = (e: unknown) => (e as { code?: number }).code;

export function apiserverEndpoints(ip: string, port: number): { endpoints: Obj; slice: Obj } {
  const ports = [{ name: 'https', port, protocol: 'TCP' }];
  return {
    endpoints: {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: [{ ip }], ports }],
    },
    slice: {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [ip], conditions: { ready: true } }],
      ports,
    },
  };
}

async function ensure(client: ApiClient, res: typeof R.endpoints, desired: Obj, same: (cur: Obj) => boolean): Promise<void> {
  let cur: Obj | undefined;
  try {
    cur = await client.get(res, 'default', desired.metadata.name!);
  } catch (e) {
    if (codeOf(e) !== 404) throw e;
  }
  if (!cur) {
    await client.create(res, 'default', desired).catch((e) => {
      if (codeOf(e) !== 409) throw e;
    });
    return;
  }
  if (same(cur)) return;
  await client.update(res, 'default', { ...desired, metadata: { ...cur.metadata, labels: desired.metadata.labels } });
}

/** Writes both objects if missing or different. */
export async function reconcileApiserverEndpoints(client: ApiClient, ip: string, port: number): Promise<void> {
  const want = apiserverEndpoints(ip, port);
  await ensure(client, R.endpoints, want.endpoints, (cur) => sameJSON(cur.subsets, want.endpoints.subsets) && sameJSON(cur.metadata.labels, want.endpoints.metadata.labels));
  await ensure(
    client,
    R.endpointslices,
    want.slice,
    (cur) => sameJSON(cur.endpoints, want.slice.endpoints) && sameJSON(cur.ports, want.slice.ports) && sameJSON(cur.metadata.labels, want.slice.metadata.labels),
  );
}

/** Reconciles now and every `intervalMs` (the real reconciler runs every 10 s). */
export function startApiserverEndpoints(client: ApiClient, ip: string, port: number, intervalMs = 10_000): { ready: Promise<void>; stop(): void } {
  const run = () => reconcileApiserverEndpoints(client, ip, port).catch((e) => console.error(`kubernetes endpoints: ${(e as Error).message}`));
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { ready: run(), stop: () => clearInterval(timer) };
}
