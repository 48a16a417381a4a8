// A rate-limited work queue: a key is processed by one worker at a time, re-queued when
// it changes while being processed, and retried with exponential back-off on errors.

export class WorkQueue {
  private queue: string[] = [];
  private queued = new Set<string>();
  private processing = new Set<string>();
  private dirty = new Set<string>();
  private failures = new Map<string, number>();
  private timers = new Set<NodeJS.Timeout>();
  private running = 0;
  private stopped = false;

  constructor(
    private handler: (key: string) => Promise<void>,
    private workers = 4,
    private onError: (key: string, e: unknown) => void = () => {},
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    if (this.processing.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
    this.pump();
  }

  addAfter(key: string, ms: number): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.add(key);
    }, ms);
    this.timers.add(t);
  }

  private addRateLimited(key: string): void {
    const n = (this.failures.get(key) ?? 0) + 1;
    this.failures.set(key, n);
    this.addAfter(key, Math.min(5 * 2 ** (n - 1), 60_000));
  }

  private pump(): void {
    while (this.running < this.workers && this.queue.length && !this.stopped) {
      const key = this.queue.shift()!;
      this.queued.delete(key);
      this.processing.add(key);
      this.running++;
      this.handler(key)
        .then(
          () => this.failures.delete(key),
          (e) => {
            this.onError(key, e);
            this.addRateLimited(key);
          },
        )
        .finally(() => {
          this.running--;
          this.processing.delete(key);
          if (this.dirty.delete(key)) this.add(key);
          this.pump();
        });
    }
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
