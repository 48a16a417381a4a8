// Endpoint choice for one service port: round-robin over usable endpoints, ClientIP session
// affinity, and an ordered list of fallbacks so a refused connection moves on to the next.

export interface Backend {
  /** pod IP */
  ip: string;
  /** container port */
  port: number;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  /** pod name, for messages */
  pod?: string;
}

export const backendKey = (b: Backend): string => `${b.ip}:${b.port}`;

/** kube-proxy's CategorizeEndpoints: ready endpoints, else serving-but-terminating ones. */
export function usableBackends(all: Backend[]): Backend[] {
  const ready = all.filter((b) => b.ready);
  if (ready.length) return ready;
  return all.filter((b) => b.serving && b.terminating);
}

export class Balancer {
  private next = 0;
  private affinity = new Map<string, { key: string; expires: number }>();

  /** `affinitySeconds` set means sessionAffinity: ClientIP with that timeout. */
  constructor(public affinitySeconds?: number) {}

  /** Backends in the order to try them for one new connection. */
  order(backends: Backend[], clientIP: string, now = Date.now()): Backend[] {
    const usable = usableBackends(backends);
    const n = usable.length;
    if (!n) return [];
    let start = this.next++ % n;
    if (this.next > 1e9) this.next = 0;
    if (this.affinitySeconds !== undefined) {
      const a = this.affinity.get(clientIP);
      if (a && a.expires > now) {
        const i = usable.findIndex((b) => backendKey(b) === a.key);
        if (i >= 0) {
          start = i;
          this.next--; // a sticky pick does not advance the rotation
        }
      }
    }
    return [...usable.slice(start), ...usable.slice(0, start)];
  }

  /** Records the backend a client was connected to (refreshes the affinity timer). */
  connected(clientIP: string, b: Backend, now = Date.now()): void {
    if (this.affinitySeconds === undefined) return;
    this.affinity.set(clientIP, { key: backendKey(b), expires: now + this.affinitySeconds * 1000 });
    if (this.affinity.size > 10_000) {
      for (const [k, v] of this.affinity) if (v.expires <= now) this.affinity.delete(k);
    }
  }
}
