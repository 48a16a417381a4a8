// mk against kubectl 1.33 for every reading command line the seed tutorials use, in every
// spelling and output format, plus the errors a learner runs into; kubectl 1.27 must work
// against the same server. One cluster, fixed objects, no mutation between the two runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster } from '../helpers/cluster.js';
import { differential, kubectl, mk, normalise, seedFixture, type Scenario } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start(['--nodes', '2']);
  const setup = [
    ['create', 'deployment', 'hello-nginx', '--image', 'k8s.io/k8s/hello-nginx:v3', '--replicas=4'],
    ['create', '-f', seedFixture('nginx-deployment.yaml')],
    ['expose', 'deployment', 'hello-nginx', '--name', 'hello-nginx', '--port', '80', '--target-port', '80'],
    ['rollout', 'status', 'deployment/hello-nginx'],
    ['rollout', 'status', 'deployment/nginx-deployment-controller'],
  ];
  for (const args of setup) {
    const r = await mk(cluster, args);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  writeFileSync(file('syntax.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a\n');
  writeFileSync(file('labels-yes.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    enabled: yes\n');
  writeFileSync(file('yaml11.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\ndata:\n  a: yes\n  b: 0755\n  c: 1_000\n  d: "on"\n');
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

const goTemplate = '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}';

/** Seed lines, as the tutorials spell them. */
const SEED_READS: string[][] = [
  ['get', 'deployments.apps', 'hello-nginx'],
  ['get', 'deployments'],
  ['get', 'deployment'],
  ['get', 'pods'],
  ['get', 'rs'],
  ['get', 'replicasets.apps'],
  ['get', 'all'],
  ['get', 'nodes'],
  ['get', 'pods', '-o', 'wide'],
  ['get', 'pods', '-l', 'app=hello-nginx'],
  ['get', 'deployments', '-A'],
  ['get', 'deployments', '--all-namespaces'],
  ['get', 'deployments', '-n', 'kube-system'],
  ['get', 'pods', '-o', 'go-template', '--template', goTemplate],
  ['get', 'services/hello-nginx', '-o', 'go-template={{(index .spec.ports 0).port}}'],
  ['api-resources'],
  ['api-resources', '--namespaced=true'],
  ['api-resources', '--namespaced=false'],
  ['describe', 'pods'],
  ['describe', 'deployment'],
  ['describe', 'deployments/hello-nginx'],
  ['describe', 'deployment', 'nginx-deployment-controller'],
  ['describe', 'services/hello-nginx'],
  ['describe', 'rs'],
  ['rollout', 'status', 'deployments/hello-nginx'],
  ['rollout', 'status', 'deployment', 'nginx-deployment-controller'],
  ['rollout', 'history', 'deployment', 'nginx-deployment-controller'],
  ['rollout', 'history', 'deployment', 'nginx-deployment-controller', '--revision=1'],
];

/** The same reads in the other spellings pflag and the REST mapper accept. */
const SPELLINGS: string[][] = [
  ['get', 'deploy', 'hello-nginx', '-o=yaml'],
  ['get', 'deploy', 'hello-nginx', '-oyaml'],
  ['get', 'deploy', 'hello-nginx', '-ojson'],
  ['get', 'deploy', 'hello-nginx', '--output=json'],
  ['get', 'deployment/hello-nginx', '-o', 'name'],
  ['get', 'deployment.apps/hello-nginx'],
  ['get', 'deployments.v1.apps', 'hello-nginx'],
  ['get', 'Deployment', 'hello-nginx'],
  ['get', 'po', '-n=default'],
  ['get', 'pod', '-nkube-system'],
  ['-n', 'kube-system', 'get', 'deploy'],
  ['--namespace=default', 'get', 'svc'],
  ['get', 'pods', '-lapp=hello-nginx', '--no-headers'],
  ['get', 'pods', '--selector', 'app=nginx', '--show-labels'],
  ['get', 'pods', '--all-namespaces=true'],
  ['get', 'pods', '-A=true', '-o', 'name'],
  ['get', 'pods', '--show-labels=true'],
  ['get', 'pods', '--no-headers=false'],
  ['get', 'pods', '-w=false'],
  ['get', 'deploy', '-L', 'app', '--sort-by=.metadata.name'],
  ['get', 'pods', '--field-selector=status.phase=Running', '-o', 'name'],
  ['get', 'deploy', '-o', 'custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas'],
  ['get', 'deploy', 'hello-nginx', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'],
  ['get', 'deploy', 'hello-nginx', '-o=jsonpath={.metadata.labels}'],
  ['get', 'pods', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}'],
  ['get', 'deploy,svc'],
  ['get', 'pods,rs', '-l', 'app=nginx'],
  ['get', 'ns'],
  ['get', 'nodes', '-o', 'wide'],
  ['get', 'svc', '-o', 'wide'],
  ['api-resources', '-o', 'name'],
  ['api-resources', '--api-group=apps'],
  ['describe', 'deploy', '-l', 'app=nginx'],
  ['describe', 'deploy/hello-nginx', 'deploy/nginx-deployment-controller'],
];

/** Every error class, worded and coded as kubectl does. */
const ERRORS: string[][] = [
  ['get', 'foo'],
  ['get', 'deploy', 'nope'],
  ['get', 'pods/nope', 'deploy/nope'],
  ['get', 'pods/'],
  ['get', 'deploy', 'hello-nginx/x'],
  ['get'],
  ['get', 'pods', '--foo'],
  ['get', 'pods', '-x'],
  ['get', 'pods', '-Ax'],
  ['get', 'pods', '-o'],
  ['get', 'pods', '--output'],
  ['get', 'pods', '-o', 'foo'],
  ['get', 'pods', '--show-labels=yes'],
  ['get', 'pods', '--chunk-size=x'],
  ['describe'],
  ['describe', 'foo'],
  ['describe', 'pod', 'nope'],
  ['logs'],
  ['logs', 'nope'],
  ['logs', 'a', 'b', 'c'],
  ['logs', 'deploy/hello-nginx', '-c', 'foo'],
  ['exec'],
  ['exec', 'nope', '--', 'env'],
  ['exec', 'deploy/hello-nginx'],
  ['scale', '--replicas=abc', 'deploy', 'hello-nginx'],
  ['scale', '--replicas', 'abc', 'deploy', 'hello-nginx'],
  ['scale', '--replicas=3'],
  ['scale', 'deploy', 'hello-nginx'],
  ['scale', '--replicas=4', 'deploy'],
  ['scale', '--replicas=4', 'deploy/nope', 'pod/nope'],
  ['scale', '--replicas=4', '--current-replicas=2', 'deploy/hello-nginx'],
  ['scale', '--replicas=-1', 'deploy/hello-nginx'],
  ['xyzzy'],
  ['rollout', 'foo'],
  ['rollout', 'status'],
  ['rollout', 'status', '-n'],
  ['rollout', 'undo', 'deploy/hello-nginx'],
  ['rollout', 'status', 'deploy', '-n', 'kube-system'],
  ['rollout', 'history', 'deploy'],
  ['rollout', 'history', 'deploy/nope'],
  ['create'],
  ['create', 'deployment'],
  ['create', 'deployment', '--image=nginx'],
  ['create', 'deployment', 'x', '--image=nginx', '--port=abc'],
  ['create', 'namespace'],
  ['create', 'deployment', 'hello-nginx', '--image=nginx'],
  ['create', 'service', 'clusterip', 'hello-nginx', '--tcp=80'],
  ['expose', 'deploy', 'hello-nginx', '--port=80'],
  ['run', 'hello-nginx', '--image=nginx', '--dry-run=server'],
  ['run'],
  ['run', '--image=nginx'],
  ['run', 'x', '--image=nginx', '--port=abc'],
  ['apply'],
  ['edit'],
  ['expose'],
  ['expose', 'deploy'],
  ['set', 'image'],
  ['set', 'image', 'deploy/hello-nginx'],
  ['set', 'image', 'deploy/hello-nginx', 'foo=bar'],
  ['label'],
  ['annotate'],
  ['patch'],
];

const run = (args: string[]) => it(args.join(' ') || '(nothing)', async () => {
  const { mk: m, kubectl: k } = await differential(cluster, { args });
  expect(m.stdout).toBe(k.stdout);
  expect(m.stderr).toBe(k.stderr);
  expect(m.exitCode).toBe(k.exitCode);
});

describe('seed reads: mk prints what kubectl 1.33 prints', () => SEED_READS.forEach(run));
describe('flag and resource spellings', () => SPELLINGS.forEach(run));
describe('errors and exit codes', () => ERRORS.forEach(run));

describe('manifests', () => {
  const cases: () => Scenario[] = () => [
    { args: ['create', '--dry-run=client', '-o', 'yaml', '-f', seedFixture('deployment.yaml')] },
    { args: ['create', '--dry-run=client', '-o', 'json', '-f', seedFixture('expose.yaml')] },
    { args: ['create', '--dry-run=server', '-o', 'name', '-f', seedFixture('nginx-set.yaml')] },
    { args: ['create', '-f', seedFixture('memory-demo.yaml')] },
    { args: ['delete', '-f', seedFixture('memory-demo.yaml')] },
    { args: ['create', '-f', file('nope.yaml')] },
    { args: ['create', '--dry-run=client', '-o', 'json', '-f', file('yaml11.yaml')] },
    { args: ['create', '--dry-run=client', '-f', file('labels-yes.yaml')] },
    { args: ['apply', '-f', '-'], input: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nspek: 1\n' },
  ];
  it('create/apply/delete -f: results and errors name the file as kubectl does', async () => {
    for (const s of cases()) {
      const { mk: m, kubectl: k } = await differential(cluster, s);
      expect({ args: s.args.join(' '), ...m }).toEqual({ args: s.args.join(' '), ...k });
    }
  });
  // go-yaml's scanner and parser are ported (src/cli/yaml-scanner.ts), so wording and lines match
  it('YAML syntax errors carry go-yaml wording and line numbers', async () => {
    const { mk: m, kubectl: k } = await differential(cluster, { args: ['create', '-f', file('syntax.yaml')] });
    expect(m.stderr).toBe(k.stderr);
  });
});

describe('not connected', () => {
  it('prints kubectl\'s refusal, then how to start the cluster', async () => {
    const dead = file('dead-kubeconfig');
    writeFileSync(dead, 'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://127.0.0.1:1\n    insecure-skip-tls-verify: true\n  name: dead\ncontexts:\n- context:\n    cluster: dead\n    user: dead\n  name: dead\ncurrent-context: dead\nusers:\n- name: dead\n  user:\n    token: x\n');
    const env = { KUBECONFIG: dead };
    const k = await cluster.kubectl('1.33', ['get', 'pods'], { env });
    const m = await cluster.mk(['get', 'pods'], { env });
    // kubectl's klog lines about discovery are noise, not part of the message
    const kLines = k.stderr.split('\n').filter((l) => l && !/^E\d{4} /.test(l));
    expect(kLines).toEqual(['The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?']);
    expect(m.stderr).toBe(`${kLines[0]}\nhint: is the cluster running? Start it with "mk start".\n`);
    expect(m.exitCode).toBe(k.exitCode);
    const none = await cluster.mk(['get', 'pods'], { env: { KUBECONFIG: file('missing-kubeconfig') } });
    expect(none.stderr).toBe('The connection to the server localhost:8080 was refused - did you specify the right host or port?\nhint: no cluster is configured; run "mk start" first.\n');
    expect(none.exitCode).toBe(1);
  });
});

describe('kubectl 1.27 works against the mk server', () => {
  it('for every seed read', async () => {
    for (const args of SEED_READS) {
      const old = await kubectl(cluster, '1.27', args);
      const cur = await kubectl(cluster, '1.33', args);
      expect({ args: args.join(' '), exitCode: old.exitCode, klog: old.stderr.match(/^[EW]\d{4} .*$/m)?.[0] }).toEqual({ args: args.join(' '), exitCode: cur.exitCode, klog: undefined });
      // the server's tables are the same for both clients
      if (args[0] === 'get' && !args.includes('-o')) expect(normalise(old.stdout).split('\n')[0]).toBe(normalise(cur.stdout).split('\n')[0]);
    }
  });
});
