// Watch streaming: chunked, newline-separated {"type","object"} events, headers
// flushed at once, closed after timeoutSeconds.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KubeObject, WatchEvent } from '../../client/types.js';
import type { ResourceInfo } from '../resources.js';
import type { Registry } from '../rest/registry.js';
import { buildTable } from '../tables/index.js';
import type { Negotiated } from './respond.js';

const DEFAULT_TIMEOUT_S = 1800;

export function serveWatch(
  req: IncomingMessage,
  res: ServerResponse,
  registry: Registry,
  info: ResourceInfo,
  ns: string | undefined,
  q: URLSearchParams,
  neg: Negotiated,
  onlyName?: string,
): void {
  let fieldSelector = q.get('fieldSelector') ?? undefined;
  if (onlyName) fieldSelector = [fieldSelector, `metadata.name=${onlyName}`].filter(Boolean).join(',');
  const timeout = Number(q.get('timeoutSeconds') ?? DEFAULT_TIMEOUT_S);
  const includeObject = (q.get('includeObject') as 'None' | 'Metadata' | 'Object' | null) ?? undefined;
  const encode = (ev: WatchEvent): string => {
    let object: unknown = ev.object;
    if (neg.table && ev.type !== 'ERROR' && ev.type !== 'BOOKMARK') object = buildTable(info, [ev.object as KubeObject], { includeObject });
    return JSON.stringify({ type: ev.type, object }) + '\n';
  };
  // the backlog arrives synchronously, before the headers are out: hold it until then
  let pending: string[] | undefined = [];
  const sub = registry.watch(info, ns, { labelSelector: q.get('labelSelector') ?? undefined, fieldSelector, resourceVersion: q.get('resourceVersion') ?? undefined }, (ev) => {
    const line = encode(ev);
    if (pending) pending.push(line);
    else res.write(line);
  });
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
  // kubectl waits for the headers before it reads the stream
  res.flushHeaders();
  if (pending.length) res.write(pending.join(''));
  pending = undefined;
  const finish = () => {
    clearTimeout(timer);
    sub.stop();
    res.end();
  };
  const timer = setTimeout(finish, Math.max(0, timeout) * 1000);
  req.on('close', finish);
}
