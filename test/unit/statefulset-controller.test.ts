// StatefulSets without a cluster: defaulting and validation as kube-apiserver 1.33, the
// revision history helpers, pod identity, and the controller's ordering decisions driven
// against an in-memory ApiClient (OrderedReady, Parallel, scale-down, rolling update).
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/client/interface.js';
import type { KubeObject, ResourceRef } from '../../src/client/types.js';
import { defaultStatefulSet } from '../../src/apiserver/defaulting/statefulset.js';
import { validateControllerRevision, validateStatefulSetSpec, validateStatefulSetSpecUpdate } from '../../src/apiserver/validation/statefulset.js';
import { formatFieldError } from '../../src/apiserver/errors.js';
import {
  fnv1_32,
  goJsonMarshal,
  hashControllerRevision,
  newControllerRevision,
  nextRevision,
  revisionsToPrune,
  sortControllerRevisions,
} from '../../src/controllers/history/index.js';
import { EventRecorder } from '../../src/controllers/framework/events.js';
import { StatefulPodControl } from '../../src/controllers/statefulset/stateful-pod-control.js';
import { StatefulSetControl } from '../../src/controllers/statefulset/stateful-set-control.js';
import { newVersionedStatefulSetPod, parentAndOrdinal, revisionData } from '../../src/controllers/statefulset/stateful-set-utils.js';
import { statefulSetStatus } from '../../src/cli/rollout/statefulset.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

function sts(spec: Obj = {}): KubeObject {
  const obj: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web', namespace: 'default', uid: 'sts-uid', generation: 1 },
    spec: {
      serviceName: 'nginx',
      replicas: 3,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }], restartPolicy: 'Always' } },
      ...spec,
    },
  };
  defaultStatefulSet(obj);
  return obj;
}

const messages = (errs: ReturnType<typeof validateStatefulSetSpec>) => errs.map(formatFieldError);

