// Where pod ports really are: every declared containerPort (pod-IP side) maps to a
// 127.0.0.1 port on the host. Shared in the daemon by the kubelets, kube-proxy and port-forward.
import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';

export interface HostEndpoint {
  host: '127.0.0.1';
  port: number;
}

export interface PortMapChange {
  podIP: string;
  /** containerPort → host port; empty when the pod's ports went away */
  ports: ReadonlyMap<number, number>;
}

const byPodIP = new Map<string, Map<number, number>>();
const taken = new Set<number>();
const changes = new EventEmitter();
changes.setMaxListeners(0);

/** The host address that serves `podIP:containerPort`, if a container declared or listens on it. */
export function podEndpoint(podIP: string, containerPort: number): HostEndpoint | undefined {
  const port = byPodIP.get(podIP)?.get(containerPort);
  return port ? { host: '127.0.0.1', port } : undefined;
}

/** All mapped ports of a pod (containerPort → host port). */
export function podPorts(podIP: string): ReadonlyMap<number, number> {
  return byPodIP.get(podIP) ?? new Map();
}

/** Listen for changes; returns an unsubscribe function. */
export function onPortMapChange(listener: (c: PortMapChange) => void): () => void {
  changes.on('change', listener);
  return () => changes.off('change', listener);
}

/** Records (merges) the host ports of a pod's containers. */
export function setPodPorts(podIP: string, ports: ReadonlyMap<number, number>): void {
  const cur = byPodIP.get(podIP) ?? new Map<number, number>();
  for (const [c, h] of ports) cur.set(c, h);
  byPodIP.set(podIP, cur);
  changes.emit('change', { podIP, ports: cur } satisfies PortMapChange);
}

/** Forgets some container ports of a pod (a container stopped) and frees their host ports. */
export function removePodPorts(podIP: string, containerPorts?: Iterable<number>): void {
  const cur = byPodIP.get(podIP);
  if (!cur) return;
  for (const c of containerPorts ?? [...cur.keys()]) {
    const h = cur.get(c);
    if (h !== undefined) taken.delete(h);
    cur.delete(c);
  }
  if (!cur.size) byPodIP.delete(podIP);
  changes.emit('change', { podIP, ports: cur } satisfies PortMapChange);
}

function probeFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A free 127.0.0.1 port that no other pod holds. */
export async function allocateHostPort(): Promise<number> {
  for (;;) {
    const p = await probeFreePort();
    if (!taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

export function releaseHostPort(port: number): void {
  taken.delete(port);
}
