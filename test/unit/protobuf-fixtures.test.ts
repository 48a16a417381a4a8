// Decodes request bodies captured from kubectl 1.33 and compares them with the JSON
// kubectl 1.27 sends for the same command (see fixtures/protobuf/README.md).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeKubernetesProtobuf } from '../../src/apiserver/protobuf/decode.js';

const dir = join(__dirname, '../../fixtures/protobuf');
const names = readdirSync(dir).filter((f) => f.endsWith('.pb')).map((f) => f.slice(0, -3));

/** Go's JSON of the same object also carries `null` times and `{}` for unset non-pointer structs. */
function withoutEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmpty);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = withoutEmpty(x);
      if (c === null || (typeof c === 'object' && !Array.isArray(c) && Object.keys(c as object).length === 0)) continue;
      out[k] = c;
    }
    return out;
  }
  return v;
}

describe('protobuf bodies captured from kubectl 1.33', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(8));
  for (const name of names) {
    it(`decodes ${name} like kubectl 1.27's JSON`, () => {
      const decoded = decodeKubernetesProtobuf(readFileSync(join(dir, `${name}.pb`)));
      const json = JSON.parse(readFileSync(join(dir, `${name}.kubectl127.json`), 'utf8'));
      expect(decoded).toEqual(withoutEmpty(json));
    });
  }
  it('keeps replicas: 0 (a pointer field present on the wire)', () => {
    const d = decodeKubernetesProtobuf(readFileSync(join(dir, 'deployment-zero-replicas.pb'))) as { spec: { replicas: number } };
    expect(d.spec.replicas).toBe(0);
  });
  it('decodes IntOrString targetPort as a number and secret data as base64', () => {
    const svc = decodeKubernetesProtobuf(readFileSync(join(dir, 'service-nodeport.pb'))) as { spec: { ports: { targetPort: unknown }[] } };
    expect(svc.spec.ports[0].targetPort).toBe(8080);
    const sec = decodeKubernetesProtobuf(readFileSync(join(dir, 'secret-generic.pb'))) as { data: Record<string, string> };
    expect(sec.data).toEqual({ a: Buffer.from('b').toString('base64') });
  });
});