describe('StatefulSet defaulting and validation', () => {
  it('defaults policy, strategy, partition, retention, replicas, history and claim templates', () => {
    const obj: KubeObject = { metadata: { name: 'web' }, spec: { volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: {} }] } };
    defaultStatefulSet(obj);
    expect(obj.spec).toMatchObject({
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      replicas: 1,
      revisionHistoryLimit: 10,
      serviceName: '',
    });
    expect(obj.spec.volumeClaimTemplates[0]).toEqual({ metadata: { name: 'www', creationTimestamp: null }, spec: { volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
    const onDelete: KubeObject = { metadata: {}, spec: { updateStrategy: { type: 'OnDelete' } } };
    defaultStatefulSet(onDelete);
    expect(onDelete.spec.updateStrategy).toEqual({ type: 'OnDelete' });
  });

  it('reports kube-apiserver messages in its order', () => {
    const bad = sts({ podManagementPolicy: 'Sometimes', replicas: -1, updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 2 } } });
    bad.spec.template.metadata.labels = { app: 'other' };
    expect(messages(validateStatefulSetSpec(bad))).toEqual([
      `spec.podManagementPolicy: Invalid value: "Sometimes": must be 'OrderedReady' or 'Parallel'`,
      `spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:2, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'`,
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
    ]);
    expect(messages(validateStatefulSetSpec(sts({ selector: {} })))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset',
    ]);
    expect(messages(validateStatefulSetSpec(sts()))).toEqual([]);
  });

  it('allows updates to replicas, template, strategy, ordinals, retention and minReadySeconds only', () => {
    const old = sts();
    const ok = sts({ replicas: 5, minReadySeconds: 3, ordinals: { start: 2 }, updateStrategy: { type: 'OnDelete' } });
    ok.spec.template.spec.containers[0].image = 'nginx:1.27';
    expect(validateStatefulSetSpecUpdate(ok, old)).toEqual([]);
    expect(messages(validateStatefulSetSpecUpdate(sts({ serviceName: 'other' }), old))).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });

  it('keeps a ControllerRevision data immutable but lets its revision number move', () => {
    const old = { metadata: { name: 'r' }, data: { a: 1 }, revision: 1 };
    expect(validateControllerRevision({ ...old, revision: 4 }, old)).toEqual([]);
    expect(messages(validateControllerRevision({ ...old, data: { a: 2 } }, old))).toEqual([
      'data: Invalid value: runtime.RawExtension{Raw:[]uint8{0x7b, 0x22, 0x61, 0x22, 0x3a, 0x32, 0x7d}, Object:runtime.Object(nil)}: field is immutable',
    ]);
    expect(messages(validateControllerRevision({ metadata: { name: 'r' }, revision: -1 }, undefined))).toEqual([
      'data: Required value: data is mandatory',
      'revision: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});

describe('controller history', () => {
  it('hashes with FNV-1 32 over Go-marshalled JSON', () => {
    expect(fnv1_32(new TextEncoder().encode('a'))).toBe(0x050c5d7e);
    expect(goJsonMarshal({ b: 1, a: ['<x>', null, true] })).toBe('{"a":["\\u003cx\\u003e",null,true],"b":1}');
    expect(hashControllerRevision({ a: 1 })).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(hashControllerRevision({ a: 1 }, 1)).not.toBe(hashControllerRevision({ a: 1 }));
  });

  it('names and labels a revision after its parent and hash', () => {
    const set = sts();
    const rev = newControllerRevision(set, { apiVersion: 'apps/v1', kind: 'StatefulSet' }, { app: 'nginx' }, revisionData(set), 1);
    const hash = rev.metadata.labels!['controller.kubernetes.io/hash'];
    expect(rev.metadata.name).toBe(`web-${hash}`);
    expect(rev.metadata.labels!.app).toBe('nginx');
    expect(rev.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'sts-uid', controller: true, blockOwnerDeletion: true }]);
  });

  it('sorts, numbers and prunes history beyond the limit, sparing live revisions', () => {
    const r = (name: string, revision: number): KubeObject => ({ metadata: { name }, revision });
    const revs = [r('c', 3), r('a', 1), r('d', 4), r('b', 2)];
    expect(sortControllerRevisions(revs).map((x) => x.metadata.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(nextRevision(revs)).toBe(5);
    expect(nextRevision([])).toBe(1);
    expect(revisionsToPrune(revs, new Set(['d', 'a']), 1).map((x) => x.metadata.name)).toEqual(['b']);
    expect(revisionsToPrune(revs, new Set(['d']), 10)).toEqual([]);
  });
});

describe('pod identity', () => {
  it('parses ordinals and keeps ordinals below the partition at the current revision', () => {
    expect(parentAndOrdinal({ metadata: { name: 'web-12' } })).toEqual(['web', 12]);
    expect(parentAndOrdinal({ metadata: { name: 'my-web-0' } })).toEqual(['my-web', 0]);
    expect(parentAndOrdinal({ metadata: { name: 'web' } })).toEqual(['', -1]);
    const cur = sts({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } });
    const upd = structuredClone(cur);
    upd.spec.template.spec.containers[0].image = 'nginx:1.27';
    const low = newVersionedStatefulSetPod(cur, upd, 'web-a', 'web-b', 1);
    const high = newVersionedStatefulSetPod(cur, upd, 'web-a', 'web-b', 2);
    expect([low.metadata.labels!['controller-revision-hash'], low.spec.containers[0].image]).toEqual(['web-a', 'nginx:1.25']);
    expect([high.metadata.labels!['controller-revision-hash'], high.spec.containers[0].image]).toEqual(['web-b', 'nginx:1.27']);
    expect(high.metadata).toMatchObject({ name: 'web-2', generateName: 'web-', labels: { 'statefulset.kubernetes.io/pod-name': 'web-2', 'apps.kubernetes.io/pod-index': '2' } });
    expect(high.spec).toMatchObject({ hostname: 'web-2', subdomain: 'nginx' });
  });
});

/** An in-memory ApiClient: enough for one StatefulSetControl.sync. */
class FakeClient {
  objects = new Map<string, KubeObject>();
  log: string[] = [];
  private rv = 1;
  private key = (res: ResourceRef, ns: string | undefined, name: string) => `${res.resource}/${ns ?? ''}/${name}`;

  async get(res: ResourceRef, ns: string | undefined, name: string): Promise<KubeObject> {
    const o = this.objects.get(this.key(res, ns, name));
    if (!o) throw Object.assign(new Error('not found'), { code: 404 });
    return structuredClone(o);
  }
  async list(res: ResourceRef, ns: string | undefined) {
    return { items: [...this.objects.entries()].filter(([k]) => k.startsWith(`${res.resource}/${ns ?? ''}/`)).map(([, o]) => structuredClone(o)), metadata: {} };
  }
  async create(res: ResourceRef, ns: string | undefined, obj: KubeObject): Promise<KubeObject> {
    const k = this.key(res, ns, obj.metadata.name!);
    if (this.objects.has(k)) throw Object.assign(new Error('exists'), { code: 409, status: { reason: 'AlreadyExists' } });
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(this.rv++);
    if (res.resource === 'pods') stored.status = { phase: 'Pending' };
    this.objects.set(k, stored);
    if (res.resource !== 'events') this.log.push(`create ${res.resource} ${obj.metadata.name}`);
    return structuredClone(stored);
  }
  async update(res: ResourceRef, ns: string | undefined, obj: KubeObject): Promise<KubeObject> {
    this.objects.set(this.key(res, ns, obj.metadata.name!), structuredClone(obj));
    return structuredClone(obj);
  }
  async patch(res: ResourceRef, ns: string | undefined, name: string, _t: string, patch: KubeObject): Promise<KubeObject> {
    const o = { ...(await this.get(res, ns, name)), ...patch };
    this.objects.set(this.key(res, ns, name), o);
    return o;
  }
  async delete(res: ResourceRef, ns: string | undefined, name: string): Promise<KubeObject> {
    const o = await this.get(res, ns, name);
    this.objects.delete(this.key(res, ns, name));
    this.log.push(`delete ${res.resource} ${name}`);
    return o;
  }
  watch(): never {
    throw new Error('unused');
  }
  pods(): KubeObject[] {
    return [...this.objects.entries()].filter(([k]) => k.startsWith('pods/')).map(([, o]) => o);
  }
  revisions(): KubeObject[] {
    return [...this.objects.entries()].filter(([k]) => k.startsWith('controllerrevisions/')).map(([, o]) => o);
  }
  /** the kubelet's part: every pod Running and Ready */
  runAll(): void {
    for (const p of this.pods()) p.status = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] };
  }
}

function controlFor(fake: FakeClient): StatefulSetControl {
  const client = fake as unknown as ApiClient;
  const recorder = new EventRecorder(client, { component: 'statefulset-controller' });
  return new StatefulSetControl(client, new StatefulPodControl(client, recorder), recorder);
}

async function syncOnce(fake: FakeClient, set: KubeObject): Promise<string[]> {
  const before = fake.log.length;
  const stored = fake.objects.get('statefulsets/default/web') ?? set;
  await controlFor(fake).sync(stored, fake.pods(), fake.revisions());
  return fake.log.slice(before);
}

describe('StatefulSetControl ordering', () => {
  it('OrderedReady creates one pod per sync and waits for it to be ready', async () => {
    const fake = new FakeClient();
    const set = sts();
    fake.objects.set('statefulsets/default/web', set);
    expect((await syncOnce(fake, set)).filter((l) => l.includes('pods'))).toEqual(['create pods web-0']);
    expect(await syncOnce(fake, set)).toEqual([]);
    fake.runAll();
    expect(await syncOnce(fake, set)).toEqual(['create pods web-1']);
    fake.runAll();
    expect(await syncOnce(fake, set)).toEqual(['create pods web-2']);
    fake.runAll();
    expect(await syncOnce(fake, set)).toEqual([]);
    expect(fake.objects.get('statefulsets/default/web')!.status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3 });
  });

  it('Parallel creates every missing pod at once', async () => {
    const fake = new FakeClient();
    const set = sts({ podManagementPolicy: 'Parallel' });
    fake.objects.set('statefulsets/default/web', set);
    expect((await syncOnce(fake, set)).filter((l) => l.includes('pods')).sort()).toEqual(['create pods web-0', 'create pods web-1', 'create pods web-2']);
  });

  it('scales down from the highest ordinal, one at a time', async () => {
    const fake = new FakeClient();
    const set = sts({ podManagementPolicy: 'Parallel' });
    fake.objects.set('statefulsets/default/web', set);
    await syncOnce(fake, set);
    fake.runAll();
    const smaller = { ...set, spec: { ...set.spec, podManagementPolicy: 'OrderedReady', replicas: 1 } };
    fake.objects.set('statefulsets/default/web', smaller);
    expect(await syncOnce(fake, smaller)).toEqual(['delete pods web-2']);
    expect(await syncOnce(fake, smaller)).toEqual(['delete pods web-1']);
    expect(await syncOnce(fake, smaller)).toEqual([]);
  });

  it('rolls an update from the highest ordinal down to the partition', async () => {
    const fake = new FakeClient();
    const set = sts({ podManagementPolicy: 'Parallel' });
    fake.objects.set('statefulsets/default/web', set);
    await syncOnce(fake, set);
    fake.runAll();
    await syncOnce(fake, set);
    const updated = structuredClone(fake.objects.get('statefulsets/default/web')!);
    updated.metadata.generation = 2;
    updated.spec.podManagementPolicy = 'OrderedReady';
    updated.spec.updateStrategy.rollingUpdate.partition = 1;
    updated.spec.template.spec.containers[0].image = 'nginx:1.27';
    fake.objects.set('statefulsets/default/web', updated);
    const first = await syncOnce(fake, updated);
    expect(first).toEqual(['create controllerrevisions ' + fake.revisions().find((r) => r.revision === 2)!.metadata.name, 'delete pods web-2']);
    expect(await syncOnce(fake, updated)).toEqual(['create pods web-2']);
    fake.runAll();
    expect(await syncOnce(fake, updated)).toEqual(['delete pods web-1']);
    expect(await syncOnce(fake, updated)).toEqual(['create pods web-1']);
    fake.runAll();
    // web-0 is below the partition: it keeps the old revision
    expect(await syncOnce(fake, updated)).toEqual([]);
    expect(fake.objects.get('pods/default/web-0')!.spec.containers[0].image).toBe('nginx:1.25');
    expect(fake.objects.get('pods/default/web-1')!.spec.containers[0].image).toBe('nginx:1.27');
    const status = fake.objects.get('statefulsets/default/web')!.status;
    expect(status).toMatchObject({ replicas: 3, updatedReplicas: 2, currentReplicas: 1 });
    expect(status.currentRevision).not.toBe(status.updateRevision);
  });
});

describe('rollout status viewer', () => {
  const withStatus = (status: Obj, spec: Obj = {}) => ({ ...sts(spec), status });
  it('follows kubectl StatefulSetStatusViewer', () => {
    expect(statefulSetStatus(withStatus({ observedGeneration: 0 })).message).toBe('Waiting for statefulset spec update to be observed...\n');
    expect(statefulSetStatus(withStatus({ observedGeneration: 1, readyReplicas: 1 })).message).toBe('Waiting for 2 pods to be ready...\n');
    expect(statefulSetStatus(withStatus({ observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1 })).message).toBe(
      'Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...\n',
    );
    expect(statefulSetStatus(withStatus({ observedGeneration: 1, readyReplicas: 3, updatedReplicas: 3 }))).toEqual({ message: 'partitioned roll out complete: 3 new pods have been updated...\n', done: true });
    const ondelete = statefulSetStatus(withStatus({ observedGeneration: 1 }, { updateStrategy: { type: 'OnDelete' } }));
    expect(ondelete.error).toBe('rollout status is only available for RollingUpdate strategy type');
  });
});
