// core/v1 pods, pod specs, scheduling and pod-level security.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, QUANTITY, STRING, mapOf, core, meta } from './field-kinds.js';

export const CORE_POD_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.Pod',
    gvk: { group: '', version: 'v1', kind: 'Pod' },
    description: "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('PodSpec'), description: "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'status', proto: 3, type: core('PodStatus'), description: "Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodSpec',
    description: "PodSpec is a description of a pod.",
    required: ['containers'],
    fields: [
      { name: 'volumes', proto: 1, type: core('Volume'), repeated: true, patchStrategy: 'merge,retainKeys', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes" },
      { name: 'initContainers', proto: 20, type: core('Container'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/" },
      { name: 'containers', proto: 2, type: core('Container'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated." },
      { name: 'ephemeralContainers', proto: 34, type: core('EphemeralContainer'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource." },
      { name: 'restartPolicy', proto: 3, type: STRING, description: "Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy" },
      { name: 'terminationGracePeriodSeconds', proto: 4, type: INT64, description: "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds." },
      { name: 'activeDeadlineSeconds', proto: 5, type: INT64, description: "Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer." },
      { name: 'dnsPolicy', proto: 6, type: STRING, description: "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'." },
      { name: 'nodeSelector', proto: 7, type: mapOf(STRING), description: "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/" },
      { name: 'serviceAccountName', proto: 8, type: STRING, description: "ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/" },
      { name: 'serviceAccount', proto: 9, type: STRING, description: "DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead." },
      { name: 'automountServiceAccountToken', proto: 21, type: BOOL, description: "AutomountServiceAccountToken indicates whether a service account token should be automatically mounted." },
      { name: 'nodeName', proto: 10, type: STRING, description: "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename" },
      { name: 'hostNetwork', proto: 11, type: BOOL, description: "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false." },
      { name: 'hostPID', proto: 12, type: BOOL, description: "Use the host's pid namespace. Optional: Default to false." },
      { name: 'hostIPC', proto: 13, type: BOOL, description: "Use the host's ipc namespace. Optional: Default to false." },
      { name: 'shareProcessNamespace', proto: 27, type: BOOL, description: "Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false." },
      { name: 'securityContext', proto: 14, type: core('PodSecurityContext'), description: "SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field." },
      { name: 'imagePullSecrets', proto: 15, type: core('LocalObjectReference'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod" },
      { name: 'hostname', proto: 16, type: STRING, description: "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value." },
      { name: 'subdomain', proto: 17, type: STRING, description: "If specified, the fully qualified Pod hostname will be \"<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>\". If not specified, the pod will not have a domainname at all." },
      { name: 'affinity', proto: 18, type: core('Affinity'), description: "If specified, the pod's scheduling constraints" },
      { name: 'schedulerName', proto: 19, type: STRING, description: "If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler." },
      { name: 'tolerations', proto: 22, type: core('Toleration'), repeated: true, listType: 'atomic', description: "If specified, the pod's tolerations." },
      { name: 'hostAliases', proto: 23, type: core('HostAlias'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'ip', listType: 'map', listMapKeys: ['ip'], description: "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified." },
      { name: 'priorityClassName', proto: 24, type: STRING, description: "If specified, indicates the pod's priority. \"system-node-critical\" and \"system-cluster-critical\" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default." },
      { name: 'priority', proto: 25, type: INT32, description: "The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority." },
      { name: 'dnsConfig', proto: 26, type: core('PodDNSConfig'), description: "Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy." },
      { name: 'readinessGates', proto: 28, type: core('PodReadinessGate'), repeated: true, listType: 'atomic', description: "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates" },
      { name: 'runtimeClassName', proto: 29, type: STRING, description: "RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the \"legacy\" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class" },
      { name: 'enableServiceLinks', proto: 30, type: BOOL, description: "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true." },
      { name: 'preemptionPolicy', proto: 31, type: STRING, description: "PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset." },
      { name: 'overhead', proto: 32, type: mapOf(QUANTITY), description: "Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md" },
      { name: 'topologySpreadConstraints', proto: 33, type: core('TopologySpreadConstraint'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'topologyKey', listType: 'map', listMapKeys: ['topologyKey', 'whenUnsatisfiable'], description: "TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed." },
      { name: 'setHostnameAsFQDN', proto: 35, type: BOOL, description: "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\Tcpip\\\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false." },
      { name: 'os', proto: 36, type: core('PodOS'), description: "Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\n\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\n\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.securityContext.appArmorProfile - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.securityContext.supplementalGroupsPolicy - spec.containers[*].securityContext.appArmorProfile - spec.containers[*].securityContext.seLinuxOptions - spec.containers[*].securityContext.seccompProfile - spec.containers[*].securityContext.capabilities - spec.containers[*].securityContext.readOnlyRootFilesystem - spec.containers[*].securityContext.privileged - spec.containers[*].securityContext.allowPrivilegeEscalation - spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser - spec.containers[*].securityContext.runAsGroup" },
      { name: 'hostUsers', proto: 37, type: BOOL, description: "Use the host's user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host. This field is alpha-level and is only honored by servers that enable the UserNamespacesSupport feature." },
      { name: 'schedulingGates', proto: 38, type: core('PodSchedulingGate'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\n\nSchedulingGates can only be set at pod creation time, and be removed only afterwards." },
      { name: 'resourceClaims', proto: 39, type: core('PodResourceClaim'), repeated: true, patchStrategy: 'merge,retainKeys', patchMergeKey: 'name', listType: 'map', listMapKeys: ['name'], description: "ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable." },
      { name: 'resources', proto: 40, type: core('ResourceRequirements'), description: "Resources is the total amount of CPU and Memory resources required by all containers in the pod. It supports specifying Requests and Limits for \"cpu\" and \"memory\" resource names only. ResourceClaims are not supported.\n\nThis field enables fine-grained control over resource allocation for the entire pod, allowing resource sharing among containers in a pod. TODO: For beta graduation, expand this comment with a detailed explanation.\n\nThis is an alpha field and requires enabling the PodLevelResources feature gate." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodSecurityContext',
    description: "PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.",
    fields: [
      { name: 'seLinuxOptions', proto: 1, type: core('SELinuxOptions'), description: "The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'windowsOptions', proto: 8, type: core('WindowsSecurityContextOptions'), description: "The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux." },
      { name: 'runAsUser', proto: 2, type: INT64, description: "The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'runAsGroup', proto: 6, type: INT64, description: "The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'runAsNonRoot', proto: 3, type: BOOL, description: "Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence." },
      { name: 'supplementalGroups', proto: 4, type: INT64, repeated: true, listType: 'atomic', description: "A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'supplementalGroupsPolicy', proto: 12, type: STRING, description: "Defines how supplemental groups of the first container processes are calculated. Valid values are \"Merge\" and \"Strict\". If not specified, \"Merge\" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows. TODO: update the default value to \"Merge\" when spec.os.name is not windows in v1.34" },
      { name: 'fsGroup', proto: 5, type: INT64, description: "A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:\n\n1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----\n\nIf unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'sysctls', proto: 7, type: core('Sysctl'), repeated: true, listType: 'atomic', description: "Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'fsGroupChangePolicy', proto: 9, type: STRING, description: "fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are \"OnRootMismatch\" and \"Always\". If not specified, \"Always\" is used. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'seccompProfile', proto: 10, type: core('SeccompProfile'), description: "The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'appArmorProfile', proto: 11, type: core('AppArmorProfile'), description: "appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'seLinuxChangePolicy', proto: 13, type: STRING, description: "seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are \"MountOption\" and \"Recursive\".\n\n\"Recursive\" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.\n\n\"MountOption\" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. \"MountOption\" value is allowed only when SELinuxMount feature gate is enabled.\n\nIf not specified and SELinuxMount feature gate is enabled, \"MountOption\" is used. If not specified and SELinuxMount feature gate is disabled, \"MountOption\" is used for ReadWriteOncePod volumes and \"Recursive\" for all other volumes.\n\nThis field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.\n\nAll Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Sysctl',
    description: "Sysctl defines a kernel parameter to be set",
    required: ['name', 'value'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name of a property to set" },
      { name: 'value', proto: 2, type: STRING, description: "Value of a property to set" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Affinity',
    description: "Affinity is a group of affinity scheduling rules.",
    fields: [
      { name: 'nodeAffinity', proto: 1, type: core('NodeAffinity'), description: "Describes node affinity scheduling rules for the pod." },
      { name: 'podAffinity', proto: 2, type: core('PodAffinity'), description: "Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s))." },
      { name: 'podAntiAffinity', proto: 3, type: core('PodAntiAffinity'), description: "Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s))." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PreferredSchedulingTerm',
    description: "An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).",
    required: ['weight', 'preference'],
    fields: [
      { name: 'weight', proto: 1, type: INT32, description: "Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100." },
      { name: 'preference', proto: 2, type: core('NodeSelectorTerm'), description: "A node selector term, associated with the corresponding weight." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodAffinity',
    description: "Pod affinity is a group of inter pod affinity scheduling rules.",
    fields: [
      { name: 'requiredDuringSchedulingIgnoredDuringExecution', proto: 1, type: core('PodAffinityTerm'), repeated: true, listType: 'atomic', description: "If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied." },
      { name: 'preferredDuringSchedulingIgnoredDuringExecution', proto: 2, type: core('WeightedPodAffinityTerm'), repeated: true, listType: 'atomic', description: "The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \"weight\" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodAffinityTerm',
    description: "Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running",
    required: ['topologyKey'],
    fields: [
      { name: 'labelSelector', proto: 1, type: meta('LabelSelector'), description: "A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods." },
      { name: 'namespaces', proto: 2, type: STRING, repeated: true, listType: 'atomic', description: "namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means \"this pod's namespace\"." },
      { name: 'topologyKey', proto: 3, type: STRING, description: "This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed." },
      { name: 'namespaceSelector', proto: 4, type: meta('LabelSelector'), description: "A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means \"this pod's namespace\". An empty selector ({}) matches all namespaces." },
      { name: 'matchLabelKeys', proto: 5, type: STRING, repeated: true, listType: 'atomic', description: "MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set." },
      { name: 'mismatchLabelKeys', proto: 6, type: STRING, repeated: true, listType: 'atomic', description: "MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.WeightedPodAffinityTerm',
    description: "The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)",
    required: ['weight', 'podAffinityTerm'],
    fields: [
      { name: 'weight', proto: 1, type: INT32, description: "weight associated with matching the corresponding podAffinityTerm, in the range 1-100." },
      { name: 'podAffinityTerm', proto: 2, type: core('PodAffinityTerm'), description: "Required. A pod affinity term, associated with the corresponding weight." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodAntiAffinity',
    description: "Pod anti affinity is a group of inter pod anti affinity scheduling rules.",
    fields: [
      { name: 'requiredDuringSchedulingIgnoredDuringExecution', proto: 1, type: core('PodAffinityTerm'), repeated: true, listType: 'atomic', description: "If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied." },
      { name: 'preferredDuringSchedulingIgnoredDuringExecution', proto: 2, type: core('WeightedPodAffinityTerm'), repeated: true, listType: 'atomic', description: "The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \"weight\" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Toleration',
    description: "The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.",
    fields: [
      { name: 'key', proto: 1, type: STRING, description: "Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys." },
      { name: 'operator', proto: 2, type: STRING, description: "Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category." },
      { name: 'value', proto: 3, type: STRING, description: "Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string." },
      { name: 'effect', proto: 4, type: STRING, description: "Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute." },
      { name: 'tolerationSeconds', proto: 5, type: INT64, description: "TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.HostAlias',
    description: "HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.",
    required: ['ip'],
    fields: [
      { name: 'ip', proto: 1, type: STRING, description: "IP address of the host file entry." },
      { name: 'hostnames', proto: 2, type: STRING, repeated: true, listType: 'atomic', description: "Hostnames for the above IP address." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodDNSConfig',
    description: "PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.",
    fields: [
      { name: 'nameservers', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: "A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed." },
      { name: 'searches', proto: 2, type: STRING, repeated: true, listType: 'atomic', description: "A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed." },
      { name: 'options', proto: 3, type: core('PodDNSConfigOption'), repeated: true, listType: 'atomic', description: "A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will override those that appear in the base DNSPolicy." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodDNSConfigOption',
    description: "PodDNSConfigOption defines DNS resolver options of a pod.",
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name is this DNS resolver option's name. Required." },
      { name: 'value', proto: 2, type: STRING, description: "Value is this DNS resolver option's value." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodReadinessGate',
    description: "PodReadinessGate contains the reference to a pod condition",
    required: ['conditionType'],
    fields: [
      { name: 'conditionType', proto: 1, type: STRING, description: "ConditionType refers to a condition in the pod's condition list with matching type." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.TopologySpreadConstraint',
    description: "TopologySpreadConstraint specifies how to spread matching pods among the given topology.",
    required: ['maxSkew', 'topologyKey', 'whenUnsatisfiable'],
    fields: [
      { name: 'maxSkew', proto: 1, type: INT32, description: "MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | |  P P  |  P P  |   P   | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed." },
      { name: 'topologyKey', proto: 2, type: STRING, description: "TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a \"bucket\", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is \"kubernetes.io/hostname\", each Node is a domain of that topology. And, if TopologyKey is \"topology.kubernetes.io/zone\", each zone is a domain of that topology. It's a required field." },
      { name: 'whenUnsatisfiable', proto: 3, type: STRING, description: "WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location, but giving higher precedence to topologies that would help reduce the skew. A constraint is considered \"Unsatisfiable\" for an incoming pod if and only if every possible node assignment for that pod would violate \"MaxSkew\" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won't make it *more* imbalanced. It's a required field." },
      { name: 'labelSelector', proto: 4, type: meta('LabelSelector'), description: "LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain." },
      { name: 'minDomains', proto: 5, type: INT32, description: "MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats \"global minimum\" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won't schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.\n\nFor example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  | The number of domains is less than 5(MinDomains), so \"global minimum\" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew." },
      { name: 'nodeAffinityPolicy', proto: 6, type: STRING, description: "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.\n\nIf this value is nil, the behavior is equivalent to the Honor policy." },
      { name: 'nodeTaintsPolicy', proto: 7, type: STRING, description: "NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included.\n\nIf this value is nil, the behavior is equivalent to the Ignore policy." },
      { name: 'matchLabelKeys', proto: 8, type: STRING, repeated: true, listType: 'atomic', description: "MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector.\n\nThis is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default)." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodOS',
    description: "PodOS defines the OS parameters of a pod.",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name is the name of the operating system. The currently supported values are linux and windows. Additional value may be defined in future and can be one of: https://github.com/opencontainers/runtime-spec/blob/master/config.md#platform-specific-configuration Clients should expect to handle additional values and treat unrecognized values in this field as os: null" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodSchedulingGate',
    description: "PodSchedulingGate is associated to a Pod to guard its scheduling.",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name of the scheduling gate. Each scheduling gate must have a unique name field." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodResourceClaim',
    description: "PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.\n\nIt adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL." },
      { name: 'resourceClaimName', proto: 3, type: STRING, description: "ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.\n\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set." },
      { name: 'resourceClaimTemplateName', proto: 4, type: STRING, description: "ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.\n\nThe template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.\n\nThis field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.\n\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodList',
    gvk: { group: '', version: 'v1', kind: 'PodList' },
    description: "PodList is a list of Pods.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Pod'), repeated: true, description: "List of pods. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Binding',
    gvk: { group: '', version: 'v1', kind: 'Binding' },
    description: "Binding ties one object to another; for example, a pod is bound to a node by a scheduler.",
    required: ['target'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'target', proto: 2, type: core('ObjectReference'), description: "The target object that you want to bind to the standard object." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PodTemplateSpec',
    description: "PodTemplateSpec describes the data a pod should have when created from a template",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('PodSpec'), description: "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
];
