// Real kubectl against our OpenAPI documents, served by a throw-away local server.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenapiServer } from './openapi-kubectl-server.js';

const run = promisify(execFile);
const BIN = '/usr/lib/google-cloud-sdk/bin';
const haveKubectl = existsSync(`${BIN}/kubectl.1.33`) && existsSync(`${BIN}/kubectl.1.27`);

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: x
spec:
  replicas: 2
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      containers:
      - name: c
        image: nginx
`;

describe.skipIf(!haveKubectl)('kubectl against our OpenAPI', () => {
  let v3: Awaited<ReturnType<typeof startOpenapiServer>>;
  let v2only: Awaited<ReturnType<typeof startOpenapiServer>>;
  let v2apply: Awaited<ReturnType<typeof startOpenapiServer>>;
  let file: string;
  const kubectl = async (version: string, server: string, args: string[]) => {
    const env = { ...process.env, KUBECONFIG: '/dev/null', HOME: tmpdir() };
    const r = await run(`${BIN}/kubectl.1.${version}`, ['--server', server, ...args], { env, timeout: 15_000 });
    return r.stdout;
  };

  beforeAll(async () => {
    [v3, v2only, v2apply] = await Promise.all([startOpenapiServer({ v3: true }), startOpenapiServer({ v3: false }), startOpenapiServer({ v3: false })]);
    file = join(mkdtempSync(join(tmpdir(), 'mk-openapi-')), 'deploy.yaml');
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => {
    await Promise.all([v3?.close(), v2only?.close(), v2apply?.close()]);
  });

  it('explain (v3, kubectl 1.33) walks into nested fields', async () => {
    const out = await kubectl('33', v3.url, ['explain', 'deployment.spec.strategy']);
    expect(out).toContain('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n');
    expect(out).toContain('FIELD: strategy <DeploymentStrategy>');
    expect(out).toContain('rollingUpdate\t<RollingUpdateDeployment>');
    const port = await kubectl('33', v3.url, ['explain', 'svc.spec.ports.targetPort']);
    expect(port).toContain('FIELD: targetPort <IntOrString>');
  });

  it('explain (v2 protobuf, kubectl 1.27) lists fields and required markers', async () => {
    const out = await kubectl('27', v2only.url, ['explain', 'deployment.spec']);
    expect(out).toContain('KIND:     Deployment\nVERSION:  apps/v1\n');
    expect(out).toMatch(/replicas\t<integer>/);
    expect(out).toMatch(/selector\t<Object> -required-/);
  });

  it('create -f passes client-side validation and sends fieldValidation=Strict (1.33 via v3, 1.33 and 1.27 via v2)', async () => {
    const outs = await Promise.all([
      kubectl('33', v3.url, ['create', '-f', file, '-n', 'default']),
      kubectl('33', v2only.url, ['create', '-f', file, '-n', 'default']),
      kubectl('27', v2apply.url, ['apply', '-f', file, '-n', 'default']),
    ]);
    expect(outs).toEqual(['deployment.apps/x created\n', 'deployment.apps/x created\n', 'deployment.apps/x created\n']);
    // A second apply computes a strategic merge patch from the v2 definitions' merge keys.
    writeFileSync(file, MANIFEST.replace('replicas: 2', 'replicas: 3') + '      - name: sidecar\n        image: busybox\n');
    expect(await kubectl('27', v2apply.url, ['apply', '-f', file, '-n', 'default'])).toBe('deployment.apps/x configured\n');
    const patch = v2apply.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.url).toContain('fieldValidation=Strict');
    expect(JSON.parse(patch.body)).toMatchObject({
      spec: {
        replicas: 3,
        template: { spec: { '$setElementOrder/containers': [{ name: 'c' }, { name: 'sidecar' }], containers: [{ image: 'busybox', name: 'sidecar' }] } },
      },
    });
    for (const s of [v3, v2only, v2apply]) {
      const posts = s.requests.filter((r) => r.method === 'POST');
      expect(posts.length).toBeGreaterThan(0);
      for (const p of posts) expect(p.url).toContain('fieldValidation=Strict');
    }
  });
});
