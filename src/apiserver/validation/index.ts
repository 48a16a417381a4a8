// Validation of the served kinds with kube-apiserver 1.33's field paths, messages and
// ordering. `old` present means an update (ValidateXUpdate), absent a create.
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import { validateDeploymentSpec, validateReplicaSetSpec } from './apps.js';
import { validateJobObject } from './batch-job.js';
import { validateCronJobObject } from './batch-cronjob.js';
import { validateDaemonSetSpec, validateDaemonSetStatus } from './apps-daemonset.js';
import { validateNamespaceSpec, validateNodeSpec } from './cluster.js';
import { validateConfigMapData, validateConfigMapUpdate, validateSecretData, validateSecretUpdate } from './config.js';
import { validateEndpointSlice, validateEndpointsSubsets } from './endpoints.js';
import { validateEvent } from './event.js';
import { validateHorizontalPodAutoscalerSpec, validateHorizontalPodAutoscalerStatus } from './hpa.js';
import { validateIngressClassAnnotation, validateIngressClassSpec, validateIngressClassUpdate, validateIngressSpec, validateIngressStatus } from './ingress.js';
import { nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain, type NameFn } from './names.js';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectmeta.js';
import { validatePodCreate, validatePodUpdate } from './pod.js';
import { pathSegmentNameErrors, validatePodDisruptionBudget } from './pdb.js';
import { validateServiceSpec, validateServiceUpdate } from './service.js';
import { validatePersistentVolumeSpec, validatePersistentVolumeUpdate } from './persistent-volume.js';
import { validatePersistentVolumeClaimSpec, validatePersistentVolumeClaimUpdate } from './persistent-volume-claim.js';
import { validateStorageClass, validateStorageClassUpdate } from './storage-class.js';
import { validateControllerRevision, validateStatefulSetSpec, validateStatefulSetSpecUpdate, validateStatefulSetStatus } from './statefulset.js';

export { validatePodSpec, validatePodTemplateSpec } from './podspec.js';

function nameFnFor(info: ResourceInfo): NameFn {
  if (info.resource === 'namespaces') return nameIsDNSLabel;
  if (info.resource === 'services') return nameIsDNS1035Label;
  return nameIsDNSSubdomain;
}

export function validateObject(info: ResourceInfo, obj: KubeObject, old?: KubeObject): FieldError[] {
  const meta = () => validateObjectMeta(obj.metadata ?? {}, nameFnFor(info));
  const metaUpdate = () => (old ? validateObjectMetaUpdate(obj.metadata ?? {}, old.metadata ?? {}) : []);
  const createOrUpdate = old ? metaUpdate : meta;
  switch (info.resource) {
    case 'pods':
      return old ? validatePodUpdate(obj, old) : validatePodCreate(obj);
    case 'deployments':
      return [...createOrUpdate(), ...validateDeploymentSpec(obj, old)];
    case 'replicasets':
      return [...createOrUpdate(), ...validateReplicaSetSpec(obj, old)];
    case 'jobs':
      return validateJobObject(obj, old);
    case 'cronjobs':
      return validateCronJobObject(obj, old);
    case 'statefulsets':
      // 1.33 validates names of new StatefulSets as DNS labels (pod names derive from them)
      return old
        ? [...metaUpdate(), ...validateStatefulSetSpec(obj), ...validateStatefulSetSpecUpdate(obj, old), ...validateStatefulSetStatus(obj)]
        : [...validateObjectMeta(obj.metadata ?? {}, nameIsDNSLabel), ...validateStatefulSetSpec(obj)];
    case 'controllerrevisions':
      return [...createOrUpdate(), ...validateControllerRevision(obj, old)];
    case 'daemonsets':
      return [...createOrUpdate(), ...validateDaemonSetSpec(obj, old), ...(old ? validateDaemonSetStatus(obj, old) : [])];
    case 'horizontalpodautoscalers':
      return [...createOrUpdate(), ...validateHorizontalPodAutoscalerSpec(obj, old), ...(old ? validateHorizontalPodAutoscalerStatus(obj) : [])];
    case 'poddisruptionbudgets':
      return validatePodDisruptionBudget(obj, old, () => (old ? metaUpdate() : validateObjectMeta(obj.metadata ?? {}, pathSegmentNameErrors)));
    case 'ingresses':
      return old ? [...metaUpdate(), ...validateIngressSpec(obj), ...validateIngressStatus(obj)] : [...meta(), ...validateIngressSpec(obj), ...validateIngressClassAnnotation(obj)];
    case 'ingressclasses':
      return [...metaUpdate(), ...validateIngressClassUpdate(obj, old), ...meta(), ...validateIngressClassSpec(obj)];
    case 'services':
      return old ? [...metaUpdate(), ...validateServiceUpdate(obj, old), ...meta(), ...validateServiceSpec(obj, old)] : [...meta(), ...validateServiceSpec(obj)];
    case 'namespaces':
      return old ? metaUpdate() : [...meta(), ...validateNamespaceSpec(obj)];
    case 'nodes':
      return [...createOrUpdate(), ...validateNodeSpec(obj, old)];
    case 'configmaps':
      return old ? [...metaUpdate(), ...validateConfigMapUpdate(obj, old), ...meta(), ...validateConfigMapData(obj)] : [...meta(), ...validateConfigMapData(obj)];
    case 'secrets':
      return old ? [...metaUpdate(), ...validateSecretUpdate(obj, old), ...meta(), ...validateSecretData(obj)] : [...meta(), ...validateSecretData(obj)];
    case 'endpoints':
      return [...metaUpdate(), ...meta(), ...validateEndpointsSubsets(obj)];
    case 'endpointslices':
      return [...meta(), ...validateEndpointSlice(obj), ...addressTypeImmutable(obj, old)];
    case 'events':
      return [...createOrUpdate(), ...validateEvent(obj)];
    case 'persistentvolumes':
      return old
        ? [...metaUpdate(), ...meta(), ...validatePersistentVolumeSpec(obj.spec), ...validatePersistentVolumeUpdate(obj, old)]
        : [...meta(), ...validatePersistentVolumeSpec(obj.spec)];
    case 'persistentvolumeclaims':
      return old
        ? [...metaUpdate(), ...meta(), ...validatePersistentVolumeClaimSpec(obj.spec), ...validatePersistentVolumeClaimUpdate(obj, old)]
        : [...meta(), ...validatePersistentVolumeClaimSpec(obj.spec)];
    case 'storageclasses':
      return old ? [...meta(), ...validateStorageClass(obj), ...metaUpdate(), ...validateStorageClassUpdate(obj, old)] : [...meta(), ...validateStorageClass(obj)];
    default:
      return createOrUpdate();
  }
}

function addressTypeImmutable(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  if (!old || obj.addressType === old.addressType) return [];
  return [field.invalid('addressType', obj.addressType ?? '', 'field is immutable')];
}
