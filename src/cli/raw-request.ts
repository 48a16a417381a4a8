// kubectl's rawhttp: one request to a path (`delete --raw`, `create --raw`), the body from a file
// or stdin, the response body copied to stdout as is; errors as client-go words them.
import { readFileSync } from 'node:fs';
import { ApiError } from '../client/http-client.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';

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

/** The checks kubectl's Validate makes of --raw with -f/-R/-o (create and delete share them). */
export function validateRaw(raw: string, o: { filename?: string[]; recursive?: boolean; output?: string }): void {
  const files = o.filename ?? [];
  if (files.length > 1) throw new CliError('--raw can only use a single local file or stdin');
  if (files.length === 1 && /^https?:\/\//.test(files[0])) throw new CliError('--raw cannot read from a url');
  if (o.recursive) throw new CliError('--raw and --recursive are mutually exclusive');
  if (o.output) throw new CliError('--raw and --output are mutually exclusive');
  // url.ParseRequestURI: the path must be absolute
  if (!raw.startsWith('/')) throw new CliError(`--raw must be a valid URL path: parse ${JSON.stringify(raw)}: invalid URI for request`);
}

export async function rawRequest(c: CliContext, method: string, path: string, filename?: string): Promise<void> {
  const body = filename === undefined ? (method === 'GET' ? undefined : Buffer.alloc(0)) : readFileSync(filename === '-' ? 0 : filename);
  const r = await c.client.raw(method, path, { accept: 'application/json, */*', ...(body ? { body, contentType: 'application/json' } : {}) });
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
