// core/v1 namespaces and nodes.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, QUANTITY, STRING, TIME, mapOf, core, meta } from './field-kinds.js';

export const CORE_NODE_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.Namespace',
    gvk: { group: '', version: 'v1', kind: 'Namespace' },
    description: "Namespace provides a scope for Names. Use of multiple namespaces is optional.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('NamespaceSpec'), description: "Spec defines the behavior of the Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'status', proto: 3, type: core('NamespaceStatus'), description: "Status describes the current status of a Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NamespaceSpec',
    description: "NamespaceSpec describes the attributes on a Namespace.",
    fields: [
      { name: 'finalizers', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: "Finalizers is an opaque list of values that must be empty to permanently remove object from storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NamespaceStatus',
    description: "NamespaceStatus is information about the current status of a Namespace.",
    fields: [
      { name: 'phase', proto: 1, type: STRING, description: "Phase is the current lifecycle phase of the namespace. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/" },
      { name: 'conditions', proto: 2, type: core('NamespaceCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Represents the latest available observations of a namespace's current state." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NamespaceCondition',
    description: "NamespaceCondition contains details about state of namespace.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of namespace controller condition." },
      { name: 'status', proto: 2, type: STRING, description: "Status of the condition, one of True, False, Unknown." },
      { name: 'lastTransitionTime', proto: 4, type: TIME, description: "Last time the condition transitioned from one status to another." },
      { name: 'reason', proto: 5, type: STRING, description: "Unique, one-word, CamelCase reason for the condition's last transition." },
      { name: 'message', proto: 6, type: STRING, description: "Human-readable message indicating details about last transition." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NamespaceList',
    gvk: { group: '', version: 'v1', kind: 'NamespaceList' },
    description: "NamespaceList is a list of Namespaces.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Namespace'), repeated: true, description: "Items is the list of Namespace objects in the list. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Node',
    gvk: { group: '', version: 'v1', kind: 'Node' },
    description: "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('NodeSpec'), description: "Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'status', proto: 3, type: core('NodeStatus'), description: "Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeSpec',
    description: "NodeSpec describes the attributes that a node is created with.",
    fields: [
      { name: 'podCIDR', proto: 1, type: STRING, description: "PodCIDR represents the pod IP range assigned to the node." },
      { name: 'podCIDRs', proto: 7, type: STRING, repeated: true, patchStrategy: 'merge', listType: 'set', description: "podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If this field is specified, the 0th entry must match the podCIDR field. It may contain at most 1 value for each of IPv4 and IPv6." },
      { name: 'providerID', proto: 3, type: STRING, description: "ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>" },
      { name: 'unschedulable', proto: 4, type: BOOL, description: "Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration" },
      { name: 'taints', proto: 5, type: core('Taint'), repeated: true, listType: 'atomic', description: "If specified, the node's taints." },
      { name: 'configSource', proto: 6, type: core('NodeConfigSource'), description: "Deprecated: Previously used to specify the source of the node's configuration for the DynamicKubeletConfig feature. This feature is removed." },
      { name: 'externalID', proto: 2, type: STRING, description: "Deprecated. Not all kubelets will set this field. Remove field after 1.13. see: https://issues.k8s.io/61966" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Taint',
    description: "The node this Taint is attached to has the \"effect\" on any pod that does not tolerate the Taint.",
    required: ['key', 'effect'],
    fields: [
      { name: 'key', proto: 1, type: STRING, description: "Required. The taint key to be applied to a node." },
      { name: 'value', proto: 2, type: STRING, description: "The taint value corresponding to the taint key." },
      { name: 'effect', proto: 3, type: STRING, description: "Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute." },
      { name: 'timeAdded', proto: 4, type: TIME, description: "TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeConfigSource',
    description: "NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) must be non-nil. This API is deprecated since 1.22",
    fields: [
      { name: 'configMap', proto: 2, type: core('ConfigMapNodeConfigSource'), description: "ConfigMap is a reference to a Node's ConfigMap" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ConfigMapNodeConfigSource',
    description: "ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the Node. This API is deprecated since 1.22: https://git.k8s.io/enhancements/keps/sig-node/281-dynamic-kubelet-configuration",
    required: ['namespace', 'name', 'kubeletConfigKey'],
    fields: [
      { name: 'namespace', proto: 1, type: STRING, description: "Namespace is the metadata.namespace of the referenced ConfigMap. This field is required in all cases." },
      { name: 'name', proto: 2, type: STRING, description: "Name is the metadata.name of the referenced ConfigMap. This field is required in all cases." },
      { name: 'uid', proto: 3, type: STRING, description: "UID is the metadata.UID of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status." },
      { name: 'resourceVersion', proto: 4, type: STRING, description: "ResourceVersion is the metadata.ResourceVersion of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status." },
      { name: 'kubeletConfigKey', proto: 5, type: STRING, description: "KubeletConfigKey declares which key of the referenced ConfigMap corresponds to the KubeletConfiguration structure This field is required in all cases." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeStatus',
    description: "NodeStatus is information about the current status of a node.",
    fields: [
      { name: 'capacity', proto: 1, type: mapOf(QUANTITY), description: "Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity" },
      { name: 'allocatable', proto: 2, type: mapOf(QUANTITY), description: "Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity." },
      { name: 'phase', proto: 3, type: STRING, description: "NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated." },
      { name: 'conditions', proto: 4, type: core('NodeCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/reference/node/node-status/#condition" },
      { name: 'addresses', proto: 5, type: core('NodeAddress'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP)." },
      { name: 'daemonEndpoints', proto: 6, type: core('NodeDaemonEndpoints'), description: "Endpoints of daemons running on the Node." },
      { name: 'nodeInfo', proto: 7, type: core('NodeSystemInfo'), description: "Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/reference/node/node-status/#info" },
      { name: 'images', proto: 8, type: core('ContainerImage'), repeated: true, listType: 'atomic', description: "List of container images on this node" },
      { name: 'volumesInUse', proto: 9, type: STRING, repeated: true, listType: 'atomic', description: "List of attachable volumes in use (mounted) by the node." },
      { name: 'volumesAttached', proto: 10, type: core('AttachedVolume'), repeated: true, listType: 'atomic', description: "List of volumes that are attached to the node." },
      { name: 'config', proto: 11, type: core('NodeConfigStatus'), description: "Status of the config assigned to the node via the dynamic Kubelet config feature." },
      { name: 'runtimeHandlers', proto: 12, type: core('NodeRuntimeHandler'), repeated: true, listType: 'atomic', description: "The available runtime handlers." },
      { name: 'features', proto: 13, type: core('NodeFeatures'), description: "Features describes the set of features implemented by the CRI implementation." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeCondition',
    description: "NodeCondition contains condition information for a node.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type of node condition." },
      { name: 'status', proto: 2, type: STRING, description: "Status of the condition, one of True, False, Unknown." },
      { name: 'lastHeartbeatTime', proto: 3, type: TIME, description: "Last time we got an update on a given condition." },
      { name: 'lastTransitionTime', proto: 4, type: TIME, description: "Last time the condition transit from one status to another." },
      { name: 'reason', proto: 5, type: STRING, description: "(brief) reason for the condition's last transition." },
      { name: 'message', proto: 6, type: STRING, description: "Human readable message indicating details about last transition." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeAddress',
    description: "NodeAddress contains information for the node's address.",
    required: ['type', 'address'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Node address type, one of Hostname, ExternalIP or InternalIP." },
      { name: 'address', proto: 2, type: STRING, description: "The node address." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeDaemonEndpoints',
    description: "NodeDaemonEndpoints lists ports opened by daemons running on the Node.",
    fields: [
      { name: 'kubeletEndpoint', proto: 1, type: core('DaemonEndpoint'), description: "Endpoint on which Kubelet is listening." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.DaemonEndpoint',
    description: "DaemonEndpoint contains information about a single Daemon endpoint.",
    required: ['Port'],
    fields: [
      { name: 'Port', proto: 1, type: INT32, description: "Port number of the given endpoint." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeSystemInfo',
    description: "NodeSystemInfo is a set of ids/uuids to uniquely identify the node.",
    required: ['machineID', 'systemUUID', 'bootID', 'kernelVersion', 'osImage', 'containerRuntimeVersion', 'kubeletVersion', 'kubeProxyVersion', 'operatingSystem', 'architecture'],
    fields: [
      { name: 'machineID', proto: 1, type: STRING, description: "MachineID reported by the node. For unique machine identification in the cluster this field is preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html" },
      { name: 'systemUUID', proto: 2, type: STRING, description: "SystemUUID reported by the node. For unique machine identification MachineID is preferred. This field is specific to Red Hat hosts https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid" },
      { name: 'bootID', proto: 3, type: STRING, description: "Boot ID reported by the node." },
      { name: 'kernelVersion', proto: 4, type: STRING, description: "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)." },
      { name: 'osImage', proto: 5, type: STRING, description: "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))." },
      { name: 'containerRuntimeVersion', proto: 6, type: STRING, description: "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2)." },
      { name: 'kubeletVersion', proto: 7, type: STRING, description: "Kubelet Version reported by the node." },
      { name: 'kubeProxyVersion', proto: 8, type: STRING, description: "Deprecated: KubeProxy Version reported by the node." },
      { name: 'operatingSystem', proto: 9, type: STRING, description: "The Operating System reported by the node" },
      { name: 'architecture', proto: 10, type: STRING, description: "The Architecture reported by the node" },
      { name: 'swap', proto: 11, type: core('NodeSwapStatus'), description: "Swap Info reported by the node." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeSwapStatus',
    description: "NodeSwapStatus represents swap memory information.",
    fields: [
      { name: 'capacity', proto: 1, type: INT64, description: "Total amount of swap memory in bytes." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerImage',
    description: "Describe a container image",
    fields: [
      { name: 'names', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: "Names by which this image is known. e.g. [\"kubernetes.example/hyperkube:v1.0.7\", \"cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7\"]" },
      { name: 'sizeBytes', proto: 2, type: INT64, description: "The size of the image in bytes." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.AttachedVolume',
    description: "AttachedVolume describes a volume attached to a node",
    required: ['name', 'devicePath'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name of the attached volume" },
      { name: 'devicePath', proto: 2, type: STRING, description: "DevicePath represents the device path where the volume should be available" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeConfigStatus',
    description: "NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.",
    fields: [
      { name: 'assigned', proto: 1, type: core('NodeConfigSource'), description: "Assigned reports the checkpointed config the node will try to use. When Node.Spec.ConfigSource is updated, the node checkpoints the associated config payload to local disk, along with a record indicating intended config. The node refers to this record to choose its config checkpoint, and reports this record in Assigned. Assigned only updates in the status after the record has been checkpointed to disk. When the Kubelet is restarted, it tries to make the Assigned config the Active config by loading and validating the checkpointed payload identified by Assigned." },
      { name: 'active', proto: 2, type: core('NodeConfigSource'), description: "Active reports the checkpointed config the node is actively using. Active will represent either the current version of the Assigned config, or the current LastKnownGood config, depending on whether attempting to use the Assigned config results in an error." },
      { name: 'lastKnownGood', proto: 3, type: core('NodeConfigSource'), description: "LastKnownGood reports the checkpointed config the node will fall back to when it encounters an error attempting to use the Assigned config. The Assigned config becomes the LastKnownGood config when the node determines that the Assigned config is stable and correct. This is currently implemented as a 10-minute soak period starting when the local record of Assigned config is updated. If the Assigned config is Active at the end of this period, it becomes the LastKnownGood. Note that if Spec.ConfigSource is reset to nil (use local defaults), the LastKnownGood is also immediately reset to nil, because the local default config is always assumed good. You should not make assumptions about the node's method of determining config stability and correctness, as this may change or become configurable in the future." },
      { name: 'error', proto: 4, type: STRING, description: "Error describes any problems reconciling the Spec.ConfigSource to the Active config. Errors may occur, for example, attempting to checkpoint Spec.ConfigSource to the local Assigned record, attempting to checkpoint the payload associated with Spec.ConfigSource, attempting to load or validate the Assigned config, etc. Errors may occur at different points while syncing config. Earlier errors (e.g. download or checkpointing errors) will not result in a rollback to LastKnownGood, and may resolve across Kubelet retries. Later errors (e.g. loading or validating a checkpointed config) will result in a rollback to LastKnownGood. In the latter case, it is usually possible to resolve the error by fixing the config assigned in Spec.ConfigSource. You can find additional information for debugging by searching the error message in the Kubelet log. Error is a human-readable description of the error state; machines can check whether or not Error is empty, but should not rely on the stability of the Error text across Kubelet versions." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeRuntimeHandler',
    description: "NodeRuntimeHandler is a set of runtime handler information.",
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Runtime handler name. Empty for the default runtime handler." },
      { name: 'features', proto: 2, type: core('NodeRuntimeHandlerFeatures'), description: "Supported features." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeRuntimeHandlerFeatures',
    description: "NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.",
    fields: [
      { name: 'recursiveReadOnlyMounts', proto: 1, type: BOOL, description: "RecursiveReadOnlyMounts is set to true if the runtime handler supports RecursiveReadOnlyMounts." },
      { name: 'userNamespaces', proto: 2, type: BOOL, description: "UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for volumes." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeFeatures',
    description: "NodeFeatures describes the set of features implemented by the CRI implementation. The features contained in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.",
    fields: [
      { name: 'supplementalGroupsPolicy', proto: 1, type: BOOL, description: "SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and ContainerUser." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeList',
    gvk: { group: '', version: 'v1', kind: 'NodeList' },
    description: "NodeList is the whole list of all Nodes which have been registered with master.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Node'), repeated: true, description: "List of nodes" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeAffinity',
    description: "Node affinity is a group of node affinity scheduling rules.",
    fields: [
      { name: 'requiredDuringSchedulingIgnoredDuringExecution', proto: 1, type: core('NodeSelector'), description: "If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node." },
      { name: 'preferredDuringSchedulingIgnoredDuringExecution', proto: 2, type: core('PreferredSchedulingTerm'), repeated: true, listType: 'atomic', description: "The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \"weight\" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeSelector',
    description: "A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.",
    required: ['nodeSelectorTerms'],
    fields: [
      { name: 'nodeSelectorTerms', proto: 1, type: core('NodeSelectorTerm'), repeated: true, listType: 'atomic', description: "Required. A list of node selector terms. The terms are ORed." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeSelectorTerm',
    description: "A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.",
    fields: [
      { name: 'matchExpressions', proto: 1, type: core('NodeSelectorRequirement'), repeated: true, listType: 'atomic', description: "A list of node selector requirements by node's labels." },
      { name: 'matchFields', proto: 2, type: core('NodeSelectorRequirement'), repeated: true, listType: 'atomic', description: "A list of node selector requirements by node's fields." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.NodeSelectorRequirement',
    description: "A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.",
    required: ['key', 'operator'],
    fields: [
      { name: 'key', proto: 1, type: STRING, description: "The label key that the selector applies to." },
      { name: 'operator', proto: 2, type: STRING, description: "Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt." },
      { name: 'values', proto: 3, type: STRING, repeated: true, listType: 'atomic', description: "An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch." },
    ],
  },
];
