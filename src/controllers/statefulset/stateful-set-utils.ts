// Pod identity, revisions and readiness for StatefulSets (pkg/controller/statefulset/stateful_set_utils.go).
import type { KubeObject } from '../../client/types.js';
import { newControllerRevision } from '../history/index.js';
import { isPodAvailable, isPodReady, newControllerRef } from '../replicaset/controller-utils.js';

export const STATEFULSET_KIND = { apiVersion: 'apps/v1', kind: 'StatefulSet' };
/** apps.StatefulSetRevisionLabel (= ControllerRevisionHashLabelKey). */
export const REVISION_LABEL = 'controller-revision-hash';
export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

const ORDINAL_RE = /^(.*)-([0-9]+)$/;

/** getParentNameAndOrdinal: "web-2" → ["web", 2]; ordinal -1 when the name has none. */
export function parentAndOrdinal(pod: KubeObject): [string, number] {
  const m = ORDINAL_RE.exec(pod.metadata.name ?? '');
  if (!m) return ['', -1];
  const n = Number.parseInt(m[2], 10);
  return Number.isSafeInteger(n) && n <= 2 ** 31 - 1 ? [m[1], n] : ['', -1];
}

export const ordinalOf = (pod: KubeObject): number => parentAndOrdinal(pod)[1];

export const podName = (set: KubeObject, ordinal: number): string => `${set.metadata.name}-${ordinal}`;

export const startOrdinal = (set: KubeObject): number => Number(set.spec?.ordinals?.start ?? 0);
export const endOrdinal = (set: KubeObject): number => startOrdinal(set) + Number(set.spec?.replicas ?? 1) - 1;

export function podInOrdinalRange(pod: KubeObject, set: KubeObject): boolean {
  const ord = ordinalOf(pod);
  return ord >= startOrdinal(set) && ord <= endOrdinal(set);
}

/** isMemberOf: the pod's name says it belongs to set. */
export const isMemberOf = (set: KubeObject, pod: KubeObject): boolean => parentAndOrdinal(pod)[0] === set.metadata.name;

export const allowsBurst = (set: KubeObject): boolean => set.spec?.podManagementPolicy === 'Parallel';

export const isCreated = (pod: KubeObject): boolean => !!pod.status?.phase;
export const isFailed = (pod: KubeObject): boolean => pod.status?.phase === 'Failed';
export const isSucceeded = (pod: KubeObject): boolean => pod.status?.phase === 'Succeeded';
export const isTerminating = (pod: KubeObject): boolean => !!pod.metadata.deletionTimestamp;
export const isRunningAndReady = (pod: KubeObject): boolean => pod.status?.phase === 'Running' && isPodReady(pod);
export const isRunningAndAvailable = (pod: KubeObject, minReadySeconds: number, now = Date.now()): boolean =>
  pod.status?.phase === 'Running' && isPodAvailable(pod, minReadySeconds, now);
export const isHealthy = (pod: KubeObject): boolean => isRunningAndReady(pod) && !isTerminating(pod);

export const podRevision = (pod: KubeObject | undefined): string => pod?.metadata.labels?.[REVISION_LABEL] ?? '';

/** identityMatches: name, namespace and pod-name label agree with the pod's ordinal. */
export function identityMatches(set: KubeObject, pod: KubeObject): boolean {
  const [parent, ord] = parentAndOrdinal(pod);
  return (
    ord >= 0 &&
    parent === set.metadata.name &&
    pod.metadata.name === podName(set, ord) &&
    pod.metadata.namespace === set.metadata.namespace &&
    pod.metadata.labels?.[POD_NAME_LABEL] === pod.metadata.name
  );
}

/** updateIdentity's label half (hostname and subdomain are set once, at creation). */
export function updateIdentityLabels(pod: KubeObject): void {
  const ord = ordinalOf(pod);
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), [POD_NAME_LABEL]: pod.metadata.name!, [POD_INDEX_LABEL]: String(ord) };
}

