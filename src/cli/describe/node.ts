// `kubectl describe node` (kubectl describeNode + describeNodeResource).
import type { KubeObject } from '../../client/types.js';
import { LEVEL_0, LEVEL_1, tabbed, type PrefixWriter } from './prefix-writer.js';
import { rfc1123z, since, sortedKeys } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline } from './multiline.js';
import { formatQuantity, parseQuantity, quantityMilliValue, quantityValue, ZERO, type Quantity } from './quantity.js';
import { addResourceList, podRequestsAndLimits, type ResourceList } from './pod-resources.js';
import { writeEvents } from './events.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface NodeRelated {
  /** non-terminated pods on the node; undefined prints "Pods: not authorized" */
  pods?: KubeObject[];
  /** the node's Lease in kube-node-lease; omitted section when neither lease nor leaseError */
  lease?: KubeObject;
  leaseError?: string;
  events?: KubeObject[];
  now?: number;
}

const ROLE_PREFIX = 'node-role.kubernetes.io/';

export function nodeRoles(node: KubeObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

const q = (list: ResourceList, name: string): Quantity => list.get(name) ?? ZERO;

/** Go: int64(float64(a) / float64(b) * 100); a zero divisor yields amd64's int64 of NaN/Inf. */
function pct(a: number, b: number): string {
  const v = (a / b) * 100;
  return Number.isFinite(v) ? String(Math.trunc(v)) : '-9223372036854775808';
}
const guardedPct = (a: number, b: number): string => (b === 0 ? '0' : pct(a, b));

function listFrom(raw: Record<string, string> | undefined): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of Object.entries(raw ?? {})) out.set(k, parseQuantity(v) ?? ZERO);
  return out;
}

function describeNodeResource(pods: KubeObject[], node: KubeObject, w: PrefixWriter, now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const alloc = Object.keys(node.status?.allocatable ?? {}).length > 0 ? listFrom(node.status.allocatable) : listFrom(node.status?.capacity);
  const cpuAlloc = quantityMilliValue(q(alloc, 'cpu'));
  const memAlloc = quantityValue(q(alloc, 'memory'));
  const reqs: ResourceList = new Map();
  const limits: ResourceList = new Map();
  for (const pod of pods) {
    const { requests: r, limits: l } = podRequestsAndLimits(pod);
    addResourceList(reqs, r);
    addResourceList(limits, l);
    const cell = (list: ResourceList, name: string, total: number, milli: boolean): string => {
      const v = q(list, name);
      return `${formatQuantity(v)} (${pct(milli ? quantityMilliValue(v) : quantityValue(v), total)}%)`;
    };
    w.write(
      LEVEL_1,
      `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cell(r, 'cpu', cpuAlloc, true)}\t${cell(l, 'cpu', cpuAlloc, true)}\t` +
        `${cell(r, 'memory', memAlloc, false)}\t${cell(l, 'memory', memAlloc, false)}\t${since(pod.metadata?.creationTimestamp, now)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (name: string, total: number, milli: boolean): void => {
    const val = (x: Quantity): number => (milli ? quantityMilliValue(x) : quantityValue(x));
    const rq = q(reqs, name);
    const lm = q(limits, name);
    w.write(LEVEL_1, `${name}\t${formatQuantity(rq)} (${guardedPct(val(rq), total)}%)\t${formatQuantity(lm)} (${guardedPct(val(lm), total)}%)\n`);
  };
  row('cpu', cpuAlloc, true);
  row('memory', memAlloc, false);
  row('ephemeral-storage', quantityValue(q(alloc, 'ephemeral-storage')), false);
  const names = [...alloc.keys()].sort();
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) row(name, quantityValue(q(alloc, name)), false);
  const standard = ['cpu', 'memory', 'ephemeral-storage', 'pods'];
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !standard.includes(n)))
    w.write(LEVEL_1, `${name}\t${formatQuantity(q(reqs, name))}\t${formatQuantity(q(limits, name))}\n`);
}

function describeNodeLease(lease: KubeObject, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Lease:\n');
  const spec = lease.spec ?? {};
  w.write(LEVEL_1, `HolderIdentity:\t${spec.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${spec.acquireTime ? rfc1123z(spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${spec.renewTime ? rfc1123z(spec.renewTime) : '<unset>'}\n`);
}

export function describeNode(node: KubeObject, related: NodeRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = node.metadata ?? {};
  const spec = node.spec ?? {};
  const status = node.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    const roles = nodeRoles(node);
    w.write(LEVEL_0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', spec.taints);
    w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable === true}\n`);
    if (related.lease) describeNodeLease(related.lease, w);
    else if (related.leaseError !== undefined) w.write(LEVEL_0, `Lease:\tFailed to get lease: ${related.leaseError}\n`);
    const conditions: any[] = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions)
        w.write(
          LEVEL_1,
          `${c.type ?? ''} \t${c.status ?? ''} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
        );
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type ?? ''}:\t${a.address ?? ''}\n`);
    for (const [title, list] of [
      ['Capacity', status.capacity],
      ['Allocatable', status.allocatable],
    ] as const) {
      const names = sortedKeys(list);
      if (names.length === 0) continue;
      w.write(LEVEL_0, `${title}:\n`);
      for (const n of names) w.write(LEVEL_0, `  ${n}:\t${formatQuantity(parseQuantity(list[n]) ?? ZERO)}\n`);
    }
    const info = status.nodeInfo ?? {};
    w.write(LEVEL_0, 'System Info:\n');
    for (const [label, key] of [
      ['Machine ID', 'machineID'],
      ['System UUID', 'systemUUID'],
      ['Boot ID', 'bootID'],
      ['Kernel Version', 'kernelVersion'],
      ['OS Image', 'osImage'],
      ['Operating System', 'operatingSystem'],
      ['Architecture', 'architecture'],
      ['Container Runtime Version', 'containerRuntimeVersion'],
      ['Kubelet Version', 'kubeletVersion'],
      ['Kube-Proxy Version', 'kubeProxyVersion'],
    ])
      w.write(LEVEL_0, `  ${label}:\t${info[key] ?? ''}\n`);
    if (spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${spec.podCIDR}\n`);
    if ((spec.podCIDRs ?? []).length > 0) w.write(LEVEL_0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
    if (spec.providerID) w.write(LEVEL_0, `ProviderID:\t${spec.providerID}\n`);
    if (related.pods) describeNodeResource(related.pods, node, w, now);
    else w.write(LEVEL_0, 'Pods:\tnot authorized\n');
    if (related.events) writeEvents(w, related.events, now);
  });
}
