// Watch a collection until an event decides the outcome, the time runs out or the watch ends
// (the shape of client-go's watchtools.UntilWithoutRetry), settling exactly once.
import type { ApiClient } from '../client/interface.js';
import type { KubeObject, ResourceRef, WatchEvent, WatchOptions } from '../client/types.js';
import { CliError } from './errors.js';

/** wait.ErrWaitTimeout, as kubectl prints it; also what a watch ending early yields. */
export const timedOut = () => new CliError('timed out waiting for the condition');

/**
 * decide sees each event until the outcome is known: it returns the result to finish with,
 * undefined to keep watching, or throws to fail. The watch is stopped and the timer cleared
 * however it ends; events arriving after that are ignored.
 */
export function watchUntil<R, T extends KubeObject = KubeObject>(
  client: ApiClient,
  res: ResourceRef,
  namespace: string | undefined,
  opts: WatchOptions,
  timeoutMs: number,
  decide: (ev: WatchEvent<T>) => R | undefined,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (err: unknown, result?: R) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      handle.stop();
      if (err) reject(err);
      else resolve(result as R);
    };
    const timer = setTimeout(() => finish(timedOut()), timeoutMs);
    const handle = client.watch<T>(res, namespace, opts, (ev) => {
      if (settled) return;
      try {
        const result = decide(ev);
        if (result !== undefined) finish(undefined, result);
      } catch (e) {
        finish(e);
      }
    });
    handle.done.then(
      () => finish(timedOut()),
      (e) => finish(e),
    );
  });
}