/**
 * updateStorage: each volumeClaimTemplate becomes a persistentVolumeClaim volume naming the
 * pod's claim "<template>-<set>-<ordinal>" (the claims themselves: stateful-claims.ts).
 */
function claimVolumes(set: KubeObject, pod: KubeObject, ordinal: number): void {
  const claims: KubeObject[] = set.spec?.volumeClaimTemplates ?? [];
  if (!claims.length) return;
  const names = new Set(claims.map((c) => c.metadata?.name));
  const kept = (pod.spec.volumes ?? []).filter((v: { name: string }) => !names.has(v.name));
  const claimVolume = (c: KubeObject) => ({ name: c.metadata?.name, persistentVolumeClaim: { claimName: `${c.metadata?.name}-${set.metadata.name}-${ordinal}` } });
  pod.spec.volumes = [...claims.map(claimVolume), ...kept];
}

/** newStatefulSetPod: the template stamped with the ordinal's identity. */
export function newStatefulSetPod(set: KubeObject, ordinal: number): KubeObject {
  const tmpl = set.spec?.template ?? {};
  const md = tmpl.metadata ?? {};
  const name = podName(set, ordinal);
  const pod: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${set.metadata.name}-`,
      namespace: set.metadata.namespace,
      labels: { ...(md.labels ?? {}) },
      ...(md.annotations && Object.keys(md.annotations).length ? { annotations: structuredClone(md.annotations) } : {}),
      ...(md.finalizers?.length ? { finalizers: [...md.finalizers] } : {}),
      ownerReferences: [newControllerRef(set, STATEFULSET_KIND.apiVersion, STATEFULSET_KIND.kind)],
    },
    spec: structuredClone(tmpl.spec ?? {}),
  };
  updateIdentityLabels(pod);
  pod.spec.hostname = name;
  if (set.spec?.serviceName) pod.spec.subdomain = set.spec.serviceName;
  claimVolumes(set, pod, ordinal);
  return pod;
}

/** newVersionedStatefulSetPod: ordinals below the partition keep the current revision. */
export function newVersionedStatefulSetPod(currentSet: KubeObject, updateSet: KubeObject, currentRevision: string, updateRevision: string, ordinal: number): KubeObject {
  const strategy = currentSet.spec?.updateStrategy ?? {};
  const partition = Number(strategy.rollingUpdate?.partition ?? 0);
  const keepCurrent = strategy.type === 'RollingUpdate' && ordinal < startOrdinal(currentSet) + partition;
  const pod = newStatefulSetPod(keepCurrent ? currentSet : updateSet, ordinal);
  pod.metadata.labels![REVISION_LABEL] = keepCurrent ? currentRevision : updateRevision;
  return pod;
}

/** getPatch: the part of a StatefulSet a revision records, the template, replaced whole. */
export function revisionData(set: KubeObject): unknown {
  return { spec: { template: { ...structuredClone(set.spec?.template ?? {}), $patch: 'replace' } } };
}

/** newRevision: a ControllerRevision for set's current template, carrying set's annotations. */
export function newRevision(set: KubeObject, revision: number, collisionCount: number): KubeObject {
  const cr = newControllerRevision(set, STATEFULSET_KIND, set.spec?.template?.metadata?.labels, revisionData(set), revision, collisionCount);
  const annotations = set.metadata.annotations ?? {};
  if (Object.keys(annotations).length) cr.metadata.annotations = { ...annotations };
  return cr;
}

/** ApplyRevision: set with the revision's template. */
export function applyRevision(set: KubeObject, revision: KubeObject): KubeObject {
  const clone = structuredClone(set);
  const template = structuredClone((revision.data as KubeObject | undefined)?.spec?.template ?? {});
  delete template.$patch;
  clone.spec = { ...(clone.spec ?? {}), template };
  return clone;
}
