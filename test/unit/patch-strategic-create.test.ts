// Creating strategic merge patches as kubectl does. The expected bodies marked
// "kubectl" are the exact bytes kubectl 1.33 sent (captured with a stub server)
// for the same live object and manifests.
import { describe, expect, it } from 'vitest';
import { applyStrategicMergePatch, createThreeWayMergePatch, createTwoWayMergePatch } from '../../src/patch/strategic-merge.js';
import { deepClone, goJsonStringify, type JsonObject } from '../../src/patch/json-value.js';
import { PatchError } from '../../src/patch/errors.js';
import { deploymentSchema as schema } from './patch-types.fixture.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** What kubectl sends for an object: last-applied is compact JSON of the manifest with "annotations":{} plus a newline. */
function withLastApplied(manifest: JsonObject): JsonObject {
  const m = deepClone(manifest);
  const meta = m.metadata as JsonObject;
  meta.annotations = {};
  const text = goJsonStringify(m) + '\n';
  meta.annotations = { [LAST_APPLIED]: text };
  return m;
}

const manifest = (spec: JsonObject): JsonObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'x', namespace: 'default' },
  spec,
});

const oldManifest = manifest({
  replicas: 2,
  selector: { matchLabels: { app: 'x' } },
  strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
  template: {
    metadata: { labels: { app: 'x', tier: 'web' } },
    spec: { containers: [{ name: 'x', image: 'nginx' }, { name: 'side', image: 'busybox' }] },
  },
});

const container = (name: string, image: string) => ({
  name,
  image,
  resources: {},
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
  imagePullPolicy: 'Always',
});

/** The live object as the server returns it: defaulted, with status and the last-applied annotation. */
function live(): JsonObject {
  const lastApplied = withLastApplied(oldManifest);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'x',
      namespace: 'default',
      uid: 'u1',
      resourceVersion: '5',
      generation: 1,
      creationTimestamp: '2024-01-01T00:00:00Z',
      annotations: { 'deployment.kubernetes.io/revision': '1', ...((lastApplied.metadata as JsonObject).annotations as JsonObject) },
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'x' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'x', tier: 'web' } },
        spec: {
          containers: [container('x', 'nginx'), container('side', 'busybox')],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: 30,
          dnsPolicy: 'ClusterFirst',
          securityContext: {},
          schedulerName: 'default-scheduler',
        },
      },
    },
    status: { observedGeneration: 1, replicas: 2 },
  };
}

const lastAppliedOf = (obj: JsonObject) => JSON.parse(((obj.metadata as JsonObject).annotations as JsonObject)[LAST_APPLIED] as string);

/** kubectl apply: original = last-applied, modified = manifest + new annotation, current = live. */
const applyPatch = (current: JsonObject, newManifest: JsonObject, overwrite = true) =>
  createThreeWayMergePatch(lastAppliedOf(current), withLastApplied(newManifest), current, schema, overwrite);

