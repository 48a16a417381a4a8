// fieldValidation=Strict|Warn|Ignore: unknown fields fail the request, come back as
// warnings, or are dropped silently, as kube-apiserver's decoder does.
import type { ServerResponse } from 'node:http';
import type { KubeObject } from '../../client/types.js';
import { errors } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import { typeForKind } from '../schema/registry.js';
import { findUnknownFields, strictDecodingMessage } from '../schema/strict.js';

export function checkFields(info: ResourceInfo, obj: KubeObject, mode: 'Strict' | 'Warn' | 'Ignore', res: ServerResponse, isPatch: boolean): void {
  const type = typeForKind(info.group, info.version, info.kind);
  if (!type) return;
  const unknown = findUnknownFields(isPatch ? withoutDirectives(obj) : obj, type);
  if (!unknown.length) return;
  if (mode === 'Strict') {
    if (isPatch) throw errors.badRequest(`strict decoding error: ${unknown.map((p) => `unknown field "${p}"`).join(', ')}`);
    throw errors.badRequest(strictDecodingMessage(info.kind, info.version, unknown));
  }
  if (mode === 'Warn') res.setHeader('Warning', unknown.map((p) => `299 - ${JSON.stringify(`unknown field "${p}"`)}`));
  for (const p of unknown) prune(obj, p);
}

/** Strategic-merge directives ($patch, $setElementOrder/…, $retainKeys…) are not fields. */
function withoutDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutDirectives);
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = withoutDirectives(x);
  return out;
}

/** Deletes the field at a path like `spec.template.spec.containers[0].foo`. */
function prune(obj: unknown, path: string): void {
  const segs: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return;
    if (m[1]) segs.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) segs.push(Number(idx[1]));
  }
  let cur: unknown = obj;
  for (let i = 0; i < segs.length - 1; i++) {
    if (!cur || typeof cur !== 'object') return;
    cur = (cur as Record<string | number, unknown>)[segs[i]];
  }
  if (cur && typeof cur === 'object') delete (cur as Record<string | number, unknown>)[segs[segs.length - 1]];
}
