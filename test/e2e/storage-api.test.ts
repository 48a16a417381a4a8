// The persistent storage API end to end: the default StorageClass `standard` bootstrapped as
// minikube's addon makes it, PVs and PVCs created from manifests (defaults, admission), and
// mk's printing and validation errors compared with kubectl 1.33 and 1.27.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, type RunResult } from '../helpers/cluster.js';
import { kubectl, mk, normalise } from '../seeds/differential.js';

const c = new TestCluster();
const same = (r: RunResult) => ({ stdout: normalise(r.stdout), stderr: normalise(r.stderr), exitCode: r.exitCode });

const PV = JSON.stringify({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'data-pv', labels: { type: 'local' } },
  spec: { capacity: { storage: '2Gi' }, accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], storageClassName: 'manual', hostPath: { path: '/tmp/mk-storage-api-test' } },
});
// a class nobody provisions, so the claim stays as admission and defaults left it
const PVC = JSON.stringify({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'default' },
  spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'slow', resources: { requests: { storage: '1Gi' } } },
});
const DEFAULTED_PVC = JSON.stringify({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'defaulted' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Mi' } } },
});
const BAD = [
  { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'bad-pv' }, spec: {} },
  { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'bad-pv' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '' }, nfs: { server: 'x', path: '/y' } } },
  { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'bad-pvc' }, spec: { accessModes: ['Sometimes'] } },
  { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'bad-sc' }, reclaimPolicy: 'Recycle', volumeBindingMode: 'Later' },
].map((o) => JSON.stringify(o));

