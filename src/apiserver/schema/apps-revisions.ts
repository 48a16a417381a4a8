// apps/v1: controller revisions (the history StatefulSets and DaemonSets roll back to).
// Generated once from k8s.io/api (release-1.33) generated.proto: json names, protobuf
// numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { INT64, RAW_EXTENSION, apps, meta } from './field-kinds.js';

export const APPS_REVISION_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.apps.v1.ControllerRevision',
    gvk: { group: 'apps', version: 'v1', kind: 'ControllerRevision' },
    description: "ControllerRevision implements an immutable snapshot of state data. Clients are responsible for serializing and deserializing the objects that contain their internal state. Once a ControllerRevision has been successfully created, it can not be updated. The API Server will fail validation of all requests that attempt to mutate the Data field. ControllerRevisions may, however, be deleted. Note that, due to its use by both the DaemonSet and StatefulSet controllers for update and rollback, this object is beta. However, it may be subject to name and representation changes in future releases, and clients should not depend on its stability. It is primarily for internal use by controllers.",
    required: ['revision'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'data', proto: 2, type: RAW_EXTENSION, description: "Data is the serialized representation of the state." },
      { name: 'revision', proto: 3, type: INT64, description: "Revision indicates the revision of the state represented by Data." },
    ],
  },
  {
    name: 'io.k8s.api.apps.v1.ControllerRevisionList',
    gvk: { group: 'apps', version: 'v1', kind: 'ControllerRevisionList' },
    description: "ControllerRevisionList is a resource containing a list of ControllerRevision objects.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'items', proto: 2, type: apps('ControllerRevision'), repeated: true, description: "Items is the list of ControllerRevisions" },
    ],
  },
];
