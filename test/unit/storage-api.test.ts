// The storage API's server pieces as pure functions: 1.33 defaults, validation messages,
// the DefaultStorageClass / StorageObjectInUseProtection admission, and the table printers.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { findResource } from '../../src/apiserver/resources.js';
import { applyDefaults } from '../../src/apiserver/defaulting/index.js';
import { validateObject } from '../../src/apiserver/validation/index.js';
import { formatFieldError } from '../../src/apiserver/errors.js';
import { admitStorage, defaultStorageClass } from '../../src/apiserver/rest/storage-admission.js';
import type { Registry } from '../../src/apiserver/rest/registry.js';
import { printerFor } from '../../src/apiserver/tables/registry.js';
import { accessModesString } from '../../src/apiserver/tables/storage.js';

const PV = findResource('', 'v1', 'persistentvolumes')!;
const PVC = findResource('', 'v1', 'persistentvolumeclaims')!;
const SC = findResource('storage.k8s.io', 'v1', 'storageclasses')!;
const obj = (o: object): KubeObject => JSON.parse(JSON.stringify(o)) as KubeObject;
const messages = (info: typeof PV, o: KubeObject, old?: KubeObject) => validateObject(info, o, old).map(formatFieldError);
const ctx = { now: new Date('2025-01-01T00:10:00Z'), wide: true };
const created = '2025-01-01T00:00:00Z';

