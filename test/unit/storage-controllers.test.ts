// Pure decisions of the storage controllers: which volume a claim binds to, what the hostpath
// provisioner makes, when protection finalizers go, the scheduler's volume check and the
// StatefulSet's claims.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { findBestMatchForClaim } from '../../src/controllers/volume/binder/volume-matching.js';
import { externalProvisioningMessage, hostPathDeleteError, volumeMismatch } from '../../src/controllers/volume/binder/pv-controller.js';
import { isUnder, provisionedPath, provisionedVolume, provisionedVolumeName, shouldDelete, shouldProvision } from '../../src/controllers/volume/provisioner/hostpath-volume.js';
import { claimInUse, volumeInUse, withFinalizer } from '../../src/controllers/volume/protection/protection-decisions.js';
import { preFilterMessage, volumeBindingRejection } from '../../src/controllers/scheduler/volume-binding.js';
import { claimOwnerMatchesSetAndPod, podClaims, storageMatches, updateClaimOwnerRefs } from '../../src/controllers/statefulset/stateful-claims.js';

const pv = (name: string, storage: string, extra: Record<string, unknown> = {}, phase = 'Available', labels?: Record<string, string>): KubeObject => ({
  metadata: { name, ...(labels ? { labels } : {}) },
  spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], storageClassName: 'manual', ...extra },
  status: { phase },
});
const pvc = (spec: Record<string, unknown> = {}, md: Record<string, unknown> = {}): KubeObject => ({
  metadata: { name: 'data', namespace: 'default', uid: 'u1', resourceVersion: '5', ...md },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'manual', ...spec },
});

