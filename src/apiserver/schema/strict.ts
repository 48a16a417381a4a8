// Unknown-field detection for fieldValidation, driven by the type tables.
import type { TypeDef } from './model.js';
import { fieldOf, getType } from './registry.js';

export function findUnknownFields(obj: unknown, type: TypeDef, prefix = ''): string[] {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    if (!prefix && (k === 'apiVersion' || k === 'kind')) continue;
    const f = fieldOf(type, k);
    const path = prefix ? `${prefix}.${k}` : k;
    if (!f) {
      out.push(path);
      continue;
    }
    if (f.type.kind !== 'message' || k === 'managedFields') continue;
    const sub = getType(f.type.type);
    if (!sub) continue;
    if (f.repeated && Array.isArray(v)) v.forEach((item, i) => out.push(...findUnknownFields(item, sub, `${path}[${i}]`)));
    else out.push(...findUnknownFields(v, sub, path));
  }
  return out;
}

export function strictDecodingMessage(kind: string, version: string, paths: string[]): string {
  return `${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${paths.map((p) => `unknown field "${p}"`).join(', ')}`;
}
