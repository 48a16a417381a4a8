// Strict field validation (fieldValidation=Strict|Warn) driven by the type tables,
// reporting paths the way kube-apiserver's strict JSON decoder (sigs.k8s.io/json) does:
// keys joined by ".", list indexes as "[i]", e.g. "spec.template.spec.containers[0].bar".
import type { FieldType, TypeDef } from './model.js';
import { fieldOf, getType } from './registry.js';

/** sigs.k8s.io/json stops collecting strict errors after this many. */
const MAX_STRICT_ERRORS = 100;

/** Paths of fields the type tables do not know, in document order. */
export function findUnknownFields(obj: unknown, type: TypeDef): string[] {
  const out: string[] = [];
  walkObject(obj, type, '', out);
  return [...new Set(out)].slice(0, MAX_STRICT_ERRORS);
}

function walkObject(obj: unknown, type: TypeDef, prefix: string, out: string[]): void {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return;
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!prefix && (key === 'apiVersion' || key === 'kind')) continue;
    const f = fieldOf(type, key);
    if (!f) {
      out.push(path);
      continue;
    }
    if (path === 'metadata.managedFields') continue;
    if (f.repeated && Array.isArray(value)) value.forEach((item, i) => walkValue(item, f.type, `${path}[${i}]`, out));
    else walkValue(value, f.type, path, out);
  }
}

function walkValue(value: unknown, t: FieldType, path: string, out: string[]): void {
  if (t.kind === 'message') {
    const sub = getType(t.type);
    if (sub) walkObject(value, sub, path, out);
  } else if (t.kind === 'map' && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walkValue(v, t.value, `${path}.${k}`, out);
  }
}

/**
 * Paths of keys that occur twice in the same JSON object (Go's decoder keeps the last
 * one and reports `duplicate field "<path>"`). Returns [] for text that is not JSON.
 */
export function findDuplicateFields(jsonText: string): string[] {
  const out: string[] = [];
  try {
    new DuplicateScanner(jsonText, out).scanDocument();
  } catch {
    return [];
  }
  return [...new Set(out)].slice(0, MAX_STRICT_ERRORS);
}

/** A minimal JSON reader that tracks object paths; values are skipped, not built. */
class DuplicateScanner {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly out: string[],
  ) {}

  scanDocument(): void {
    this.value('');
    this.ws();
    if (this.pos !== this.text.length) throw new Error('trailing data');
  }

  private ws(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private value(path: string): void {
    this.ws();
    const c = this.text[this.pos];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return void this.string();
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!m) throw new Error('bad JSON');
    this.pos += m[0].length;
  }

  private object(path: string): void {
    this.pos++;
    const seen = new Set<string>();
    this.ws();
    if (this.text[this.pos] === '}') return void this.pos++;
    for (;;) {
      this.ws();
      const key = this.string();
      const sub = path ? `${path}.${key}` : key;
      if (seen.has(key)) this.out.push(sub);
      seen.add(key);
      this.ws();
      if (this.text[this.pos++] !== ':') throw new Error('expected :');
      this.value(sub);
      this.ws();
      const c = this.text[this.pos++];
      if (c === '}') return;
      if (c !== ',') throw new Error('expected , or }');
    }
  }

  private array(path: string): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === ']') return void this.pos++;
    for (let i = 0; ; i++) {
      this.value(`${path}[${i}]`);
      this.ws();
      const c = this.text[this.pos++];
      if (c === ']') return;
      if (c !== ',') throw new Error('expected , or ]');
    }
  }

  private string(): string {
    if (this.text[this.pos] !== '"') throw new Error('expected string');
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== '"') this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }
}

/** The strict-decoding errors as kube-apiserver words them: duplicates are reported before unknown fields here. */
export function strictDecodingErrors(unknownPaths: string[], duplicatePaths: string[] = []): string[] {
  return [...duplicatePaths.map((p) => `duplicate field ${JSON.stringify(p)}`), ...unknownPaths.map((p) => `unknown field ${JSON.stringify(p)}`)];
}

/**
 * The BadRequest message for fieldValidation=Strict on create/update, e.g.
 * `Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo"`.
 * Under Warn each entry of strictDecodingErrors() becomes one `Warning` header instead.
 */
export function strictDecodingMessage(kind: string, version: string, unknownPaths: string[], duplicatePaths: string[] = []): string {
  const errors = strictDecodingErrors(unknownPaths, duplicatePaths).join(', ');
  return `${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${errors}`;
}