describe('findBestMatchForClaim', () => {
  it('picks the smallest Available volume that fits', () => {
    const vols = [pv('big', '10Gi'), pv('small', '500Mi'), pv('fit', '2Gi'), pv('exact', '1Gi')];
    expect(findBestMatchForClaim(pvc(), vols)?.metadata.name).toBe('exact');
    expect(findBestMatchForClaim(pvc(), [pv('big', '10Gi'), pv('fit', '2Gi')])?.metadata.name).toBe('fit');
  });
  it('requires the class, the phase, no claimRef, the volumeMode and the selector', () => {
    expect(findBestMatchForClaim(pvc({ storageClassName: 'other' }), [pv('a', '1Gi')])).toBeUndefined();
    expect(findBestMatchForClaim(pvc(), [pv('a', '1Gi', {}, 'Released')])).toBeUndefined();
    expect(findBestMatchForClaim(pvc(), [pv('a', '1Gi', { claimRef: { namespace: 'default', name: 'other', uid: 'x' } })])).toBeUndefined();
    expect(findBestMatchForClaim(pvc({ volumeMode: 'Block' }), [pv('a', '1Gi')])).toBeUndefined();
    const sel = { selector: { matchLabels: { tier: 'db' } } };
    expect(findBestMatchForClaim(pvc(sel), [pv('a', '1Gi'), pv('b', '5Gi', {}, 'Available', { tier: 'db' })])?.metadata.name).toBe('b');
  });
  it('prefers the volume group with the fewest access modes, and a volume pre-bound to the claim', () => {
    const many = pv('many', '1Gi', { accessModes: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany'] });
    const one = pv('one', '5Gi');
    expect(findBestMatchForClaim(pvc(), [many, one])?.metadata.name).toBe('one');
    expect(findBestMatchForClaim(pvc({ accessModes: ['ReadWriteMany'] }), [many, one])?.metadata.name).toBe('many');
    const prebound = pv('mine', '8Gi', { claimRef: { namespace: 'default', name: 'data' } }, 'Available');
    expect(findBestMatchForClaim(pvc(), [pv('exact', '1Gi'), prebound])?.metadata.name).toBe('mine');
  });
  it('explains a mismatch with a volume the claim names', () => {
    expect(volumeMismatch(pvc(), pv('a', '1Gi'))).toBeUndefined();
    expect(volumeMismatch(pvc({ storageClassName: 'x' }), pv('a', '1Gi'))).toBe('Cannot bind to requested volume "a": storageClassName does not match');
    expect(volumeMismatch(pvc({ resources: { requests: { storage: '5Gi' } } }), pv('a', '1Gi'))).toBe('Cannot bind to requested volume "a": requested size is larger than volume size');
  });
});

describe('PV controller messages', () => {
  it('words ExternalProvisioning as 1.33 and refuses to delete hostPaths outside /tmp', () => {
    expect(externalProvisioningMessage('k8s.io/minikube-hostpath')).toBe(
      "Waiting for a volume to be created either by the external provisioner 'k8s.io/minikube-hostpath' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
    );
    expect(hostPathDeleteError('/mnt/data')).toBe('host_path deleter only supports /tmp/.+ but received provided /mnt/data');
    expect(hostPathDeleteError('/tmp/x')).toBeUndefined();
  });
});

describe('hostpath provisioner', () => {
  const cls: KubeObject = { metadata: { name: 'standard' }, provisioner: 'k8s.io/minikube-hostpath', reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' };
  const claim = pvc({ storageClassName: 'standard' }, { annotations: { 'volume.kubernetes.io/storage-provisioner': 'k8s.io/minikube-hostpath' } });
  it('provisions only claims handed to it, unbound, of its class', () => {
    expect(shouldProvision(claim, cls)).toBe(true);
    expect(shouldProvision(pvc({ storageClassName: 'standard' }), cls)).toBe(false);
    expect(shouldProvision({ ...claim, spec: { ...claim.spec, volumeName: 'x' } }, cls)).toBe(false);
    expect(shouldProvision(claim, { ...cls, provisioner: 'other' })).toBe(false);
    expect(shouldProvision(claim, undefined)).toBe(false);
  });
  it('makes pvc-<uid>, a pre-bound hostPath under <root>/<ns>/<claim> with the class reclaim policy', () => {
    expect(provisionedVolumeName(claim)).toBe('pvc-u1');
    const path = provisionedPath('/home/me/.mk/hostpath-provisioner', claim);
    expect(path).toBe('/home/me/.mk/hostpath-provisioner/default/data');
    const v = provisionedVolume(claim, cls, path, 'id-1');
    expect(v.metadata).toEqual({ name: 'pvc-u1', annotations: { hostPathProvisionerIdentity: 'id-1', 'pv.kubernetes.io/provisioned-by': 'k8s.io/minikube-hostpath' } });
    expect(v.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '1Gi' },
      claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data', uid: 'u1', apiVersion: 'v1', resourceVersion: '5' },
      hostPath: { path },
      persistentVolumeReclaimPolicy: 'Delete',
      storageClassName: 'standard',
    });
  });
  it('deletes only its own Released volumes with reclaim Delete, and only under its root', () => {
    const v: KubeObject = { ...provisionedVolume(claim, cls, '/r/default/data', 'id'), status: { phase: 'Released' } };
    expect(shouldDelete(v)).toBe(true);
    expect(shouldDelete({ ...v, status: { phase: 'Bound' } })).toBe(false);
    expect(shouldDelete({ ...v, spec: { ...v.spec, persistentVolumeReclaimPolicy: 'Retain' } })).toBe(false);
    expect(shouldDelete({ ...v, metadata: { name: 'x' } })).toBe(false);
    expect(isUnder('/r', '/r/default/data')).toBe(true);
    expect(isUnder('/r', '/r')).toBe(false);
    expect(isUnder('/r', '/etc')).toBe(false);
  });
});

describe('protection', () => {
  const claim = pvc();
  const pod = (phase: string, nodeName?: string, claimName = 'data'): KubeObject => ({
    metadata: { name: 'p', namespace: 'default' },
    spec: { ...(nodeName ? { nodeName } : {}), volumes: [{ name: 'v', persistentVolumeClaim: { claimName } }] },
    status: { phase },
  });
  it('holds a claim while a scheduled, unfinished pod uses it', () => {
    expect(claimInUse(claim, [pod('Running', 'mk')])).toBe(true);
    expect(claimInUse(claim, [pod('Pending', 'mk')])).toBe(true);
    expect(claimInUse(claim, [pod('Pending')])).toBe(false);
    expect(claimInUse(claim, [pod('Succeeded', 'mk'), pod('Failed', 'mk')])).toBe(false);
    expect(claimInUse(claim, [pod('Running', 'mk', 'other')])).toBe(false);
  });
  it('holds a volume while Bound', () => {
    expect(volumeInUse(pv('a', '1Gi', {}, 'Bound'))).toBe(true);
    expect(volumeInUse(pv('a', '1Gi', {}, 'Released'))).toBe(false);
    expect(withFinalizer({ metadata: { finalizers: ['a', 'kubernetes.io/pv-protection'] } }, 'kubernetes.io/pv-protection', false).metadata.finalizers).toEqual(['a']);
  });
});

describe('scheduler volume check', () => {
  const pod: KubeObject = { metadata: { name: 'p', namespace: 'default' }, spec: { volumes: [{ name: 'v', persistentVolumeClaim: { claimName: 'data' } }, { name: 'e', emptyDir: {} }] } };
  it('rejects missing, deleting and unbound claims as kube-scheduler words it', () => {
    expect(volumeBindingRejection(pod, () => undefined)).toBe('persistentvolumeclaim "data" not found');
    expect(volumeBindingRejection(pod, () => pvc({}, { deletionTimestamp: 'x' }))).toBe('persistentvolumeclaim "data" is being deleted');
    expect(volumeBindingRejection(pod, () => pvc())).toBe('pod has unbound immediate PersistentVolumeClaims');
    expect(volumeBindingRejection(pod, () => pvc({ volumeName: 'v' }, { annotations: { 'pv.kubernetes.io/bind-completed': 'yes' } }))).toBeUndefined();
    expect(preFilterMessage('pod has unbound immediate PersistentVolumeClaims', 1)).toBe(
      '0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    );
  });
});

describe('StatefulSet claims', () => {
  const set = (policy?: Record<string, string>, replicas = 2): KubeObject => ({
    metadata: { name: 'web', namespace: 'default', uid: 'set-uid' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'nginx' } },
      volumeClaimTemplates: [{ metadata: { name: 'www', labels: { tier: 'data' } }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      ...(policy ? { persistentVolumeClaimRetentionPolicy: policy } : {}),
    },
  });
  const pod = (ordinal: number): KubeObject => ({ metadata: { name: `web-${ordinal}`, uid: `pod-${ordinal}` }, spec: { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: `www-web-${ordinal}` } }] } });
  it('names claims <template>-<set>-<ordinal> with template and selector labels', () => {
    const claims = podClaims(set(), pod(1));
    expect([...claims.keys()]).toEqual(['www']);
    expect(claims.get('www')!.metadata).toEqual({ name: 'www-web-1', namespace: 'default', labels: { tier: 'data', app: 'nginx' } });
    expect(storageMatches(set(), pod(1))).toBe(true);
    expect(storageMatches(set(), { metadata: { name: 'web-1' }, spec: {} })).toBe(false);
  });
  it('sets owner references as the retention policy says', () => {
    const claim = (): KubeObject => ({ metadata: { name: 'www-web-1' } });
    const retain = claim();
    expect(updateClaimOwnerRefs(retain, set(), pod(1))).toBe(false);
    const whenDeleted = claim();
    expect(updateClaimOwnerRefs(whenDeleted, set({ whenDeleted: 'Delete' }), pod(1))).toBe(true);
    expect(whenDeleted.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'set-uid' }]);
    expect(claimOwnerMatchesSetAndPod(whenDeleted, set({ whenDeleted: 'Delete' }), pod(1))).toBe(true);
    // scaled down to 1: ordinal 1 is condemned, its claim goes with the pod
    const whenScaled = claim();
    updateClaimOwnerRefs(whenScaled, set({ whenScaled: 'Delete', whenDeleted: 'Delete' }, 1), pod(1));
    expect(whenScaled.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Pod', name: 'web-1', uid: 'pod-1' }]);
    expect(updateClaimOwnerRefs(whenScaled, set(), pod(1))).toBe(true);
    expect(whenScaled.metadata.ownerReferences).toBeUndefined();
  });
});
