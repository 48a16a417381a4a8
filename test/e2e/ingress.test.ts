// Ingress and IngressClass end to end, compared with kubectl 1.33 and 1.27: the tutorial's
// Ingress (given the default class by admission), get/describe, the create generator and a
// validation error. The ingress addon and its routing are in ingress-routing.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';
import { kubectl, mk, normalise } from '../seeds/differential.js';

const c = new TestCluster();
const same = (r: RunResult) => ({ stdout: normalise(r.stdout).replace(/'mk /g, "'kubectl "), stderr: normalise(r.stderr).replace(/'mk /g, "'kubectl "), exitCode: r.exitCode });

const CLASS = JSON.stringify({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
  spec: { controller: 'k8s.io/ingress-nginx' },
});
const path = (p: string, svc: string) => ({ path: p, pathType: 'Prefix', backend: { service: { name: svc, port: { number: 8080 } } } });
const INGRESS = JSON.stringify({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'example-ingress' },
  spec: { rules: [{ host: 'hello-world.example', http: { paths: [path('/', 'web'), path('/v2', 'web2')] } }] },
});
const BAD = JSON.stringify({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'bad' },
  spec: { rules: [{ host: '1.2.3.4', http: { paths: [{ path: 'foo', pathType: 'Prefix', backend: { service: { name: 'web' } } }, { path: '/x', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
});

beforeAll(async () => {
  await c.start();
  expect((await c.mk(['create', 'deployment', 'web', '--image=nginx'])).exitCode).toBe(0);
  expect((await c.mk(['expose', 'deployment', 'web', '--type=NodePort', '--port=8080', '--target-port=80'])).exitCode).toBe(0);
  expect((await c.mk(['expose', 'deployment', 'web', '--name=web2', '--port=8080', '--target-port=80'])).exitCode).toBe(0);
  expect((await c.mk(['apply', '-f', '-'], { input: CLASS })).stdout).toBe('ingressclass.networking.k8s.io/nginx created\n');
  expect((await c.mk(['apply', '-f', '-'], { input: INGRESS })).stdout).toBe('ingress.networking.k8s.io/example-ingress created\n');
}, 90_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('Ingress', () => {
  it('gets the default class from admission', async () => {
    expect((await c.mk(['get', 'ingress', 'example-ingress', '-o', 'jsonpath={.spec.ingressClassName}'])).stdout).toBe('nginx');
  });

  it('get, describe and the create generator print as kubectl does', async () => {
    // describe shows the backends' ready endpoints: wait for the web pod
    await waitFor(async () => (await c.mk(['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web', '-o', 'jsonpath={.items[0].endpoints[0].conditions.ready}'])).stdout === 'true', 'web ready', 60_000);
    await waitFor(async () => (await c.mk(['get', 'endpoints', 'web2', '-o', 'jsonpath={.subsets[0].addresses[0].ip}'])).stdout !== '', 'web2 endpoints', 30_000);
    const commands = [
      ['get', 'ingress'],
      ['get', 'ing', '-o', 'wide'],
      ['get', 'ingressclass'],
      ['describe', 'ingress', 'example-ingress'],
      ['describe', 'ingressclass', 'nginx'],
      ['get', 'ingress', 'example-ingress', '-o', 'yaml'],
      ['create', 'ingress', 'simple', '--class=nginx', '--rule=hello-world.example/=web:8080', '--rule=hello-world.example/v2*=web2:8080,tls=sec', '--dry-run=client', '-o', 'yaml'],
      ['create', 'ingress', 'nothing'],
      ['create', 'ingress', 'saved', '--rule=foo.com/bar=web:8080,tls=my-cert', '--annotation=a=b', '--default-backend=web:http', '--save-config', '--dry-run=client', '-o', 'yaml'],
      ['create', 'ingress', 'x', '--rule=bad'],
      ['explain', 'ingress.spec.rules.http.paths'],
    ];
    for (const args of commands) {
      const mine = same(await mk(c, args));
      expect(mine, args.join(' ')).toEqual(same(await kubectl(c, '1.33', args)));
      if (args[0] !== 'create' && args[0] !== 'explain') expect(mine, `1.27: ${args.join(' ')}`).toEqual(same(await kubectl(c, '1.27', args)));
    }
  }, 90_000);

  it('set image refuses an Ingress, fetched or --local, naming its Go type as kubectl does', async () => {
    for (const args of [['set', 'image', 'ingress', 'example-ingress', 'c=nginx'], ['set', 'image', '-f', '-', '--local', 'c=nginx', '-o', 'yaml']]) {
      const input = args.includes('-') ? INGRESS : undefined;
      expect(same(await mk(c, args, input)), args.join(' ')).toEqual(same(await kubectl(c, '1.33', args, input)));
    }
  });

  it('rejects an invalid Ingress with kube-apiserver messages', async () => {
    const args = ['apply', '-f', '-'];
    const mine = await mk(c, args, BAD);
    expect(mine.exitCode).toBe(1);
    expect(mine.stderr).toContain('spec.rules[0].host: Invalid value: "1.2.3.4": must be a DNS name, not an IP address');
    expect(mine.stderr).toContain('spec.rules[0].http.paths[1].pathType: Required value: pathType must be specified');
    expect(same(mine)).toEqual(same(await kubectl(c, '1.33', args, BAD)));
  });
});
