// kubectl qos.GetPodQOS: status.qosClass when set, else computed from requests/limits.
import type { KubeObject } from '../../client/types.js';
import { addQuantity, cmpQuantity, parseQuantity, ZERO, type Quantity } from './quantity.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const QOS_RESOURCES = ['cpu', 'memory'];

function addPositive(into: Map<string, Quantity>, list: Record<string, string> | undefined): void {
  for (const [name, raw] of Object.entries(list ?? {})) {
    const q = parseQuantity(raw);
    if (!QOS_RESOURCES.includes(name) || !q || cmpQuantity(q, ZERO) <= 0) continue;
    const prev = into.get(name);
    into.set(name, prev ? addQuantity(q, prev) : q);
  }
}

const limitsCoverCpuAndMemory = (list: Record<string, string> | undefined): boolean =>
  QOS_RESOURCES.every((name) => {
    const q = parseQuantity(list?.[name]);
    return q !== undefined && cmpQuantity(q, ZERO) > 0;
  });

export function computePodQOS(pod: KubeObject): string {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  const podResources = pod.spec?.resources;
  if (podResources) {
    addPositive(requests, podResources.requests);
    if (podResources.limits) {
      addPositive(limits, podResources.limits);
      if (!limitsCoverCpuAndMemory(podResources.limits)) guaranteed = false;
    }
  } else {
    for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])] as any[]) {
      addPositive(requests, c.resources?.requests);
      addPositive(limits, c.resources?.limits);
      if (!limitsCoverCpuAndMemory(c.resources?.limits)) guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || cmpQuantity(lim, req) !== 0) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

export const podQOS = (pod: KubeObject): string => pod.status?.qosClass || computePodQOS(pod);
