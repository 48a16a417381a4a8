// autoscaling/v1 <-> autoscaling/v2 HorizontalPodAutoscaler, as pkg/apis/autoscaling/v1/
// conversion.go (1.33): v1 carries one CPU utilization target; every other metric, the
// current metrics and the conditions ride in autoscaling.alpha.kubernetes.io annotations,
// JSON-encoded in v1's old (v2beta1-like) metric shapes.
import type { KubeObject } from '../../client/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export const METRIC_SPECS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/metrics';
export const METRIC_STATUSES_ANNOTATION = 'autoscaling.alpha.kubernetes.io/current-metrics';
export const CONDITIONS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/conditions';
export const BEHAVIOR_ANNOTATION = 'autoscaling.alpha.kubernetes.io/behavior';
const ROUND_TRIP_ANNOTATIONS = [METRIC_SPECS_ANNOTATION, METRIC_STATUSES_ANNOTATION, CONDITIONS_ANNOTATION, BEHAVIOR_ANNOTATION];
export const DEFAULT_CPU_UTILIZATION = 80;

const present = (v: unknown): boolean => v !== undefined && v !== null;
/** Drops undefined members so JSON encoding matches Go's omitempty. */
function compact(o: Obj): Obj {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

const isCpuUtilization = (m: Obj): boolean =>
  m?.type === 'Resource' && m.resource?.name === 'cpu' && present(m.resource?.target?.averageUtilization);

// ---- metric specs

function specToV1(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) {
    const t = m.object.target ?? {};
    out.object = compact({
      target: m.object.describedObject ?? {},
      metricName: m.object.metric?.name ?? '',
      targetValue: t.value ?? '0',
      selector: m.object.metric?.selector,
      averageValue: t.averageValue,
    });
  }
  if (m.pods) out.pods = compact({ metricName: m.pods.metric?.name ?? '', targetAverageValue: m.pods.target?.averageValue ?? '0', selector: m.pods.metric?.selector });
  if (m.resource)
    out.resource = compact({ name: m.resource.name, targetAverageUtilization: m.resource.target?.averageUtilization, targetAverageValue: m.resource.target?.averageValue });
  if (m.containerResource) {
    const c = m.containerResource;
    out.containerResource = compact({ name: c.name, targetAverageUtilization: c.target?.averageUtilization, targetAverageValue: c.target?.averageValue, container: c.container ?? '' });
  }
  if (m.external)
    out.external = compact({
      metricName: m.external.metric?.name ?? '',
      metricSelector: m.external.metric?.selector,
      targetValue: m.external.target?.value,
      targetAverageValue: m.external.target?.averageValue,
    });
  return out;
}

const metricId = (name: string | undefined, selector: unknown): Obj => compact({ name: name ?? '', selector: selector ?? undefined });
const resourceTarget = (utilization: unknown, averageValue: unknown): Obj =>
  compact({ type: present(utilization) ? 'Utilization' : 'AverageValue', averageValue: averageValue ?? undefined, averageUtilization: utilization ?? undefined });

function specToV2(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) {
    const o = m.object;
    out.object = {
      describedObject: o.target ?? {},
      target: compact({ type: present(o.averageValue) ? 'AverageValue' : 'Value', value: o.targetValue ?? '0', averageValue: o.averageValue ?? undefined }),
      metric: metricId(o.metricName, o.selector),
    };
  }
  if (m.pods) out.pods = { metric: metricId(m.pods.metricName, m.pods.selector), target: { type: 'AverageValue', averageValue: m.pods.targetAverageValue ?? '0' } };
  if (m.resource) out.resource = { name: m.resource.name, target: resourceTarget(m.resource.targetAverageUtilization, m.resource.targetAverageValue) };
  if (m.containerResource) {
    const c = m.containerResource;
    out.containerResource = { name: c.name, target: resourceTarget(c.targetAverageUtilization, c.targetAverageValue), container: c.container ?? '' };
  }
  if (m.external) {
    const e = m.external;
    out.external = {
      metric: metricId(e.metricName, e.metricSelector),
      target: compact({ type: present(e.targetValue) ? 'Value' : 'AverageValue', value: e.targetValue ?? undefined, averageValue: e.targetAverageValue ?? undefined }),
    };
  }
  return out;
}

// ---- metric statuses

