// apps/v1 DaemonSet. From k8s.io/api apps/v1 (release-1.33) generated.proto and
// types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { INT32, INT64, INT_OR_STRING, STRING, TIME, apps, core, meta } from './field-kinds.js';

export const APPS_DAEMONSET_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.apps.v1.DaemonSet',
    gvk: { group: 'apps', version: 'v1', kind: 'DaemonSet' },
    description: "DaemonSet represents the configuration of a daemon set.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: apps('DaemonSetSpec'), description: "The desired behavior of this daemon set. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'status', proto: 3, type: apps('DaemonSetStatus'), description: "The current status of this daemon set. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DaemonSetSpec',
    description: "DaemonSetSpec is the specification of a daemon set.",
    required: ['selector', 'template'],
    fields: [
      { name: 'selector', proto: 1, type: meta('LabelSelector'), description: "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors" },
      { name: 'template', proto: 2, type: core('PodTemplateSpec'), description: "An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template's node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is \"Always\". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template" },
      { name: 'updateStrategy', proto: 3, type: apps('DaemonSetUpdateStrategy'), description: "An update strategy to replace existing DaemonSet pods with new pods." },
      { name: 'minReadySeconds', proto: 4, type: INT32, description: "The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)." },
      { name: 'revisionHistoryLimit', proto: 6, type: INT32, description: "The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DaemonSetUpdateStrategy',
    description: "DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.",
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of daemon set update. Can be \"RollingUpdate\" or \"OnDelete\". Default is RollingUpdate.\n\nPossible enum values:\n - `\"OnDelete\"` Replace the old daemons only when it's killed\n - `\"RollingUpdate\"` Replace the old daemons by new ones using rolling update i.e replace them on each node one after the other." },
      { name: 'rollingUpdate', proto: 2, type: apps('RollingUpdateDaemonSet'), description: "Rolling update config params. Present only if type = \"RollingUpdate\"." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.RollingUpdateDaemonSet',
    description: "Spec to control the desired behavior of daemon set rolling update.",
    fields: [
      { name: 'maxUnavailable', proto: 1, type: INT_OR_STRING, description: "The maximum number of DaemonSet pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of the update (ex: 10%). Absolute number is calculated from percentage by rounding up. This cannot be 0 if MaxSurge is 0 Default value is 1. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their pods stopped for an update at any given time. The update starts by stopping at most 30% of those DaemonSet pods and then brings up new DaemonSet pods in their place. Once the new pods are available, it then proceeds onto other DaemonSet pods, thus ensuring that at least 70% of original number of DaemonSet pods are available at all times during the update." },
      { name: 'maxSurge', proto: 2, type: INT_OR_STRING, description: "The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up to a minimum of 1. Default value is 0. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their a new pod created before the old pod is marked as deleted. The update starts by launching new pods on 30% of nodes. Once an updated pod is available (Ready for at least minReadySeconds) the old DaemonSet pod on that node is marked deleted. If the old pod becomes unavailable for any reason (Ready transitions to false, is evicted, or is drained) an updated pod is immediatedly created on that node without considering surge limits. Allowing surge implies the possibility that the resources consumed by the daemonset on any given node can double if the readiness check fails, and so resource intensive daemonsets should take into account that they may cause evictions during disruption." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DaemonSetStatus',
    description: "DaemonSetStatus represents the current status of a daemon set.",
    required: ['currentNumberScheduled', 'numberMisscheduled', 'desiredNumberScheduled', 'numberReady'],
    fields: [
      { name: 'currentNumberScheduled', proto: 1, type: INT32, description: "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/" },
      { name: 'numberMisscheduled', proto: 2, type: INT32, description: "The number of nodes that are running the daemon pod, but are not supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/" },
      { name: 'desiredNumberScheduled', proto: 3, type: INT32, description: "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/" },
      { name: 'numberReady', proto: 4, type: INT32, description: "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition." },
      { name: 'observedGeneration', proto: 5, type: INT64, description: "The most recent generation observed by the daemon set controller." },
      { name: 'updatedNumberScheduled', proto: 6, type: INT32, description: "The total number of nodes that are running updated daemon pod" },
      { name: 'numberAvailable', proto: 7, type: INT32, description: "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)" },
      { name: 'numberUnavailable', proto: 8, type: INT32, description: "The number of nodes that should be running the daemon pod and have none of the daemon pod running and available (ready for at least spec.minReadySeconds)" },
      { name: 'collisionCount', proto: 9, type: INT32, description: "Count of hash collisions for the DaemonSet. The DaemonSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision." },
      { name: 'conditions', proto: 10, type: apps('DaemonSetCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Represents the latest available observations of a DaemonSet's current state." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DaemonSetCondition',
    description: "DaemonSetCondition describes the state of a DaemonSet at a certain point.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of DaemonSet condition." },
      { name: 'status', proto: 2, type: STRING, description: "Status of the condition, one of True, False, Unknown." },
      { name: 'lastTransitionTime', proto: 3, type: TIME, description: "Last time the condition transitioned from one status to another." },
      { name: 'reason', proto: 4, type: STRING, description: "The reason for the condition's last transition." },
      { name: 'message', proto: 5, type: STRING, description: "A human readable message indicating details about the transition." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.DaemonSetList',
    gvk: { group: 'apps', version: 'v1', kind: 'DaemonSetList' },
    description: "DaemonSetList is a collection of daemon sets.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'items', proto: 2, type: apps('DaemonSet'), repeated: true, description: "A list of daemon sets." },
    ],
  },
];
