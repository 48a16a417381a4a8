// kubectl 1.33's flags on the changing commands (scale, label, annotate, patch, set image, wait,
// delete, create deployment) and -f with a broken later document: each case runs through
// kubectl and mk from the same starting state and must print the same thing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster } from '../helpers/cluster.js';
import { differential, mk, type Scenario } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: main
        image: busybox
        command: ["sleep", "3600"]
`;
const LOCAL_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: lp\n  labels:\n    a: "1"\nspec:\n  containers:\n  - name: c\n    image: busybox\n';
/** a good document, then one go-yaml cannot read */
const BROKEN = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\n bad: [\n';
const BROKEN_CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm2\n bad: [\n';
/** ignores SIGTERM, so deleting it takes the whole grace period */
const SLOW = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: slow\nspec:\n  terminationGracePeriodSeconds: 30\n  containers:\n  - name: c\n    image: busybox\n    command: ["sh", "-c", "trap \'\' TERM; sleep 3600"]\n';

const PRUNE_BOTH = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pa\n  labels:\n    app: pr\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pb\n  labels:\n    app: pr\n';

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  writeFileSync(file('web.yaml'), deployment('web'));
  writeFileSync(file('other.yaml'), deployment('other'));
  writeFileSync(file('pod.yaml'), LOCAL_POD);
  writeFileSync(file('broken.yaml'), BROKEN);
  writeFileSync(file('broken-cm.yaml'), BROKEN_CM);
  writeFileSync(file('slow.yaml'), SLOW);
  writeFileSync(file('patch.yaml'), 'metadata:\n  labels:\n    p: "1"\n');
  writeFileSync(file('prune-both.yaml'), PRUNE_BOTH);
  writeFileSync(file('prune-one.yaml'), PRUNE_BOTH.split('---\n')[0]);
  for (const args of [['apply', '-f', file('web.yaml')], ['apply', '-f', file('other.yaml')], ['rollout', 'status', 'deployment/web'], ['rollout', 'status', 'deployment/other']]) {
    const r = await mk(cluster, args);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

/** resourceVersions move between the two runs; kubectl's klog lines (E1123 ...) are not output */
const steady = (s: string) => s.replace(/was \d+$/gm, 'was <rv>').replace(/^[EWI]\d{4} \d\d:\d\d:\d\d\.\d+ .*\n/gm, '');

async function expectSame(s: Scenario): Promise<void> {
  const { mk: m, kubectl: k } = await differential(cluster, s);
  const label = s.args.join(' ');
  const shape = (r: typeof m) => ({ ...r, stdout: steady(r.stdout), stderr: steady(r.stderr) });
  expect({ label, ...shape(m) }).toEqual({ label, ...shape(k) });
}

const unlabel = (key: string) => [['label', 'deploy', '--all', `${key}-`]];
const oneReplica = [['scale', 'deploy', '--all', '--replicas=1']];

describe('scale flags', () => {
  it('select, check preconditions and wait the same way', async () => {
    const cases: Scenario[] = [
      { args: ['scale', 'deploy', '--all', '--replicas=1'] },
      { args: ['scale', 'deploy', '-l', 'app=nope', '--replicas=1'] },
      { args: ['scale', 'deploy', 'web', '--resource-version=1', '--replicas=1'] },
      { args: ['scale', 'deploy', 'web', 'other', '--resource-version=5', '--replicas=1'] },
      { args: ['scale', 'deploy', 'web', '--current-replicas=7', '--replicas=1'] },
      { args: ['scale', 'deploy', 'web', '--current-replicas=-2', '--replicas=1'] },
      { args: ['scale', 'deploy', 'web', '--timeout=1', '--replicas=1'] },
      { args: ['scale', 'deploy', 'web', '--timeout=60s', '--replicas=2'], cleanup: oneReplica },
      { args: ['scale', 'deploy', 'web', 'nope', '--replicas=1'] },
      { args: ['scale', '-f', file('broken.yaml'), '--replicas=1'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 240_000);
});

describe('label and annotate flags', () => {
  it('list, select, run locally and check versions the same way', async () => {
    const cases: Scenario[] = [
      { args: ['label', 'deploy', 'web', 'x=1'], cleanup: unlabel('x') },
      { args: ['label', 'deploy', 'web', 'x-', 'y-'], setup: [['label', 'deploy', 'web', 'x=1']] },
      { args: ['label', 'deploy', 'web', 'x=1'], setup: [['label', 'deploy', 'web', 'x=1']], cleanup: unlabel('x') },
      { args: ['label', 'deploy', 'web', 'x=2'], setup: [['label', 'deploy', 'web', 'x=1']], cleanup: unlabel('x') },
      { args: ['label', 'deploy', 'web', '--list'] },
      { args: ['label', 'deploy', 'web', 'other', '--list'] },
      { args: ['label', 'deploy', 'web', '--list', '-o', 'yaml'] },
      { args: ['annotate', 'deploy', '--all', 'note=hi', '--overwrite'], cleanup: [['annotate', 'deploy', '--all', 'note-']] },
      { args: ['annotate', 'deploy', 'web', 'note=two'], setup: [['annotate', 'deploy', 'web', 'note=one']], cleanup: [['annotate', 'deploy', 'web', 'note-']] },
      { args: ['annotate', 'deploy', 'web', 'note=1', 'note-'] },
      { args: ['label', 'deploy', '-A', 'web', 'x=1'] },
      { args: ['label', 'deploy', '--field-selector', 'metadata.name=web', 'x=1'], cleanup: unlabel('x') },
      { args: ['label', 'deploy', '--all', '-l', 'app=web', 'x=1'] },
      { args: ['label', 'deploy', 'web', 'x=2', '--resource-version=1'] },
      { args: ['label', 'deploy', '--all', 'x=2', '--resource-version=1'] },
      { args: ['label', '--local', '-f', file('pod.yaml'), 'b=2', '-o', 'yaml'] },
      { args: ['label', '--local', '-f', file('pod.yaml'), 'a-'] },
      { args: ['annotate', '--local', '-f', file('pod.yaml'), 'n=1', '-o', 'json'] },
      { args: ['label', '--local', 'deploy', 'web', 'a=1'] },
      { args: ['annotate', '--local', 'n=1'] },
      { args: ['label', 'deploy', 'web', 'a=1', 'b'] },
      { args: ['label', 'deploy', 'web', 'bad=a b'] },
      { args: ['label', 'deploy', 'web', 'nope', 'x=1'], cleanup: unlabel('x') },
      { args: ['label', '-f', file('broken.yaml'), 'x=1'], cleanup: unlabel('x') },
    ];
    for (const s of cases) await expectSame(s);
  }, 240_000);
});

describe('patch, set image and wait flags', () => {
  it('patch files, local objects and broken manifests the same way', async () => {
    const cases: Scenario[] = [
      { args: ['patch', 'deploy', 'web', '--patch-file', file('patch.yaml')], cleanup: unlabel('p') },
      { args: ['patch', 'deploy', 'web', '--patch-file', file('patch.yaml'), '-p', '{}'] },
      { args: ['patch', 'deploy', 'web', '--patch-file', file('nope.yaml')] },
      { args: ['patch', 'deploy', 'web'] },
      { args: ['patch', '-p', '{}'] },
      { args: ['patch', '--local', '-f', file('pod.yaml'), '-p', '{"metadata":{"labels":{"a":"2"}}}', '-o', 'yaml'] },
      { args: ['patch', '--local', '-f', file('pod.yaml'), '-p', '{"metadata":{"labels":{"a":"1"}}}'] },
      { args: ['patch', '--local', '-f', file('pod.yaml'), '--type', 'json', '-p', '[{"op":"add","path":"/metadata/labels/q","value":"x"}]', '-o', 'name'] },
      { args: ['patch', '--local', 'deploy', 'web', '-p', '{}'] },
      { args: ['patch', 'deploy', 'web', '-p', '{}', '--type', 'foo'] },
      { args: ['patch', '-f', file('broken.yaml'), '-p', '{"metadata":{"labels":{"f":"1"}}}'], cleanup: unlabel('f') },
    ];
    for (const s of cases) await expectSame(s);
  }, 240_000);

  it('set images locally and report missing containers the same way', async () => {
    const cases: Scenario[] = [
      { args: ['set', 'image', '--local', '-f', file('pod.yaml'), 'c=nginx', '-o', 'yaml'] },
      { args: ['set', 'image', '--local', '-f', file('pod.yaml'), 'c=nginx'] },
      { args: ['set', 'image', '--local', 'deploy/web', 'main=nginx'] },
      { args: ['set', 'image', 'deploy/web', 'nope=x'] },
      { args: ['set', 'image', 'deploy/web', 'main=busybox'] },
      { args: ['set', 'image', 'deploy/web', '*=busybox', 'a=b'] },
      { args: ['set', 'image', 'deploy/web', 'main=busybox:1.36', '--dry-run=server'] },
      { args: ['set', 'image'] },
      { args: ['set', 'image', '-f', file('broken.yaml'), 'main=x'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 240_000);

  it('wait on field selectors and broken manifests, and read durations, the same way', async () => {
    const cases: Scenario[] = [
      { args: ['wait', 'deploy', '--field-selector', 'metadata.name=web', '--for=condition=Available'] },
      { args: ['wait', '--local', 'deploy/web', '--for=condition=Available'] },
      { args: ['wait', '-f', file('broken.yaml'), '--for=condition=Available'] },
      { args: ['wait', '-f', file('broken.yaml'), '--for=create'] },
      // get: the table for the good document, then the error as an aggregate line; -o name fails outright
      { args: ['get', '-f', file('broken.yaml')] },
      { args: ['get', '-f', file('broken.yaml'), '-o', 'name'] },
      { args: ['wait', 'deploy/web', 'deploy/other', '--for=condition=Nope', '--timeout=1s'] },
      { args: ['wait', 'deploy/web', '--for=delete', '--timeout=5'] },
      { args: ['rollout', 'status', 'deploy/web', '--timeout=5'] },
      { args: ['run', 'x', '--image=busybox', '--pod-running-timeout=5'] },
      { args: ['drain', 'nope', '--timeout=5x'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 240_000);
});

describe('delete flags', () => {
  it('prompt, run raw, dry-run and time out the same way', async () => {
    const cm = [['create', 'configmap', 'cm1']];
    const dropCm = [['delete', 'configmap', 'cm1', '--ignore-not-found']];
    const cases: Scenario[] = [
      { args: ['delete', '-f', file('broken-cm.yaml')], setup: cm },
      { args: ['delete', 'cm', 'cm1', '--dry-run=client'], setup: cm, cleanup: dropCm },
      { args: ['delete', 'cm', 'cm1', '-i'], input: '', setup: cm, cleanup: dropCm },
      { args: ['delete', 'cm', 'cm1', '-i'], input: 'n\n', setup: cm, cleanup: dropCm },
      { args: ['delete', 'cm', 'cm1', 'nope', '-i'], input: 'y\n', setup: cm, cleanup: dropCm },
      { args: ['delete', 'cm', '-l', 'nope=1'] },
      { args: ['delete', 'cm', 'nope1', 'nope2'] },
      { args: ['delete', '--raw', '/api/v1/namespaces/default/configmaps/nope'] },
      { args: ['delete', '--raw', 'x'] },
      { args: ['delete', 'cm', 'cm1', '--raw', '/x', '-i'] },
      { args: ['delete', 'cm', 'x', '--now', '--grace-period=3'] },
      { args: ['delete', 'cm', 'x', '--force', '--grace-period=3'] },
      { args: ['delete', 'cm', 'x', '-o', 'yaml'] },
      { args: ['delete', 'cm', 'x', '--timeout=5'] },
      { args: ['delete', 'cm', 'nope', '--cascade=false'] },
      { args: ['delete', 'cm', 'nope', '--cascade=foo'] },
      {
        args: ['delete', 'pod', 'slow', '--timeout=2s'],
        setup: [['apply', '-f', file('slow.yaml')], ['wait', 'pod/slow', '--for=condition=Ready', '--timeout=60s']],
        cleanup: [['delete', 'pod', 'slow', '--force', '--ignore-not-found']],
      },
    ];
    for (const s of cases) await expectSame(s);
  }, 300_000);
});

describe('run flags', () => {
  it('annotate, override, expose and check policies the same way', async () => {
    const dropEx = [['delete', 'pod/ex', 'svc/ex', '--ignore-not-found']];
    const cases: Scenario[] = [
      { args: ['run', 'ex', '--image=busybox', '--port=80', '--expose', '--dry-run=client'] },
      { args: ['run', 'ex', '--image=busybox', '--port=80', '--expose', '--dry-run=client', '-o', 'yaml', '-l', 'a=b'] },
      { args: ['run', 'ex', '--image=busybox', '--port=8080', '--expose'], cleanup: dropEx },
      { args: ['run', 'ex', '--image=busybox', '--expose'] },
      { args: ['run', 'ex', '--image=busybox', '--image-pull-policy=Foo'] },
      { args: ['run', 'ex', '--image=busybox', '--privileged', '--image-pull-policy=Never', '--annotations=a=b', '--dry-run=client', '-o', 'yaml'] },
      { args: ['run', 'ex', '--image=busybox', '--annotations', 'c', '--dry-run=client'] },
      { args: ['run', 'ex', '--image=busybox', '--overrides={"spec":{"hostname":"h"}}', '--dry-run=client', '-o', 'yaml'] },
      { args: ['run', 'ex', '--image=busybox', '--override-type=foo', '--overrides={}', '--dry-run=client'] },
      { args: ['run', 'ex', '--image=busybox', '--override-type=json', '--overrides=[{"op":"add","path":"/metadata/labels/x","value":"y"}]', '--dry-run=client', '-o', 'yaml'] },
      { args: ['run', 'ex', '--image=busybox', '--cascade=foo'] },
      { args: ['run', 'ex', '--image=busybox', '--timeout=5'] },
      { args: ['run', 'ex', '--image=busybox', '--override-type=strategic', '--overrides={"spec":{"containers":[{"name":"ex","env":[{"name":"A","value":"1"}]}]}}', '--dry-run=client', '-o', 'yaml'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 120_000);
});

describe('expose flags', () => {
  it('sets the load balancer IP and applies overrides the same way', async () => {
    const cases: Scenario[] = [
      { args: ['expose', 'deploy', 'web', '--port=80', '--type=LoadBalancer', '--load-balancer-ip=1.2.3.4', '--dry-run=client', '-o', 'yaml'] },
      { args: ['expose', 'deploy', 'web', '--port=80', '--load-balancer-ip=1.2.3.4', '--dry-run=client', '-o', 'yaml'] },
      { args: ['expose', 'deploy', 'web', '--port=80', '--overrides={"spec":{"sessionAffinity":"ClientIP"}}', '--dry-run=client', '-o', 'yaml'] },
      { args: ['expose', 'deploy', 'web', '--port=80', '--override-type=x', '--overrides={}'] },
      { args: ['expose', 'deploy', 'web', '--port=80', '--type=LoadBalancer', '--load-balancer-ip=1.2.3.4'], cleanup: [['delete', 'svc', 'web', '--ignore-not-found']] },
    ];
    for (const s of cases) await expectSame(s);
  }, 120_000);
});

describe('api-resources and config view flags', () => {
  it('filter by category, read the cache and refuse an unnamed unmerged view the same way', async () => {
    const cases: Scenario[] = [
      { args: ['api-resources', '--categories=all'] },
      { args: ['api-resources', '--categories=all,foo'] },
      { args: ['api-resources', '--cached', '--categories', 'all', '-o', 'name'] },
      { args: ['config', 'view', '--merge=false'] },
      { args: ['config', 'view', '--merge=false', '--kubeconfig', cluster.env.KUBECONFIG!] },
      { args: ['config', 'view', '--merge', '--minify'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 120_000);
});

describe('apply --prune', () => {
  it('prunes what the selector finds and the files left out, the same way', async () => {
    const both = [['apply', '-f', file('prune-both.yaml')]];
    const drop = [['delete', '-f', file('prune-both.yaml'), '--ignore-not-found']];
    const one = file('prune-one.yaml');
    const cases: Scenario[] = [
      { args: ['apply', '-f', one, '--prune', '-l', 'app=pr', '--prune-allowlist=core/v1/ConfigMap'], setup: both, cleanup: drop },
      { args: ['apply', '-f', one, '--prune', '--all', '--prune-allowlist=core/v1/ConfigMap', '-o', 'name'], setup: both, cleanup: drop },
      { args: ['apply', '-f', one, '--prune', '--all', '--prune-allowlist=core/v1/ConfigMap', '--dry-run=client'], setup: both, cleanup: drop },
      { args: ['apply', '-f', one, '--prune', '-l', 'app=pr', '--prune-allowlist=core/v1/ConfigMap', '--dry-run=server'], setup: both, cleanup: drop },
      // the default allow-list names kinds mk does not serve: kubectl applies, then fails to prune
      { args: ['apply', '-f', one, '--prune', '-l', 'app=pr'], setup: both, cleanup: drop },
      { args: ['apply', '-f', one, '--prune'] },
      { args: ['apply', '-f', one, '--prune', '-l', 'app=pr', '--prune-allowlist=v1/ConfigMap'] },
      { args: ['apply', '-f', one, '--prune', '-l', 'app=pr', '--prune-allowlist=core/v1/Nope'] },
      { args: ['apply', '-f', one, '-l', 'app=nope'] },
      { args: ['apply', '-f', one, '-l', 'app=pr', '--all'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 240_000);

  it('re-creates with --force what cannot be patched, the same way', async () => {
    // the selector is immutable: only a delete and create can change it
    writeFileSync(file('forced.yaml'), deployment('forced'));
    writeFileSync(file('forced-2.yaml'), deployment('forced').replace(/app: forced/g, 'app: forced2'));
    const start = [['apply', '-f', file('forced.yaml')]];
    const drop = [['delete', 'deployment', 'forced', '--ignore-not-found']];
    const cases: Scenario[] = [
      { args: ['apply', '-f', file('forced-2.yaml'), '--force'], setup: start, cleanup: drop },
      { args: ['apply', '-f', file('forced-2.yaml'), '--force', '--server-side'] },
      { args: ['apply', '-f', file('forced-2.yaml'), '--force', '--dry-run=server'] },
      { args: ['apply', '-f', file('forced-2.yaml'), '--force', '--prune', '-l', 'a=b'] },
      { args: ['apply', '-f', file('forced-2.yaml'), '--timeout=5'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 120_000);
});

describe('create --raw', () => {
  it('posts the file as it is and checks its flags the same way', async () => {
    const body = file('raw-cm.json');
    writeFileSync(body, '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"rawcm"}}');
    const cases: Scenario[] = [
      { args: ['create', '--raw', '/api/v1/namespaces/default/configmaps', '-f', body], cleanup: [['delete', 'cm', 'rawcm', '--ignore-not-found']] },
      { args: ['create', '--raw', '/api/v1/namespaces/default/configmaps', '-f', body], setup: [['create', 'cm', 'rawcm']], cleanup: [['delete', 'cm', 'rawcm', '--ignore-not-found']] },
      { args: ['create', '--raw', '/x', '-f', body, '-f', body] },
      { args: ['create', '--raw', 'x', '-f', body] },
      { args: ['create', '--raw', '/x', '-f', body, '-o', 'yaml'] },
      { args: ['create', '--raw', '/x'] },
    ];
    for (const s of cases) {
      const { mk: m, kubectl: k } = await differential(cluster, s);
      // the created object's identity differs run to run
      const shape = (r: typeof m) => ({ ...r, stdout: r.stdout.replace(/"(uid|resourceVersion|creationTimestamp|time)":"[^"]*"/g, '"$1":"X"') });
      expect({ label: s.args.join(' '), ...shape(m) }).toEqual({ label: s.args.join(' '), ...shape(k) });
    }
  }, 120_000);
});

describe('create deployment with a command', () => {
  it('puts the words after -- on the container the same way', async () => {
    const cases: Scenario[] = [
      { args: ['create', 'deployment', 'cmd', '--image=busybox', '--port=80', '--dry-run=client', '-o', 'yaml', '--', 'sleep', '3600'] },
      { args: ['create', 'deployment', 'cmd', '--image=busybox', '--', 'sleep', '3600'], cleanup: [['delete', 'deployment', 'cmd', '--ignore-not-found']] },
      { args: ['create', 'deployment', 'cmd', 'extra', '--image=busybox'] },
      { args: ['create', 'deployment', 'cmd', 'extra', '--image=busybox', '--', 'sleep', '1'] },
      { args: ['create', 'deployment', 'cmd', '--image=busybox', '--image=nginx', '--', 'sleep', '1'] },
    ];
    for (const s of cases) await expectSame(s);
  }, 120_000);
});
