// Response writing and content negotiation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatusError, errors, type Status } from '../errors.js';

export function sendJSON(res: ServerResponse, code: number, body: unknown, contentType = 'application/json', indent?: number): void {
  const data = JSON.stringify(body, null, indent);
  res.writeHead(code, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(data) });
  res.end(data);
}

export function sendError(res: ServerResponse, e: unknown): void {
  const err = e instanceof StatusError ? e : errors.internal(e instanceof Error ? e.message : String(e));
  if (!(e instanceof StatusError) && process.env.MK_DEBUG) console.error(e);
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJSON(res, err.code, err.status);
}

export function successStatus(details: Status['details']): Status {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details, code: 200 } as Status;
}

export interface Negotiated {
  table: boolean;
  partial: boolean;
}

/** Reads `as=Table` / `as=PartialObjectMetadata[List]` from Accept. */
export function negotiate(req: IncomingMessage): Negotiated {
  const accept = String(req.headers.accept ?? '');
  const kinds = accept.split(',').map((a) => a.trim());
  const first = kinds.find((k) => /as=/.test(k) && /g=meta\.k8s\.io/.test(k));
  return {
    table: !!first && /as=Table/.test(first),
    partial: !!first && /as=PartialObjectMetadata/.test(first),
  };
}
