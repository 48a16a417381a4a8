// apps/v1: deployments and replica sets.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, INT_OR_STRING, STRING, TIME, apps, core, meta } from './field-kinds.js';

export const APPS_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.apps.v1.Deployment',
    gvk: { group: 'apps', version: 'v1', kind: 'Deployment' },
    description: "Deployment enables declarative updates for Pods and ReplicaSets.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: apps('DeploymentSpec'), description: "Specification of the desired behavior of the Deployment." },
      { name: 'status', proto: 3, type: apps('DeploymentStatus'), description: "Most recently observed status of the Deployment." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DeploymentSpec',
    description: "DeploymentSpec is the specification of the desired behavior of the Deployment.",
    required: ['selector', 'template'],
    fields: [
      { name: 'replicas', proto: 1, type: INT32, description: "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1." },
      { name: 'selector', proto: 2, type: meta('LabelSelector'), description: "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels." },
      { name: 'template', proto: 3, type: core('PodTemplateSpec'), description: "Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \"Always\"." },
      { name: 'strategy', proto: 4, type: apps('DeploymentStrategy'), patchStrategy: 'retainKeys', description: "The deployment strategy to use to replace existing pods with new ones." },
      { name: 'minReadySeconds', proto: 5, type: INT32, description: "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)" },
      { name: 'revisionHistoryLimit', proto: 6, type: INT32, description: "The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10." },
      { name: 'paused', proto: 7, type: BOOL, description: "Indicates that the deployment is paused." },
      { name: 'progressDeadlineSeconds', proto: 9, type: INT32, description: "The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DeploymentStrategy',
    description: "DeploymentStrategy describes how to replace existing pods with new ones.",
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of deployment. Can be \"Recreate\" or \"RollingUpdate\". Default is RollingUpdate." },
      { name: 'rollingUpdate', proto: 2, type: apps('RollingUpdateDeployment'), description: "Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate. TODO: Update this to follow our convention for oneOf, whatever we decide it to be." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.RollingUpdateDeployment',
    description: "Spec to control the desired behavior of rolling update.",
    fields: [
      { name: 'maxUnavailable', proto: 1, type: INT_OR_STRING, description: "The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods." },
      { name: 'maxSurge', proto: 2, type: INT_OR_STRING, description: "The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DeploymentStatus',
    description: "DeploymentStatus is the most recently observed status of the Deployment.",
    fields: [
      { name: 'observedGeneration', proto: 1, type: INT64, description: "The generation observed by the deployment controller." },
      { name: 'replicas', proto: 2, type: INT32, description: "Total number of non-terminating pods targeted by this deployment (their labels match the selector)." },
      { name: 'updatedReplicas', proto: 3, type: INT32, description: "Total number of non-terminating pods targeted by this deployment that have the desired template spec." },
      { name: 'readyReplicas', proto: 7, type: INT32, description: "Total number of non-terminating pods targeted by this Deployment with a Ready Condition." },
      { name: 'availableReplicas', proto: 4, type: INT32, description: "Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment." },
      { name: 'unavailableReplicas', proto: 5, type: INT32, description: "Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created." },
      { name: 'terminatingReplicas', proto: 9, type: INT32, description: "Total number of terminating pods targeted by this deployment. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.\n\nThis is an alpha field. Enable DeploymentReplicaSetTerminatingReplicas to be able to use this field." },
      { name: 'conditions', proto: 6, type: apps('DeploymentCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Represents the latest available observations of a deployment's current state." },
      { name: 'collisionCount', proto: 8, type: INT32, description: "Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DeploymentCondition',
    description: "DeploymentCondition describes the state of a deployment at a certain point.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of deployment condition." },
      { name: 'status', proto: 2, type: STRING, description: "Status of the condition, one of True, False, Unknown." },
      { name: 'lastUpdateTime', proto: 6, type: TIME, description: "The last time this condition was updated." },
      { name: 'lastTransitionTime', proto: 7, type: TIME, description: "Last time the condition transitioned from one status to another." },
      { name: 'reason', proto: 4, type: STRING, description: "The reason for the condition's last transition." },
      { name: 'message', proto: 5, type: STRING, description: "A human readable message indicating details about the transition." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DeploymentList',
    gvk: { group: 'apps', version: 'v1', kind: 'DeploymentList' },
    description: "DeploymentList is a list of Deployments.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata." },
      { name: 'items', proto: 2, type: apps('Deployment'), repeated: true, description: "Items is the list of Deployments." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.ReplicaSet',
    gvk: { group: 'apps', version: 'v1', kind: 'ReplicaSet' },
    description: "ReplicaSet ensures that a specified number of pod replicas are running at any given time.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: apps('ReplicaSetSpec'), description: "Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'status', proto: 3, type: apps('ReplicaSetStatus'), description: "Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.ReplicaSetSpec',
    description: "ReplicaSetSpec is the specification of a ReplicaSet.",
    required: ['selector'],
    fields: [
      { name: 'replicas', proto: 1, type: INT32, description: "Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset" },
      { name: 'minReadySeconds', proto: 4, type: INT32, description: "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)" },
      { name: 'selector', proto: 2, type: meta('LabelSelector'), description: "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors" },
      { name: 'template', proto: 3, type: core('PodTemplateSpec'), description: "Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template" },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.ReplicaSetStatus',
    description: "ReplicaSetStatus represents the current status of a ReplicaSet.",
    required: ['replicas'],
    fields: [
      { name: 'replicas', proto: 1, type: INT32, description: "Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset" },
      { name: 'fullyLabeledReplicas', proto: 2, type: INT32, description: "The number of non-terminating pods that have labels matching the labels of the pod template of the replicaset." },
      { name: 'readyReplicas', proto: 4, type: INT32, description: "The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition." },
      { name: 'availableReplicas', proto: 5, type: INT32, description: "The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set." },
      { name: 'terminatingReplicas', proto: 7, type: INT32, description: "The number of terminating pods for this replica set. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.\n\nThis is an alpha field. Enable DeploymentReplicaSetTerminatingReplicas to be able to use this field." },
      { name: 'observedGeneration', proto: 3, type: INT64, description: "ObservedGeneration reflects the generation of the most recently observed ReplicaSet." },
      { name: 'conditions', proto: 6, type: apps('ReplicaSetCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Represents the latest available observations of a replica set's current state." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.ReplicaSetCondition',
    description: "ReplicaSetCondition describes the state of a replica set at a certain point.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of replica set condition." },
      { name: 'status', proto: 2, type: STRING, description: "Status of the condition, one of True, False, Unknown." },
      { name: 'lastTransitionTime', proto: 3, type: TIME, description: "The last time the condition transitioned from one status to another." },
      { name: 'reason', proto: 4, type: STRING, description: "The reason for the condition's last transition." },
      { name: 'message', proto: 5, type: STRING, description: "A human readable message indicating details about the transition." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.ReplicaSetList',
    gvk: { group: 'apps', version: 'v1', kind: 'ReplicaSetList' },
    description: "ReplicaSetList is a collection of ReplicaSets.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: apps('ReplicaSet'), repeated: true, description: "List of ReplicaSets. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset" },
    ],
  },
];