function statusToV1(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) {
    const c = m.object.current ?? {};
    out.object = compact({ target: m.object.describedObject ?? {}, metricName: m.object.metric?.name ?? '', currentValue: c.value ?? '0', selector: m.object.metric?.selector, averageValue: c.averageValue });
  }
  if (m.pods) out.pods = compact({ metricName: m.pods.metric?.name ?? '', currentAverageValue: m.pods.current?.averageValue ?? '0', selector: m.pods.metric?.selector });
  if (m.resource)
    out.resource = compact({ name: m.resource.name, currentAverageUtilization: m.resource.current?.averageUtilization, currentAverageValue: m.resource.current?.averageValue ?? '0' });
  if (m.containerResource) {
    const c = m.containerResource;
    out.containerResource = compact({ name: c.name, currentAverageUtilization: c.current?.averageUtilization, currentAverageValue: c.current?.averageValue ?? '0', container: c.container ?? '' });
  }
  if (m.external)
    out.external = compact({
      metricName: m.external.metric?.name ?? '',
      metricSelector: m.external.metric?.selector,
      currentValue: m.external.current?.value ?? '0',
      currentAverageValue: m.external.current?.averageValue,
    });
  return out;
}

function statusToV2(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) out.object = { metric: metricId(m.object.metricName, m.object.selector), current: compact({ value: m.object.currentValue ?? '0', averageValue: m.object.averageValue ?? undefined }), describedObject: m.object.target ?? {} };
  if (m.pods) out.pods = { metric: metricId(m.pods.metricName, m.pods.selector), current: { averageValue: m.pods.currentAverageValue ?? '0' } };
  if (m.resource) out.resource = { name: m.resource.name, current: compact({ averageValue: m.resource.currentAverageValue ?? '0', averageUtilization: m.resource.currentAverageUtilization ?? undefined }) };
  if (m.containerResource) {
    const c = m.containerResource;
    out.containerResource = { name: c.name, current: compact({ averageValue: c.currentAverageValue ?? '0', averageUtilization: c.currentAverageUtilization ?? undefined }), container: c.container ?? '' };
  }
  if (m.external) out.external = { metric: metricId(m.external.metricName, m.external.metricSelector), current: compact({ value: m.external.currentValue ?? '0', averageValue: m.external.currentAverageValue ?? undefined }) };
  return out;
}

// ---- behavior: the annotation holds Go's encoding of the internal type (no json tags)

function rulesToGo(r: Obj | undefined): Obj | null {
  if (!r) return null;
  return {
    StabilizationWindowSeconds: r.stabilizationWindowSeconds ?? null,
    SelectPolicy: r.selectPolicy ?? null,
    Policies: r.policies ? r.policies.map((p: Obj) => ({ Type: p.type ?? '', Value: p.value ?? 0, PeriodSeconds: p.periodSeconds ?? 0 })) : null,
    Tolerance: r.tolerance ?? null,
  };
}

function rulesFromGo(r: Obj | null | undefined): Obj | undefined {
  if (!r) return undefined;
  return compact({
    stabilizationWindowSeconds: r.StabilizationWindowSeconds ?? undefined,
    selectPolicy: r.SelectPolicy ?? undefined,
    policies: r.Policies ? r.Policies.map((p: Obj) => ({ type: p.Type, value: p.Value, periodSeconds: p.PeriodSeconds })) : undefined,
    tolerance: r.Tolerance ?? undefined,
  });
}

const conditionOf = (c: Obj): Obj => compact({ type: c.type, status: c.status, lastTransitionTime: c.lastTransitionTime ?? null, reason: c.reason || undefined, message: c.message || undefined });

// ---- whole objects