describe('createTwoWayMergePatch', () => {
  it('kubectl set image', () => {
    const current = live();
    const modified = deepClone(current);
    (((modified.spec as JsonObject).template as JsonObject).spec as { containers: JsonObject[] }).containers[0].image = 'nginx:3';
    const patch = createTwoWayMergePatch(current, modified, schema);
    expect(JSON.stringify(patch)).toBe(
      '{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"x"},{"name":"side"}],"containers":[{"image":"nginx:3","name":"x"}]}}}}',
    );
  });

  it('kubectl edit: scalar change, removed label, renamed container', () => {
    const current = live();
    const edited = deepClone(current);
    const spec = edited.spec as JsonObject;
    spec.replicas = 5;
    (edited.status as JsonObject).replicas = 5;
    const tmpl = spec.template as { metadata: { labels: JsonObject }; spec: { containers: JsonObject[] } };
    delete tmpl.metadata.labels.tier;
    tmpl.spec.containers[1].name = 'side2';
    const patch = createTwoWayMergePatch(current, edited, schema);
    expect(JSON.stringify(patch)).toBe(
      '{"spec":{"replicas":5,"template":{"metadata":{"labels":{"tier":null}},"spec":{"$setElementOrder/containers":[{"name":"x"},{"name":"side2"}],' +
        '"containers":[{"image":"busybox","imagePullPolicy":"Always","name":"side2","resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"},' +
        '{"$patch":"delete","name":"side"}]}}},"status":{"replicas":5}}',
    );
    expect(applyStrategicMergePatch(current, patch, schema)).toEqual(edited);
  });

  it('only the diff (edit replicas 6→5)', () => {
    const a = { spec: { replicas: 6, template: { spec: { containers: [{ name: 'c', image: 'i' }] } } } };
    const b = deepClone(a);
    b.spec.replicas = 5;
    expect(createTwoWayMergePatch(a, b, schema)).toEqual({ spec: { replicas: 5 } });
  });

  it('nothing changed gives {}', () => {
    expect(createTwoWayMergePatch(live(), live(), schema)).toEqual({});
  });

  it('reordering a merge list emits only $setElementOrder', () => {
    const a = { spec: { template: { spec: { containers: [{ name: 'a' }, { name: 'b' }] } } } };
    const b = { spec: { template: { spec: { containers: [{ name: 'b' }, { name: 'a' }] } } } };
    const patch = createTwoWayMergePatch(a, b, schema);
    expect(patch).toEqual({ spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'b' }, { name: 'a' }] } } } });
    expect(applyStrategicMergePatch(a, patch, schema)).toEqual(b);
  });

  it('primitive merge lists use $deleteFromPrimitiveList', () => {
    const patch = createTwoWayMergePatch({ metadata: { finalizers: ['a', 'b', 'c'] } }, { metadata: { finalizers: ['a', 'c', 'd'] } }, schema);
    expect(patch).toEqual({
      metadata: { '$deleteFromPrimitiveList/finalizers': ['b'], '$setElementOrder/finalizers': ['a', 'c', 'd'], finalizers: ['d'] },
    });
    expect(applyStrategicMergePatch({ metadata: { finalizers: ['a', 'b', 'c'] } }, patch, schema)).toEqual({ metadata: { finalizers: ['a', 'c', 'd'] } });
  });
});

