import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TypeDef } from '../../src/apiserver/schema/model.js';
import { patchSchemaFromTypes, splitStrategy } from '../../src/patch/schema-builder.js';
import { applyStrategicMergePatch } from '../../src/patch/strategic-merge.js';
import { goJsonStringify } from '../../src/patch/json-value.js';

const types: TypeDef[] = [
  {
    name: 'Root',
    fields: [
      { name: 'items', proto: 1, type: { kind: 'message', type: 'Item' }, repeated: true, patchStrategy: 'merge', patchMergeKey: 'id' },
      { name: 'byName', proto: 2, type: { kind: 'map', value: { kind: 'message', type: 'Item' } } },
      { name: 'tags', proto: 3, type: { kind: 'string' }, repeated: true },
      { name: 'missing', proto: 4, type: { kind: 'message', type: 'NotDefined' } },
    ],
  },
  {
    name: 'Item',
    fields: [
      { name: 'id', proto: 1, type: { kind: 'string' } },
      { name: 'ports', proto: 2, type: { kind: 'int32' }, repeated: true, patchStrategy: 'merge' },
    ],
  },
];

describe('patchSchemaFromTypes', () => {
  const schema = patchSchemaFromTypes(types, 'Root');

  it('describes merge lists, plain lists and unknown fields', () => {
    expect(schema.field('items')).toMatchObject({ isList: true, patchStrategy: 'merge', patchMergeKey: 'id' });
    expect(schema.field('items')?.schema?.field('ports')).toMatchObject({ isList: true, patchStrategy: 'merge' });
    expect(schema.field('tags')).toEqual({ isList: true, schema: undefined });
    expect(schema.field('nope')).toBeUndefined();
    expect(schema.field('missing')?.schema).toBeUndefined();
  });

  it('map values of message type keep their schema', () => {
    const out = applyStrategicMergePatch({ byName: { a: { id: 'a', ports: [1] } } }, { byName: { a: { ports: [2] }, b: { id: 'b' } } }, schema);
    expect(out).toEqual({ byName: { a: { id: 'a', ports: [2, 1] }, b: { id: 'b' } } });
  });

  it('an unknown root type knows no fields', () => {
    expect(patchSchemaFromTypes(types, 'Nope').field('items')).toBeUndefined();
  });

  it.each([
    [undefined, { retainKeys: false, strategy: '' }],
    ['merge', { retainKeys: false, strategy: 'merge' }],
    ['retainKeys', { retainKeys: true, strategy: '' }],
    ['merge,retainKeys', { retainKeys: true, strategy: 'merge' }],
  ])('splitStrategy(%s)', (s, want) => {
    expect(splitStrategy(s)).toEqual(want);
  });
});

describe('goJsonStringify', () => {
  it('sorts keys and escapes HTML characters like Go', () => {
    expect(goJsonStringify({ b: 1, a: { d: '<x&y>', c: [2, { z: 1, y: 2 }] } })).toBe('{"a":{"c":[2,{"y":2,"z":1}],"d":"\\u003cx\\u0026y\\u003e"},"b":1}');
  });
});

// The registry's tables are written separately; check the wiring once it knows Deployment.
const registryPresent = existsSync(new URL('../../src/apiserver/schema/registry.ts', import.meta.url));
const registry = registryPresent ? await import('../../src/apiserver/schema/registry.js') : undefined;
const knowsDeployment = !!registry?.getType('io.k8s.api.apps.v1.Deployment');
describe.skipIf(!knowsDeployment)('patchSchemaForType (registry)', () => {
  it('knows Deployment containers merge by name', async () => {
    const { patchSchemaForType } = await import('../../src/patch/schema.js');
    const pod = patchSchemaForType('io.k8s.api.apps.v1.Deployment').field('spec')?.schema?.field('template')?.schema?.field('spec')?.schema;
    expect(pod?.field('containers')).toMatchObject({ isList: true, patchStrategy: 'merge', patchMergeKey: 'name' });
    expect(pod?.field('volumes')?.patchStrategy).toBe('merge,retainKeys');
  });
});
