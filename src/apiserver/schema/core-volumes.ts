// core/v1 volumes and their sources.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, QUANTITY, STRING, mapOf, core, meta } from './field-kinds.js';

export const CORE_VOLUME_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.Volume',
    description: "Volume represents a named volume in a pod that may be accessed by any container in the pod.",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names" },
      { name: '', proto: 2, type: core('VolumeSource') },
      { name: 'hostPath', proto: 0, type: core('HostPathVolumeSource'), description: "hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath TODO(jonesdl) We need to restrict who can use host directory mounts and who can/can not mount host directories as read/write." },
      { name: 'emptyDir', proto: 0, type: core('EmptyDirVolumeSource'), description: "emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir" },
      { name: 'gcePersistentDisk', proto: 0, type: core('GCEPersistentDiskVolumeSource'), description: "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk" },
      { name: 'awsElasticBlockStore', proto: 0, type: core('AWSElasticBlockStoreVolumeSource'), description: "awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore" },
      { name: 'gitRepo', proto: 0, type: core('GitRepoVolumeSource'), description: "gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container." },
      { name: 'secret', proto: 0, type: core('SecretVolumeSource'), description: "secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret" },
      { name: 'nfs', proto: 0, type: core('NFSVolumeSource'), description: "nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs" },
      { name: 'iscsi', proto: 0, type: core('ISCSIVolumeSource'), description: "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md" },
      { name: 'glusterfs', proto: 0, type: core('GlusterfsVolumeSource'), description: "glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported. More info: https://examples.k8s.io/volumes/glusterfs/README.md" },
      { name: 'persistentVolumeClaim', proto: 0, type: core('PersistentVolumeClaimVolumeSource'), description: "persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims" },
      { name: 'rbd', proto: 0, type: core('RBDVolumeSource'), description: "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported. More info: https://examples.k8s.io/volumes/rbd/README.md" },
      { name: 'flexVolume', proto: 0, type: core('FlexVolumeSource'), description: "flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead." },
      { name: 'cinder', proto: 0, type: core('CinderVolumeSource'), description: "cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated. All operations for the in-tree cinder type are redirected to the cinder.csi.openstack.org CSI driver. More info: https://examples.k8s.io/mysql-cinder-pd/README.md" },
      { name: 'cephfs', proto: 0, type: core('CephFSVolumeSource'), description: "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported." },
      { name: 'flocker', proto: 0, type: core('FlockerVolumeSource'), description: "flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported." },
      { name: 'downwardAPI', proto: 0, type: core('DownwardAPIVolumeSource'), description: "downwardAPI represents downward API about the pod that should populate this volume" },
      { name: 'fc', proto: 0, type: core('FCVolumeSource'), description: "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod." },
      { name: 'azureFile', proto: 0, type: core('AzureFileVolumeSource'), description: "azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are redirected to the file.csi.azure.com CSI driver." },
      { name: 'configMap', proto: 0, type: core('ConfigMapVolumeSource'), description: "configMap represents a configMap that should populate this volume" },
      { name: 'vsphereVolume', proto: 0, type: core('VsphereVirtualDiskVolumeSource'), description: "vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type are redirected to the csi.vsphere.vmware.com CSI driver." },
      { name: 'quobyte', proto: 0, type: core('QuobyteVolumeSource'), description: "quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported." },
      { name: 'azureDisk', proto: 0, type: core('AzureDiskVolumeSource'), description: "azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are redirected to the disk.csi.azure.com CSI driver." },
      { name: 'photonPersistentDisk', proto: 0, type: core('PhotonPersistentDiskVolumeSource'), description: "photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported." },
      { name: 'projected', proto: 0, type: core('ProjectedVolumeSource'), description: "projected items for all in one resources secrets, configmaps, and downward API" },
      { name: 'portworxVolume', proto: 0, type: core('PortworxVolumeSource'), description: "portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate is on." },
      { name: 'scaleIO', proto: 0, type: core('ScaleIOVolumeSource'), description: "scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported." },
      { name: 'storageos', proto: 0, type: core('StorageOSVolumeSource'), description: "storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported." },
      { name: 'csi', proto: 0, type: core('CSIVolumeSource'), description: "csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers." },
      { name: 'ephemeral', proto: 0, type: core('EphemeralVolumeSource'), description: "ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.\n\nUse this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity tracking are needed, c) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through a PersistentVolumeClaim (see EphemeralVolumeSource for more information on the connection between this volume type and PersistentVolumeClaim).\n\nUse PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.\n\nUse CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.\n\nA pod can use both types of ephemeral volumes and persistent volumes at the same time." },
      { name: 'image', proto: 0, type: core('ImageVolumeSource'), description: "image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine. The volume is resolved at pod startup depending on which PullPolicy value is provided:\n\n- Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.\n\nThe volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation. A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message. The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field. The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images. The volume will be mounted read-only (ro) and non-executable files (noexec). Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33. The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.HostPathVolumeSource',
    description: "Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.",
    required: ['path'],
    fields: [
      { name: 'path', proto: 1, type: STRING, description: "path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath" },
      { name: 'type', proto: 2, type: STRING, description: "type for HostPath Volume Defaults to \"\" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EmptyDirVolumeSource',
    description: "Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.",
    fields: [
      { name: 'medium', proto: 1, type: STRING, description: "medium represents what type of storage medium should back this directory. The default is \"\" which means to use the node's default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir" },
      { name: 'sizeLimit', proto: 2, type: QUANTITY, description: "sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SecretVolumeSource',
    description: "Adapts a Secret into a volume.\n\nThe contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.",
    fields: [
      { name: 'secretName', proto: 1, type: STRING, description: "secretName is the name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret" },
      { name: 'items', proto: 2, type: core('KeyToPath'), repeated: true, listType: 'atomic', description: "items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'." },
      { name: 'defaultMode', proto: 3, type: INT32, description: "defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set." },
      { name: 'optional', proto: 4, type: BOOL, description: "optional field specify whether the Secret or its keys must be defined" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.KeyToPath',
    description: "Maps a string key to a path within a volume.",
    required: ['key', 'path'],
    fields: [
      { name: 'key', proto: 1, type: STRING, description: "key is the key to project." },
      { name: 'path', proto: 2, type: STRING, description: "path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'." },
      { name: 'mode', proto: 3, type: INT32, description: "mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource',
    description: "PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod. A PersistentVolumeClaimVolumeSource is, essentially, a wrapper around another type of volume that is owned by someone else (the system).",
    required: ['claimName'],
    fields: [
      { name: 'claimName', proto: 1, type: STRING, description: "claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims" },
      { name: 'readOnly', proto: 2, type: BOOL, description: "readOnly Will force the ReadOnly setting in VolumeMounts. Default false." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.DownwardAPIVolumeSource',
    description: "DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.",
    fields: [
      { name: 'items', proto: 1, type: core('DownwardAPIVolumeFile'), repeated: true, listType: 'atomic', description: "Items is a list of downward API volume file" },
      { name: 'defaultMode', proto: 2, type: INT32, description: "Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.DownwardAPIVolumeFile',
    description: "DownwardAPIVolumeFile represents information to create the file containing the pod field",
    required: ['path'],
    fields: [
      { name: 'path', proto: 1, type: STRING, description: "Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'" },
      { name: 'fieldRef', proto: 2, type: core('ObjectFieldSelector'), description: "Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported." },
      { name: 'resourceFieldRef', proto: 3, type: core('ResourceFieldSelector'), description: "Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported." },
      { name: 'mode', proto: 4, type: INT32, description: "Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ConfigMapVolumeSource',
    description: "Adapts a ConfigMap into a volume.\n\nThe contents of the target ConfigMap's Data field will be presented in a volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. ConfigMap volumes support ownership management and SELinux relabeling.",
    fields: [
      { name: '', proto: 1, type: core('LocalObjectReference') },
      { name: 'name', proto: 0, type: STRING, description: "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names TODO: Drop `kubebuilder:default` when controller-gen doesn't need it https://github.com/kubernetes-sigs/kubebuilder/issues/3896." },
      { name: 'items', proto: 2, type: core('KeyToPath'), repeated: true, listType: 'atomic', description: "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'." },
      { name: 'defaultMode', proto: 3, type: INT32, description: "defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set." },
      { name: 'optional', proto: 4, type: BOOL, description: "optional specify whether the ConfigMap or its keys must be defined" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ProjectedVolumeSource',
    description: "Represents a projected volume source",
    fields: [
      { name: 'sources', proto: 1, type: core('VolumeProjection'), repeated: true, listType: 'atomic', description: "sources is the list of volume projections. Each entry in this list handles one source." },
      { name: 'defaultMode', proto: 2, type: INT32, description: "defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.VolumeProjection',
    description: "Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.",
    fields: [
      { name: 'secret', proto: 1, type: core('SecretProjection'), description: "secret information about the secret data to project" },
      { name: 'downwardAPI', proto: 2, type: core('DownwardAPIProjection'), description: "downwardAPI information about the downwardAPI data to project" },
      { name: 'configMap', proto: 3, type: core('ConfigMapProjection'), description: "configMap information about the configMap data to project" },
      { name: 'serviceAccountToken', proto: 4, type: core('ServiceAccountTokenProjection'), description: "serviceAccountToken is information about the serviceAccountToken data to project" },
      { name: 'clusterTrustBundle', proto: 5, type: core('ClusterTrustBundleProjection'), description: "ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.\n\nAlpha, gated by the ClusterTrustBundleProjection feature gate.\n\nClusterTrustBundle objects can either be selected by name, or by the combination of signer name and a label selector.\n\nKubelet performs aggressive normalization of the PEM contents written into the pod filesystem.  Esoteric PEM features such as inter-block comments and block headers are stripped.  Certificates are deduplicated. The ordering of certificates within the file is arbitrary, and Kubelet may change the order over time." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SecretProjection',
    description: "Adapts a secret into a projected volume.\n\nThe contents of the target Secret's Data field will be presented in a projected volume as files using the keys in the Data field as the file names. Note that this is identical to a secret volume source without the default mode.",
    fields: [
      { name: '', proto: 1, type: core('LocalObjectReference') },
      { name: 'name', proto: 0, type: STRING, description: "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names TODO: Drop `kubebuilder:default` when controller-gen doesn't need it https://github.com/kubernetes-sigs/kubebuilder/issues/3896." },
      { name: 'items', proto: 2, type: core('KeyToPath'), repeated: true, listType: 'atomic', description: "items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'." },
      { name: 'optional', proto: 4, type: BOOL, description: "optional field specify whether the Secret or its key must be defined" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.DownwardAPIProjection',
    description: "Represents downward API info for projecting into a projected volume. Note that this is identical to a downwardAPI volume source without the default mode.",
    fields: [
      { name: 'items', proto: 1, type: core('DownwardAPIVolumeFile'), repeated: true, listType: 'atomic', description: "Items is a list of DownwardAPIVolume file" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ConfigMapProjection',
    description: "Adapts a ConfigMap into a projected volume.\n\nThe contents of the target ConfigMap's Data field will be presented in a projected volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. Note that this is identical to a configmap volume source without the default mode.",
    fields: [
      { name: '', proto: 1, type: core('LocalObjectReference') },
      { name: 'name', proto: 0, type: STRING, description: "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names TODO: Drop `kubebuilder:default` when controller-gen doesn't need it https://github.com/kubernetes-sigs/kubebuilder/issues/3896." },
      { name: 'items', proto: 2, type: core('KeyToPath'), repeated: true, listType: 'atomic', description: "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'." },
      { name: 'optional', proto: 4, type: BOOL, description: "optional specify whether the ConfigMap or its keys must be defined" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ServiceAccountTokenProjection',
    description: "ServiceAccountTokenProjection represents a projected service account token volume. This projection can be used to insert a service account token into the pods runtime filesystem for use against APIs (Kubernetes API Server or otherwise).",
    required: ['path'],
    fields: [
      { name: 'audience', proto: 1, type: STRING, description: "audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver." },
      { name: 'expirationSeconds', proto: 2, type: INT64, description: "expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes." },
      { name: 'path', proto: 3, type: STRING, description: "path is the path relative to the mount point of the file to project the token into." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ClusterTrustBundleProjection',
    description: "ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.",
    required: ['path'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector." },
      { name: 'signerName', proto: 2, type: STRING, description: "Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated." },
      { name: 'labelSelector', proto: 3, type: meta('LabelSelector'), description: "Select all ClusterTrustBundles that match this label selector.  Only has effect if signerName is set.  Mutually-exclusive with name.  If unset, interpreted as \"match nothing\".  If set but empty, interpreted as \"match everything\"." },
      { name: 'optional', proto: 5, type: BOOL, description: "If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles." },
      { name: 'path', proto: 4, type: STRING, description: "Relative path from the volume root to write the bundle." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.CSIVolumeSource',
    description: "Represents a source location of a volume to mount, managed by an external CSI driver",
    required: ['driver'],
    fields: [
      { name: 'driver', proto: 1, type: STRING, description: "driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster." },
      { name: 'readOnly', proto: 2, type: BOOL, description: "readOnly specifies a read-only configuration for the volume. Defaults to false (read/write)." },
      { name: 'fsType', proto: 3, type: STRING, description: "fsType to mount. Ex. \"ext4\", \"xfs\", \"ntfs\". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply." },
      { name: 'volumeAttributes', proto: 4, type: mapOf(STRING), description: "volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values." },
      { name: 'nodePublishSecretRef', proto: 5, type: core('LocalObjectReference'), description: "nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EphemeralVolumeSource',
    description: "Represents an ephemeral volume that is handled by a normal storage driver.",
    fields: [
      { name: 'volumeClaimTemplate', proto: 1, type: core('PersistentVolumeClaimTemplate'), description: "Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` where `<volume name>` is the name from the `PodSpec.Volumes` array entry. Pod validation will reject the pod if the concatenated name is not valid for a PVC (for example, too long).\n\nAn existing PVC with that name that is not owned by the pod will *not* be used for the pod to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC has to updated with an owner reference to the pod once the pod exists. Normally this should not be necessary, but it may be useful when manually reconstructing a broken cluster.\n\nThis field is read-only and no changes will be made by Kubernetes to the PVC after it has been created.\n\nRequired, must not be nil." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaimTemplate',
    description: "PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.",
    required: ['spec'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation." },
      { name: 'spec', proto: 2, type: core('PersistentVolumeClaimSpec'), description: "The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim are also valid here." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PersistentVolumeClaimSpec',
    description: "PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes",
    fields: [
      { name: 'accessModes', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: "accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1" },
      { name: 'selector', proto: 4, type: meta('LabelSelector'), description: "selector is a label query over volumes to consider for binding." },
      { name: 'resources', proto: 2, type: core('VolumeResourceRequirements'), description: "resources represents the minimum resources the volume should have. If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources" },
      { name: 'volumeName', proto: 3, type: STRING, description: "volumeName is the binding reference to the PersistentVolume backing this claim." },
      { name: 'storageClassName', proto: 5, type: STRING, description: "storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1" },
      { name: 'volumeMode', proto: 6, type: STRING, description: "volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec." },
      { name: 'dataSource', proto: 7, type: core('TypedLocalObjectReference'), description: "dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source. When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef, and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef will not be copied to dataSource." },
      { name: 'dataSourceRef', proto: 8, type: core('TypedObjectReference'), description: "dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object. When this field is specified, volume binding will only succeed if the type of the specified object matches some installed volume populator or dynamic provisioner. This field will replace the functionality of the dataSource field and as such if both fields are non-empty, they must have the same value. For backwards compatibility, when namespace isn't specified in dataSourceRef, both fields (dataSource and dataSourceRef) will be set to the same value automatically if one of them is empty and the other is non-empty. When namespace is specified in dataSourceRef, dataSource isn't set to the same value and must be empty. There are three important differences between dataSource and dataSourceRef: * While dataSource only allows two specific types of objects, dataSourceRef allows any non-core object, as well as PersistentVolumeClaim objects. * While dataSource ignores disallowed values (dropping them), dataSourceRef preserves all values, and generates an error if a disallowed value is specified. * While dataSource only allows local objects, dataSourceRef allows objects in any namespaces. (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled." },
      { name: 'volumeAttributesClassName', proto: 9, type: STRING, description: "volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass will be applied to the claim but it's not allowed to reset this field to empty string once it is set. If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass will be set by the persistentvolume controller if it exists. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/ (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default)." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.VolumeResourceRequirements',
    description: "VolumeResourceRequirements describes the storage resource requirements for a volume.",
    fields: [
      { name: 'limits', proto: 1, type: mapOf(QUANTITY), description: "Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/" },
      { name: 'requests', proto: 2, type: mapOf(QUANTITY), description: "Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.TypedLocalObjectReference',
    description: "TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace. New uses of this type are discouraged because of difficulty describing its usage when embedded in APIs. 1. Invalid usage help.  It is impossible to add specific help for individual usage.  In most embedded usages, there are particular restrictions like, \"must refer only to types A and B\" or \"UID not honored\" or \"name must be restricted\". Those cannot be well described when embedded. 2. Inconsistent validation.  Because the usages are different, the validation rules are different by usage, which makes it hard for users to predict what will happen. 3. The fields are both imprecise and overly precise.  Kind is not a precise mapping to a URL. This can produce ambiguity during interpretation and require a REST mapping.  In most cases, the dependency is on the group,resource tuple and the version of the actual struct is irrelevant. 4. We cannot easily change it.  Because this type is embedded in many locations, updates to this type will affect numerous schemas.  Don't make new APIs embed an underspecified API type they do not control.\n\nInstead of using this type, create a locally provided and used type that is well-focused on your reference. For example, ServiceReferences for admission registration: https://github.com/kubernetes/api/blob/release-1.17/admissionregistration/v1/types.go#L533 .",
    required: ['kind', 'name'],
    fields: [
      { name: 'apiGroup', proto: 1, type: STRING, description: "APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required." },
      { name: 'kind', proto: 2, type: STRING, description: "Kind is the type of resource being referenced" },
      { name: 'name', proto: 3, type: STRING, description: "Name is the name of resource being referenced" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.TypedObjectReference',
    description: "TypedObjectReference contains enough information to let you locate the typed referenced object",
    required: ['kind', 'name'],
    fields: [
      { name: 'apiGroup', proto: 1, type: STRING, description: "APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required." },
      { name: 'kind', proto: 2, type: STRING, description: "Kind is the type of resource being referenced" },
      { name: 'name', proto: 3, type: STRING, description: "Name is the name of resource being referenced" },
      { name: 'namespace', proto: 4, type: STRING, description: "Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ImageVolumeSource',
    description: "ImageVolumeSource represents a image volume resource.",
    fields: [
      { name: 'reference', proto: 1, type: STRING, description: "Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image. Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets." },
      { name: 'pullPolicy', proto: 2, type: STRING, description: "Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise." },
    ],
  },
];
