// apps/v1: stateful sets.
// Generated once from k8s.io/api (release-1.33) generated.proto: json names, protobuf
// numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { INT32, INT64, INT_OR_STRING, STRING, TIME, apps, core, meta } from './field-kinds.js';

export const APPS_STATEFULSET_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.apps.v1.StatefulSet',
    gvk: { group: 'apps', version: 'v1', kind: 'StatefulSet' },
    description: "StatefulSet represents a set of pods with consistent identities. Identities are defined as:\n  - Network: A single stable DNS and hostname.\n  - Storage: As many VolumeClaims as requested.\n\nThe StatefulSet guarantees that a given network identity will always map to the same storage identity.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: apps('StatefulSetSpec'), description: "Spec defines the desired identities of pods in this set." },
      { name: 'status', proto: 3, type: apps('StatefulSetStatus'), description: "Status is the current status of Pods in this StatefulSet. This data may be out of date by some window of time." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetSpec',
    description: "A StatefulSetSpec is the specification of a StatefulSet.",
    required: ['selector', 'template'],
    fields: [
      { name: 'replicas', proto: 1, type: INT32, description: "replicas is the desired number of replicas of the given Template. These are replicas in the sense that they are instantiations of the same Template, but individual replicas also have a consistent identity. If unspecified, defaults to 1. TODO: Consider a rename of this field." },
      { name: 'selector', proto: 2, type: meta('LabelSelector'), description: "selector is a label query over pods that should match the replica count. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors" },
      { name: 'template', proto: 3, type: core('PodTemplateSpec'), description: "template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet. Each pod will be named with the format <statefulsetname>-<podindex>. For example, a pod in a StatefulSet named \"web\" with index number \"3\" would be named \"web-3\". The only allowed template.spec.restartPolicy value is \"Always\"." },
      { name: 'volumeClaimTemplates', proto: 4, type: core('PersistentVolumeClaim'), repeated: true, listType: 'atomic', description: "volumeClaimTemplates is a list of claims that pods are allowed to reference. The StatefulSet controller is responsible for mapping network identities to claims in a way that maintains the identity of a pod. Every claim in this list must have at least one matching (by name) volumeMount in one container in the template. A claim in this list takes precedence over any volumes in the template, with the same name. TODO: Define the behavior if a claim already exists with the same name." },
      { name: 'serviceName', proto: 5, type: STRING, description: "serviceName is the name of the service that governs this StatefulSet. This service must exist before the StatefulSet, and is responsible for the network identity of the set. Pods get DNS/hostnames that follow the pattern: pod-specific-string.serviceName.default.svc.cluster.local where \"pod-specific-string\" is managed by the StatefulSet controller." },
      { name: 'podManagementPolicy', proto: 6, type: STRING, description: "podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down. The default policy is `OrderedReady`, where pods are created in increasing order (pod-0, then pod-1, etc) and the controller will wait until each pod is ready before continuing. When scaling down, the pods are removed in the opposite order. The alternative policy is `Parallel` which will create pods in parallel to match the desired scale without waiting, and on scale down will delete all pods at once." },
      { name: 'updateStrategy', proto: 7, type: apps('StatefulSetUpdateStrategy'), description: "updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template." },
      { name: 'revisionHistoryLimit', proto: 8, type: INT32, description: "revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet's revision history. The revision history consists of all revisions not represented by a currently applied StatefulSetSpec version. The default value is 10." },
      { name: 'minReadySeconds', proto: 9, type: INT32, description: "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)" },
      { name: 'persistentVolumeClaimRetentionPolicy', proto: 10, type: apps('StatefulSetPersistentVolumeClaimRetentionPolicy'), description: "persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates. By default, all persistent volume claims are created as needed and retained until manually deleted. This policy allows the lifecycle to be altered, for example by deleting persistent volume claims when their stateful set is deleted, or when their pod is scaled down." },
      { name: 'ordinals', proto: 11, type: apps('StatefulSetOrdinals'), description: "ordinals controls the numbering of replica indices in a StatefulSet. The default ordinals behavior assigns a \"0\" index to the first replica and increments the index by one for each additional replica requested." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetUpdateStrategy',
    description: "StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.",
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate." },
      { name: 'rollingUpdate', proto: 2, type: apps('RollingUpdateStatefulSetStrategy'), description: "RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy',
    description: "RollingUpdateStatefulSetStrategy is used to communicate parameter for RollingUpdateStatefulSetStrategyType.",
    fields: [
      { name: 'partition', proto: 1, type: INT32, description: "Partition indicates the ordinal at which the StatefulSet should be partitioned for updates. During a rolling update, all pods from ordinal Replicas-1 to Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched. This is helpful in being able to do a canary based deployment. The default value is 0." },
      { name: 'maxUnavailable', proto: 2, type: INT_OR_STRING, description: "The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding up. This can not be 0. Defaults to 1. This field is alpha-level and is only honored by servers that enable the MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it will be counted towards MaxUnavailable." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy',
    description: "StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.",
    fields: [
      { name: 'whenDeleted', proto: 1, type: STRING, description: "WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is deleted. The default policy of `Retain` causes PVCs to not be affected by StatefulSet deletion. The `Delete` policy causes those PVCs to be deleted." },
      { name: 'whenScaled', proto: 2, type: STRING, description: "WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is scaled down. The default policy of `Retain` causes PVCs to not be affected by a scaledown. The `Delete` policy causes the associated PVCs for any excess pods above the replica count to be deleted." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetOrdinals',
    description: "StatefulSetOrdinals describes the policy used for replica ordinal assignment in this StatefulSet.",
    fields: [
      { name: 'start', proto: 1, type: INT32, description: "start is the number representing the first replica's index. It may be used to number replicas from an alternate index (eg: 1-indexed) over the default 0-indexed names, or to orchestrate progressive movement of replicas from one StatefulSet to another. If set, replica indices will be in the range:\n  [.spec.ordinals.start, .spec.ordinals.start + .spec.replicas).\nIf unset, defaults to 0. Replica indices will be in the range:\n  [0, .spec.replicas)." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetStatus',
    description: "StatefulSetStatus represents the current state of a StatefulSet.",
    required: ['replicas'],
    fields: [
      { name: 'observedGeneration', proto: 1, type: INT64, description: "observedGeneration is the most recent generation observed for this StatefulSet. It corresponds to the StatefulSet's generation, which is updated on mutation by the API Server." },
      { name: 'replicas', proto: 2, type: INT32, description: "replicas is the number of Pods created by the StatefulSet controller." },
      { name: 'readyReplicas', proto: 3, type: INT32, description: "readyReplicas is the number of pods created for this StatefulSet with a Ready Condition." },
      { name: 'currentReplicas', proto: 4, type: INT32, description: "currentReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by currentRevision." },
      { name: 'updatedReplicas', proto: 5, type: INT32, description: "updatedReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by updateRevision." },
      { name: 'currentRevision', proto: 6, type: STRING, description: "currentRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [0,currentReplicas)." },
      { name: 'updateRevision', proto: 7, type: STRING, description: "updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [replicas-updatedReplicas,replicas)" },
      { name: 'collisionCount', proto: 9, type: INT32, description: "collisionCount is the count of hash collisions for the StatefulSet. The StatefulSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision." },
      { name: 'conditions', proto: 10, type: apps('StatefulSetCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Represents the latest available observations of a statefulset's current state." },
      { name: 'availableReplicas', proto: 11, type: INT32, description: "Total number of available pods (ready for at least minReadySeconds) targeted by this statefulset." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetCondition',
    description: "StatefulSetCondition describes the state of a statefulset at a certain point.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of statefulset condition." },
      { name: 'status', proto: 2, type: STRING, description: "Status of the condition, one of True, False, Unknown." },
      { name: 'lastTransitionTime', proto: 3, type: TIME, description: "Last time the condition transitioned from one status to another." },
      { name: 'reason', proto: 4, type: STRING, description: "The reason for the condition's last transition." },
      { name: 'message', proto: 5, type: STRING, description: "A human readable message indicating details about the transition." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.StatefulSetList',
    gvk: { group: 'apps', version: 'v1', kind: 'StatefulSetList' },
    description: "StatefulSetList is a collection of StatefulSets.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'items', proto: 2, type: apps('StatefulSet'), repeated: true, description: "Items is the list of stateful sets." },
    ],
  },
];
