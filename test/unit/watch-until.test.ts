// watchUntil and its users: settle once on a decision, an error, the timeout or the watch's end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, WatchHandle } from '../../src/client/interface.js';
import { R } from '../../src/client/interface.js';
import type { KubeObject, WatchEvent, WatchOptions } from '../../src/client/types.js';
import type { CliContext } from '../../src/cli/context.js';
import { watchUntil } from '../../src/cli/watch-until.js';
import { PodCompleted, podRunningAndReady, waitForPod } from '../../src/cli/pod-wait.js';

/** A client whose one watch is driven by the test. */
class FakeWatch {
  emit: (ev: WatchEvent) => void = () => {};
  opts?: WatchOptions;
  stopped = 0;
  listed: KubeObject[] = [];
  private end!: { resolve: () => void; reject: (e: unknown) => void };
  readonly client = {
    list: async () => ({ items: this.listed, metadata: { resourceVersion: '7' } }),
    watch: (_res: unknown, _ns: unknown, opts: WatchOptions, onEvent: (ev: WatchEvent) => void): WatchHandle => {
      this.opts = opts;
      this.emit = onEvent;
      const done = new Promise<void>((resolve, reject) => (this.end = { resolve, reject }));
      return { stop: () => this.stopped++, done };
    },
  } as unknown as ApiClient;
  close(err?: unknown): void {
    if (err) this.end.reject(err);
    else this.end.resolve();
  }
}

const pod = (name: string, status: KubeObject['status'] = {}): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, status });

describe('watchUntil', () => {
  let w: FakeWatch;
  beforeEach(() => {
    vi.useFakeTimers();
    w = new FakeWatch();
  });
  afterEach(() => vi.useRealTimers());

  it('keeps watching while decide says nothing, then resolves with its result once', async () => {
    const decide = vi.fn((ev: WatchEvent) => (ev.object.metadata.name === 'b' ? ev.object.metadata.name : undefined));
    const p = watchUntil(w.client, R.pods, 'ns', { labelSelector: 'app=x' }, 1000, decide);
    expect(w.opts).toEqual({ labelSelector: 'app=x' });
    w.emit({ type: 'ADDED', object: pod('a') });
    w.emit({ type: 'MODIFIED', object: pod('b') });
    w.emit({ type: 'MODIFIED', object: pod('c') });
    await expect(p).resolves.toBe('b');
    expect(decide).toHaveBeenCalledTimes(2); // nothing after the decision
    expect(w.stopped).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with what decide throws and stops the watch', async () => {
    const p = watchUntil(w.client, R.pods, 'ns', {}, 1000, () => {
      throw new Error('gone');
    });
    w.emit({ type: 'DELETED', object: pod('a') });
    await expect(p).rejects.toThrow('gone');
    expect(w.stopped).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out as kubectl says it, and ignores what comes after', async () => {
    const p = watchUntil(w.client, R.pods, 'ns', {}, 1000, (ev) => ev.object);
    const outcome = p.catch((e: Error) => e.message);
    vi.advanceTimersByTime(999);
    expect(w.stopped).toBe(0);
    vi.advanceTimersByTime(1);
    w.emit({ type: 'ADDED', object: pod('late') });
    expect(await outcome).toBe('timed out waiting for the condition');
    expect(w.stopped).toBe(1);
  });

  it('a watch that ends undecided is a timeout; one that fails passes its error on', async () => {
    const ended = watchUntil(w.client, R.pods, 'ns', {}, 1000, () => undefined);
    w.close();
    await expect(ended).rejects.toThrow('timed out waiting for the condition');
    const failed = watchUntil(w.client, R.pods, 'ns', {}, 1000, () => undefined);
    w.close(new Error('connection reset'));
    await expect(failed).rejects.toThrow('connection reset');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('waitForPod', () => {
  const running = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] };
  let w: FakeWatch;
  let c: CliContext;
  beforeEach(() => {
    w = new FakeWatch();
    c = { client: w.client } as unknown as CliContext;
  });

  it('returns a listed pod that already meets the condition without watching', async () => {
    w.listed = [pod('web', running)];
    await expect(waitForPod(c, 'ns', 'web', 1000, podRunningAndReady)).resolves.toMatchObject({ metadata: { name: 'web' } });
    expect(w.opts).toBeUndefined();
  });

  it('watches that one pod from the list, skipping bookmarks, until it is running and ready', async () => {
    w.listed = [pod('web', { phase: 'Pending' })];
    const p = waitForPod(c, 'ns', 'web', 5000, podRunningAndReady);
    await vi.waitFor(() => expect(w.opts).toEqual({ fieldSelector: 'metadata.name=web', resourceVersion: '7' }));
    w.emit({ type: 'BOOKMARK', object: pod('web') });
    w.emit({ type: 'MODIFIED', object: pod('web', { phase: 'Running' }) });
    w.emit({ type: 'MODIFIED', object: pod('web', running) });
    await expect(p).resolves.toMatchObject({ status: running });
    expect(w.stopped).toBe(1);
  });

  it('fails as kubectl does when the pod completes or is deleted first', async () => {
    const completed = waitForPod(c, 'ns', 'web', 5000, podRunningAndReady);
    await vi.waitFor(() => expect(w.opts).toBeDefined());
    w.emit({ type: 'MODIFIED', object: pod('web', { phase: 'Succeeded' }) });
    await expect(completed).rejects.toBeInstanceOf(PodCompleted);

    w.opts = undefined;
    const deleted = waitForPod(c, 'ns', 'web', 5000, podRunningAndReady);
    await vi.waitFor(() => expect(w.opts).toBeDefined());
    w.emit({ type: 'DELETED', object: pod('web') });
    await expect(deleted).rejects.toThrow('Error from server (NotFound): pods "" not found');
  });
});
