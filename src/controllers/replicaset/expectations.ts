// ControllerExpectations: a controller's memory of the creates and deletes it has issued
// but not yet seen through its informers, so that a stale cache never causes a second
// round of creates or deletes. Expectations expire after five minutes, as upstream.
const EXPECTATIONS_TIMEOUT_MS = 5 * 60_000;

interface Expectation {
  add: number;
  /** pod keys whose deletion is awaited (UIDTrackingExpectations) */
  deletes: Set<string>;
  at: number;
}

export class Expectations {
  private items = new Map<string, Expectation>();

  /** True when nothing is pending, or what was pending is too old to trust. */
  satisfied(key: string): boolean {
    const e = this.items.get(key);
    if (!e) return true;
    if (e.add <= 0 && e.deletes.size === 0) return true;
    return Date.now() - e.at > EXPECTATIONS_TIMEOUT_MS;
  }

  expectCreations(key: string, n: number): void {
    this.items.set(key, { add: n, deletes: new Set(), at: Date.now() });
  }

  expectDeletions(key: string, podKeys: string[]): void {
    this.items.set(key, { add: 0, deletes: new Set(podKeys), at: Date.now() });
  }

  /** Creates and deletes issued together (the DaemonSet controller's syncNodes). */
  expect(key: string, adds: number, podKeys: string[]): void {
    this.items.set(key, { add: adds, deletes: new Set(podKeys), at: Date.now() });
  }

  creationObserved(key: string): void {
    const e = this.items.get(key);
    if (e) e.add--;
  }

  deletionObserved(key: string, podKey: string): void {
    this.items.get(key)?.deletes.delete(podKey);
  }

  delete(key: string): void {
    this.items.delete(key);
  }
}
