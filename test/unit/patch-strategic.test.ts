// Applying strategic merge patches. Expected results marked "kubectl" were
// produced by `kubectl.1.33 patch --local --type strategic` on the same input.
import { describe, expect, it } from 'vitest';
import { applyStrategicMergePatch } from '../../src/patch/strategic-merge.js';
import { PatchError } from '../../src/patch/errors.js';
import { EMPTY_SCHEMA } from '../../src/patch/schema-builder.js';
import type { JsonObject } from '../../src/patch/json-value.js';
import { deploymentSchema } from './patch-types.fixture.js';

const deployment = (): JsonObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'x', finalizers: ['a', 'b'] },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'x' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    template: {
      metadata: { labels: { app: 'x' } },
      spec: {
        containers: [
          { name: 'x', image: 'nginx', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }] },
          { name: 'side', image: 'busybox' },
        ],
        volumes: [{ name: 'v', emptyDir: {} }],
      },
    },
  },
});

const apply = (patch: unknown, original = deployment()) => applyStrategicMergePatch(original, patch, deploymentSchema);
const podSpec = (d: JsonObject) => ((d.spec as JsonObject).template as JsonObject).spec as JsonObject;
const containers = (d: JsonObject) => podSpec(d).containers;

describe('applyStrategicMergePatch on a Deployment', () => {
  it('kubectl set image body: merges containers by name, drops the directive', () => {
    const out = apply({
      spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'x' }, { name: 'side' }], containers: [{ image: 'v2.5', name: 'x' }] } } },
    });
    expect(containers(out)).toEqual([
      { name: 'x', image: 'v2.5', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }] },
      { name: 'side', image: 'busybox' },
    ]);
    expect(JSON.stringify(out)).not.toContain('$');
  });

  const cases: [string, unknown, (d: JsonObject) => unknown, unknown][] = [
    ['scalar change and null delete', { spec: { replicas: 3, selector: null } }, (d) => [(d.spec as JsonObject).replicas, 'selector' in (d.spec as JsonObject)], [3, false]],
    ['$patch: delete removes a container (kubectl)', { spec: { template: { spec: { containers: [{ name: 'side', $patch: 'delete' }] } } } }, containers, [
      { env: [{ name: 'A', value: '1' }], image: 'nginx', name: 'x', ports: [{ containerPort: 80 }] },
    ]],
    ['$setElementOrder reorders (kubectl)', { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'side' }, { name: 'x' }], containers: [{ name: 'x', image: 'nginx:2' }] } } } }, (d) => (containers(d) as JsonObject[]).map((c) => `${c.name}=${c.image}`), ['side=busybox', 'x=nginx:2']],
    ['merge-keyed nested lists: patch items first, then the live ones (kubectl)', { spec: { template: { spec: { containers: [{ name: 'x', ports: [{ containerPort: 81 }], env: [{ name: 'A', value: null }, { name: 'B', value: '2' }] }] } } } }, (d) => (containers(d) as JsonObject[])[0], {
      env: [{ name: 'A' }, { name: 'B', value: '2' }], image: 'nginx', name: 'x', ports: [{ containerPort: 81 }, { containerPort: 80 }],
    }],
    ['$patch: replace in a list replaces it (kubectl)', { spec: { template: { spec: { containers: [{ name: 'n', image: 'new' }, { $patch: 'replace' }] } } } }, containers, [{ image: 'new', name: 'n' }]],
    ['$patch: delete on a map empties it (kubectl)', { spec: { template: { metadata: { labels: { $patch: 'delete' } } } } }, (d) => (d.spec as JsonObject).template, {
      metadata: { labels: {} }, spec: podSpec(deployment()),
    }],
    ['$patch: replace on a map (kubectl)', { spec: { template: { metadata: { labels: { $patch: 'replace', b: 'c' } } } } }, (d) => ((d.spec as JsonObject).template as JsonObject).metadata, { labels: { b: 'c' } }],
    ['$patch: merge on a map merges', { metadata: { $patch: 'merge', labels: { l: '1' } } }, (d) => d.metadata, { name: 'x', finalizers: ['a', 'b'], labels: { l: '1' } }],
    ['primitive merge list is a union (kubectl)', { metadata: { finalizers: ['c', 'a'] } }, (d) => (d.metadata as JsonObject).finalizers, ['c', 'a', 'b']],
    ['$deleteFromPrimitiveList (kubectl)', { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, (d) => d.metadata, { name: 'x', finalizers: ['b'] }],
    ['$retainKeys drops rollingUpdate when switching to Recreate (kubectl)', { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } }, (d) => (d.spec as JsonObject).strategy, { type: 'Recreate' }],
    ['without $retainKeys the other keys stay', { spec: { strategy: { type: 'Recreate' } } }, (d) => (d.spec as JsonObject).strategy, { type: 'Recreate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }],
    ['$retainKeys on a merge,retainKeys list item (kubectl)', { spec: { template: { spec: { volumes: [{ name: 'v', $retainKeys: ['name', 'configMap'], configMap: { name: 'cm' } }] } } } }, (d) => podSpec(d).volumes, [{ configMap: { name: 'cm' }, name: 'v' }]],
    ['lists without a strategy are replaced', { spec: { template: { spec: { containers: [{ name: 'x', args: ['b'] }] } } } }, (d) => (containers(d) as JsonObject[])[0].args, ['b']],
    ['new keys drop nulls and nested directives', { spec: { template: { spec: { nodeSelector: { a: '1', b: null, $retainKeys: ['a'] } } } } }, (d) => podSpec(d).nodeSelector, { a: '1' }],
    ['a new container is added without its nulls', { spec: { template: { spec: { containers: [{ name: 'new', image: 'i', args: null }] } } } }, (d) => (containers(d) as JsonObject[]).map((c) => c.name), ['new', 'x', 'side']],
  ];
  it.each(cases)('%s', (_name, patch, pick, want) => {
    const original = deployment();
    const out = apply(patch, original);
    expect(pick(out)).toEqual(want);
    expect(original).toEqual(deployment());
    expect(JSON.stringify(out)).not.toMatch(/"\$(patch|retainKeys|setElementOrder|deleteFromPrimitiveList)/);
  });

  it('the new container of the last case carries no null', () => {
    const out = apply({ spec: { template: { spec: { containers: [{ name: 'new', image: 'i', args: null }] } } } });
    expect((containers(out) as JsonObject[])[0]).toEqual({ name: 'new', image: 'i' });
  });
});