const goodPV = () => obj({ metadata: { name: 'pv1' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/data' } } });
const goodPVC = () => obj({ metadata: { name: 'c', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });

describe('defaults', () => {
  it('gives PVs, PVCs and StorageClasses 1.33 defaults', () => {
    const pv = goodPV();
    applyDefaults(PV, pv);
    expect(pv.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', hostPath: { type: '' } });
    expect(pv.status).toEqual({ phase: 'Pending' });
    const pvc = goodPVC();
    applyDefaults(PVC, pvc);
    expect(pvc.spec.volumeMode).toBe('Filesystem');
    expect(pvc.status).toEqual({ phase: 'Pending' });
    const sc = obj({ metadata: { name: 's' }, provisioner: 'p' });
    applyDefaults(SC, sc);
    expect(sc).toMatchObject({ reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
  });
});

describe('validation', () => {
  it('accepts good objects', () => {
    expect(messages(PV, goodPV())).toEqual([]);
    expect(messages(PVC, goodPVC())).toEqual([]);
  });

  it('reports PV errors with upstream paths and texts', () => {
    expect(messages(PV, obj({ metadata: { name: 'pv1' }, spec: {} }))).toEqual([
      'spec.accessModes: Required value',
      'spec.capacity: Required value',
      'spec.capacity: Unsupported value: core.ResourceList(nil): supported values: "storage"',
      'spec: Required value: must specify a volume type',
    ]);
    const two = goodPV();
    two.spec.gcePersistentDisk = { pdName: 'x' };
    two.spec.local = { path: '/a/../b' };
    expect(messages(PV, two)).toEqual(['spec.gcePersistentDisk: Forbidden: may not specify more than 1 volume type', 'spec.local: Forbidden: may not specify more than 1 volume type']);
    const local = goodPV();
    delete local.spec.hostPath;
    local.spec.local = { path: '/mnt/disk' };
    expect(messages(PV, local)).toEqual(['spec.nodeAffinity: Required value: Local volume requires node affinity']);
    const bad = goodPV();
    bad.spec.capacity = { storage: '0' };
    bad.spec.accessModes = ['ReadWriteOncePod', 'ReadWriteOnce'];
    bad.spec.hostPath = { path: '/x', type: 'Dir' };
    expect(messages(PV, bad)).toEqual([
      'spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes',
      'spec.capacity[storage]: Invalid value: "0": must be greater than zero',
      'spec.hostPath.type: Unsupported value: "Dir": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"',
    ]);
  });

  it('keeps a PV source immutable', () => {
    const old = goodPV();
    const now = goodPV();
    now.spec.hostPath.path = '/other';
    expect(messages(PV, now, old)).toContain('spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation');
  });

  it('reports PVC errors and immutability', () => {
    expect(messages(PVC, obj({ metadata: { name: 'c', namespace: 'default' }, spec: {} }))).toEqual([
      'spec.accessModes: Required value: at least 1 access mode is required',
      'spec.resources[storage]: Required value',
    ]);
    const old = goodPVC();
    const grown = goodPVC();
    grown.spec.resources.requests.storage = '2Gi';
    // only a bound claim may grow
    expect(messages(PVC, grown, old)).toHaveLength(1);
    grown.status = { phase: 'Bound' };
    expect(messages(PVC, grown, old)).toEqual([]);
    const bind = goodPVC();
    bind.spec.volumeName = 'pv1';
    expect(messages(PVC, bind, old)).toEqual([]);
    const changed = goodPVC();
    changed.spec.accessModes = ['ReadWriteMany'];
    expect(messages(PVC, changed, old)).toEqual(['spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims']);
    const rebound = obj({ ...bind, spec: { ...bind.spec, volumeName: 'pv2' } });
    expect(messages(PVC, rebound, bind)).toHaveLength(1);
  });

  it('reports StorageClass errors and immutable fields', () => {
    expect(messages(SC, obj({ metadata: { name: 's' }, reclaimPolicy: 'Recycle', volumeBindingMode: 'Later' }))).toEqual([
      'provisioner: Required value',
      'reclaimPolicy: Unsupported value: "Recycle": supported values: "Delete", "Retain"',
      'volumeBindingMode: Unsupported value: "Later": supported values: "Immediate", "WaitForFirstConsumer"',
    ]);
    const old = obj({ metadata: { name: 's' }, provisioner: 'a', reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
    const now = obj({ metadata: { name: 's' }, provisioner: 'b', parameters: { x: 'y' }, reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer' });
    expect(messages(SC, now, old)).toEqual([
      'parameters: Forbidden: updates to parameters are forbidden.',
      'provisioner: Forbidden: updates to provisioner are forbidden.',
      'reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.',
      'volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable',
    ]);
  });
});

describe('admission', () => {
  const cls = (name: string, ts: string, def: boolean) =>
    obj({ metadata: { name, creationTimestamp: ts, annotations: def ? { 'storageclass.kubernetes.io/is-default-class': 'true' } : {} }, provisioner: 'p' });
  const registry = (items: KubeObject[]) => ({ list: () => ({ items }) }) as unknown as Registry;

  it('picks the newest default class, ties by name', () => {
    const classes = [cls('b', created, true), cls('a', created, true), cls('new', '2025-02-01T00:00:00Z', false)];
    expect(defaultStorageClass(classes)?.metadata.name).toBe('a');
    expect(defaultStorageClass([...classes, cls('newer', '2025-03-01T00:00:00Z', true)])?.metadata.name).toBe('newer');
    expect(defaultStorageClass([cls('x', created, false)])).toBeUndefined();
  });

  it('fills a claim without a class and adds the protection finalizers on create only', () => {
    const reg = registry([cls('standard', created, true)]);
    const pvc = goodPVC();
    admitStorage(reg, PVC, pvc, undefined);
    expect(pvc.spec.storageClassName).toBe('standard');
    expect(pvc.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    const optOut = goodPVC();
    optOut.spec.storageClassName = '';
    admitStorage(reg, PVC, optOut, undefined);
    expect(optOut.spec.storageClassName).toBe('');
    const pv = goodPV();
    pv.metadata.finalizers = ['keep'];
    admitStorage(reg, PV, pv, undefined);
    expect(pv.metadata.finalizers).toEqual(['keep', 'kubernetes.io/pv-protection']);
    const updated = goodPVC();
    admitStorage(reg, PVC, updated, goodPVC());
    expect(updated.metadata.finalizers).toBeUndefined();
  });
});

describe('tables', () => {
  it('abbreviates access modes in upstream order', () => {
    expect(accessModesString(['ReadWriteOncePod', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOnce'])).toBe('RWO,RWX,RWOP');
    expect(accessModesString(undefined)).toBe('');
  });

  it('prints PV, PVC and StorageClass rows', () => {
    const pv = obj({
      metadata: { name: 'pv1', creationTimestamp: created },
      spec: { capacity: { storage: '1024Mi' }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Retain', claimRef: { namespace: 'ns', name: 'c' }, storageClassName: 'manual', volumeMode: 'Filesystem' },
      status: { phase: 'Bound' },
    });
    expect(printerFor(PV).printRow(pv, ctx).cells).toEqual(['pv1', '1Gi', 'RWO', 'Retain', 'Bound', 'ns/c', 'manual', '<unset>', '', '10m', 'Filesystem']);
    const pvc = obj({ metadata: { name: 'c', creationTimestamp: created, deletionTimestamp: created }, spec: { resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Pending' } });
    expect(printerFor(PVC).printRow(pvc, ctx).cells).toEqual(['c', 'Terminating', '', '', '', '', '<unset>', '10m', '<unset>']);
    const sc = obj({ metadata: { name: 'standard', creationTimestamp: created, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }, provisioner: 'k8s.io/minikube-hostpath' });
    expect(printerFor(SC).printRow(sc, ctx).cells).toEqual(['standard (default)', 'k8s.io/minikube-hostpath', 'Delete', 'Immediate', false, '10m']);
    expect(printerFor(PV).columns.map((c) => c.name)).toEqual(['Name', 'Capacity', 'Access Modes', 'Reclaim Policy', 'Status', 'Claim', 'StorageClass', 'VolumeAttributesClass', 'Reason', 'Age', 'VolumeMode']);
  });
});
