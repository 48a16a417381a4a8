// core/v1 pod and container status.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, QUANTITY, STRING, TIME, mapOf, core } from './field-kinds.js';

export const CORE_POD_STATUS_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.PodStatus',
    description: "PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.",
    fields: [
      { name: 'observedGeneration', proto: 17, type: INT64, description: "If set, this represents the .metadata.generation that the pod status was set based upon. This is an alpha field. Enable PodObservedGenerationTracking to be able to use this field." },
      { name: 'phase', proto: 1, type: STRING, description: "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status. There are five possible phase values:\n\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase" },
      { name: 'conditions', proto: 2, type: core('PodCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions" },
      { name: 'message', proto: 3, type: STRING, description: "A human readable message indicating details about why the pod is in this condition." },
      { name: 'reason', proto: 4, type: STRING, description: "A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'" },
      { name: 'nominatedNodeName', proto: 11, type: STRING, description: "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled." },
      { name: 'hostIP', proto: 5, type: STRING, description: "hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod" },
      { name: 'hostIPs', proto: 16, type: core('HostIP'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'ip', listType: 'atomic', description: "hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field. This list is empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns means that HostIPs will not be updated even if there is a node is assigned to this pod." },
      { name: 'podIP', proto: 6, type: STRING, description: "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated." },
      { name: 'podIPs', proto: 12, type: core('PodIP'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'ip', listType: 'map', listMapKeys: ['ip'], description: "podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and IPv6. This list is empty if no IPs have been allocated yet." },
      { name: 'startTime', proto: 7, type: TIME, description: "RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod." },
      { name: 'initContainerStatuses', proto: 10, type: core('ContainerStatus'), repeated: true, listType: 'atomic', description: "Statuses of init containers in this pod. The most recent successful non-restartable init container will have ready = true, the most recently started container will have startTime set. Each init container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-and-container-status" },
      { name: 'containerStatuses', proto: 8, type: core('ContainerStatus'), repeated: true, listType: 'atomic', description: "Statuses of containers in this pod. Each container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status" },
      { name: 'qosClass', proto: 9, type: STRING, description: "The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes" },
      { name: 'ephemeralContainerStatuses', proto: 13, type: core('ContainerStatus'), repeated: true, listType: 'atomic', description: "Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status" },
      { name: 'resize', proto: 14, type: STRING, description: "Status of resources resize desired for pod's containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to \"Proposed\" Deprecated: Resize status is moved to two pod conditions PodResizePending and PodResizeInProgress. PodResizePending will track states where the spec has been resized, but the Kubelet has not yet allocated the resources. PodResizeInProgress will track in-progress resizes, and should be present whenever allocated resources != acknowledged resources." },
      { name: 'resourceClaimStatuses', proto: 15, type: core('PodResourceClaimStatus'), repeated: true, patchStrategy: 'merge,retainKeys', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "Status of resource claims." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodCondition',
    description: "PodCondition contains details for the current condition of this pod.",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type is the type of the condition. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions" },
      { name: 'observedGeneration', proto: 7, type: INT64, description: "If set, this represents the .metadata.generation that the pod condition was set based upon. This is an alpha field. Enable PodObservedGenerationTracking to be able to use this field." },
      { name: 'status', proto: 2, type: STRING, description: "Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions" },
      { name: 'lastProbeTime', proto: 3, type: TIME, description: "Last time we probed the condition." },
      { name: 'lastTransitionTime', proto: 4, type: TIME, description: "Last time the condition transitioned from one status to another." },
      { name: 'reason', proto: 5, type: STRING, description: "Unique, one-word, CamelCase reason for the condition's last transition." },
      { name: 'message', proto: 6, type: STRING, description: "Human-readable message indicating details about last transition." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.HostIP',
    description: "HostIP represents a single IP address allocated to the host.",
    required: ['ip'],
    fields: [
      { name: 'ip', proto: 1, type: STRING, description: "IP is the IP address assigned to the host" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodIP',
    description: "PodIP represents a single IP address allocated to the pod.",
    required: ['ip'],
    fields: [
      { name: 'ip', proto: 1, type: STRING, description: "IP is the IP address assigned to the pod" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerStatus',
    description: "ContainerStatus contains details for the current status of this container.",
    required: ['name', 'ready', 'restartCount', 'image', 'imageID'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types. Cannot be updated." },
      { name: 'state', proto: 2, type: core('ContainerState'), description: "State holds details about the container's current condition." },
      { name: 'lastState', proto: 3, type: core('ContainerState'), description: "LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0." },
      { name: 'ready', proto: 4, type: BOOL, description: "Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing. If no readiness probes are specified, this field defaults to true once the container is fully started (see Started field).\n\nThe value is typically used to determine whether a container is ready to accept traffic." },
      { name: 'restartCount', proto: 5, type: INT32, description: "RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0. The value is never negative." },
      { name: 'image', proto: 6, type: STRING, description: "Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime. More info: https://kubernetes.io/docs/concepts/containers/images." },
      { name: 'imageID', proto: 7, type: STRING, description: "ImageID is the image ID of the container's image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime." },
      { name: 'containerID', proto: 8, type: STRING, description: "ContainerID is the ID of the container in the format '<type>://<container_id>'. Where type is a container runtime identifier, returned from Version call of CRI API (for example \"containerd\")." },
      { name: 'started', proto: 9, type: BOOL, description: "Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. In both cases, startup probes will run again. Is always true when no startupProbe is defined and container is running and has passed the postStart lifecycle hook. The null value must be treated the same as false." },
      { name: 'allocatedResources', proto: 10, type: mapOf(QUANTITY), description: "AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize." },
      { name: 'resources', proto: 11, type: core('ResourceRequirements'), description: "Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized." },
      { name: 'volumeMounts', proto: 12, type: core('VolumeMountStatus'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'mountPath', listType: 'map', listMapKeys: ['mountPath'], description: "Status of volume mounts." },
      { name: 'user', proto: 13, type: core('ContainerUser'), description: "User represents user identity information initially attached to the first process of the container" },
      { name: 'allocatedResourcesStatus', proto: 14, type: core('ResourceStatus'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "AllocatedResourcesStatus represents the status of various resources allocated for this Pod." },
      { name: 'stopSignal', proto: 15, type: STRING, description: "StopSignal reports the effective stop signal for this container" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerState',
    description: "ContainerState holds a possible state of container. Only one of its members may be specified. If none of them is specified, the default one is ContainerStateWaiting.",
    fields: [
      { name: 'waiting', proto: 1, type: core('ContainerStateWaiting'), description: "Details about a waiting container" },
      { name: 'running', proto: 2, type: core('ContainerStateRunning'), description: "Details about a running container" },
      { name: 'terminated', proto: 3, type: core('ContainerStateTerminated'), description: "Details about a terminated container" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerStateWaiting',
    description: "ContainerStateWaiting is a waiting state of a container.",
    fields: [
      { name: 'reason', proto: 1, type: STRING, description: "(brief) reason the container is not yet running." },
      { name: 'message', proto: 2, type: STRING, description: "Message regarding why the container is not yet running." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerStateRunning',
    description: "ContainerStateRunning is a running state of a container.",
    fields: [
      { name: 'startedAt', proto: 1, type: TIME, description: "Time at which the container was last (re-)started" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerStateTerminated',
    description: "ContainerStateTerminated is a terminated state of a container.",
    required: ['exitCode'],
    fields: [
      { name: 'exitCode', proto: 1, type: INT32, description: "Exit status from the last termination of the container" },
      { name: 'signal', proto: 2, type: INT32, description: "Signal from the last termination of the container" },
      { name: 'reason', proto: 3, type: STRING, description: "(brief) reason from the last termination of the container" },
      { name: 'message', proto: 4, type: STRING, description: "Message regarding the last termination of the container" },
      { name: 'startedAt', proto: 5, type: TIME, description: "Time at which previous execution of the container started" },
      { name: 'finishedAt', proto: 6, type: TIME, description: "Time at which the container last terminated" },
      { name: 'containerID', proto: 7, type: STRING, description: "Container's ID in the format '<type>://<container_id>'" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.VolumeMountStatus',
    description: "VolumeMountStatus shows status of volume mounts.",
    required: ['name', 'mountPath'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name corresponds to the name of the original VolumeMount." },
      { name: 'mountPath', proto: 2, type: STRING, description: "MountPath corresponds to the original VolumeMount." },
      { name: 'readOnly', proto: 3, type: BOOL, description: "ReadOnly corresponds to the original VolumeMount." },
      { name: 'recursiveReadOnly', proto: 4, type: STRING, description: "RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, depending on the mount result." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ContainerUser',
    description: "ContainerUser represents user identity information",
    fields: [
      { name: 'linux', proto: 1, type: core('LinuxContainerUser'), description: "Linux holds user identity information initially attached to the first process of the containers in Linux. Note that the actual running identity can be changed if the process has enough privilege to do so." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.LinuxContainerUser',
    description: "LinuxContainerUser represents user identity information in Linux containers",
    required: ['uid', 'gid'],
    fields: [
      { name: 'uid', proto: 1, type: INT64, description: "UID is the primary uid initially attached to the first process in the container" },
      { name: 'gid', proto: 2, type: INT64, description: "GID is the primary gid initially attached to the first process in the container" },
      { name: 'supplementalGroups', proto: 3, type: INT64, repeated: true, listType: 'atomic', description: "SupplementalGroups are the supplemental groups initially attached to the first process in the container" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ResourceStatus',
    description: "ResourceStatus represents the status of a single resource allocated to a Pod.",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name of the resource. Must be unique within the pod and in case of non-DRA resource, match one of the resources from the pod spec. For DRA resources, the value must be \"claim:<claim_name>/<request>\". When this status is reported about a container, the \"claim_name\" and \"request\" must match one of the claims of this container." },
      { name: 'resources', proto: 2, type: core('ResourceHealth'), repeated: true, listType: 'map', listMapKeys: ['resourceID'], description: "List of unique resources health. Each element in the list contains an unique resource ID and its health. At a minimum, for the lifetime of a Pod, resource ID must uniquely identify the resource allocated to the Pod on the Node. If other Pod on the same Node reports the status with the same resource ID, it must be the same resource they share. See ResourceID type definition for a specific format it has in various use cases." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ResourceHealth',
    description: "ResourceHealth represents the health of a resource. It has the latest device health information. This is a part of KEP https://kep.k8s.io/4680.",
    required: ['resourceID'],
    fields: [
      { name: 'resourceID', proto: 1, type: STRING, description: "ResourceID is the unique identifier of the resource. See the ResourceID type for more information." },
      { name: 'health', proto: 2, type: STRING, description: "Health of the resource. can be one of: - Healthy: operates as normal - Unhealthy: reported unhealthy. We consider this a temporary health issue since we do not have a mechanism today to distinguish temporary and permanent issues. - Unknown: The status cannot be determined. For example, Device Plugin got unregistered and hasn't been re-registered since.\n\nIn future we may want to introduce the PermanentlyUnhealthy Status." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodResourceClaimStatus',
    description: "PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name uniquely identifies this resource claim inside the pod. This must match the name of an entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL." },
      { name: 'resourceClaimName', proto: 2, type: STRING, description: "ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod. If this is unset, then generating a ResourceClaim was not necessary. The pod.spec.resourceClaims entry can be ignored in this case." },
    ],
  },
];
