// pkg/controller/daemon/util: the pod template a DaemonSet stamps onto a node (default
// tolerations, generation and revision labels, node-name affinity) and how its pods are
// told apart (updated or not, target node).
import type { KubeObject } from '../../client/types.js';
import type { Toleration } from '../scheduler/tolerations.js';

export const REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const exists = (key: string, effect: string): Toleration => ({ key, operator: 'Exists', effect });

/** AddOrUpdateDaemonPodTolerations, in its order. */
export function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const out = [
    exists('node.kubernetes.io/not-ready', 'NoExecute'),
    exists('node.kubernetes.io/unreachable', 'NoExecute'),
    exists('node.kubernetes.io/disk-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/memory-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/pid-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/unschedulable', 'NoSchedule'),
  ];
  if (hostNetwork) out.push(exists('node.kubernetes.io/network-unavailable', 'NoSchedule'));
  return out;
}

/** AddOrUpdateTolerationInPodSpec: one with the same key, operator, value and effect is replaced. */
function addOrUpdateToleration(list: Toleration[], t: Toleration): void {
  const same = (o: Toleration) => (o.key ?? '') === (t.key ?? '') && (o.operator ?? '') === (t.operator ?? '') && (o.value ?? '') === (t.value ?? '') && (o.effect ?? '') === (t.effect ?? '');
  const i = list.findIndex(same);
  if (i < 0) list.push({ ...t });
  else list[i] = { ...t };
}

export function withDaemonTolerations(spec: Obj): void {
  const list: Toleration[] = [...(spec.tolerations ?? [])];
  for (const t of daemonTolerations(!!spec.hostNetwork)) addOrUpdateToleration(list, t);
  spec.tolerations = list;
}

/** The template generation the apiserver keeps in an annotation; undefined when absent or bad. */
export function templateGeneration(ds: KubeObject): number | undefined {
  const v = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  return typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

/** CreatePodTemplate: the DaemonSet template plus tolerations and the two labels. */
export function daemonPodTemplate(ds: KubeObject, hash: string): KubeObject {
  const tmpl: KubeObject = structuredClone(ds.spec?.template ?? { metadata: {} });
  tmpl.metadata ??= {};
  tmpl.spec ??= {};
  withDaemonTolerations(tmpl.spec);
  const labels: Record<string, string> = { ...(tmpl.metadata.labels ?? {}) };
  const gen = templateGeneration(ds);
  if (gen !== undefined) labels[TEMPLATE_GENERATION_LABEL] = String(gen);
  if (hash) labels[REVISION_HASH_LABEL] = hash;
  tmpl.metadata.labels = labels;
  return tmpl;
}

const nameTerm = (node: string) => ({ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] });

/** ReplaceDaemonSetPodNodeNameNodeAffinity: the required terms become "metadata.name In [node]". */
export function bindToNode(spec: Obj, node: string): void {
  spec.affinity ??= {};
  spec.affinity.nodeAffinity ??= {};
  const na = spec.affinity.nodeAffinity;
  if (!na.requiredDuringSchedulingIgnoredDuringExecution) na.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [nameTerm(node)] };
  else na.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = [nameTerm(node)];
}

/** GetTargetNodeName: the bound node, or the one the node-name affinity names. */
export function targetNodeName(pod: KubeObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms: Obj[] = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms)
    for (const f of t.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In' && f.values?.length === 1) return f.values[0];
  return undefined;
}

/** IsPodUpdated: the revision hash matches, or the template generation does. */
export function isPodUpdated(pod: KubeObject, hash: string, generation: number | undefined): boolean {
  const labels = pod.metadata.labels ?? {};
  const byGeneration = generation !== undefined && labels[TEMPLATE_GENERATION_LABEL] === String(generation);
  const byHash = !!hash && labels[REVISION_HASH_LABEL] === hash;
  return byHash || byGeneration;
}

/** podByCreationTimestampAndPhase: bound pods first, then oldest first, then by name. */
export function byCreationAndPhase(a: KubeObject, b: KubeObject): number {
  const ba = !!a.spec?.nodeName;
  const bb = !!b.spec?.nodeName;
  if (ba !== bb) return ba ? -1 : 1;
  const ta = Date.parse(a.metadata.creationTimestamp ?? '') || 0;
  const tb = Date.parse(b.metadata.creationTimestamp ?? '') || 0;
  if (ta !== tb) return ta - tb;
  return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
}
