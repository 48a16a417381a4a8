// The failed-daemon-pod backoff (daemon_controller.go failedPodsBackoff): a pod that keeps
// failing on a node is killed again only after 1s, 2s, 4s, ... up to 15 minutes, so a crashing
// daemon does not turn the controller into a create/delete hot loop.
const INITIAL_MS = 1000;
const MAX_MS = 15 * 60_000;

export class FailedPodBackoff {
  private entries = new Map<string, { delay: number; next: number }>();

  /** ms to wait before this node's failed pod may be killed again; 0 means now (and the delay grows). */
  wait(key: string, now = Date.now()): number {
    const e = this.entries.get(key);
    if (e && now < e.next) return e.next - now;
    const delay = e ? Math.min(e.delay * 2, MAX_MS) : INITIAL_MS;
    this.entries.set(key, { delay, next: now + delay });
    return 0;
  }

  /** Forgets entries idle for twice the longest delay (failedPodsBackoff.GC). */
  gc(now = Date.now()): void {
    for (const [k, e] of this.entries) if (now - e.next > 2 * MAX_MS) this.entries.delete(k);
  }
}
