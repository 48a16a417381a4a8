// kubectl get's less common modes: --raw (one GET printed as is) and --server-print=false
// (the client's own NAME/AGE table over plain objects).
import { ApiError } from '../client/http-client.js';
import type { KubeObject } from '../client/types.js';
import { humanDuration } from '../apiserver/tables/duration.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import type { ServerTable } from './printers/table.js';

/** client-go's wording when an error response carries no Status (newUnstructuredResponseError). */
const STATUS_TEXT: Record<number, { reason: string; message: string }> = {
  400: { reason: 'BadRequest', message: 'the server rejected our request for an unknown reason' },
  401: { reason: 'Unauthorized', message: 'the server has asked for the client to provide credentials' },
  403: { reason: 'Forbidden', message: 'the server does not allow access to the requested resource' },
  404: { reason: 'NotFound', message: 'the server could not find the requested resource' },
  405: { reason: 'MethodNotAllowed', message: 'the server does not allow this method on the requested resource' },
  409: { reason: 'Conflict', message: 'the server reported a conflict' },
  422: { reason: 'Invalid', message: 'the server rejected our request due to an error in our request' },
  429: { reason: 'TooManyRequests', message: 'the server has received too many requests and has asked us to try again later' },
  500: { reason: 'InternalError', message: 'an error on the server has prevented the request from succeeding' },
  503: { reason: 'ServiceUnavailable', message: 'the server is currently unable to handle the request' },
};

/** `get --raw PATH`: the response body, byte for byte; errors as kubectl words them. */
export async function rawGet(c: CliContext, path: string): Promise<void> {
  // kubectl parses the path as a request URI: it must be absolute
  if (!path.startsWith('/')) throw new CliError(`--raw must be a valid URL path: parse ${JSON.stringify(path)}: invalid URI for request`);
  const r = await c.client.raw('GET', path, { accept: 'application/json, */*' });
  if (r.status >= 200 && r.status < 300) {
    c.io.out(r.body.toString('utf8'));
    return;
  }
  let status: ApiError['status'] | undefined;
  try {
    const parsed = JSON.parse(r.body.toString('utf8'));
    if (parsed?.kind === 'Status') status = parsed;
  } catch {
    status = undefined;
  }
  const known = STATUS_TEXT[r.status];
  throw new ApiError(r.status, status ?? (known ? { reason: known.reason, message: known.message } : { message: `an error on the server ("${r.body.toString('utf8').trim()}") has prevented the request from succeeding` }));
}

/** The table kubectl prints itself when it does not ask the server for one: NAME and AGE. */
export function clientSideTable(items: KubeObject[]): ServerTable {
  const now = Date.now();
  return {
    kind: 'Table',
    columnDefinitions: [
      { name: 'Name', type: 'string', format: 'name' },
      { name: 'Age', type: 'string', format: '' },
    ],
    rows: items.map((it) => {
      const created = it.metadata?.creationTimestamp ? Date.parse(it.metadata.creationTimestamp) : NaN;
      return { cells: [it.metadata?.name ?? '', Number.isNaN(created) ? '<unknown>' : humanDuration(now - created)], object: { metadata: it.metadata } };
    }),
  };
}
