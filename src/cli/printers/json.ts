// kubectl -o json: 4-space indent with Go's HTML-safe escapes.
import { sortKeysDeep } from '../../patch/json-value.js';

// kubectl decodes into unstructured maps, so keys come out sorted
export function toKubectlJson(v: unknown): string {
  return JSON.stringify(sortKeysDeep(v), null, 4).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n';
}
