// meta/v1: object and list metadata, selectors, delete options, status.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, RAW_EXTENSION, STRING, TIME, mapOf, meta } from './field-kinds.js';

export const META_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
    gvk: { group: '', version: 'v1', kind: 'DeleteOptions' },
    description: "DeleteOptions may be provided when deleting an API object.",
    fields: [
      { name: 'gracePeriodSeconds', proto: 1, type: INT64, description: "The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately." },
      { name: 'preconditions', proto: 2, type: meta('Preconditions'), description: "Must be fulfilled before a deletion is carried out. If not possible, a 409 Conflict status will be returned." },
      { name: 'orphanDependents', proto: 3, type: BOOL, description: "Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \"orphan\" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both." },
      { name: 'propagationPolicy', proto: 4, type: STRING, description: "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground." },
      { name: 'dryRun', proto: 5, type: STRING, repeated: true, listType: 'atomic', description: "When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed" },
      { name: 'ignoreStoreReadErrorWithClusterBreakingPotential', proto: 6, type: BOOL, description: "if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it" },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions',
    description: "Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out.",
    fields: [
      { name: 'uid', proto: 1, type: STRING, description: "Specifies the target UID." },
      { name: 'resourceVersion', proto: 2, type: STRING, description: "Specifies the target ResourceVersion" },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.Status',
    gvk: { group: '', version: 'v1', kind: 'Status' },
    description: "Status is a return value for calls that don't return other objects.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'status', proto: 2, type: STRING, description: "Status of the operation. One of: \"Success\" or \"Failure\". More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'message', proto: 3, type: STRING, description: "A human-readable description of the status of this operation." },
      { name: 'reason', proto: 4, type: STRING, description: "A machine-readable description of why this operation is in the \"Failure\" status. If this value is empty there is no information available. A Reason clarifies an HTTP status code but does not override it." },
      { name: 'details', proto: 5, type: meta('StatusDetails'), listType: 'atomic', description: "Extended data associated with the reason.  Each reason may define its own extended details. This field is optional and the data returned is not guaranteed to conform to any schema except that defined by the reason type." },
      { name: 'code', proto: 6, type: INT32, description: "Suggested HTTP return code for this status, 0 if not set." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta',
    description: "ListMeta describes metadata that synthetic resources must have, including lists and various status objects. A resource may have only one of {ObjectMeta, ListMeta}.",
    fields: [
      { name: 'selfLink', proto: 1, type: STRING, description: "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system." },
      { name: 'resourceVersion', proto: 2, type: STRING, description: "String that identifies the server's internal version of this object that can be used by clients to determine when objects have changed. Value must be treated as opaque by clients and passed unmodified back to the server. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency" },
      { name: 'continue', proto: 3, type: STRING, description: "continue may be set if the user set a limit on the number of items returned, and indicates that the server has more data available. The value is opaque and may be used to issue another request to the endpoint that served this list to retrieve the next set of available objects. Continuing a consistent list may not be possible if the server configuration has changed or more than a few minutes have passed. The resourceVersion field returned when using this continue value will be identical to the value in the first response, unless you have received this token from an error message." },
      { name: 'remainingItemCount', proto: 4, type: INT64, description: "remainingItemCount is the number of subsequent items in the list which are not included in this list response. If the list request contained label or field selectors, then the number of remaining items is unknown and the field will be left unset and omitted during serialization. If the list is complete (either because it is not chunking or because this is the last chunk), then there are no more remaining items and this field will be left unset and omitted during serialization. Servers older than v1.15 do not set this field. The intended use of the remainingItemCount is *estimating* the size of a collection. Clients should not rely on the remainingItemCount to be set or to be exact." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails',
    description: "StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response. The Reason field of a Status object defines what attributes will be set. Clients must ignore fields that do not match the defined type of each attribute, and should assume that any attribute may be empty, invalid, or under defined.",
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described)." },
      { name: 'group', proto: 2, type: STRING, description: "The group attribute of the resource associated with the status StatusReason." },
      { name: 'kind', proto: 3, type: STRING, description: "The kind attribute of the resource associated with the status StatusReason. On some operations may differ from the requested resource Kind. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'uid', proto: 6, type: STRING, description: "UID of the resource. (when there is a single resource which can be described). More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids" },
      { name: 'causes', proto: 4, type: meta('StatusCause'), repeated: true, listType: 'atomic', description: "The Causes array includes more details associated with the StatusReason failure. Not all StatusReasons may provide detailed causes." },
      { name: 'retryAfterSeconds', proto: 5, type: INT32, description: "If specified, the time in seconds before the operation should be retried. Some errors may indicate the client must take an alternate action - for those errors this field may indicate how long to wait before taking the alternate action." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause',
    description: "StatusCause provides more information about an api.Status failure, including cases when multiple errors are encountered.",
    fields: [
      { name: 'reason', proto: 1, type: STRING, description: "A machine-readable description of the cause of the error. If this value is empty there is no information available." },
      { name: 'message', proto: 2, type: STRING, description: "A human-readable description of the cause of the error.  This field may be presented as-is to a reader." },
      { name: 'field', proto: 3, type: STRING, description: "The field of the resource that has caused this error, as named by its JSON serialization. May include dot and postfix notation for nested attributes. Arrays are zero-indexed.  Fields may appear more than once in an array of causes due to fields having multiple errors. Optional.\n\nExamples: \"name\" - the field \"name\" on the current resource \"items[0].name\" - the field \"name\" on the first array entry in \"items\"" },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
    description: "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names" },
      { name: 'generateName', proto: 2, type: STRING, description: "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will return a 409.\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency" },
      { name: 'namespace', proto: 3, type: STRING, description: "Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \"default\" namespace, but \"default\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces" },
      { name: 'selfLink', proto: 4, type: STRING, description: "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system." },
      { name: 'uid', proto: 5, type: STRING, description: "UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids" },
      { name: 'resourceVersion', proto: 6, type: STRING, description: "An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency" },
      { name: 'generation', proto: 7, type: INT64, description: "A sequence number representing a specific generation of the desired state. Populated by the system. Read-only." },
      { name: 'creationTimestamp', proto: 8, type: TIME, description: "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'deletionTimestamp', proto: 9, type: TIME, description: "DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.\n\nPopulated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'deletionGracePeriodSeconds', proto: 10, type: INT64, description: "Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only." },
      { name: 'labels', proto: 11, type: mapOf(STRING), description: "Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels" },
      { name: 'annotations', proto: 12, type: mapOf(STRING), description: "Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations" },
      { name: 'ownerReferences', proto: 13, type: meta('OwnerReference'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'uid', listType: 'map', listMapKeys: ['uid'], description: "List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller." },
      { name: 'finalizers', proto: 14, type: STRING, repeated: true, patchStrategy: 'merge', listType: 'set', description: "Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list." },
      { name: 'managedFields', proto: 17, type: meta('ManagedFieldsEntry'), repeated: true, listType: 'atomic', description: "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
    description: "OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.",
    required: ['apiVersion', 'kind', 'name', 'uid'],
    fields: [
      { name: 'apiVersion', proto: 5, type: STRING, description: "API version of the referent." },
      { name: 'kind', proto: 1, type: STRING, description: "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'name', proto: 3, type: STRING, description: "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names" },
      { name: 'uid', proto: 4, type: STRING, description: "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids" },
      { name: 'controller', proto: 6, type: BOOL, description: "If true, this reference points to the managing controller." },
      { name: 'blockOwnerDeletion', proto: 7, type: BOOL, description: "If true, AND if the owner has the \"foregroundDeletion\" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs \"delete\" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry',
    description: "ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.",
    fields: [
      { name: 'manager', proto: 1, type: STRING, description: "Manager is an identifier of the workflow managing these fields." },
      { name: 'operation', proto: 2, type: STRING, description: "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'." },
      { name: 'apiVersion', proto: 3, type: STRING, description: "APIVersion defines the version of this resource that this field set applies to. The format is \"group/version\" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted." },
      { name: 'time', proto: 4, type: TIME, description: "Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over." },
      { name: 'fieldsType', proto: 6, type: STRING, description: "FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: \"FieldsV1\"" },
      { name: 'fieldsV1', proto: 7, type: RAW_EXTENSION, description: "FieldsV1 holds the first JSON version format as described in the \"FieldsV1\" type." },
      { name: 'subresource', proto: 8, type: STRING, description: "Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector',
    description: "A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.",
    fields: [
      { name: 'matchLabels', proto: 1, type: mapOf(STRING), description: "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is \"key\", the operator is \"In\", and the values array contains only \"value\". The requirements are ANDed." },
      { name: 'matchExpressions', proto: 2, type: meta('LabelSelectorRequirement'), repeated: true, listType: 'atomic', description: "matchExpressions is a list of label selector requirements. The requirements are ANDed." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement',
    description: "A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.",
    required: ['key', 'operator'],
    fields: [
      { name: 'key', proto: 1, type: STRING, description: "key is the label key that the selector applies to." },
      { name: 'operator', proto: 2, type: STRING, description: "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist." },
      { name: 'values', proto: 3, type: STRING, repeated: true, listType: 'atomic', description: "values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch." },
    ],
  },
  {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.Condition',
    description: "Condition contains details for one aspect of the current state of this API Resource. This struct is intended for direct use as an array at the field path .status.conditions.  For example,\n\ntype FooStatus struct{ // Represents the observations of a foo's current state. // Known .status.conditions.type are: \"Available\", \"Progressing\", and \"Degraded\" // +patchMergeKey=type // +patchStrategy=merge // +listType=map // +listMapKey=type Conditions []metav1.Condition `json:\"conditions,omitempty\" patchStrategy:\"merge\" patchMergeKey:\"type\" protobuf:\"bytes,1,rep,name=conditions\"`\n\n// other fields }",
    required: ['type', 'status', 'lastTransitionTime', 'reason', 'message'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type of condition in CamelCase or in foo.example.com/CamelCase. Many .condition.type values are consistent across resources like Available, but because arbitrary conditions can be useful (see .node.status.conditions), the ability to deconflict is important. The regex it matches is (dns1123SubdomainFmt/)?(qualifiedNameFmt)" },
      { name: 'status', proto: 2, type: STRING, description: "status of the condition, one of True, False, Unknown." },
      { name: 'observedGeneration', proto: 3, type: INT64, description: "observedGeneration represents the .metadata.generation that the condition was set based upon. For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date with respect to the current state of the instance." },
      { name: 'lastTransitionTime', proto: 4, type: TIME, description: "lastTransitionTime is the last time the condition transitioned from one status to another. This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable." },
      { name: 'reason', proto: 5, type: STRING, description: "reason contains a programmatic identifier indicating the reason for the condition's last transition. Producers of specific condition types may define expected values and meanings for this field, and whether the values are considered a guaranteed API. The value should be a CamelCase string. This field may not be empty." },
      { name: 'message', proto: 6, type: STRING, description: "message is a human readable message indicating details about the transition. This may be an empty string." },
    ],
  },
];