/** The stored v2 object as autoscaling/v1 serves it. */
export function hpaToV1(obj: KubeObject): KubeObject {
  const spec: Obj = obj.spec ?? {};
  const status: Obj = obj.status ?? {};
  const metrics: Obj[] = spec.metrics ?? [];
  const other = metrics.filter((m) => !isCpuUtilization(m)).map(specToV1);
  const current: Obj[] = (status.currentMetrics ?? []).map(statusToV1);
  const conditions: Obj[] = (status.conditions ?? []).map(conditionOf);
  const metadata = { ...obj.metadata };
  const annotations: Record<string, string> = { ...(metadata.annotations ?? {}) };
  for (const k of ROUND_TRIP_ANNOTATIONS) delete annotations[k];
  if (other.length) annotations[METRIC_SPECS_ANNOTATION] = JSON.stringify(other);
  if (current.length) annotations[METRIC_STATUSES_ANNOTATION] = JSON.stringify(current);
  if (spec.behavior) annotations[BEHAVIOR_ANNOTATION] = JSON.stringify({ ScaleUp: rulesToGo(spec.behavior.scaleUp), ScaleDown: rulesToGo(spec.behavior.scaleDown) });
  if (conditions.length) annotations[CONDITIONS_ANNOTATION] = JSON.stringify(conditions);
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  else delete metadata.annotations;
  // the first CPU resource metric decides, whatever its target type
  const cpu = metrics.find((m) => m?.type === 'Resource' && m.resource?.name === 'cpu');
  const currentCpu = (status.currentMetrics ?? []).filter((m: Obj) => m?.type === 'Resource' && m.resource?.name === 'cpu' && present(m.resource?.current?.averageUtilization)).pop();
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'HorizontalPodAutoscaler',
    metadata,
    spec: compact({
      scaleTargetRef: spec.scaleTargetRef ?? { kind: '', name: '' },
      minReplicas: spec.minReplicas ?? undefined,
      maxReplicas: spec.maxReplicas ?? 0,
      targetCPUUtilizationPercentage: cpu?.resource?.target?.averageUtilization ?? undefined,
    }),
    status: compact({
      observedGeneration: status.observedGeneration ?? undefined,
      lastScaleTime: status.lastScaleTime ?? undefined,
      currentReplicas: status.currentReplicas ?? 0,
      desiredReplicas: status.desiredReplicas ?? 0,
      currentCPUUtilizationPercentage: currentCpu?.resource?.current?.averageUtilization,
    }),
  };
}

function parseBehavior(annotations: Record<string, string>): Obj | undefined {
  const raw = annotations[BEHAVIOR_ANNOTATION];
  if (raw === undefined) return undefined;
  delete annotations[BEHAVIOR_ANNOTATION];
  try {
    const b = JSON.parse(raw);
    return b && typeof b === 'object' ? compact({ scaleUp: rulesFromGo(b.ScaleUp), scaleDown: rulesFromGo(b.ScaleDown) }) : undefined;
  } catch {
    return undefined;
  }
}

function parseAnnotation(annotations: Record<string, string>, key: string): Obj[] | undefined {
  const raw = annotations[key];
  if (raw === undefined) return undefined;
  delete annotations[key];
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** An autoscaling/v1 object in the stored v2 form (metrics defaulted to CPU 80% when none). */
export function hpaFromV1(obj: KubeObject): KubeObject {
  const spec: Obj = obj.spec ?? {};
  const status: Obj | undefined = obj.status;
  const metadata = { ...(obj.metadata ?? {}) };
  const annotations: Record<string, string> = { ...(metadata.annotations ?? {}) };
  let metrics: Obj[] = [];
  if (present(spec.targetCPUUtilizationPercentage))
    metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.targetCPUUtilizationPercentage } } }];
  const other = parseAnnotation(annotations, METRIC_SPECS_ANNOTATION);
  if (other) metrics = [...other.map(specToV2), ...metrics];
  if (!metrics.length) metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  let currentMetrics: Obj[] | null = null;
  if (present(status?.currentCPUUtilizationPercentage))
    currentMetrics = [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: status!.currentCPUUtilizationPercentage } } }];
  const current = parseAnnotation(annotations, METRIC_STATUSES_ANNOTATION);
  if (current) currentMetrics = current.map(statusToV2);
  const conditions = parseAnnotation(annotations, CONDITIONS_ANNOTATION)?.map(conditionOf);
  const behavior = parseBehavior(annotations);
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  else delete metadata.annotations;
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata,
    spec: compact({ scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas ?? undefined, maxReplicas: spec.maxReplicas, metrics, behavior }),
    status: compact({
      observedGeneration: status?.observedGeneration ?? undefined,
      lastScaleTime: status?.lastScaleTime ?? undefined,
      currentReplicas: status?.currentReplicas || undefined,
      desiredReplicas: status?.desiredReplicas ?? 0,
      currentMetrics,
      conditions: conditions?.length ? conditions : undefined,
    }),
  };
}
