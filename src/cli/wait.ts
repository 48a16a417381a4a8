// Waiting for an object to disappear, by watch (kubectl delete --wait).
import { ApiError } from '../client/http-client.js';
import type { HttpClient } from '../client/http-client.js';
import type { ResourceRef } from '../client/types.js';

export async function waitForDeletion(client: HttpClient, res: ResourceRef, ns: string | undefined, name: string, uid: string | undefined, timeoutMs = 0): Promise<boolean> {
  let list;
  try {
    list = await client.list(res, ns, { fieldSelector: `metadata.name=${name}` });
  } catch (e) {
    if (e instanceof ApiError && e.code === 404) return true;
    throw e;
  }
  const current = list.items[0];
  if (!current || (uid && current.metadata.uid !== uid)) return true;
  const started = Date.now();
  const outcome = await new Promise<boolean | 'closed'>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const handle = client.watch(res, ns, { fieldSelector: `metadata.name=${name}`, resourceVersion: list.metadata.resourceVersion }, (ev) => {
      if (ev.type === 'DELETED' && (!uid || ev.object.metadata.uid === uid)) {
        clearTimeout(timer);
        handle.stop();
        resolve(true);
      }
    });
    if (timeoutMs > 0)
      timer = setTimeout(() => {
        handle.stop();
        resolve(false);
      }, timeoutMs);
    // the server may end a watch (its timeout): look again rather than hang
    handle.done.then(() => {
      clearTimeout(timer);
      resolve('closed');
    }, reject);
  });
  if (outcome !== 'closed') return outcome;
  const left = timeoutMs > 0 ? timeoutMs - (Date.now() - started) : 0;
  if (timeoutMs > 0 && left <= 0) return false;
  return waitForDeletion(client, res, ns, name, uid, left);
}
