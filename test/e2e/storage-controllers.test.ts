// Persistent storage end to end: a claim of the default class is provisioned by the hostpath
// provisioner and bound (get pvc/pv/describe equal to kubectl 1.33's), a pod's data on the
// claim survives the pod, `delete pvc` while a pod uses it stays Terminating until the pod
// goes (then the Delete reclaim removes volume and directory), a pod whose claim is missing is
// held by the scheduler, and the StatefulSet tutorial's `web` gets Bound www-web-N claims whose
// data survives `delete pod web-0`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { differential } from '../seeds/differential.js';

const c = new TestCluster();
const k = (args: string[], input?: string) => c.kubectl('1.33', args, { input });
const jsonpath = async (args: string[], path: string) => (await k([...args, '-o', `jsonpath=${path}`])).stdout;

const claim = (name: string) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });

const podUsing = (name: string, claimName: string, script: string) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: {
      terminationGracePeriodSeconds: 1,
      containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', script], volumeMounts: [{ name: 'd', mountPath: '/data' }] }],
      volumes: [{ name: 'd', persistentVolumeClaim: { claimName } }],
    },
  });

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: nginx
        image: nginx:1.25
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;

const bound = (name: string) => waitFor(async () => (await jsonpath(['get', 'pvc', name], '{.status.phase}')) === 'Bound', `${name} Bound`, 30_000);
const running = (pod: string) =>
  waitFor(async () => /^Running true$/.test(await jsonpath(['get', 'pod', pod], '{.status.phase} {.status.containerStatuses[*].ready}')), `${pod} running`, 60_000);
const gone = (args: string[]) => waitFor(async () => (await k(['get', ...args])).stderr.includes('NotFound'), `${args.join(' ')} gone`, 60_000);

beforeAll(async () => {
  await c.start();
  expect((await k(['apply', '-f', '-'], claim('data'))).exitCode).toBe(0);
  await bound('data');
}, 120_000);

afterAll(async () => {
  await c.destroy();
});

