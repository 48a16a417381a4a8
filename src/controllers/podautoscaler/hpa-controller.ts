// The horizontal pod autoscaler (pkg/controller/podautoscaler/horizontal.go): every 15 s per
// HPA (the work queue's addAfter), read the target's scale, the selected pods and their
// usage, compute and stabilize the desired count, rescale, and write status and events.
import { isDeepStrictEqual } from 'node:util';
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject, ResourceRef } from '../../client/types.js';
import { findByKind } from '../../apiserver/resources.js';
import { parseLabelSelector } from '../../apiserver/selectors.js';
import { parseQuantity, quantityMilliValue } from '../../cli/describe/quantity.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { WorkQueue } from '../framework/workqueue.js';
import { setCondition } from './conditions.js';
import { limitWithBehavior, limitWithRules, stabilize, stabilizeWithBehavior, type Recommendation, type ScaleEvent } from './normalize.js';
import { resourceReplicas, type PodMetric } from './replica-calculator.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** --horizontal-pod-autoscaler-sync-period */
export const SYNC_PERIOD_MS = 15_000;

/** metrics.k8s.io PodMetricsList for the pods a selector picks in a namespace. */
export type PodMetricsSource = (namespace: string, labelSelector: string) => Promise<{ items: Obj[] }>;

const milli = (q: unknown): number => {
  const p = parseQuantity(q as string);
  return p ? quantityMilliValue(p) : 0;
};
const milliQuantity = (m: number): string => (m === 0 ? '0' : m % 1000 === 0 ? String(m / 1000) : `${m}m`);
const windowMs = (w: unknown): number => (typeof w === 'string' && /^[\d.]+s$/.test(w) ? parseFloat(w) * 1000 : 0);

class MetricError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

export class HorizontalPodAutoscalerController {
  private hpas: Informer;
  private pods: Informer;
  private queue: WorkQueue;
  private recorder: EventRecorder;
  private pending = new Set<string>();
  private recommendations = new Map<string, Recommendation[]>();
  private upEvents = new Map<string, ScaleEvent[]>();
  private downEvents = new Map<string, ScaleEvent[]>();

  constructor(
    private client: ApiClient,
    private metrics: PodMetricsSource,
    private syncPeriodMs = SYNC_PERIOD_MS,
  ) {
    this.hpas = new Informer(client, R.horizontalpodautoscalers);
    this.pods = new Informer(client, R.pods);
    this.recorder = new EventRecorder(client, { component: 'horizontal-pod-autoscaler' });
    this.queue = new WorkQueue((key) => this.sync(key), 2);
    const enqueue = (o: KubeObject) => this.schedule(`${o.metadata.namespace}/${o.metadata.name}`);
    this.hpas.on({ add: enqueue, update: (_o, n) => enqueue(n) });
  }

  async start(): Promise<void> {
    await Promise.all([this.pods.start(), this.hpas.start()]);
  }

  stop(): void {
    this.queue.stop();
    this.hpas.stop();
    this.pods.stop();
  }

