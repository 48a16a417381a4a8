// mk against kubectl 1.33 for the seed tutorials' changing commands: each side starts from the
// same state (set up through mk), runs the same line, and must print the same thing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster } from '../helpers/cluster.js';
import { differential, mk, seedFixture, type Scenario } from '../seeds/differential.js';

let cluster: TestCluster;
let pod = '';
const file = (name: string) => join(cluster.dir, name);

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start(['--nodes', '2']);
  for (const args of [
    ['create', 'deployment', 'stable', '--image', 'k8s.io/k8s/hello-nginx:v3', '--replicas=2'],
    ['rollout', 'status', 'deployment/stable'],
  ]) {
    const r = await mk(cluster, args);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  pod = (await mk(cluster, ['get', 'pods', '-l', 'app=stable', '-o', 'jsonpath={.items[0].metadata.name}'])).stdout;
  writeFileSync(file('deployment-3.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\n  labels:\n    app: nginx\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.9.1\n');
  // a manifest saved from an older read: apply retries on the conflict, then names what it sent
  writeFileSync(file('deployment-stale.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\n  resourceVersion: "1"\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.9.1\n');
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

const hello = ['create', 'deployment', 'hello-nginx', '--image', 'k8s.io/k8s/hello-nginx:v3', '--replicas=4'];
const dropHello = [['delete', 'deployment', 'hello-nginx', '--ignore-not-found']];
const cases = (): Scenario[] => [
  { args: hello, cleanup: dropHello },
  { args: ['create', '-f', seedFixture('nginx-deployment.yaml'), '--record'], cleanup: [['delete', '-f', seedFixture('nginx-deployment.yaml')]] },
  { args: ['create', '-f', seedFixture('nginx-deployment.yaml'), '-o', 'name'], setup: [['create', '-f', seedFixture('nginx-deployment.yaml')]], cleanup: [['delete', '-f', seedFixture('nginx-deployment.yaml')]] },
  { args: ['apply', '-f', seedFixture('deployment.yaml')], cleanup: [['delete', '-f', seedFixture('deployment.yaml')]] },
  { args: ['apply', '-f', seedFixture('deployment.yaml')], setup: [['apply', '-f', seedFixture('deployment.yaml')]], cleanup: [['delete', '-f', seedFixture('deployment.yaml')]] },
  { args: ['apply', '-f', file('deployment-3.yaml')], setup: [['apply', '-f', seedFixture('deployment.yaml')]], cleanup: [['delete', '-f', seedFixture('deployment.yaml')]] },
  // created without --save-config: apply warns, naming the object as resource/name
  { args: ['apply', '-f', seedFixture('deployment.yaml')], setup: [['create', '-f', seedFixture('deployment.yaml')]], cleanup: [['delete', '-f', seedFixture('deployment.yaml')]] },
  { args: ['apply', '-f', file('deployment-stale.yaml')], setup: [['apply', '-f', seedFixture('deployment.yaml')]], cleanup: [['delete', '-f', seedFixture('deployment.yaml')]] },
  { args: ['delete', '-f', seedFixture('deployment.yaml')], setup: [['apply', '-f', seedFixture('deployment.yaml')]] },
  { args: ['delete', '-f', seedFixture('deployment.yaml')] },
  { args: ['delete', 'deployments/hello-nginx', 'services/hello-nginx'], setup: [hello, ['expose', 'deployment', 'hello-nginx', '--port', '80']] },
  { args: ['delete', 'deployments/hello-nginx', 'services/hello-nginx'], setup: [hello], cleanup: dropHello },
  { args: ['scale', '--replicas=3', 'deployment', 'hello-nginx'], setup: [hello], cleanup: dropHello },
  { args: ['scale', 'deployment', 'hello-nginx', '--replicas', '6'], setup: [hello], cleanup: dropHello },
  { args: ['scale', 'deployments/hello-nginx', '--replicas=2', '-o', 'name'], setup: [hello], cleanup: dropHello },
  { args: ['set', 'image', 'deployments/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5', '--record'], setup: [hello], cleanup: dropHello },
  { args: ['set', 'image', 'deployment', 'hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5'], setup: [hello], cleanup: dropHello },
  {
    args: ['rollout', 'history', 'deployment', 'hello-nginx'],
    setup: [hello, ['rollout', 'status', 'deployment/hello-nginx'], ['set', 'image', 'deployments/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5', '--record'], ['rollout', 'status', 'deployment/hello-nginx']],
    cleanup: dropHello,
  },
  {
    args: ['rollout', 'undo', 'deployments/hello-nginx'],
    setup: [hello, ['rollout', 'status', 'deployment/hello-nginx'], ['set', 'image', 'deployments/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5'], ['rollout', 'status', 'deployment/hello-nginx']],
    cleanup: dropHello,
  },
  {
    args: ['rollout', 'undo', 'deployment', 'hello-nginx', '--to-revision=1'],
    setup: [hello, ['rollout', 'status', 'deployment/hello-nginx'], ['set', 'image', 'deployments/hello-nginx', 'hello-nginx=k8s.io/k8s/hello-nginx:v2.5'], ['rollout', 'status', 'deployment/hello-nginx']],
    cleanup: dropHello,
  },
  { args: ['rollout', 'undo', 'deployments/hello-nginx'], setup: [hello], cleanup: dropHello },
  // the "Waiting for ..." lines depend on timing; a finished rollout prints one line
  { args: ['rollout', 'status', 'deployments/hello-nginx'], setup: [hello, ['rollout', 'status', 'deployment/hello-nginx']], cleanup: dropHello },
  { args: ['run', 'my-nginx', '--image=nginx'], cleanup: [['delete', 'pod', 'my-nginx', '--ignore-not-found']] },
  { args: ['run', 'my-nginx', '--image=nginx'], setup: [['run', 'my-nginx', '--image=nginx']], cleanup: [['delete', 'pod', 'my-nginx', '--ignore-not-found']] },
  { args: ['expose', 'deployment', 'hello-nginx', '--name', 'hello-nginx', '--port', '80', '--target-port', '80', '--type', 'NodePort'], setup: [hello], cleanup: [...dropHello, ['delete', 'service', 'hello-nginx', '--ignore-not-found']] },
  { args: ['expose', 'deployment/hello-nginx', '--type=NodePort', '--port', '8080', '-o', 'name'], setup: [hello], cleanup: [...dropHello, ['delete', 'service', 'hello-nginx', '--ignore-not-found']] },
  { args: ['edit', 'deployments.apps', 'hello-nginx'], env: { KUBE_EDITOR: 'sed -i s/replicas:\\ 4/replicas:\\ 2/' }, setup: [hello], cleanup: dropHello },
  { args: ['edit', 'deployments.apps', 'hello-nginx'], env: { KUBE_EDITOR: 'true' }, setup: [hello], cleanup: dropHello },
  { args: ['label', 'deployment', 'stable', 'tier=web', '--overwrite'], setup: [['label', 'deployment', 'stable', 'tier-']] },
  { args: ['label', 'deployment', 'stable', 'tier=web'], setup: [['label', 'deployment', 'stable', 'tier=web']] },
  { args: ['annotate', 'deployments/stable', 'note=hi', '--overwrite'], setup: [['annotate', 'deployment', 'stable', 'note-']] },
  { args: ['create', 'namespace', 'scratch'], cleanup: [['delete', 'namespace', 'scratch', '--wait=false']] },
];

describe('changing commands: mk prints what kubectl 1.33 prints', () => {
  it('from the same starting state', async () => {
    for (const s of cases()) {
      const { mk: m, kubectl: k } = await differential(cluster, { ...s, identity: true });
      const label = [s.env ? Object.entries(s.env).map(([a, b]) => `${a}='${b}'`).join(' ') : '', ...s.args].join(' ').trim();
      expect({ label, ...m }).toEqual({ label, ...k });
    }
  }, 300_000);

  it('logs and exec read the same pod the same way', async () => {
    for (const args of [['logs', pod], ['logs', pod, '--tail=1'], ['exec', pod, '--', 'env'], ['exec', pod, '--', 'sh', '-c', 'echo out; echo err >&2; exit 3']]) {
      const { mk: m, kubectl: k } = await differential(cluster, { args });
      expect({ args: args.join(' '), ...m }).toEqual({ args: args.join(' '), ...k });
    }
    const input = 'echo "inside $HOSTNAME"\nexit\n';
    const { mk: m, kubectl: k } = await differential(cluster, { args: ['exec', '-ti', pod, '--', 'bash'], input });
    expect(m).toEqual(k);
  });
});
