// core/v1 events, config maps, secrets and object references.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, BYTES, INT32, STRING, TIME, mapOf, core, meta } from './field-kinds.js';

export const CORE_OBJECT_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.LocalObjectReference',
    description: "LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace. New uses of this type are discouraged because of difficulty describing its usage when embedded in APIs. 1. Invalid usage help.  It is impossible to add specific help for individual usage.  In most embedded usages, there are particular restrictions like, \"must refer only to types A and B\" or \"UID not honored\" or \"name must be restricted\". Those cannot be well described when embedded. 2. Inconsistent validation.  Because the usages are different, the validation rules are different by usage, which makes it hard for users to predict what will happen. 3. We cannot easily change it.  Because this type is embedded in many locations, updates to this type will affect numerous schemas.  Don't make new APIs embed an underspecified API type they do not control.\n\nInstead of using this type, create a locally provided and used type that is well-focused on your reference. For example, ServiceReferences for admission registration: https://github.com/kubernetes/api/blob/release-1.17/admissionregistration/v1/types.go#L533 .",
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names TODO: Drop `kubebuilder:default` when controller-gen doesn't need it https://github.com/kubernetes-sigs/kubebuilder/issues/3896." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ObjectReference',
    description: "ObjectReference contains enough information to let you inspect or modify the referred object. New uses of this type are discouraged because of difficulty describing its usage when embedded in APIs. 1. Ignored fields.  It includes many fields which are not generally honored.  For instance, ResourceVersion and FieldPath are both very rarely valid in actual usage. 2. Invalid usage help.  It is impossible to add specific help for individual usage.  In most embedded usages, there are particular restrictions like, \"must refer only to types A and B\" or \"UID not honored\" or \"name must be restricted\". Those cannot be well described when embedded. 3. Inconsistent validation.  Because the usages are different, the validation rules are different by usage, which makes it hard for users to predict what will happen. 4. The fields are both imprecise and overly precise.  Kind is not a precise mapping to a URL. This can produce ambiguity during interpretation and require a REST mapping.  In most cases, the dependency is on the group,resource tuple and the version of the actual struct is irrelevant. 5. We cannot easily change it.  Because this type is embedded in many locations, updates to this type will affect numerous schemas.  Don't make new APIs embed an underspecified API type they do not control.\n\nInstead of using this type, create a locally provided and used type that is well-focused on your reference. For example, ServiceReferences for admission registration: https://github.com/kubernetes/api/blob/release-1.17/admissionregistration/v1/types.go#L533 .",
    fields: [
      { name: 'kind', proto: 1, type: STRING, description: "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'namespace', proto: 2, type: STRING, description: "Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/" },
      { name: 'name', proto: 3, type: STRING, description: "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names" },
      { name: 'uid', proto: 4, type: STRING, description: "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids" },
      { name: 'apiVersion', proto: 5, type: STRING, description: "API version of the referent." },
      { name: 'resourceVersion', proto: 6, type: STRING, description: "Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency" },
      { name: 'fieldPath', proto: 7, type: STRING, description: "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: \"spec.containers{name}\" (where \"name\" refers to the name of the container that triggered the event) or if no container name is specified \"spec.containers[2]\" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Event',
    gvk: { group: '', version: 'v1', kind: 'Event' },
    description: "Event is a report of an event somewhere in the cluster.  Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.",
    required: ['metadata', 'involvedObject'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'involvedObject', proto: 2, type: core('ObjectReference'), description: "The object that this event is about." },
      { name: 'reason', proto: 3, type: STRING, description: "This should be a short, machine understandable string that gives the reason for the transition into the object's current status. TODO: provide exact specification for format." },
      { name: 'message', proto: 4, type: STRING, description: "A human-readable description of the status of this operation. TODO: decide on maximum length." },
      { name: 'source', proto: 5, type: core('EventSource'), description: "The component reporting this event. Should be a short machine understandable string." },
      { name: 'firstTimestamp', proto: 6, type: TIME, description: "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)" },
      { name: 'lastTimestamp', proto: 7, type: TIME, description: "The time at which the most recent occurrence of this event was recorded." },
      { name: 'count', proto: 8, type: INT32, description: "The number of times this event has occurred." },
      { name: 'type', proto: 9, type: STRING, description: "Type of this event (Normal, Warning), new types could be added in the future" },
      { name: 'eventTime', proto: 10, type: TIME, description: "Time when this Event was first observed." },
      { name: 'series', proto: 11, type: core('EventSeries'), description: "Data about the Event series this event represents or nil if it's a singleton Event." },
      { name: 'action', proto: 12, type: STRING, description: "What action was taken/failed regarding to the Regarding object." },
      { name: 'related', proto: 13, type: core('ObjectReference'), description: "Optional secondary object for more complex actions." },
      { name: 'reportingComponent', proto: 14, type: STRING, description: "Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`." },
      { name: 'reportingInstance', proto: 15, type: STRING, description: "ID of the controller instance, e.g. `kubelet-xyzf`." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EventSource',
    description: "EventSource contains information for an event.",
    fields: [
      { name: 'component', proto: 1, type: STRING, description: "Component from which the event is generated." },
      { name: 'host', proto: 2, type: STRING, description: "Node name on which the event is generated." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EventSeries',
    description: "EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time.",
    fields: [
      { name: 'count', proto: 1, type: INT32, description: "Number of occurrences in this series up to the last heartbeat time" },
      { name: 'lastObservedTime', proto: 2, type: TIME, description: "Time of the last occurrence observed" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EventList',
    gvk: { group: '', version: 'v1', kind: 'EventList' },
    description: "EventList is a list of events.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Event'), repeated: true, description: "List of events" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ConfigMap',
    gvk: { group: '', version: 'v1', kind: 'ConfigMap' },
    description: "ConfigMap holds configuration data for pods to consume.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'immutable', proto: 4, type: BOOL, description: "Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil." },
      { name: 'data', proto: 2, type: mapOf(STRING), description: "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process." },
      { name: 'binaryData', proto: 3, type: mapOf(BYTES), description: "BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'. BinaryData can contain byte sequences that are not in the UTF-8 range. The keys stored in BinaryData must not overlap with the ones in the Data field, this is enforced during validation process. Using this field will require 1.10+ apiserver and kubelet." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ConfigMapList',
    gvk: { group: '', version: 'v1', kind: 'ConfigMapList' },
    description: "ConfigMapList is a resource containing a list of ConfigMap objects.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'items', proto: 2, type: core('ConfigMap'), repeated: true, description: "Items is the list of ConfigMaps." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Secret',
    gvk: { group: '', version: 'v1', kind: 'Secret' },
    description: "Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'immutable', proto: 5, type: BOOL, description: "Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil." },
      { name: 'data', proto: 2, type: mapOf(BYTES), description: "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4" },
      { name: 'stringData', proto: 4, type: mapOf(STRING), description: "stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience. All keys and values are merged into the data field on write, overwriting any existing values. The stringData field is never output when reading from the API." },
      { name: 'type', proto: 3, type: STRING, description: "Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SecretList',
    gvk: { group: '', version: 'v1', kind: 'SecretList' },
    description: "SecretList is a list of Secret.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Secret'), repeated: true, description: "Items is a list of secret objects. More info: https://kubernetes.io/docs/concepts/configuration/secret" },
    ],
  },
];