describe('binding and provisioning', () => {
  it('provisions a hostPath volume for a claim of the default class and binds both', async () => {
    const pv = JSON.parse((await k(['get', 'pv', '-o', 'json'])).stdout).items[0];
    const pvc = JSON.parse((await k(['get', 'pvc', 'data', '-o', 'json'])).stdout);
    expect(pv.metadata.name).toBe(`pvc-${pvc.metadata.uid}`);
    expect(pv.metadata.annotations['pv.kubernetes.io/provisioned-by']).toBe('k8s.io/minikube-hostpath');
    expect(pv.metadata.annotations.hostPathProvisionerIdentity).toMatch(/^[0-9a-f-]{36}$/);
    expect(pv.spec.hostPath.path).toBe(join(c.home, 'hostpath-provisioner', 'default', 'data'));
    expect(existsSync(pv.spec.hostPath.path)).toBe(true);
    expect(pv.spec.claimRef).toMatchObject({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data', uid: pvc.metadata.uid });
    expect(pv.spec.persistentVolumeReclaimPolicy).toBe('Delete');
    expect(pv.status.phase).toBe('Bound');
    expect(pvc.spec.volumeName).toBe(pv.metadata.name);
    expect(pvc.metadata.annotations).toMatchObject({
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
      'volume.kubernetes.io/storage-provisioner': 'k8s.io/minikube-hostpath',
      'volume.beta.kubernetes.io/storage-provisioner': 'k8s.io/minikube-hostpath',
    });
    expect(pvc.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    const events = (await k(['get', 'events', '--field-selector', 'involvedObject.name=data', '-o', 'jsonpath={range .items[*]}{.reason}{"|"}{.message}{"\\n"}{end}'])).stdout;
    expect(events).toContain(
      "ExternalProvisioning|Waiting for a volume to be created either by the external provisioner 'k8s.io/minikube-hostpath' or manually by the system administrator.",
    );
    expect(events).toContain('Provisioning|External provisioner is provisioning volume for claim "default/data"');
    expect(events).toContain(`ProvisioningSucceeded|Successfully provisioned volume ${pv.metadata.name}`);
  });

  it.each([[['get', 'pvc']], [['get', 'pv']], [['get', 'pvc', 'data', '-o', 'wide']], [['describe', 'pvc', 'data']]])('%j prints what kubectl 1.33 prints', async (args) => {
    const r = await differential(c, { args, identity: true });
    expect(r.mk).toEqual(r.kubectl);
  });

  it('binds a claim without a class to the smallest fitting manual volume', async () => {
    const pv = (name: string, size: string) =>
      JSON.stringify({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { capacity: { storage: size }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/tmp/mk-test-${name}` }, persistentVolumeReclaimPolicy: 'Retain' } });
    for (const [n, s] of [['manual-big', '5Gi'], ['manual-fit', '2Gi']]) expect((await k(['apply', '-f', '-'], pv(n, s))).exitCode).toBe(0);
    const manual = JSON.stringify({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'manual' }, spec: { storageClassName: '', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    expect((await k(['apply', '-f', '-'], manual)).exitCode).toBe(0);
    await bound('manual');
    expect(await jsonpath(['get', 'pvc', 'manual'], '{.spec.volumeName} {.status.capacity.storage}')).toBe('manual-fit 2Gi');
    expect(await jsonpath(['get', 'pv', 'manual-fit'], '{.metadata.annotations.pv\\.kubernetes\\.io/bound-by-controller} {.status.phase}')).toBe('yes Bound');
    // Retain: the claim's deletion leaves the volume Released
    expect((await k(['delete', 'pvc', 'manual'])).exitCode).toBe(0);
    await waitFor(async () => (await jsonpath(['get', 'pv', 'manual-fit'], '{.status.phase}')) === 'Released', 'manual-fit Released');
  });
});

describe('pods on claims', () => {
  it('keeps data across pod replacement and holds a deleted claim until its pod goes', async () => {
    expect((await k(['apply', '-f', '-'], podUsing('writer', 'data', 'echo kept > data/note; sleep 3600'))).exitCode).toBe(0);
    await running('writer');
    await waitFor(async () => (await k(['exec', 'writer', '--', 'cat', 'data/note'])).stdout === 'kept\n', 'note written');
    expect((await k(['delete', 'pod', 'writer'])).exitCode).toBe(0);
    expect((await k(['apply', '-f', '-'], podUsing('reader', 'data', 'sleep 3600'))).exitCode).toBe(0);
    await running('reader');
    expect((await k(['exec', 'reader', '--', 'cat', 'data/note'])).stdout).toBe('kept\n');

    const path = await jsonpath(['get', 'pv'], '{.items[?(@.spec.claimRef.name=="data")].spec.hostPath.path}');
    expect(readFileSync(join(path, 'note'), 'utf8')).toBe('kept\n');
    expect((await k(['delete', 'pvc', 'data', '--wait=false'])).exitCode).toBe(0);
    await waitFor(async () => (await k(['get', 'pvc', 'data'])).stdout.includes('Terminating'), 'data Terminating');
    // still held while the pod runs
    await waitFor(async () => (await jsonpath(['get', 'pvc', 'data'], '{.metadata.finalizers}')).includes('kubernetes.io/pvc-protection'), 'finalizer kept');
    expect((await k(['delete', 'pod', 'reader'])).exitCode).toBe(0);
    await gone(['pvc', 'data']);
    await waitFor(async () => !(await k(['get', 'pv', '-o', 'name'])).stdout.includes('pvc-'), 'provisioned volume deleted');
    expect(existsSync(path)).toBe(false);
  }, 120_000);

  it('leaves a pod whose claim is missing Pending with the scheduler message', async () => {
    expect((await k(['apply', '-f', '-'], podUsing('orphan', 'missing', 'sleep 3600'))).exitCode).toBe(0);
    const message = await waitFor(async () => (await jsonpath(['get', 'pod', 'orphan'], '{.status.conditions[?(@.type=="PodScheduled")].message}')) || undefined, 'orphan unschedulable');
    expect(message).toBe('0/1 nodes are available: persistentvolumeclaim "missing" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
    expect(await jsonpath(['get', 'pod', 'orphan'], '{.status.phase}')).toBe('Pending');
    // the claim appearing (and binding) lets it schedule
    expect((await k(['apply', '-f', '-'], claim('missing'))).exitCode).toBe(0);
    await running('orphan');
    expect((await k(['delete', 'pod', 'orphan', '--wait=false'])).exitCode).toBe(0);
  }, 90_000);

  it('holds a pod placed on the node directly in ContainerCreating while its claim is unbound', async () => {
    const nowhere = JSON.stringify({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'nowhere' }, spec: { storageClassName: 'absent', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    expect((await k(['apply', '-f', '-'], nowhere)).exitCode).toBe(0);
    const placed = JSON.parse(podUsing('placed', 'nowhere', 'sleep 3600'));
    placed.spec.nodeName = (await k(['get', 'nodes', '-o', 'jsonpath={.items[0].metadata.name}'])).stdout;
    expect((await k(['apply', '-f', '-'], JSON.stringify(placed))).exitCode).toBe(0);
    const mount = await waitFor(async () => {
      const out = (await k(['get', 'events', '--field-selector', 'involvedObject.name=placed,reason=FailedMount', '-o', 'jsonpath={.items[*].message}'])).stdout;
      return out || undefined;
    }, 'FailedMount');
    expect(mount).toBe('MountVolume.SetUp failed for volume "d" : PVC default/nowhere has non-bound phase ("Pending") or empty pvc.Spec.VolumeName ("")');
    expect(await jsonpath(['get', 'pod', 'placed'], '{.status.containerStatuses[0].state.waiting.reason}')).toBe('ContainerCreating');
    const failed = (await k(['get', 'events', '--field-selector', 'involvedObject.name=nowhere,reason=ProvisioningFailed', '-o', 'jsonpath={.items[*].message}'])).stdout;
    expect(failed).toBe('storageclass.storage.k8s.io "absent" not found');
    expect((await k(['delete', 'pod', 'placed', '--wait=false'])).exitCode).toBe(0);
  }, 60_000);
});

describe('StatefulSet volumeClaimTemplates', () => {
  it('creates Bound www-web-N claims before the pods, and web-0 keeps its data', async () => {
    expect((await k(['apply', '-f', '-'], WEB)).exitCode).toBe(0);
    await running('web-0');
    await running('web-1');
    await bound('www-web-0');
    await bound('www-web-1');
    expect(await jsonpath(['get', 'pvc', 'www-web-1'], '{.metadata.labels.app} {.spec.storageClassName}')).toBe('nginx standard');
    const events = (await k(['get', 'events', '--field-selector', 'involvedObject.name=web', '-o', 'jsonpath={range .items[*]}{.message}{"\\n"}{end}'])).stdout;
    expect(events).toContain('create Claim www-web-0 Pod web-0 in StatefulSet web success');

    expect((await k(['exec', 'web-0', '--', 'sh', '-c', 'echo web-0 > usr/share/nginx/html/index.html'])).exitCode).toBe(0);
    const uid = await jsonpath(['get', 'pod', 'web-0'], '{.metadata.uid}');
    // --wait=false: kubectl 1.33 lists before it watches and, when the replacement web-0 is
    // already there, waits for that one to go (mk's pods stop in milliseconds; see README)
    expect((await k(['delete', 'pod', 'web-0', '--wait=false'])).exitCode).toBe(0);
    await waitFor(async () => {
      const now = await jsonpath(['get', 'pod', 'web-0'], '{.metadata.uid} {.status.phase}');
      return now.endsWith(' Running') && !now.startsWith(uid);
    }, 'web-0 replaced', 60_000);
    await running('web-0');
    expect((await k(['exec', 'web-0', '--', 'cat', 'usr/share/nginx/html/index.html'])).stdout).toBe('web-0\n');
  }, 120_000);

  it('deletes claims with the pod or the set as persistentVolumeClaimRetentionPolicy says', async () => {
    const doc = WEB.split('---\n')[1]
      .replace('name: web\n', 'name: tidy\n')
      .replace('serviceName: "nginx"', 'serviceName: "nginx"\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n    whenScaled: Delete')
      .replace(/app: nginx/g, 'app: tidy');
    expect((await k(['apply', '-f', '-'], doc)).exitCode).toBe(0);
    await running('tidy-1');
    await bound('www-tidy-1');
    await waitFor(async () => (await jsonpath(['get', 'pvc', 'www-tidy-0'], '{.metadata.ownerReferences[*].kind}')) === 'StatefulSet', 'set owns www-tidy-0');
    // scaled down: tidy-1's claim is handed to the pod and goes with it
    expect((await k(['scale', 'statefulset', 'tidy', '--replicas=1'])).exitCode).toBe(0);
    await gone(['pvc', 'www-tidy-1']);
    // deleted: the set's claims go with it
    expect((await k(['delete', 'statefulset', 'tidy'])).exitCode).toBe(0);
    await gone(['pvc', 'www-tidy-0']);
  }, 120_000);
});
