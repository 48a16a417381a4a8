// core/v1: PersistentVolume, its spec (the volume source is embedded inline) and status.
// Generated once from k8s.io/api (release-1.33) generated.proto: json names, protobuf
// numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { QUANTITY, STRING, TIME, mapOf, core, meta } from './field-kinds.js';

export const CORE_PV_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.PersistentVolume',
    gvk: { group: '', version: 'v1', kind: 'PersistentVolume' },
    description: "PersistentVolume (PV) is a storage resource provisioned by an administrator. It is analogous to a node. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('PersistentVolumeSpec'), description: "spec defines a specification of a persistent volume owned by the cluster. Provisioned by an administrator. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistent-volumes" },
      { name: 'status', proto: 3, type: core('PersistentVolumeStatus'), description: "status represents the current information/status for the persistent volume. Populated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistent-volumes" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeList',
    gvk: { group: '', version: 'v1', kind: 'PersistentVolumeList' },
    description: "PersistentVolumeList is a list of PersistentVolume items.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('PersistentVolume'), repeated: true, description: "items is a list of persistent volumes. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeSpec',
    description: "PersistentVolumeSpec is the specification of a persistent volume.",
    fields: [
      { name: 'capacity', proto: 1, type: mapOf(QUANTITY), description: "capacity is the description of the persistent volume's resources and capacity. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#capacity" },
      { name: '', proto: 2, type: core('PersistentVolumeSource') },
      { name: 'gcePersistentDisk', proto: 0, type: core('GCEPersistentDiskVolumeSource'), description: "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Provisioned by an admin. Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk" },
      { name: 'awsElasticBlockStore', proto: 0, type: core('AWSElasticBlockStoreVolumeSource'), description: "awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore" },
      { name: 'hostPath', proto: 0, type: core('HostPathVolumeSource'), description: "hostPath represents a directory on the host. Provisioned by a developer or tester. This is useful for single-node development and testing only! On-host storage is not supported in any way and WILL NOT WORK in a multi-node cluster. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath" },
      { name: 'glusterfs', proto: 0, type: core('GlusterfsPersistentVolumeSource'), description: "glusterfs represents a Glusterfs volume that is attached to a host and exposed to the pod. Provisioned by an admin. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported. More info: https://examples.k8s.io/volumes/glusterfs/README.md" },
      { name: 'nfs', proto: 0, type: core('NFSVolumeSource'), description: "nfs represents an NFS mount on the host. Provisioned by an admin. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs" },
      { name: 'rbd', proto: 0, type: core('RBDPersistentVolumeSource'), description: "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported. More info: https://examples.k8s.io/volumes/rbd/README.md" },
      { name: 'iscsi', proto: 0, type: core('ISCSIPersistentVolumeSource'), description: "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Provisioned by an admin." },
      { name: 'cinder', proto: 0, type: core('CinderPersistentVolumeSource'), description: "cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated. All operations for the in-tree cinder type are redirected to the cinder.csi.openstack.org CSI driver. More info: https://examples.k8s.io/mysql-cinder-pd/README.md" },
      { name: 'cephfs', proto: 0, type: core('CephFSPersistentVolumeSource'), description: "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported." },
      { name: 'fc', proto: 0, type: core('FCVolumeSource'), description: "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod." },
      { name: 'flocker', proto: 0, type: core('FlockerVolumeSource'), description: "flocker represents a Flocker volume attached to a kubelet's host machine and exposed to the pod for its usage. This depends on the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported." },
      { name: 'flexVolume', proto: 0, type: core('FlexPersistentVolumeSource'), description: "flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead." },
      { name: 'azureFile', proto: 0, type: core('AzureFilePersistentVolumeSource'), description: "azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are redirected to the file.csi.azure.com CSI driver." },
      { name: 'vsphereVolume', proto: 0, type: core('VsphereVirtualDiskVolumeSource'), description: "vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type are redirected to the csi.vsphere.vmware.com CSI driver." },
      { name: 'quobyte', proto: 0, type: core('QuobyteVolumeSource'), description: "quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported." },
      { name: 'azureDisk', proto: 0, type: core('AzureDiskVolumeSource'), description: "azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are redirected to the disk.csi.azure.com CSI driver." },
      { name: 'photonPersistentDisk', proto: 0, type: core('PhotonPersistentDiskVolumeSource'), description: "photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported." },
      { name: 'portworxVolume', proto: 0, type: core('PortworxVolumeSource'), description: "portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate is on." },
      { name: 'scaleIO', proto: 0, type: core('ScaleIOPersistentVolumeSource'), description: "scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported." },
      { name: 'local', proto: 0, type: core('LocalVolumeSource'), description: "local represents directly-attached storage with node affinity" },
      { name: 'storageos', proto: 0, type: core('StorageOSPersistentVolumeSource'), description: "storageOS represents a StorageOS volume that is attached to the kubelet's host machine and mounted into the pod. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported. More info: https://examples.k8s.io/volumes/storageos/README.md" },
      { name: 'csi', proto: 0, type: core('CSIPersistentVolumeSource'), description: "csi represents storage that is handled by an external CSI driver." },
      { name: 'accessModes', proto: 3, type: STRING, repeated: true, listType: 'atomic', description: "accessModes contains all ways the volume can be mounted. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes" },
      { name: 'claimRef', proto: 4, type: core('ObjectReference'), description: "claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim. Expected to be non-nil when bound. claim.VolumeName is the authoritative bind between PV and PVC. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#binding" },
      { name: 'persistentVolumeReclaimPolicy', proto: 5, type: STRING, description: "persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim. Valid options are Retain (default for manually created PersistentVolumes), Delete (default for dynamically provisioned PersistentVolumes), and Recycle (deprecated). Recycle must be supported by the volume plugin underlying this PersistentVolume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#reclaiming" },
      { name: 'storageClassName', proto: 6, type: STRING, description: "storageClassName is the name of StorageClass to which this persistent volume belongs. Empty value means that this volume does not belong to any StorageClass." },
      { name: 'mountOptions', proto: 7, type: STRING, repeated: true, listType: 'atomic', description: "mountOptions is the list of mount options, e.g. [\"ro\", \"soft\"]. Not validated - mount will simply fail if one is invalid. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#mount-options" },
      { name: 'volumeMode', proto: 8, type: STRING, description: "volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state. Value of Filesystem is implied when not included in spec." },
      { name: 'nodeAffinity', proto: 9, type: core('VolumeNodeAffinity'), description: "nodeAffinity defines constraints that limit what nodes this volume can be accessed from. This field influences the scheduling of pods that use this volume." },
      { name: 'volumeAttributesClassName', proto: 10, type: STRING, description: "Name of VolumeAttributesClass to which this persistent volume belongs. Empty value is not allowed. When this field is not set, it indicates that this volume does not belong to any VolumeAttributesClass. This field is mutable and can be changed by the CSI driver after a volume has been updated successfully to a new class. For an unbound PersistentVolume, the volumeAttributesClassName will be matched with unbound PersistentVolumeClaims during the binding process. This is a beta field and requires enabling VolumeAttributesClass feature (off by default)." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeStatus',
    description: "PersistentVolumeStatus is the current status of a persistent volume.",
    fields: [
      { name: 'phase', proto: 1, type: STRING, description: "phase indicates if a volume is available, bound to a claim, or released by a claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#phase" },
      { name: 'message', proto: 2, type: STRING, description: "message is a human-readable message indicating details about why the volume is in this state." },
      { name: 'reason', proto: 3, type: STRING, description: "reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI." },
      { name: 'lastPhaseTransitionTime', proto: 4, type: TIME, description: "lastPhaseTransitionTime is the time the phase transitioned from one to another and automatically resets to current time everytime a volume phase transitions." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.VolumeNodeAffinity',
    description: "VolumeNodeAffinity defines constraints that limit what nodes this volume can be accessed from.",
    required: ['required'],
    fields: [
      { name: 'required', proto: 1, type: core('NodeSelector'), description: "required specifies hard node constraints that must be met." },
    ],
  },
];
