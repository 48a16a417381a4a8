// Daemon component for the HPA controller. Pod usage comes from the same in-daemon
// source that serves metrics.k8s.io (MetricsApi), in its PodMetricsList form.
import type { Component } from '../../cluster/components.js';
import { paths } from '../../cluster/paths.js';
import { MetricsApi } from '../../apiserver/metrics.js';
import { HorizontalPodAutoscalerController } from './hpa-controller.js';

export const horizontalPodAutoscalerComponent: Component = {
  name: 'horizontal-pod-autoscaler',
  async start(ctx) {
    const metrics = new MetricsApi(ctx.client, paths.pods(ctx.home));
    const source = async (ns: string, labelSelector: string) => (await metrics.pods(ns, undefined, new URLSearchParams({ labelSelector }))) as { items: Record<string, unknown>[] };
    const c = new HorizontalPodAutoscalerController(ctx.client, source);
    await c.start();
    return { stop: () => c.stop() };
  },
};
