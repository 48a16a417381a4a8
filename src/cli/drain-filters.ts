// Which pods `kubectl drain` removes from a node, and what it says about the rest
// (kubectl/pkg/drain/filters.go): DaemonSet pods stay, mirror pods are skipped, emptyDir
// and unmanaged pods need --delete-emptydir-data / --force.
import type { KubeObject } from '../client/types.js';

export const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
export const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
export const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
export const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
export const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
export const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

export interface DrainOptions {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  /** seconds; pods deleted longer ago than this are not waited for (0: wait for all) */
  skipWaitForDeleteTimeout: number;
}

export type Reason = 'Okay' | 'Skip' | 'Warning' | 'Error';

export interface PodDeleteStatus {
  delete: boolean;
  reason: Reason;
  message?: string;
}

const OKAY: PodDeleteStatus = { delete: true, reason: 'Okay' };
const SKIP: PodDeleteStatus = { delete: false, reason: 'Skip' };
const warning = (del: boolean, message: string): PodDeleteStatus => ({ delete: del, reason: 'Warning', message });
const error = (message: string): PodDeleteStatus => ({ delete: false, reason: 'Error', message });

/** Looks up the pod's DaemonSet: undefined when it exists, else the API error's message and whether it was a 404. */
export type DaemonSetCheck = (namespace: string, name: string) => Promise<{ notFound: boolean; message: string } | undefined>;

const finished = (p: KubeObject) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
const controllerOf = (p: KubeObject) => p.metadata.ownerReferences?.find((r) => r.controller);

export function shouldSkipPod(p: KubeObject, skipSeconds: number, now = Date.now()): boolean {
  const ts = p.metadata.deletionTimestamp;
  return skipSeconds > 0 && !!ts && Math.floor((now - Date.parse(ts)) / 1000) > skipSeconds;
}

type Filter = (p: KubeObject) => PodDeleteStatus | Promise<PodDeleteStatus>;

function filters(o: DrainOptions, daemonSet: DaemonSetCheck): Filter[] {
  return [
    (p) => (shouldSkipPod(p, o.skipWaitForDeleteTimeout) ? SKIP : OKAY),
    async (p) => {
      const ref = controllerOf(p);
      if (!ref || ref.kind !== 'DaemonSet' || finished(p)) return OKAY;
      const missing = await daemonSet(p.metadata.namespace!, ref.name);
      // an orphan (its DaemonSet gone) may go with --force
      if (missing) return missing.notFound && o.force ? warning(true, missing.message) : error(missing.message);
      return o.ignoreDaemonSets ? warning(false, DAEMONSET_WARNING) : error(DAEMONSET_FATAL);
    },
    (p) => (p.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined ? SKIP : OKAY),
    (p) => {
      if (!(p.spec?.volumes ?? []).some((v: { emptyDir?: unknown }) => v.emptyDir) || finished(p)) return OKAY;
      return o.deleteEmptyDirData ? warning(true, LOCAL_STORAGE_WARNING) : error(LOCAL_STORAGE_FATAL);
    },
    (p) => {
      if (finished(p) || controllerOf(p)) return OKAY;
      return o.force ? warning(true, UNMANAGED_WARNING) : error(UNMANAGED_FATAL);
    },
  ];
}

export interface PodDelete {
  pod: KubeObject;
  status: PodDeleteStatus;
}

/** Runs the filters in order; the first that keeps a pod decides, else the last one's verdict stands. */
export async function classifyPods(pods: KubeObject[], o: DrainOptions, daemonSet: DaemonSetCheck): Promise<PodDelete[]> {
  const out: PodDelete[] = [];
  const fs = filters(o, daemonSet);
  for (const pod of pods) {
    let status = OKAY;
    for (const f of fs) {
      status = await f(pod);
      if (!status.delete) break;
    }
    out.push({ pod, status });
  }
  return out;
}

const podRef = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;

function grouped(list: PodDelete[], reason: Reason): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const { pod, status } of list) {
    if (status.reason !== reason) continue;
    const msg = status.message || (reason === 'Error' ? 'unexpected error' : '');
    m.set(msg, [...(m.get(msg) ?? []), podRef(pod)]);
  }
  return m;
}

export const podsToDelete = (list: PodDelete[]): KubeObject[] => list.filter((d) => d.status.delete).map((d) => d.pod);

/** "msg: ns/a, ns/b; msg2: ..." — kubectl prints it after "Warning: ". */
export const drainWarnings = (list: PodDelete[]): string => [...grouped(list, 'Warning')].map(([m, ps]) => `${m}: ${ps.join(', ')}`).join('; ');

/** One "cannot delete <why>: <pods>" per reason. */
export const drainErrors = (list: PodDelete[]): string[] => [...grouped(list, 'Error')].map(([m, ps]) => `cannot delete ${m}: ${ps.join(', ')}`);

/** utilerrors.NewAggregate(...).Error(): one message alone, several in brackets. */
export const aggregateMessage = (msgs: string[]): string => (msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`);
