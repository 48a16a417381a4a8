// Turns desired endpoint groups and the existing slices into creates, updates and deletes,
// reusing slices with the same ports so that names stay stable while pods come and go.
import type { Obj } from '../endpoints/pod-endpoints.js';
import { chunk, newSlice, portsKey, sliceMatches, type SliceGroup } from './desired-slices.js';

export interface SlicePlan {
  create: Obj[];
  update: Obj[];
  delete: Obj[];
}

/** Content of `want` written into the existing slice `cur` (keeps name, uid, resourceVersion). */
function rewrite(cur: Obj, want: Obj): Obj {
  const { generateName: _g, ...meta } = want.metadata;
  return { ...want, metadata: { ...cur.metadata, ...meta, name: cur.metadata.name, annotations: { ...(cur.metadata.annotations ?? {}), ...(meta.annotations ?? {}) } } };
}

export function planSlices(svc: Obj, groups: SliceGroup[], existing: Obj[], triggerTime?: string): SlicePlan {
  const plan: SlicePlan = { create: [], update: [], delete: [] };
  const unused = [...existing].sort((a, b) => String(a.metadata.name).localeCompare(String(b.metadata.name)));
  const take = (key: string) => {
    const i = unused.findIndex((s) => portsKey(s.ports) === key && s.endpoints?.length);
    return i < 0 ? undefined : unused.splice(i, 1)[0];
  };
  const place = (want: Obj, cur: Obj | undefined) => {
    if (!cur) plan.create.push(want);
    else if (!sliceMatches(cur, want)) plan.update.push(rewrite(cur, want));
  };
  for (const g of groups) {
    for (const eps of chunk(g.endpoints)) place(newSlice(svc, g.ports, eps, triggerTime), take(g.key));
  }
  if (!groups.length) {
    // a Service without endpoints keeps exactly one empty placeholder slice
    const want = newSlice(svc, null, null, triggerTime);
    const i = unused.findIndex((s) => !s.endpoints?.length);
    place(want, i >= 0 ? unused.splice(i, 1)[0] : unused.shift());
  }
  // creates become updates of slices that would otherwise be deleted (reconciler's finalize)
  while (plan.create.length && unused.length) plan.update.push(rewrite(unused.shift()!, plan.create.pop()!));
  plan.delete.push(...unused);
  return plan;
}
