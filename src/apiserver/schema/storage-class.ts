// storage.k8s.io/v1: StorageClass, and the core/v1 topology selector it uses.
// Generated once from k8s.io/api (release-1.33) generated.proto: json names, protobuf
// numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, STRING, mapOf, core, meta, message } from './field-kinds.js';

const storage = message('io.k8s.api.storage.v1.');

export const STORAGE_CLASS_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.storage.v1.StorageClass',
    gvk: { group: 'storage.k8s.io', version: 'v1', kind: 'StorageClass' },
    description: "StorageClass describes the parameters for a class of storage for which PersistentVolumes can be dynamically provisioned.\n\nStorageClasses are non-namespaced; the name of the storage class according to etcd is in ObjectMeta.Name.",
    required: ['provisioner'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'provisioner', proto: 2, type: STRING, description: "provisioner indicates the type of the provisioner." },
      { name: 'parameters', proto: 3, type: mapOf(STRING), description: "parameters holds the parameters for the provisioner that should create volumes of this storage class." },
      { name: 'reclaimPolicy', proto: 4, type: STRING, description: "reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete." },
      { name: 'mountOptions', proto: 5, type: STRING, repeated: true, listType: 'atomic', description: "mountOptions controls the mountOptions for dynamically provisioned PersistentVolumes of this storage class. e.g. [\"ro\", \"soft\"]. Not validated - mount of the PVs will simply fail if one is invalid." },
      { name: 'allowVolumeExpansion', proto: 6, type: BOOL, description: "allowVolumeExpansion shows whether the storage class allow volume expand." },
      { name: 'volumeBindingMode', proto: 7, type: STRING, description: "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.  When unset, VolumeBindingImmediate is used. This field is only honored by servers that enable the VolumeScheduling feature." },
      { name: 'allowedTopologies', proto: 8, type: core('TopologySelectorTerm'), repeated: true, listType: 'atomic', description: "allowedTopologies restrict the node topologies where volumes can be dynamically provisioned. Each volume plugin defines its own supported topology specifications. An empty TopologySelectorTerm list means there is no topology restriction. This field is only honored by servers that enable the VolumeScheduling feature." },
    ],
  },
  {
    name: 'io.k8s.api.storage.v1.StorageClassList',
    gvk: { group: 'storage.k8s.io', version: 'v1', kind: 'StorageClassList' },
    description: "StorageClassList is a collection of storage classes.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'items', proto: 2, type: storage('StorageClass'), repeated: true, description: "items is the list of StorageClasses" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.TopologySelectorTerm',
    description: "A topology selector term represents the result of label queries. A null or empty topology selector term matches no objects. The requirements of them are ANDed. It provides a subset of functionality as NodeSelectorTerm. This is an alpha feature and may change in the future.",
    fields: [
      { name: 'matchLabelExpressions', proto: 1, type: core('TopologySelectorLabelRequirement'), repeated: true, listType: 'atomic', description: "A list of topology selector requirements by labels." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.TopologySelectorLabelRequirement',
    description: "A topology selector requirement is a selector that matches given label. This is an alpha feature and may change in the future.",
    required: ['key', 'values'],
    fields: [
      { name: 'key', proto: 1, type: STRING, description: "The label key that the selector applies to." },
      { name: 'values', proto: 2, type: STRING, repeated: true, listType: 'atomic', description: "An array of string values. One value must match the label to be selected. Each entry in Values is ORed." },
    ],
  },
];
