// The HPA walkthrough: a deployment with a CPU request, `autoscale --cpu-percent=50`, the
// HPA reading 0% from the metrics API, a CPU-burning deployment scaled up by the controller;
// and differential checks of get/describe/v1 yaml/autoscale --dry-run/validation vs kubectl.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestCluster, waitFor } from '../helpers/cluster.js';
import { differential, kubectl, mk, normalise } from '../seeds/differential.js';

let cluster: TestCluster;
const file = (name: string) => join(cluster.dir, name);

const deployment = (name: string, image: string, cpu: string, replicas: number, command?: string[]) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: ${name}
        image: ${image}
${command ? `        command: ${JSON.stringify(command)}\n` : ''}        resources:
          requests:
            cpu: ${cpu}
`;

// a v1 HPA on a deployment scaled to zero: scaling stays disabled, so its status is stable
const IDLE_HPA_V1 = `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  name: idle
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: idle
  minReplicas: 1
  maxReplicas: 3
  targetCPUUtilizationPercentage: 60
`;

const BAD_HPA = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: bad
spec:
  scaleTargetRef:
    kind: Deployment
    name: ""
  minReplicas: 3
  maxReplicas: 2
`;

async function ok(args: string[]): Promise<string> {
  const r = await mk(cluster, args);
  if (r.exitCode !== 0) throw new Error(`mk ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  cluster = new TestCluster();
  await cluster.start();
  writeFileSync(file('web.yaml'), deployment('web', 'nginx', '100m', 1));
  writeFileSync(file('burn.yaml'), deployment('burn', 'busybox', '10m', 1, ['sh', '-c', 'while true; do :; done']));
  writeFileSync(file('idle.yaml'), deployment('idle', 'nginx', '100m', 0));
  writeFileSync(file('idle-hpa.yaml'), IDLE_HPA_V1);
  writeFileSync(file('bad-hpa.yaml'), BAD_HPA);
  for (const f of ['web.yaml', 'burn.yaml', 'idle.yaml', 'idle-hpa.yaml']) await ok(['apply', '-f', file(f)]);
  await ok(['autoscale', 'deployment', 'burn', '--cpu-percent=50', '--min=1', '--max=3']);
}, 60_000);

afterAll(async () => {
  await cluster?.destroy();
});

describe('HPA walkthrough', () => {
  it('autoscale creates the HPA, which reads 0% from an idle nginx', async () => {
    expect(await ok(['autoscale', 'deployment', 'web', '--cpu-percent=50', '--min=1', '--max=4'])).toBe('horizontalpodautoscaler.autoscaling/web autoscaled\n');
    // the first sync comes after one 15 s period; a fresh pod's CPU counts after a full sample
    const table = await waitFor(async () => {
      const out = await ok(['get', 'hpa', 'web']);
      return out.includes('cpu: 0%/50%') && out;
    }, 'web HPA at cpu: 0%/50%', 120_000);
    expect(table).toMatch(/^NAME\s+REFERENCE\s+TARGETS\s+MINPODS\s+MAXPODS\s+REPLICAS\s+AGE\nweb\s+Deployment\/web\s+cpu: 0%\/50%\s+1\s+4\s+1\s+\S+\n$/);
  }, 150_000);

  it('scales a CPU-burning deployment up and records why', async () => {
    await waitFor(async () => Number(await ok(['get', 'deployment', 'burn', '-o', 'jsonpath={.spec.replicas}'])) > 1, 'burn scaled above 1 replica', 120_000);
    const events = await ok(['get', 'events', '--field-selector', 'involvedObject.name=burn,involvedObject.kind=HorizontalPodAutoscaler', '-o', 'jsonpath={range .items[*]}{.reason}: {.message}{"\\n"}{end}']);
    expect(events).toMatch(/SuccessfulRescale: New size: [23]; reason: cpu resource utilization \(percentage of request\) above target/);
    const hpa = JSON.parse(await ok(['get', 'hpa', 'burn', '-o', 'json']));
    expect(hpa.status.lastScaleTime).toBeTruthy();
    expect(hpa.status.conditions.map((c: { type: string }) => c.type)).toEqual(['AbleToScale', 'ScalingActive', 'ScalingLimited']);
  }, 150_000);
});

describe('HPA output vs kubectl', () => {
  beforeAll(async () => {
    // the idle HPA's first sync writes its (from then on fixed) conditions
    await waitFor(async () => (await ok(['get', 'hpa', 'idle', '-o', 'jsonpath={.status.conditions[*].reason}'])).includes('ScalingDisabled'), 'idle HPA synced', 60_000);
  }, 70_000);

  const same = async (args: string[], versions: ('1.33' | '1.27')[] = ['1.33']) => {
    const m = await mk(cluster, args);
    for (const v of versions) {
      const k = await kubectl(cluster, v, args);
      expect({ out: normalise(m.stdout), err: normalise(m.stderr), code: m.exitCode }, `${v}: ${args.join(' ')}`).toEqual({ out: normalise(k.stdout), err: normalise(k.stderr), code: k.exitCode });
    }
    return m;
  };

  it('get hpa, also with kubectl 1.27', async () => {
    const m = await same(['get', 'hpa', 'idle'], ['1.33', '1.27']);
    expect(m.stdout).toContain('cpu: <unknown>/60%');
  });

  it('get the v1 object as yaml: targetCPUUtilizationPercentage and the conditions annotation', async () => {
    const m = await same(['get', 'horizontalpodautoscalers.v1.autoscaling', 'idle', '-o', 'yaml'], ['1.33', '1.27']);
    expect(m.stdout).toContain('apiVersion: autoscaling/v1');
    expect(m.stdout).toContain('targetCPUUtilizationPercentage: 60');
    expect(m.stdout).toContain('autoscaling.alpha.kubernetes.io/conditions');
  });

  it('describe hpa', async () => {
    const m = await same(['describe', 'hpa', 'idle']);
    expect(m.stdout).toContain('resource cpu on pods  (as a percentage of request):');
  });

  it('autoscale --dry-run=client -o yaml', async () => {
    await same(['autoscale', 'deployment', 'web', '--cpu-percent=50', '--min=1', '--max=4', '--dry-run=client', '-o', 'yaml']);
    await same(['autoscale', 'deployment', 'web', '--max=2', '--name', 'other', '--dry-run=client', '-o', 'yaml']);
  });

  it('autoscale -f, --save-config and the template flags', async () => {
    writeFileSync(file('web-deploy.yaml'), await ok(['get', 'deployment', 'web', '-o', 'yaml']));
    await same(['autoscale', '-f', file('web-deploy.yaml'), '--max=3', '--dry-run=client', '-o', 'yaml']);
    // a client dry run prints the object before --save-config annotates it; the server sees the annotation
    await same(['autoscale', 'deployment', 'web', '--max=3', '--save-config', '--dry-run=client', '-o', 'yaml']);
    await same(['autoscale', 'deployment', 'web', '--min=2', '--max=3', '--cpu-percent=70', '--save-config', '--dry-run=server', '-o', 'jsonpath={.metadata.annotations}']);
    await same(['autoscale', 'deployment/web', '--max=3', '--dry-run=client', '--template={{.spec.scaleTargetRef.name}}']);
    await same(['autoscale', '--max=3']);
  });

  it('autoscale errors', async () => {
    await same(['autoscale', 'deployment', 'web', '--min=5', '--max=2']);
    await same(['autoscale', 'deployment', 'nope', '--max=2']);
    await same(['autoscale', 'deployment', 'web', '--max=2']);
  });

  it('a validation error from the server', async () => {
    const r = await differential(cluster, { args: ['create', '-f', file('bad-hpa.yaml')] });
    expect(r.mk).toEqual(r.kubectl);
    expect(r.mk.stderr).toContain('spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`');
  });
});
