// kubectl -o json: 4-space indent with Go's HTML-safe escapes.
export function toKubectlJson(v: unknown): string {
  return JSON.stringify(v, null, 4).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n';
}