describe('createThreeWayMergePatch (kubectl apply)', () => {
  it('second apply changing replicas sends the annotation and the change (kubectl-wire)', () => {
    const current = live();
    const next = deepClone(oldManifest);
    (next.spec as JsonObject).replicas = 3;
    const patch = applyPatch(current, next);
    const annotation = ((withLastApplied(next).metadata as JsonObject).annotations as JsonObject)[LAST_APPLIED];
    expect(patch).toEqual({ metadata: { annotations: { [LAST_APPLIED]: annotation } }, spec: { replicas: 3 } });
    expect(goJsonStringify(patch).startsWith('{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"apiVersion\\"')).toBe(true);
  });

  it('unchanged manifest gives {} (kubectl prints "unchanged")', () => {
    expect(applyPatch(live(), oldManifest)).toEqual({});
  });

  it('kubectl: new container, removed container, removed label, RollingUpdate→Recreate', () => {
    const next = manifest({
      replicas: 3,
      selector: { matchLabels: { app: 'x' } },
      strategy: { type: 'Recreate' },
      template: {
        metadata: { labels: { app: 'x' } },
        spec: { containers: [{ name: 'new', image: 'redis' }, { name: 'x', image: 'nginx:2' }] },
      },
    });
    const current = live();
    const patch = applyPatch(current, next);
    const annotation = JSON.stringify(((withLastApplied(next).metadata as JsonObject).annotations as JsonObject)[LAST_APPLIED]);
    expect(goJsonStringify(patch)).toBe(
      `{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":${annotation}}},` +
        '"spec":{"replicas":3,"strategy":{"$retainKeys":["type"],"rollingUpdate":null,"type":"Recreate"},' +
        '"template":{"metadata":{"labels":{"tier":null}},"spec":{"$setElementOrder/containers":[{"name":"new"},{"name":"x"}],' +
        '"containers":[{"image":"redis","name":"new"},{"image":"nginx:2","name":"x"},{"$patch":"delete","name":"side"}]}}}}',
    );

    // The server's result keeps server-set fields, drops rollingUpdate and orders containers as the manifest.
    const result = applyStrategicMergePatch(current, patch, schema);
    const spec = result.spec as JsonObject;
    expect(spec.strategy).toEqual({ type: 'Recreate' });
    expect(spec.revisionHistoryLimit).toBe(10);
    const tmpl = spec.template as { metadata: JsonObject; spec: { containers: JsonObject[] } };
    expect(tmpl.metadata).toEqual({ creationTimestamp: null, labels: { app: 'x' } });
    expect(tmpl.spec.containers).toEqual([{ name: 'new', image: 'redis' }, { ...container('x', 'nginx'), image: 'nginx:2' }]);
  });

  it('kubectl: Recreate when last-applied had no rollingUpdate still sends $retainKeys', () => {
    const lastApplied = manifest({
      replicas: 2,
      selector: { matchLabels: { app: 'x' } },
      template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ image: 'nginx', name: 'x' }] } },
    });
    const current = live();
    const tmpl = (current.spec as JsonObject).template as { metadata: JsonObject; spec: { containers: JsonObject[] } };
    tmpl.metadata.labels = { app: 'x' };
    tmpl.spec.containers = [container('x', 'nginx')];
    const annotations = (withLastApplied(lastApplied).metadata as JsonObject).annotations as JsonObject;
    (current.metadata as { annotations: JsonObject }).annotations[LAST_APPLIED] = annotations[LAST_APPLIED];
    const next = deepClone(lastApplied);
    Object.assign(next.spec as JsonObject, { replicas: 3, strategy: { type: 'Recreate' } });
    const patch = applyPatch(current, next);
    expect(patch.spec).toEqual({ replicas: 3, strategy: { $retainKeys: ['type'], type: 'Recreate' } });
    const result = applyStrategicMergePatch(current, patch, schema);
    expect((result.spec as JsonObject).strategy).toEqual({ type: 'Recreate' });
  });

  it('fields only the server or other clients set are left alone', () => {
    const current = live();
    ((current.metadata as JsonObject).labels as JsonObject | undefined) ??= {};
    ((current.metadata as JsonObject).labels as JsonObject).team = 'a';
    const next = deepClone(oldManifest);
    (next.spec as JsonObject).replicas = 4;
    const patch = applyPatch(current, next);
    expect(Object.keys(patch)).toEqual(['metadata', 'spec']);
    expect((patch.metadata as JsonObject).labels).toBeUndefined();
    expect(patch.spec).toEqual({ replicas: 4 });
  });

  it('with overwrite=false a field changed by someone else is a conflict', () => {
    const current = live();
    (current.spec as JsonObject).replicas = 7; // e.g. kubectl scale
    const next = deepClone(oldManifest);
    (next.spec as JsonObject).replicas = 3;
    expect(() => applyPatch(current, next, false)).toThrow(PatchError);
    expect(() => applyPatch(current, next, false)).toThrow(/^patch:\n(.|\n)*\nconflicts with changes made from original to current:\n(.|\n)*replicas: 7\n/);
    expect((applyPatch(current, next, true).spec as JsonObject).replicas).toBe(3);
    // No conflict when the new config agrees with the live change.
    const agreed = createThreeWayMergePatch({ spec: { replicas: 2 } }, { spec: { replicas: 7, paused: true } }, { spec: { replicas: 7 } }, schema, false);
    expect(agreed).toEqual({ spec: { paused: true } });
  });

  it('undefined original (no last-applied) adds but never deletes', () => {
    const current = live();
    const next = manifest({ replicas: 9 });
    const patch = createThreeWayMergePatch(undefined, next, current, schema);
    expect(patch).toEqual({ spec: { replicas: 9 } });
  });
});
