// core/v1: PersistentVolumeClaim (its spec is in core-volumes.ts, shared with
// StatefulSet volumeClaimTemplates and ephemeral volumes), status and list.
// Generated once from k8s.io/api (release-1.33) core/v1 generated.proto: json names, protobuf
// numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { QUANTITY, STRING, TIME, core, mapOf, meta } from './field-kinds.js';

export const CORE_PVC_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaim',
    gvk: { group: '', version: 'v1', kind: 'PersistentVolumeClaim' },
    description: "PersistentVolumeClaim is a user's request for and claim to a persistent volume",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('PersistentVolumeClaimSpec'), description: "spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims" },
      { name: 'status', proto: 3, type: core('PersistentVolumeClaimStatus'), description: "status represents the current information/status of a persistent volume claim. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaimStatus',
    description: "PersistentVolumeClaimStatus is the current status of a persistent volume claim.",
    fields: [
      { name: 'phase', proto: 1, type: STRING, description: "phase represents the current phase of PersistentVolumeClaim." },
      { name: 'accessModes', proto: 2, type: STRING, repeated: true, listType: 'atomic', description: "accessModes contains the actual access modes the volume backing the PVC has. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1" },
      { name: 'capacity', proto: 3, type: mapOf(QUANTITY), description: "capacity represents the actual resources of the underlying volume." },
      { name: 'conditions', proto: 4, type: core('PersistentVolumeClaimCondition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "conditions is the current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'Resizing'." },
      { name: 'allocatedResources', proto: 5, type: mapOf(QUANTITY), description: "allocatedResources tracks the resources allocated to a PVC including its capacity. Key names follow standard Kubernetes label syntax. Valid values are either:\n\t* Un-prefixed keys:\n\t\t- storage - the capacity of the volume.\n\t* Custom resources must use implementation-defined prefixed names such as \"example.com/my-custom-resource\"\nApart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.\n\nCapacity reported here may be larger than the actual capacity when a volume expansion operation is requested. For storage quota, the larger value from allocatedResources and PVC.spec.resources is used. If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation. If a volume expansion capacity request is lowered, allocatedResources is only lowered if there are no expansion operations in progress and if the actual volume capacity is equal or lower than the requested capacity.\n\nA controller that receives PVC update with previously unknown resourceName should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.\n\nThis is an alpha field and requires enabling RecoverVolumeExpansionFailure feature." },
      { name: 'allocatedResourceStatuses', proto: 7, type: mapOf(STRING), description: "allocatedResourceStatuses stores status of resource being resized for the given PVC. Key names follow standard Kubernetes label syntax. Valid values are either:\n\t* Un-prefixed keys:\n\t\t- storage - the capacity of the volume.\n\t* Custom resources must use implementation-defined prefixed names such as \"example.com/my-custom-resource\"\nApart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.\n\nClaimResourceStatus can be in any of following states:\n\t- ControllerResizeInProgress:\n\t\tState set when resize controller starts resizing the volume in control-plane.\n\t- ControllerResizeFailed:\n\t\tState set when resize has failed in resize controller with a terminal error.\n\t- NodeResizePending:\n\t\tState set when resize controller has finished resizing the volume but further resizing of\n\t\tvolume is needed on the node.\n\t- NodeResizeInProgress:\n\t\tState set when kubelet starts resizing the volume.\n\t- NodeResizeFailed:\n\t\tState set when resizing has failed in kubelet with a terminal error. Transient errors don't set\n\t\tNodeResizeFailed.\nFor example: if expanding a PVC for more capacity - this field can be one of the following states:\n\t- pvc.status.allocatedResourceStatus['storage'] = \"ControllerResizeInProgress\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"ControllerResizeFailed\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"NodeResizePending\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"NodeResizeInProgress\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"NodeResizeFailed\"\nWhen this field is not set, it means that no resize operation is in progress for the given PVC.\n\nA controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.\n\nThis is an alpha field and requires enabling RecoverVolumeExpansionFailure feature." },
      { name: 'currentVolumeAttributesClassName', proto: 8, type: STRING, description: "currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using. When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim This is a beta field and requires enabling VolumeAttributesClass feature (off by default)." },
      { name: 'modifyVolumeStatus', proto: 9, type: core('ModifyVolumeStatus'), description: "ModifyVolumeStatus represents the status object of ControllerModifyVolume operation. When this is unset, there is no ModifyVolume operation being attempted. This is a beta field and requires enabling VolumeAttributesClass feature (off by default)." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaimCondition',
    description: "PersistentVolumeClaimCondition contains details about state of pvc",
    required: ['type', 'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "Type is the type of the condition. More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=set%20to%20%27ResizeStarted%27.-,PersistentVolumeClaimCondition,-contains%20details%20about" },
      { name: 'status', proto: 2, type: STRING, description: "Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=state%20of%20pvc-,conditions.status,-(string)%2C%20required" },
      { name: 'lastProbeTime', proto: 3, type: TIME, description: "lastProbeTime is the time we probed the condition." },
      { name: 'lastTransitionTime', proto: 4, type: TIME, description: "lastTransitionTime is the time the condition transitioned from one status to another." },
      { name: 'reason', proto: 5, type: STRING, description: "reason is a unique, this should be a short, machine understandable string that gives the reason for condition's last transition. If it reports \"Resizing\" that means the underlying persistent volume is being resized." },
      { name: 'message', proto: 6, type: STRING, description: "message is the human-readable message indicating details about last transition." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ModifyVolumeStatus',
    description: "ModifyVolumeStatus represents the status object of ControllerModifyVolume operation",
    required: ['status'],
    fields: [
      { name: 'targetVolumeAttributesClassName', proto: 1, type: STRING, description: "targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled" },
      { name: 'status', proto: 2, type: STRING, description: "status is the status of the ControllerModifyVolume operation. It can be in any of following states:\n - Pending\n   Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as\n   the specified VolumeAttributesClass not existing.\n - InProgress\n   InProgress indicates that the volume is being modified.\n - Infeasible\n  Infeasible indicates that the request has been rejected as invalid by the CSI driver. To\n\t  resolve the error, a valid VolumeAttributesClass needs to be specified.\nNote: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaimList',
    gvk: { group: '', version: 'v1', kind: 'PersistentVolumeClaimList' },
    description: "PersistentVolumeClaimList is a list of PersistentVolumeClaim items.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('PersistentVolumeClaim'), repeated: true, description: "items is a list of persistent volume claims. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims" },
    ],
  },
];
