import { describe, expect, it } from 'vitest';
import {
  applyMergePatch,
  applyMergePatchToObject,
  createMergePatch,
  createThreeWayJsonMergePatch,
} from '../../src/patch/merge-patch.js';
import { PatchError } from '../../src/patch/errors.js';
import type { JsonObject, JsonValue } from '../../src/patch/json-value.js';

describe('applyMergePatch (RFC 7386 appendix A)', () => {
  const cases: [JsonValue, JsonValue, JsonValue][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  it.each(cases)('%j + %j', (target, patch, want) => {
    const before = JSON.stringify(target);
    expect(applyMergePatch(target, patch)).toEqual(want);
    expect(JSON.stringify(target)).toBe(before);
  });

  it('scale subresource body replaces spec.replicas only', () => {
    const scale = { kind: 'Scale', spec: { replicas: 2 }, status: { replicas: 2, selector: 'app=x' } };
    expect(applyMergePatchToObject(scale, { spec: { replicas: 6 } })).toEqual({
      kind: 'Scale',
      spec: { replicas: 6 },
      status: { replicas: 2, selector: 'app=x' },
    });
  });

  it('merge patch replaces lists wholesale (no merge keys)', () => {
    const d: JsonObject = { spec: { template: { spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b' }] } } } };
    expect(applyMergePatchToObject(d, { spec: { template: { spec: { containers: [{ name: 'a', image: 'y' }] } } } })).toEqual({
      spec: { template: { spec: { containers: [{ name: 'a', image: 'y' }] } } },
    });
  });

  it.each([null, 'x', 3])('rejects a %j body as the apiserver does (400 Invalid JSON Patch)', (body) => {
    let err: unknown;
    try {
      applyMergePatchToObject({ a: 1 }, body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PatchError);
    const st = (err as PatchError).toStatusError().status;
    expect(st).toMatchObject({ code: 400, reason: 'BadRequest', message: 'Invalid JSON Patch' });
  });
});

describe('createMergePatch', () => {
  const cases: [string, JsonObject, JsonObject, JsonObject][] = [
    ['no change', { a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } }, {}],
    ['changed scalar', { a: 1 }, { a: 2 }, { a: 2 }],
    ['removed key', { a: 1, b: 2 }, { a: 1 }, { b: null }],
    ['nested', { m: { x: 1, y: 2 } }, { m: { x: 1, z: 3 } }, { m: { y: null, z: 3 } }],
    ['list changed is replaced', { l: [1, 2] }, { l: [2, 1] }, { l: [2, 1] }],
    ['type change', { a: { b: 1 } }, { a: 'x' }, { a: 'x' }],
    ['null to value', { a: null }, { a: 1 }, { a: 1 }],
  ];
  it.each(cases)('%s', (_name, original, modified, want) => {
    const patch = createMergePatch(original, modified);
    expect(patch).toEqual(want);
    expect(applyMergePatch(original, patch)).toEqual(modified);
  });

  it('sorts keys like Go', () => {
    expect(JSON.stringify(createMergePatch({}, { spec: { z: 1, a: 2 }, kind: 'X' }))).toBe('{"kind":"X","spec":{"a":2,"z":1}}');
  });
});

describe('createThreeWayJsonMergePatch (apply for types without patch metadata)', () => {
  it('adds changes from live and deletions from last-applied, keeping fields others set', () => {
    const original = { spec: { a: 1, gone: true, list: [1] } };
    const modified = { spec: { a: 2, list: [1, 2] } };
    const current = { spec: { a: 1, gone: true, list: [1], serverSet: 'x' }, status: { ok: true } };
    expect(createThreeWayJsonMergePatch(original, modified, current)).toEqual({ spec: { a: 2, gone: null, list: [1, 2] } });
  });

  it('is empty when nothing changed', () => {
    const m = { spec: { a: 1 } };
    expect(createThreeWayJsonMergePatch(m, m, { ...m, status: {} })).toEqual({});
  });

  it('keeps an explicitly empty map as a value', () => {
    expect(createThreeWayJsonMergePatch({}, { spec: { sel: {} } }, { spec: {} })).toEqual({ spec: { sel: {} } });
  });
});
