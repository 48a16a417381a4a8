// Helpers shared by the workload controllers (pkg/controller/controller_utils.go and
// k8s.io/kubectl's podutil): owner references, pod readiness, API error tests.
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { labelSelectorMatcher } from '../../apiserver/selectors.js';

export const nowRfc3339 = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const objectKey = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}

/** The HTTP code of an API error, whichever client raised it. */
export const errorCode = (e: unknown): number | undefined => {
  const c = (e as { code?: unknown })?.code;
  return typeof c === 'number' ? c : undefined;
};
export const isNotFound = (e: unknown): boolean => errorCode(e) === 404;
export const isConflict = (e: unknown): boolean => errorCode(e) === 409;
export const isAlreadyExists = (e: unknown): boolean => errorCode(e) === 409 && (e as { reason?: string; status?: { reason?: string } }).status?.reason === 'AlreadyExists';

export function controllerRef(o: KubeObject): OwnerReference | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller === true);
}

export function newControllerRef(owner: KubeObject, apiVersion: string, kind: string): OwnerReference {
  return { apiVersion, kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

export function selectorMatches(selector: unknown, labels: Record<string, string> | undefined): boolean {
  const sel = selector as Parameters<typeof labelSelectorMatcher>[0];
  if (!sel) return false;
  return labelSelectorMatcher(sel)(labels ?? {});
}

export const isEmptySelector = (sel: { matchLabels?: object; matchExpressions?: unknown[] } | undefined): boolean =>
  !!sel && !Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length;

/** Not terminal and not being deleted (controller.IsPodActive). */
export const isPodActive = (p: KubeObject): boolean =>
  p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed' && !p.metadata.deletionTimestamp;

const readyCondition = (p: KubeObject): { status?: string; lastTransitionTime?: string } | undefined =>
  (p.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');

export const isPodReady = (p: KubeObject): boolean => readyCondition(p)?.status === 'True';

/** When the pod last became Ready, in ms (0 when unknown). */
export function podReadyTime(p: KubeObject): number {
  const t = readyCondition(p)?.lastTransitionTime;
  return t ? Date.parse(t) : 0;
}

/** Ready for at least minReadySeconds (podutil.IsPodAvailable). */
export function isPodAvailable(p: KubeObject, minReadySeconds: number, now = Date.now()): boolean {
  if (!isPodReady(p)) return false;
  if (!minReadySeconds) return true;
  const t = podReadyTime(p);
  return t > 0 && t + minReadySeconds * 1000 < now;
}

export const replicasOf = (o: KubeObject | undefined): number => (o?.spec?.replicas ?? 0) as number;

export function errorMessage(e: unknown): string {
  return (e as Error)?.message ?? String(e);
}

/** Logs controller errors, except the conflicts and not-founds a requeue resolves. */
export function logErrors(component: string): (key: string, e: unknown) => void {
  return (key, e) => {
    if (isConflict(e) || isNotFound(e)) return;
    console.error(`[${component}] ${key}: ${errorMessage(e)}`);
  };
}
