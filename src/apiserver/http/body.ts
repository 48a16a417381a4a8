// Reads and decodes request bodies: JSON, YAML and Kubernetes protobuf.
import type { IncomingMessage } from 'node:http';
import yaml from 'js-yaml';
import { errors } from '../errors.js';
import { decodeKubernetesProtobuf } from '../protobuf/decode.js';

const MAX_BODY = 3 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > MAX_BODY) throw errors.badRequest('the request body is too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? 'application/json').split(';')[0].trim().toLowerCase();
}

/** Decodes a body whose media type is JSON-like, YAML or protobuf. */
export function decodeBody(buf: Buffer, type: string): unknown {
  if (buf.length === 0) return undefined;
  try {
    if (type === 'application/vnd.kubernetes.protobuf') return decodeKubernetesProtobuf(buf);
    if (type === 'application/yaml' || type === 'application/apply-patch+yaml' || type === 'text/yaml') return yaml.load(buf.toString('utf8'));
    if (type.endsWith('json') || type === '*/*' || type === 'text/plain') return JSON.parse(buf.toString('utf8'));
  } catch (e) {
    throw errors.badRequest(`error decoding request body: ${(e as Error).message}`);
  }
  throw errors.unsupportedMediaType(type);
}