it('a null body changes nothing', () => {
  expect(apply(null)).toEqual(deployment());
});

describe('fields without patch metadata behave like a JSON merge patch', () => {
  it('merges maps and replaces lists', () => {
    const obj = { spec: { custom: { list: [{ name: 'a', v: 1 }], keep: 1 } } };
    const out = applyStrategicMergePatch(obj, { spec: { custom: { list: [{ name: 'b' }], add: true } } }, EMPTY_SCHEMA);
    expect(out).toEqual({ spec: { custom: { list: [{ name: 'b' }], keep: 1, add: true } } });
  });

  it('does so under a known type too (unknown field of Deployment)', () => {
    const out = apply({ spec: { extra: [1] } }, { spec: { extra: [2, 3], replicas: 1 } });
    expect(out).toEqual({ spec: { extra: [1], replicas: 1 } });
  });
});

describe('errors', () => {
  function failure(patch: unknown): PatchError {
    try {
      apply(patch);
    } catch (e) {
      if (e instanceof PatchError) return e;
      throw e;
    }
    throw new Error('expected a PatchError');
  }

  const cases: [string, unknown, number, string][] = [
    ['a field missing from $retainKeys (kubectl)', { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: { maxSurge: 2 } } } }, 400, 'invalid patch format of retainKeys'],
    ['$retainKeys not a list', { spec: { strategy: { $retainKeys: 'type' } } }, 400, 'invalid patch format of retainKeys'],
    ['an item without its merge key (kubectl)', { spec: { template: { spec: { containers: [{ image: 'q' }] } } } }, 500, 'map: map[image:q] does not contain declared merge key: name'],
    ['$setElementOrder not covering the patch list (kubectl)', { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'side' }], containers: [{ name: 'x', image: 'q' }] } } } }, 500,
      'The order in patch list:\n[map[image:q name:x]]\n doesn\'t match $setElementOrder list:\n[map[name:side]]\n'],
    ['unknown $patch', { metadata: { $patch: 'frob' } }, 500, 'unknown patch type: frob in map: map[$patch:frob]'],
    ['not an object', ['x'], 400, 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
  ];
  it.each(cases)('%s', (_n, patch, code, message) => {
    const err = failure(patch);
    expect(err.message).toBe(message);
    expect(err.toStatusError().status.code).toBe(code);
  });
});