beforeAll(async () => {
  await c.start();
}, 90_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('storage API', () => {
  it('starts with minikube\'s default StorageClass, printed like kubectl', async () => {
    const sc = JSON.parse((await c.mk(['get', 'sc', 'standard', '-o', 'json'])).stdout);
    expect(sc.metadata.annotations).toEqual({ 'storageclass.kubernetes.io/is-default-class': 'true' });
    expect(sc.metadata.labels).toEqual({ 'addonmanager.kubernetes.io/mode': 'EnsureExists' });
    expect(sc).toMatchObject({ provisioner: 'k8s.io/minikube-hostpath', reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
    const get = await mk(c, ['get', 'sc']);
    expect(get.stdout).toMatch(/^NAME\s+PROVISIONER\s+RECLAIMPOLICY\s+VOLUMEBINDINGMODE\s+ALLOWVOLUMEEXPANSION\s+AGE\nstandard \(default\)\s+k8s.io\/minikube-hostpath\s+Delete\s+Immediate\s+false\s+\d+s\n$/);
    expect(same(get)).toEqual(same(await kubectl(c, '1.33', ['get', 'sc'])));
  }, 30_000);

  it('creates a PV and PVCs with 1.33 defaults and admission', async () => {
    expect((await mk(c, ['create', '-f', '-'], PV)).stdout).toBe('persistentvolume/data-pv created\n');
    expect((await mk(c, ['create', '-f', '-'], PVC)).stdout).toBe('persistentvolumeclaim/data created\n');
    expect((await mk(c, ['create', '-f', '-'], DEFAULTED_PVC)).stdout).toBe('persistentvolumeclaim/defaulted created\n');
    const pv = JSON.parse((await c.mk(['get', 'pv', 'data-pv', '-o', 'json'])).stdout);
    expect(pv.metadata.finalizers).toEqual(['kubernetes.io/pv-protection']);
    expect(pv.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', hostPath: { path: '/tmp/mk-storage-api-test', type: '' } });
    expect(pv.status.lastPhaseTransitionTime).toMatch(/Z$/);
    const pvc = JSON.parse((await c.mk(['get', 'pvc', 'data', '-o', 'json'])).stdout);
    expect(pvc.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    expect(pvc.spec).toMatchObject({ volumeMode: 'Filesystem', storageClassName: 'slow' });
    expect(pvc.status.phase).toBe('Pending');
    const defaulted = JSON.parse((await c.mk(['get', 'pvc', 'defaulted', '-o', 'json'])).stdout);
    expect(defaulted.spec.storageClassName).toBe('standard');
  }, 30_000);

  it('prints and describes like kubectl 1.33 and 1.27', async () => {
    const lines: string[][] = [
      ['get', 'pv', 'data-pv'],
      ['get', 'pvc', 'data'],
      ['get', 'pv,pvc', '-o', 'wide'],
      ['get', 'sc', '-o', 'wide'],
      ['describe', 'pv', 'data-pv'],
      ['describe', 'pvc', 'data'],
      ['describe', 'sc', 'standard'],
      ['get', 'persistentvolumeclaims', 'data', '-o', 'yaml'],
    ];
    for (const args of lines) {
      const mine = same(await mk(c, args));
      expect(mine, args.join(' ')).toEqual(same(await kubectl(c, '1.33', args)));
      expect(mine, `1.27: ${args.join(' ')}`).toEqual(same(await kubectl(c, '1.27', args)));
    }
    expect((await c.mk(['get', 'pv', 'data-pv'])).stdout).toMatch(/^NAME\s+CAPACITY\s+ACCESS MODES\s+RECLAIM POLICY\s+STATUS\s+CLAIM\s+STORAGECLASS\s+VOLUMEATTRIBUTESCLASS\s+REASON\s+AGE\ndata-pv\s+2Gi\s+RWO,ROX\s+Retain\s+\w+\s+manual\s+<unset>\s+\d+s\n$/);
    expect((await c.mk(['describe', 'pvc', 'data'])).stdout).toContain('Used By:       <none>\n');
  }, 60_000);

  it('refuses invalid objects with kube-apiserver\'s messages', async () => {
    const outs: string[] = [];
    for (const body of BAD) {
      const mine = await mk(c, ['create', '-f', '-'], body);
      expect(mine.exitCode).toBe(1);
      expect(same(mine)).toEqual(same(await kubectl(c, '1.33', ['create', '-f', '-'], body)));
      outs.push(mine.stderr);
    }
    expect(outs[0]).toContain('spec.accessModes: Required value');
    expect(outs[0]).toContain('spec.capacity: Required value');
    expect(outs[0]).toContain('spec: Required value: must specify a volume type');
    expect(outs[1]).toContain('spec.hostPath.path: Required value');
    expect(outs[1]).toContain('spec.nfs: Forbidden: may not specify more than 1 volume type');
    expect(outs[2]).toContain('spec.accessModes: Unsupported value: "Sometimes": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"');
    expect(outs[2]).toContain('spec.resources[storage]: Required value');
    expect(outs[3]).toContain('provisioner: Required value');
    expect(outs[3]).toContain('reclaimPolicy: Unsupported value: "Recycle": supported values: "Delete", "Retain"');
    const resize = await c.mk(['patch', 'pvc', 'data', '-p', '{"spec":{"accessModes":["ReadWriteMany"]}}']);
    expect(resize.stderr).toContain('spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims');
  }, 60_000);

  it('lists the kinds in api-resources but not in get all', async () => {
    const res = (await c.mk(['api-resources'])).stdout;
    expect(res).toMatch(/\npersistentvolumeclaims\s+pvc\s+v1\s+true\s+PersistentVolumeClaim\n/);
    expect(res).toMatch(/\npersistentvolumes\s+pv\s+v1\s+false\s+PersistentVolume\n/);
    expect(res).toMatch(/\nstorageclasses\s+sc\s+storage.k8s.io\/v1\s+false\s+StorageClass\n/);
    expect((await c.mk(['get', 'all'])).stdout).not.toMatch(/persistentvolume|storageclass/);
    const explain = await mk(c, ['explain', 'persistentvolumeclaim.spec']);
    expect(same(explain)).toEqual(same(await kubectl(c, '1.33', ['explain', 'persistentvolumeclaim.spec'])));
  }, 30_000);
});
