import { describe, expect, it } from 'vitest';
import type { FieldType } from '../../src/apiserver/schema/model.js';
import { allTypes, fieldOf, getType, typeForKind } from '../../src/apiserver/schema/registry.js';
import { RESOURCES } from '../../src/apiserver/resources.js';

const field = (type: string, name: string) => fieldOf(getType(type)!, name)!;

describe('type registry', () => {
  it('has a table for every served kind and its list', () => {
    for (const r of RESOURCES) {
      expect(typeForKind(r.group, r.version, r.kind), r.kind).toBeDefined();
      const list = typeForKind(r.group, r.version, r.listKind)!;
      expect(fieldOf(list, 'items')?.repeated, r.listKind).toBe(true);
      expect(fieldOf(list, 'metadata')?.type).toEqual({ kind: 'message', type: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' });
    }
    expect(typeForKind('autoscaling', 'v1', 'Scale')?.name).toBe('io.k8s.api.autoscaling.v1.Scale');
  });

  it('resolves every message reference and keeps wire numbers unique per type', () => {
    const refs = (t: FieldType): string[] => (t.kind === 'message' ? [t.type] : t.kind === 'map' ? refs(t.value) : []);
    for (const t of allTypes()) {
      for (const f of t.fields) for (const r of refs(f.type)) expect(getType(r), `${t.name}.${f.name} -> ${r}`).toBeDefined();
      const nums = t.fields.filter((f) => f.proto > 0).map((f) => f.proto);
      expect(new Set(nums).size, t.name).toBe(nums.length);
    }
  });

  it('carries upstream protobuf numbers and json names', () => {
    expect(field('io.k8s.api.apps.v1.DeploymentSpec', 'progressDeadlineSeconds').proto).toBe(9);
    expect(field('io.k8s.api.core.v1.PodSpec', 'containers').proto).toBe(2);
    expect(field('io.k8s.api.core.v1.Container', 'image').proto).toBe(2);
    expect(field('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta', 'managedFields').proto).toBe(17);
    expect(field('io.k8s.api.core.v1.ServicePort', 'targetPort').type).toEqual({ kind: 'intOrString' });
    expect(field('io.k8s.api.core.v1.PodStatus', 'podIP').proto).toBe(6);
  });

  it('carries strategic-merge keys and list types', () => {
    expect(field('io.k8s.api.core.v1.PodSpec', 'containers')).toMatchObject({ patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map' });
    expect(field('io.k8s.api.core.v1.PodSpec', 'volumes')).toMatchObject({ patchStrategy: 'merge,retainKeys', patchMergeKey: 'name' });
    expect(field('io.k8s.api.core.v1.Container', 'ports')).toMatchObject({ patchMergeKey: 'containerPort', listMapKeys: ['containerPort', 'protocol'] });
    expect(field('io.k8s.api.core.v1.Container', 'env')).toMatchObject({ patchStrategy: 'merge', patchMergeKey: 'name' });
    expect(field('io.k8s.api.core.v1.ServiceSpec', 'ports')).toMatchObject({ patchStrategy: 'merge', patchMergeKey: 'port' });
    expect(field('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta', 'ownerReferences')).toMatchObject({ patchMergeKey: 'uid' });
    expect(field('io.k8s.api.apps.v1.DeploymentStatus', 'conditions')).toMatchObject({ patchStrategy: 'merge', patchMergeKey: 'type' });
    expect(field('io.k8s.api.apps.v1.DeploymentSpec', 'strategy').patchStrategy).toBe('retainKeys');
  });

  it('exposes inline-embedded fields (Probe handler, VolumeSource) by json name', () => {
    const probe = getType('io.k8s.api.core.v1.Probe')!;
    expect(fieldOf(probe, 'httpGet')).toMatchObject({ proto: 0, type: { kind: 'message', type: 'io.k8s.api.core.v1.HTTPGetAction' } });
    expect(probe.fields.find((f) => f.name === '')).toMatchObject({ proto: 1, type: { type: 'io.k8s.api.core.v1.ProbeHandler' } });
    expect(fieldOf(getType('io.k8s.api.core.v1.Volume')!, 'emptyDir')).toBeDefined();
    expect(fieldOf(probe, '')).toBeUndefined();
  });

  it('has descriptions and required fields', () => {
    expect(getType('io.k8s.api.apps.v1.DeploymentSpec')).toMatchObject({ required: ['selector', 'template'] });
    expect(field('io.k8s.api.apps.v1.DeploymentSpec', 'replicas').description).toMatch(/^Number of desired pods/);
    expect(getType('io.k8s.api.core.v1.Container')!.required).toEqual(['name']);
  });
});
