import { describe, expect, it } from 'vitest';
import { applyJsonPatch } from '../../src/patch/json-patch.js';
import { PatchError } from '../../src/patch/errors.js';
import type { JsonValue } from '../../src/patch/json-value.js';

const doc = () => ({
  metadata: { name: 'x', annotations: { 'deployment.kubernetes.io/revision': '2' } },
  spec: { replicas: 2, list: ['a', 'b', 'c'], template: { spec: { containers: [{ name: 'x', image: 'v2' }] } } },
});

function errorOf(fn: () => unknown): PatchError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PatchError) return e;
    throw e;
  }
  throw new Error('expected a PatchError');
}

describe('applyJsonPatch', () => {
  const ok: [string, unknown[], (d: ReturnType<typeof doc>) => JsonValue, JsonValue][] = [
    ['add to object', [{ op: 'add', path: '/spec/paused', value: true }], (d) => d.spec, { ...doc().spec, paused: true }],
    ['add appends with -', [{ op: 'add', path: '/spec/list/-', value: 'd' }], (d) => d.spec.list, ['a', 'b', 'c', 'd']],
    ['add inserts at index', [{ op: 'add', path: '/spec/list/1', value: 'z' }], (d) => d.spec.list, ['a', 'z', 'b', 'c']],
    // evanphx counts negative indices from the end (size+1 for add)
    ['add at -1 appends', [{ op: 'add', path: '/spec/list/-1', value: 'z' }], (d) => d.spec.list, ['a', 'b', 'c', 'z']],
    ['remove array item', [{ op: 'remove', path: '/spec/list/0' }], (d) => d.spec.list, ['b', 'c']],
    ['remove last with -1', [{ op: 'remove', path: '/spec/list/-1' }], (d) => d.spec.list, ['a', 'b']],
    ['replace value', [{ op: 'replace', path: '/spec/replicas', value: 5 }], (d) => d.spec.replicas, 5],
    // v4 quirk: replace on a missing object key adds it (rollout undo relies on it)
    ['replace missing key adds it', [{ op: 'replace', path: '/spec/paused', value: false }], (d) => (d.spec as Record<string, unknown>).paused as JsonValue, false],
    ['escaped keys', [{ op: 'add', path: '/metadata/annotations/a~1b~0c', value: 'v' }], (d) => (d.metadata.annotations as Record<string, string>)['a/b~c'], 'v'],
    ['move', [{ op: 'move', from: '/spec/list/0', path: '/spec/first' }], (d) => [d.spec.list, (d.spec as Record<string, JsonValue>).first], [['b', 'c'], 'a']],
    ['copy is deep', [{ op: 'copy', from: '/spec/template', path: '/spec/t2' }, { op: 'replace', path: '/spec/t2/spec/containers/0/image', value: 'v9' }], (d) => d.spec.template.spec.containers[0].image, 'v2'],
    ['test passes', [{ op: 'test', path: '/spec/replicas', value: 2 }], (d) => d.spec.replicas, 2],
    ['test null matches a missing key', [{ op: 'test', path: '/spec/nope', value: null }], (d) => d.spec.replicas, 2],
    ['add with no value writes null', [{ op: 'add', path: '/spec/x' }], (d) => (d.spec as Record<string, JsonValue>).x, null],
  ];
  it.each(ok)('%s', (_n, ops, pick, want) => {
    const original = doc();
    const out = applyJsonPatch(original, ops) as ReturnType<typeof doc>;
    expect(pick(out)).toEqual(want);
    expect(original).toEqual(doc());
  });

  it("rollout undo's patch replaces /spec/template and /metadata/annotations", () => {
    const rsTemplate = { metadata: { creationTimestamp: null, labels: { app: 'x' } }, spec: { containers: [{ name: 'x', image: 'v1', resources: {} }] } };
    const annotations = { 'deployment.kubernetes.io/revision': '3', 'kubernetes.io/change-cause': 'first' };
    const out = applyJsonPatch(doc(), [
      { op: 'replace', path: '/spec/template', value: rsTemplate },
      { op: 'replace', path: '/metadata/annotations', value: annotations },
    ]) as ReturnType<typeof doc>;
    expect(out.spec.template).toEqual(rsTemplate);
    expect(out.metadata.annotations).toEqual(annotations);
    expect(out.spec.replicas).toBe(2);
  });

  it('replace of /metadata/annotations works when the object has none', () => {
    const out = applyJsonPatch({ metadata: { name: 'x' } }, [{ op: 'replace', path: '/metadata/annotations', value: { a: 'b' } }]);
    expect(out).toEqual({ metadata: { name: 'x', annotations: { a: 'b' } } });
  });

  const failures: [string, unknown[], string][] = [
    ['failed test', [{ op: 'test', path: '/spec/replicas', value: 3 }], 'testing value /spec/replicas failed: test failed'],
    ['remove missing key', [{ op: 'remove', path: '/spec/nope' }], "error in remove for path: '/spec/nope': Unable to remove nonexistent key: nope: missing value"],
    ['add under missing parent', [{ op: 'add', path: '/a/b', value: 1 }], 'add operation does not apply: doc is missing path: "/a/b": missing value'],
    ['replace past the end', [{ op: 'replace', path: '/spec/list/9', value: 1 }], 'replace operation does not apply: doc is missing key: /spec/list/9: missing value'],
    ['add past the end', [{ op: 'add', path: '/spec/list/5', value: 1 }], "error in add for path: '/spec/list/5': Unable to access invalid index: 5: invalid index referenced"],
    ['unknown op', [{ op: 'frob', path: '/a' }], 'Unexpected kind: frob'],
  ];
  it.each(failures)('%s → 422 with the canned apiserver message', (_n, ops, detail) => {
    const err = errorOf(() => applyJsonPatch(doc(), ops));
    expect(err.kind).toBe('Unprocessable');
    expect(err.message).toBe(detail);
    expect(err.toStatusError().status).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server rejected our request due to an error in our request',
      reason: 'Invalid',
      details: {},
      code: 422,
    });
  });

  it('stops at the first failing op and leaves the input alone', () => {
    const d = doc();
    errorOf(() => applyJsonPatch(d, [{ op: 'replace', path: '/spec/replicas', value: 9 }, { op: 'test', path: '/spec/replicas', value: 2 }]));
    expect(d.spec.replicas).toBe(2);
  });

  it('a body that is not a list is a 400 with the decoder message', () => {
    const err = errorOf(() => applyJsonPatch(doc(), { op: 'add' }));
    expect(err.kind).toBe('BadRequest');
    expect(err.toStatusError().status).toMatchObject({ code: 400, message: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' });
  });

  it('more than 10000 operations is 413', () => {
    const ops = Array.from({ length: 10001 }, () => ({ op: 'test', path: '/spec/replicas', value: 2 }));
    const err = errorOf(() => applyJsonPatch(doc(), ops));
    expect(err.toStatusError().status).toMatchObject({
      code: 413,
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001',
    });
  });
});
