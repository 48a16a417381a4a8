import { describe, expect, it } from 'vitest';
import { typeForKind } from '../../src/apiserver/schema/registry.js';
import { findDuplicateFields, findUnknownFields, strictDecodingMessage } from '../../src/apiserver/schema/strict.js';

const deployment = typeForKind('apps', 'v1', 'Deployment')!;

describe('strict field validation', () => {
  it('reports nested unknown fields with list indexes, in document order', () => {
    const obj = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x', labels: { anything: 'goes' }, managedFields: [{ whatever: 1 }] },
      spec: {
        foo: 1,
        template: {
          spec: {
            containers: [
              { name: 'a', image: 'nginx', livenessProbe: { httpGet: { port: 80 }, bogus: true } },
              { name: 'b', bar: 'x', resources: { limits: { cpu: '1' } } },
            ],
            volumes: [{ name: 'v', emptyDir: {}, configMap: { name: 'c', nope: 1 } }],
          },
        },
      },
      status: { weird: 1 },
      extra: 1,
    };
    expect(findUnknownFields(obj, deployment)).toEqual([
      'spec.foo',
      'spec.template.spec.containers[0].livenessProbe.bogus',
      'spec.template.spec.containers[1].bar',
      'spec.template.spec.volumes[0].configMap.nope',
      'status.weird',
      'extra',
    ]);
  });

  it('accepts a clean object', () => {
    const obj = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort: 'http' }], selector: { a: 'b' } } };
    expect(findUnknownFields(obj, typeForKind('', 'v1', 'Service')!)).toEqual([]);
  });

  it('finds duplicate keys with their paths', () => {
    const text = '{"kind":"Deployment","spec":{"replicas":1,"replicas":2,"template":{"spec":{"containers":[{"name":"a","name":"b"}]}}},"metadata":{"labels":{"a":"1","a":"2"}}}';
    expect(findDuplicateFields(text)).toEqual(['spec.replicas', 'spec.template.spec.containers[0].name', 'metadata.labels.a']);
    expect(findDuplicateFields('{"a":1}')).toEqual([]);
    expect(findDuplicateFields('not json')).toEqual([]);
  });

  it('words the BadRequest message like kube-apiserver', () => {
    expect(strictDecodingMessage('Deployment', 'v1', ['spec.foo', 'spec.template.spec.containers[0].bar'])).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo", unknown field "spec.template.spec.containers[0].bar"',
    );
    expect(strictDecodingMessage('Pod', 'v1', ['x'], ['metadata.name'])).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: duplicate field "metadata.name", unknown field "x"',
    );
  });
});
