// HorizontalPodAutoscaler: replica calculation, stabilization and rate limits, v1<->v2
// conversion, defaulting and validation messages.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { resourceReplicas, type PodMetric } from '../../src/controllers/podautoscaler/replica-calculator.js';
import { limitWithBehavior, limitWithRules, stabilize, stabilizeWithBehavior } from '../../src/controllers/podautoscaler/normalize.js';
import { hpaFromV1, hpaToV1, METRIC_SPECS_ANNOTATION } from '../../src/apiserver/rest/hpa-conversion.js';
import { defaultHorizontalPodAutoscaler } from '../../src/apiserver/defaulting/hpa.js';
import { validateHorizontalPodAutoscalerSpec } from '../../src/apiserver/validation/hpa.js';
import { formatFieldError } from '../../src/apiserver/errors.js';
import { formatHPAMetrics } from '../../src/apiserver/tables/hpa.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const milli = (q: unknown) => (String(q).endsWith('m') ? parseInt(String(q), 10) : Number(q) * 1000);

/** A running pod started 10 minutes ago, ready since then, requesting `cpu`. */
function pod(name: string, cpu: string | undefined = '100m', extra: { ready?: boolean; startedAgoMs?: number; phase?: string } = {}): KubeObject {
  const started = NOW - (extra.startedAgoMs ?? 10 * 60_000);
  return {
    metadata: { name },
    spec: { containers: [{ name: 'c', resources: cpu ? { requests: { cpu } } : {} }] },
    status: { phase: extra.phase ?? 'Running', startTime: iso(started), conditions: [{ type: 'Ready', status: extra.ready === false ? 'False' : 'True', lastTransitionTime: iso(started + 1000) }] },
  } as KubeObject;
}
const metric = (value: number): PodMetric => ({ value, timestamp: NOW - 15_000, windowMs: 15_000 });
const calc = (current: number, target: number, pods: KubeObject[], usage: Record<string, number>) =>
  resourceReplicas({ currentReplicas: current, targetUtilization: target, resource: 'cpu', pods, metrics: new Map(Object.entries(usage).map(([k, v]) => [k, metric(v)])), milliOf: milli, now: NOW });

describe('replica calculation', () => {
  it('scales by the usage ratio', () => {
    const r = calc(2, 50, [pod('a'), pod('b')], { a: 100, b: 100 });
    expect(r).toEqual({ replicas: 4, utilization: 100, rawUtilization: 100 });
  });
  it('keeps the count inside the 10% tolerance', () => {
    expect(calc(2, 50, [pod('a'), pod('b')], { a: 54, b: 54 }).replicas).toBe(2);
    expect(calc(2, 50, [pod('a'), pod('b')], { a: 56, b: 56 }).replicas).toBe(3);
  });
  it('scales down when idle', () => {
    expect(calc(4, 50, [pod('a'), pod('b'), pod('c'), pod('d')], { a: 0, b: 0, c: 0, d: 0 }).replicas).toBe(0);
  });
  it('treats missing pods as at 100% when scaling down, which may cancel the change', () => {
    // a,b idle; c has no metrics: assumed at its request, ratio 0.333 -> ceil(0.333*3) = 1
    expect(calc(3, 100, [pod('a'), pod('b'), pod('c')], { a: 0, b: 0 }).replicas).toBe(1);
    // with a 50% target the guess flips the direction: no change
    expect(calc(3, 50, [pod('a'), pod('b'), pod('c')], { a: 20, b: 20 }).replicas).toBe(3);
  });
  it('counts unready pods as idle when scaling up', () => {
    const young = pod('b', '100m', { ready: false, startedAgoMs: 60_000 });
    // a at 200% of a 50% target; b unready counts as 0: ratio (200/200*100)/50 = 2 -> ceil(2*2) = 4
    expect(calc(2, 50, [pod('a'), young], { a: 200, b: 200 }).replicas).toBe(4);
  });
  it('ignores pending and failed pods', () => {
    expect(calc(1, 50, [pod('a'), pod('p', '100m', { phase: 'Pending' })], { a: 100 }).replicas).toBe(2);
  });
  it('fails without a CPU request, naming the container and pod', () => {
    expect(() => calc(1, 50, [pod('a', '')], { a: 10 })).toThrow('missing request for cpu in container c of Pod a');
  });
  it('fails with no pods or no usable metrics', () => {
    expect(() => calc(1, 50, [], {})).toThrow('no pods returned by selector while calculating replica count');
    expect(() => calc(1, 50, [pod('a', '100m', { ready: false, startedAgoMs: 60_000 })], { a: 10 })).toThrow('did not receive metrics for targeted pods (pods might be unready)');
  });
});

