// Which pods and containers `kubectl logs` reads: polymorphichelpers.LogsForObject for a pod,
// a pod list (-l), or a workload (its first pod, or all of them with --all-pods).
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { resolveArgs } from './objects.js';
import { goSort } from '../util/go-sort.js';
import { selectorString } from './rollout/replicasets.js';
import { watchUntil } from './watch-until.js';

export interface LogRequest {
  pod: KubeObject;
  container: string;
}

const DEFAULT_CONTAINER = 'kubectl.kubernetes.io/default-container';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const readyCondition = (p: KubeObject) => (p.status?.conditions ?? []).find((x: KubeObject) => x.type === 'Ready');
const isReady = (p: KubeObject) => readyCondition(p)?.status === 'True';
const restarts = (p: KubeObject) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((s: KubeObject) => s.restartCount ?? 0));
const time = (t: string | undefined) => (t ? Date.parse(t) : 0);

/** podutils.ActivePods.Less: whether `a` ranks before `b` (less established). */
function lessActive(a: KubeObject, b: KubeObject): boolean {
  if (!!a.spec?.nodeName !== !!b.spec?.nodeName) return !a.spec?.nodeName;
  const pa = PHASE_RANK[a.status?.phase] ?? 3;
  const pb = PHASE_RANK[b.status?.phase] ?? 3;
  if (pa !== pb) return pa < pb;
  if (isReady(a) !== isReady(b)) return !isReady(a);
  if (isReady(a) && isReady(b)) {
    const ta = time(readyCondition(a)?.lastTransitionTime);
    const tb = time(readyCondition(b)?.lastTransitionTime);
    if (ta !== tb) return ta > tb;
  }
  if (restarts(a) !== restarts(b)) return restarts(a) > restarts(b);
  const ca = time(a.metadata.creationTimestamp ?? undefined);
  const cb = time(b.metadata.creationTimestamp ?? undefined);
  return ca > cb;
}

/** The most established pods first (GetFirstPod's order). */
function byEstablishment(pods: KubeObject[]): KubeObject[] {
  goSort(pods, (a, b) => lessActive(b, a));
  return pods;
}

/** SelectorsForObject: a workload's label selector as a query string. */
function workloadSelector(owner: KubeObject): string {
  const sel = owner.spec?.selector;
  if (sel?.matchLabels || sel?.matchExpressions) return selectorString(sel);
  return Object.entries(sel ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
}

/** GetFirstPod with no pod yet: watch for one to appear, up to the pod-running timeout. */
function firstPodToAppear(c: CliContext, ns: string, labelSelector: string, resourceVersion: string | undefined, timeoutMs: number): Promise<KubeObject> {
  return watchUntil(c.client, R.pods, ns, { labelSelector, resourceVersion }, timeoutMs, (ev) =>
    (ev.type === 'ADDED' || ev.type === 'MODIFIED') && ev.object ? ev.object : undefined,
  );
}

export interface PodsForTargetOptions {
  allPods?: boolean;
  /** wait this long for a workload's first pod; without it, no pods is an error at once */
  timeoutMs?: number;
  /** how the error for no pods names the target */
  what?: string;
  /** runs once the named object is found, before its pods are looked at (kubectl validates here) */
  found?: () => void;
}

/**
 * The pods `logs TARGET` reads: the pod itself, or a workload's pods (the first one, saying
 * "Found N pods" on stderr, unless allPods).
 */
export async function podsForTarget(c: CliContext, arg: string, opts: PodsForTargetOptions = {}): Promise<KubeObject[]> {
  const found = async (p: Promise<KubeObject>) => {
    const obj = await p;
    opts.found?.();
    return obj;
  };
  if (!arg.includes('/')) return [await found(c.client.get(R.pods, c.namespace, arg))];
  const [t] = (await resolveArgs(c, [arg])).flat();
  if (t.mapping.resource === 'pods') return [await found(c.client.get(R.pods, c.namespace, t.name!))];
  const owner = await found(c.client.get(t.mapping, c.namespace, t.name!));
  const labelSelector = workloadSelector(owner);
  const list = await c.client.list(R.pods, c.namespace, { labelSelector });
  const pods = byEstablishment(list.items);
  if (!pods.length) {
    if (opts.timeoutMs === undefined) throw new CliError(`no pods found for ${opts.what ?? arg}`);
    return [await firstPodToAppear(c, c.namespace, labelSelector, list.metadata?.resourceVersion, opts.timeoutMs)];
  }
  if (pods.length > 1 && opts.allPods) return pods;
  if (pods.length > 1) c.io.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`);
  return [pods[0]];
}

/** The pod behind `pod/x`, `deployment/x`, `rs/x`: kubectl's AttachablePodForObject. */
export async function podFor(c: CliContext, arg: string, what: string): Promise<KubeObject> {
  return (await podsForTarget(c, arg, { what }))[0];
}

/** podcmd.AllContainerNames: containers, then ephemeral and init ones marked. */
function allContainerNames(pod: KubeObject): string {
  const names = (key: string, suffix: string) => ((pod.spec?.[key] ?? []) as KubeObject[]).map((x) => `${x.name}${suffix}`);
  return [...names('containers', ''), ...names('ephemeralContainers', ' (ephem)'), ...names('initContainers', ' (init)')].join(', ');
}

/**
 * What logs, exec and attach say on stderr when they fall back to the first container
 * (podcmd.FindOrDefaultContainerByName): only when the pod has any other container.
 */
export function noteDefaultedContainer(c: CliContext, pod: KubeObject, chosen: string): void {
  const count = (key: string) => ((pod.spec?.[key] ?? []) as unknown[]).length;
  if (count('containers') > 1 || count('initContainers') > 0 || count('ephemeralContainers') > 0) c.io.err(`Defaulted container "${chosen}" out of: ${allContainerNames(pod)}\n`);
}

const containerNames = (pod: KubeObject, key: string): string[] => ((pod.spec?.[key] ?? []) as KubeObject[]).map((x) => x.name as string);

/**
 * One pod's log requests: the chosen (or defaulted) container, or every container in
 * init, regular, ephemeral order with --all-containers. `quiet` is --all-pods, which
 * does not say which container it defaulted to.
 */
export function requestsForPod(c: CliContext, pod: KubeObject, container: string | undefined, allContainers: boolean, quiet: boolean): LogRequest[] {
  if (allContainers) {
    return ['initContainers', 'containers', 'ephemeralContainers'].flatMap((k) => containerNames(pod, k)).flatMap((name) => requestsForPod(c, pod, name, false, false));
  }
  const all = ['containers', 'initContainers', 'ephemeralContainers'].flatMap((k) => containerNames(pod, k));
  let chosen = container;
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER];
  if (!chosen && annotated) {
    if (all.includes(annotated)) chosen = annotated;
    else c.io.err(`Default container name "${annotated}" not found in pod ${pod.metadata.name}\n`);
  }
  if (!chosen) {
    chosen = containerNames(pod, 'containers')[0];
    if (!quiet) noteDefaultedContainer(c, pod, chosen);
  }
  if (!all.includes(chosen)) throw new CliError(`container ${chosen} is not valid for pod ${pod.metadata.name}`);
  return [{ pod, container: chosen }];
}