  /** One pending resync per HPA, like the controller's fixed-interval rate limiter. */
  private schedule(key: string): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.queue.addAfter(key, this.syncPeriodMs);
  }

  private async sync(key: string): Promise<void> {
    this.pending.delete(key);
    const [ns, name] = key.split('/');
    const hpa = this.hpas.get(ns, name);
    if (!hpa) {
      this.recommendations.delete(key);
      this.upEvents.delete(key);
      this.downEvents.delete(key);
      return;
    }
    try {
      await this.reconcile(key, structuredClone(hpa));
    } finally {
      this.schedule(key);
    }
  }

  private targetResource(ref: Obj): ResourceRef {
    const info = findByKind(ref.apiVersion ?? '', ref.kind ?? '');
    if (!info || !info.subresources.some((s) => s.name === 'scale')) {
      const group = (ref.apiVersion ?? '').includes('/') ? ref.apiVersion.split('/')[0] : '';
      throw new Error(`no matches for kind "${ref.kind}" in group "${group}"`);
    }
    return { group: info.group, version: info.version, resource: info.resource };
  }

  private async reconcile(key: string, hpa: KubeObject): Promise<void> {
    const original = structuredClone(hpa.status ?? {});
    const spec: Obj = hpa.spec ?? {};
    const status: Obj = (hpa.status = { ...(hpa.status ?? {}) });
    const ns = hpa.metadata.namespace!;
    let target: ResourceRef;
    let scale: KubeObject;
    try {
      target = this.targetResource(spec.scaleTargetRef ?? {});
      scale = await this.client.get(target, ns, spec.scaleTargetRef.name, { subresource: 'scale' });
    } catch (e) {
      const msg = (e as Error).message;
      setCondition(status, 'AbleToScale', 'False', 'FailedGetScale', `the HPA controller was unable to get the target's current scale: ${msg}`);
      await this.recorder.record(hpa, 'Warning', 'FailedGetScale', msg);
      await this.writeStatus(hpa, original);
      return;
    }
    setCondition(status, 'AbleToScale', 'True', 'SucceededGetScale', "the HPA controller was able to get the target's current scale");
    const current: number = scale.spec?.replicas ?? 0;
    if (!this.recommendations.has(key)) this.recommendations.set(key, [{ replicas: current, at: Date.now() }]);
    const min: number = spec.minReplicas ?? 1;
    const max: number = spec.maxReplicas ?? 0;
    let desired = 0;
    let reason = '';
    let metricStatuses: Obj[] = [];
    if (current === 0 && min !== 0) {
      setCondition(status, 'ScalingActive', 'False', 'ScalingDisabled', 'scaling is disabled since the replica count of the target is zero');
      desired = 0;
    } else if (current > max) {
      reason = 'Current number of replicas above Spec.MaxReplicas';
      desired = max;
    } else if (current < min) {
      reason = 'Current number of replicas below Spec.MinReplicas';
      desired = min;
    } else {
      const computed = await this.computeReplicas(hpa, scale, status);
      metricStatuses = computed.statuses;
      if (computed.error) {
        this.setStatus(status, current, status.desiredReplicas ?? 0, metricStatuses, false);
        await this.writeStatus(hpa, original);
        await this.recorder.record(hpa, 'Warning', 'FailedComputeMetricsReplicas', computed.error);
        return;
      }
      if (computed.replicas > current) reason = `${computed.metric} above target`;
      if (computed.replicas < current) reason = 'All metrics below target';
      desired = this.normalize(key, status, spec, current, computed.replicas, min, max);
    }
    const rescale = desired !== current && !(current === 0 && min !== 0);
    if (rescale) {
      try {
        await this.client.update(target, ns, { ...scale, spec: { ...scale.spec, replicas: desired } }, { subresource: 'scale' });
      } catch (e) {
        const msg = (e as Error).message;
        await this.recorder.record(hpa, 'Warning', 'FailedRescale', `New size: ${desired}; reason: ${reason}; error: ${msg}`);
        setCondition(status, 'AbleToScale', 'False', 'FailedUpdateScale', `the HPA controller was unable to update the target scale: ${msg}`);
        this.setStatus(status, current, status.desiredReplicas ?? 0, metricStatuses, false);
        await this.writeStatus(hpa, original);
        return;
      }
      setCondition(status, 'AbleToScale', 'True', 'SucceededRescale', `the HPA controller was able to update the target scale to ${desired}`);
      await this.recorder.record(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
      this.storeScaleEvent(key, spec.behavior, current, desired);
    } else desired = current;
    this.setStatus(status, current, desired, metricStatuses, rescale);
    await this.writeStatus(hpa, original);
  }

  private normalize(key: string, status: Obj, spec: Obj, current: number, proposal: number, min: number, max: number): number {
    const history = this.recommendations.get(key)!;
    const now = Date.now();
    let stabilized: number;
    let limited;
    if (!spec.behavior) {
      stabilized = stabilize(history, proposal, now);
      if (stabilized !== proposal) setCondition(status, 'AbleToScale', 'True', 'ScaleDownStabilized', 'recent recommendations were higher than current one, applying the highest recent recommendation');
      else setCondition(status, 'AbleToScale', 'True', 'ReadyForNewScale', 'recommended size matches current size');
      limited = limitWithRules(current, stabilized, min, max);
    } else {
      const s = stabilizeWithBehavior(history, current, proposal, spec.behavior, now);
      stabilized = s.replicas;
      if (stabilized !== proposal) setCondition(status, 'AbleToScale', 'True', s.reason, s.message);
      else setCondition(status, 'AbleToScale', 'True', 'ReadyForNewScale', 'recommended size matches current size');
      limited = limitWithBehavior(current, stabilized, min, max, spec.behavior, this.upEvents.get(key) ?? [], this.downEvents.get(key) ?? [], now);
    }
    setCondition(status, 'ScalingLimited', limited.replicas === stabilized ? 'False' : 'True', limited.reason, limited.message);
    return limited.replicas;
  }

  private storeScaleEvent(key: string, behavior: Obj | undefined, from: number, to: number): void {
    if (!behavior) return;
    const map = to > from ? this.upEvents : this.downEvents;
    const rules = to > from ? behavior.scaleUp : behavior.scaleDown;
    const longest = Math.max(0, ...(rules?.policies ?? []).map((p: Obj) => p.periodSeconds ?? 0)) * 1000;
    const now = Date.now();
    const events = (map.get(key) ?? []).filter((e) => e.at > now - longest);
    events.push({ change: Math.abs(to - from), at: now });
    map.set(key, events);
  }

  /** computeReplicasForMetrics: the largest proposal across metrics, or the first error. */
  private async computeReplicas(hpa: KubeObject, scale: KubeObject, status: Obj) {
    const specs: Obj[] = hpa.spec?.metrics ?? [];
    const statuses: Obj[] = specs.map(() => ({ type: '' }));
    const selector: string = scale.status?.selector ?? '';
    if (!selector) {
      await this.recorder.record(hpa, 'Warning', 'SelectorRequired', 'selector is required');
      setCondition(status, 'ScalingActive', 'False', 'InvalidSelector', "the HPA target's scale is missing a selector");
      return { replicas: -1, metric: '', statuses, error: 'selector is required' };
    }
    let replicas = 0;
    let metric = '';
    let invalid = 0;
    let firstError: MetricError | undefined;
    for (const [i, spec] of specs.entries()) {
      try {
        const r = await this.computeForMetric(hpa, spec, scale, selector, statuses, i);
        if (replicas === 0 || r.replicas > replicas) {
          replicas = r.replicas;
          metric = r.metric;
        }
      } catch (e) {
        const err = e instanceof MetricError ? e : new MetricError((e as Error).message, 'FailedGetResourceMetric');
        await this.recorder.record(hpa, 'Warning', err.reason, err.message);
        if (!firstError) firstError = err;
        invalid++;
      }
    }
    if (firstError && (invalid >= specs.length || replicas < (scale.spec?.replicas ?? 0))) {
      setCondition(status, 'ScalingActive', 'False', firstError.reason, `the HPA was unable to compute the replica count: ${firstError.message}`);
      return { replicas: -1, metric: '', statuses, error: `invalid metrics (${invalid} invalid out of ${specs.length}), first error is: ${firstError.message}` };
    }
    setCondition(status, 'ScalingActive', 'True', 'ValidMetricFound', `the HPA was able to successfully calculate a replica count from ${metric}`);
    return { replicas, metric, statuses, error: undefined };
  }

  private async computeForMetric(hpa: KubeObject, spec: Obj, scale: KubeObject, selector: string, statuses: Obj[], i: number) {
    const source = spec.type === 'Resource' ? spec.resource : spec.type === 'ContainerResource' ? spec.containerResource : undefined;
    if (!source) throw new MetricError(`unable to get metric ${spec.type}: metric source type not supported by mk`, `FailedGet${spec.type}Metric`);
    const reason = spec.type === 'Resource' ? 'FailedGetResourceMetric' : 'FailedGetContainerResourceMetric';
    const name: string = source.name;
    const target: Obj = source.target ?? {};
    const ns = hpa.metadata.namespace!;
    const matches = parseLabelSelector(selector);
    const pods = this.pods.list(ns).filter((p) => matches(p.metadata.labels));
    const current: number = scale.spec?.replicas ?? 0;
    if (target.averageUtilization === undefined || target.averageUtilization === null)
      throw new MetricError('invalid resource metric source: neither an average utilization target nor an average value (usage) target was set', reason);
    let result;
    try {
      const metrics = await this.podMetrics(ns, selector, name, spec.type === 'ContainerResource' ? source.container : '');
      result = resourceReplicas({ currentReplicas: current, targetUtilization: target.averageUtilization, resource: name, pods, metrics, milliOf: milli, now: Date.now() });
    } catch (e) {
      throw new MetricError(`failed to get ${name} utilization: ${(e as Error).message}`, reason);
    }
    const current_ = { averageValue: milliQuantity(result.rawUtilization), averageUtilization: result.utilization };
    statuses[i] = spec.type === 'Resource' ? { type: 'Resource', resource: { name, current: current_ } } : { type: 'ContainerResource', containerResource: { name, current: current_, container: source.container } };
    return { replicas: result.replicas, metric: `${name} resource utilization (percentage of request)` };
  }

  /** metricsclient.GetResourceMetric: each pod's usage summed over its containers. */
  private async podMetrics(ns: string, selector: string, resource: string, container: string): Promise<Map<string, PodMetric>> {
    let list;
    try {
      list = await this.metrics(ns, selector);
    } catch (e) {
      throw new Error(`unable to get metrics for resource ${resource}: unable to fetch metrics from resource metrics API: ${(e as Error).message}`);
    }
    if (!list.items.length) throw new Error(`unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`);
    const out = new Map<string, PodMetric>();
    for (const item of list.items) {
      const containers: Obj[] = (item.containers ?? []).filter((c: Obj) => !container || c.name === container);
      if (!containers.length || containers.some((c) => c.usage?.[resource] === undefined)) continue;
      const value = containers.reduce((s, c) => s + milli(c.usage[resource]), 0);
      out.set(item.metadata.name, { value, timestamp: Date.parse(item.timestamp), windowMs: windowMs(item.window) });
    }
    return out;
  }

  private setStatus(status: Obj, current: number, desired: number, metrics: Obj[], rescale: boolean): void {
    status.currentReplicas = current;
    status.desiredReplicas = desired;
    status.currentMetrics = metrics.length ? metrics : null;
    if (rescale) status.lastScaleTime = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async writeStatus(hpa: KubeObject, original: Obj): Promise<void> {
    if (isDeepStrictEqual(original, hpa.status)) return;
    try {
      await this.client.update(R.horizontalpodautoscalers, hpa.metadata.namespace, hpa, { subresource: 'status' });
    } catch (e) {
      await this.recorder.record(hpa, 'Warning', 'FailedUpdateStatus', (e as Error).message);
    }
  }
}
