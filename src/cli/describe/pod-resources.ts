// kubectl resourcehelper.PodRequestsAndLimits: effective pod requests/limits
// (sum of containers, max with init containers, sidecars counted, plus overhead).
import type { KubeObject } from '../../client/types.js';
import { addQuantity, cmpQuantity, isZero, parseQuantity, type Quantity } from './quantity.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type ResourceList = Map<string, Quantity>;

function toList(raw: Record<string, string> | undefined): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of Object.entries(raw ?? {})) {
    const q = parseQuantity(v);
    if (q) out.set(k, q);
  }
  return out;
}

export function addResourceList(into: ResourceList, add: ResourceList): void {
  for (const [k, q] of add) {
    const prev = into.get(k);
    into.set(k, prev ? addQuantity(prev, q) : q);
  }
}

function maxResourceList(into: ResourceList, other: ResourceList): void {
  for (const [k, q] of other) {
    const prev = into.get(k);
    if (!prev || cmpQuantity(q, prev) > 0) into.set(k, q);
  }
}

function effective(pod: KubeObject, field: 'requests' | 'limits'): ResourceList {
  const total: ResourceList = new Map();
  for (const c of (pod.spec?.containers ?? []) as any[]) addResourceList(total, toList(c.resources?.[field]));
  const sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of (pod.spec?.initContainers ?? []) as any[]) {
    const own = toList(c.resources?.[field]);
    let counted: ResourceList;
    if (c.restartPolicy === 'Always') {
      // sidecars run alongside the app containers and every later init container
      addResourceList(total, own);
      addResourceList(sidecars, own);
      counted = sidecars;
    } else {
      counted = new Map();
      addResourceList(counted, own);
      addResourceList(counted, sidecars);
    }
    maxResourceList(initMax, counted);
  }
  maxResourceList(total, initMax);
  const overhead = toList(pod.spec?.overhead);
  if (field === 'requests') addResourceList(total, overhead);
  else
    for (const [k, q] of overhead) {
      const prev = total.get(k);
      if (prev && !isZero(prev)) total.set(k, addQuantity(prev, q));
    }
  return total;
}

export function podRequestsAndLimits(pod: KubeObject): { requests: ResourceList; limits: ResourceList } {
  return { requests: effective(pod, 'requests'), limits: effective(pod, 'limits') };
}
