// A small slice of the apps/v1 Deployment type tree with the strategic-merge
// tags k8s.io/api declares, for the patch engine tests.
import type { FieldDef, FieldType, TypeDef } from '../../src/apiserver/schema/model.js';
import { patchSchemaFromTypes } from '../../src/patch/schema-builder.js';

let n = 0;
const f = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({ name, proto: ++n, type, ...extra });
const str = { kind: 'string' } as const;
const msg = (type: string) => ({ kind: 'message', type }) as const;
const strMap = { kind: 'map', value: str } as const;

const P = 'io.k8s.api.core.v1.';
const A = 'io.k8s.api.apps.v1.';
const M = 'io.k8s.apimachinery.pkg.apis.meta.v1.';

export const deploymentTypes: TypeDef[] = [
  {
    name: A + 'Deployment',
    fields: [f('apiVersion', str), f('kind', str), f('metadata', msg(M + 'ObjectMeta')), f('spec', msg(A + 'DeploymentSpec'))],
  },
  {
    name: M + 'ObjectMeta',
    fields: [
      f('name', str),
      f('namespace', str),
      f('labels', strMap),
      f('annotations', strMap),
      f('finalizers', str, { repeated: true, patchStrategy: 'merge' }),
      f('ownerReferences', msg(M + 'OwnerReference'), { repeated: true, patchStrategy: 'merge', patchMergeKey: 'uid' }),
    ],
  },
  { name: M + 'OwnerReference', fields: [f('uid', str), f('name', str), f('kind', str)] },
  { name: M + 'LabelSelector', fields: [f('matchLabels', strMap)] },
  {
    name: A + 'DeploymentSpec',
    fields: [
      f('replicas', { kind: 'int32' }),
      f('selector', msg(M + 'LabelSelector')),
      f('template', msg(P + 'PodTemplateSpec')),
      f('strategy', msg(A + 'DeploymentStrategy'), { patchStrategy: 'retainKeys' }),
    ],
  },
  { name: A + 'DeploymentStrategy', fields: [f('type', str), f('rollingUpdate', msg(A + 'RollingUpdateDeployment'))] },
  { name: A + 'RollingUpdateDeployment', fields: [f('maxSurge', { kind: 'intOrString' }), f('maxUnavailable', { kind: 'intOrString' })] },
  { name: P + 'PodTemplateSpec', fields: [f('metadata', msg(M + 'ObjectMeta')), f('spec', msg(P + 'PodSpec'))] },
  {
    name: P + 'PodSpec',
    fields: [
      f('containers', msg(P + 'Container'), { repeated: true, patchStrategy: 'merge', patchMergeKey: 'name' }),
      f('initContainers', msg(P + 'Container'), { repeated: true, patchStrategy: 'merge', patchMergeKey: 'name' }),
      f('volumes', msg(P + 'Volume'), { repeated: true, patchStrategy: 'merge,retainKeys', patchMergeKey: 'name' }),
      f('tolerations', msg(P + 'Toleration'), { repeated: true }),
      f('nodeSelector', strMap),
      f('restartPolicy', str),
    ],
  },
  {
    name: P + 'Container',
    fields: [
      f('name', str),
      f('image', str),
      f('args', str, { repeated: true }),
      f('ports', msg(P + 'ContainerPort'), { repeated: true, patchStrategy: 'merge', patchMergeKey: 'containerPort' }),
      f('env', msg(P + 'EnvVar'), { repeated: true, patchStrategy: 'merge', patchMergeKey: 'name' }),
      f('volumeMounts', msg(P + 'VolumeMount'), { repeated: true, patchStrategy: 'merge', patchMergeKey: 'mountPath' }),
    ],
  },
  { name: P + 'ContainerPort', fields: [f('containerPort', { kind: 'int32' }), f('protocol', str), f('name', str)] },
  { name: P + 'EnvVar', fields: [f('name', str), f('value', str)] },
  { name: P + 'VolumeMount', fields: [f('name', str), f('mountPath', str)] },
  { name: P + 'Toleration', fields: [f('key', str), f('operator', str), f('effect', str)] },
  {
    name: P + 'Volume',
    fields: [f('name', str), f('emptyDir', msg(P + 'EmptyDirVolumeSource')), f('configMap', msg(P + 'ConfigMapVolumeSource'))],
  },
  { name: P + 'EmptyDirVolumeSource', fields: [f('medium', str)] },
  { name: P + 'ConfigMapVolumeSource', fields: [f('name', str)] },
];

export const deploymentSchema = patchSchemaFromTypes(deploymentTypes, A + 'Deployment');