describe('normalization', () => {
  it('holds the highest recommendation of the stabilization window when scaling down', () => {
    const history = [{ replicas: 5, at: NOW - 60_000 }];
    expect(stabilize(history, 2, NOW)).toBe(5);
    // once older than five minutes the sample no longer counts
    expect(stabilize([{ replicas: 5, at: NOW - 301_000 }], 2, NOW)).toBe(2);
  });
  it('clamps to min/max and the default scale-up rate', () => {
    expect(limitWithRules(2, 1, 3, 10)).toMatchObject({ replicas: 3, reason: 'TooFewReplicas' });
    expect(limitWithRules(2, 12, 1, 4)).toMatchObject({ replicas: 4, reason: 'TooManyReplicas' });
    expect(limitWithRules(2, 12, 1, 20)).toMatchObject({ replicas: 4, reason: 'ScaleUpLimit' });
    expect(limitWithRules(2, 3, 1, 20)).toMatchObject({ replicas: 3, reason: 'DesiredWithinRange' });
  });
  it('applies behavior policies over recent scale events', () => {
    const behavior = { scaleUp: { selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] }, scaleDown: { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }] } };
    expect(limitWithBehavior(2, 6, 1, 10, behavior, [], [], NOW)).toMatchObject({ replicas: 3, reason: 'ScaleUpLimit' });
    // one pod already added this minute: no more
    expect(limitWithBehavior(3, 6, 1, 10, behavior, [{ change: 1, at: NOW - 10_000 }], [], NOW)).toMatchObject({ replicas: 3 });
    expect(limitWithBehavior(8, 1, 1, 10, behavior, [], [], NOW)).toMatchObject({ replicas: 4, reason: 'ScaleDownLimit' });
  });
  it('stabilizes in both directions with a behavior', () => {
    const history = [{ replicas: 6, at: NOW - 30_000 }];
    const s = stabilizeWithBehavior(history, 4, 2, { scaleUp: { stabilizationWindowSeconds: 0 }, scaleDown: { stabilizationWindowSeconds: 300 } }, NOW);
    // the window's 6 caps nothing below it: the count stays at the current 4
    expect(s).toMatchObject({ replicas: 4, reason: 'ScaleDownStabilized' });
    expect(stabilizeWithBehavior([], 4, 2, { scaleDown: { stabilizationWindowSeconds: 0 } }, NOW).replicas).toBe(2);
  });
});

describe('autoscaling/v1 conversion', () => {
  const v2: KubeObject = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 1,
      maxReplicas: 4,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
        { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } },
      ],
    },
    status: {
      currentReplicas: 2,
      desiredReplicas: 3,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '60m', averageUtilization: 60 } } }],
      conditions: [{ type: 'AbleToScale', status: 'True', lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'SucceededRescale', message: 'm' }],
    },
  } as KubeObject;

  it('keeps the CPU target as targetCPUUtilizationPercentage and the rest in annotations', () => {
    const v1 = hpaToV1(v2);
    expect(v1.spec).toEqual({ scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 4, targetCPUUtilizationPercentage: 50 });
    expect(v1.status).toEqual({ currentReplicas: 2, desiredReplicas: 3, currentCPUUtilizationPercentage: 60 });
    expect(v1.metadata.annotations?.[METRIC_SPECS_ANNOTATION]).toBe('[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"100Mi"}}]');
    expect(v1.metadata.annotations?.['autoscaling.alpha.kubernetes.io/current-metrics']).toBe('[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":60,"currentAverageValue":"60m"}}]');
  });
  it('round-trips through v1 without loss', () => {
    const back = hpaFromV1(hpaToV1(v2));
    expect(back.spec.metrics).toEqual([v2.spec.metrics[1], v2.spec.metrics[0]]);
    expect(back.status).toEqual(v2.status);
    expect(back.metadata.annotations).toBeUndefined();
  });
  it('gives a bare v1 object the default CPU 80% metric', () => {
    const v = hpaFromV1({ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'x' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'x' }, maxReplicas: 3 } } as KubeObject);
    expect(v.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }]);
  });
});

describe('defaulting and validation', () => {
  const errs = (spec: Record<string, unknown>) => validateHorizontalPodAutoscalerSpec({ spec }).map(formatFieldError);
  const ref = { kind: 'Deployment', name: 'web' };

  it('defaults minReplicas, the metric and a given behavior', () => {
    const obj: KubeObject = { metadata: {}, spec: { scaleTargetRef: ref, maxReplicas: 3, behavior: { scaleDown: { stabilizationWindowSeconds: 60 } } } } as KubeObject;
    defaultHorizontalPodAutoscaler(obj);
    expect(obj.spec.minReplicas).toBe(1);
    expect(obj.spec.metrics[0].resource.target.averageUtilization).toBe(80);
    expect(obj.spec.behavior.scaleUp.policies).toHaveLength(2);
    expect(obj.spec.behavior.scaleDown).toEqual({ stabilizationWindowSeconds: 60, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });
  });
  it('reports the bounds and the target as kube-apiserver does', () => {
    expect(errs({ scaleTargetRef: {}, minReplicas: 0, maxReplicas: 0 })).toEqual([
      'spec.minReplicas: Invalid value: 0: must be greater than or equal to 1',
      'spec.maxReplicas: Invalid value: 0: must be greater than 0',
      'spec.scaleTargetRef.kind: Required value',
      'spec.scaleTargetRef.name: Required value',
      'spec.metrics: Forbidden: must specify at least one Object or External metric to support scaling to zero replicas',
    ]);
    expect(errs({ scaleTargetRef: ref, minReplicas: 5, maxReplicas: 2 })).toEqual(['spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`']);
  });
  it('checks metric sources and targets', () => {
    expect(errs({ scaleTargetRef: ref, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 0 } } }] })).toEqual([
      'spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0',
    ]);
    expect(errs({ scaleTargetRef: ref, maxReplicas: 2, metrics: [{ type: 'Resource' }] })).toEqual(['spec.metrics[0].resource: Required value: must populate information for the given metric source']);
  });
});

describe('TARGETS column', () => {
  const cpu = { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } };
  it('prints current/target per metric, unknown before the first sync', () => {
    expect(formatHPAMetrics([cpu], null as unknown as undefined)).toBe('cpu: <unknown>/50%');
    expect(formatHPAMetrics([cpu], [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 0, averageValue: '0' } } }])).toBe('cpu: 0%/50%');
    expect(formatHPAMetrics([cpu, cpu, cpu], [])).toBe('cpu: <unknown>/50%, cpu: <unknown>/50% + 1 more...');
    expect(formatHPAMetrics([], [])).toBe('<none>');
  });
});
