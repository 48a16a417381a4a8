// The disruption controller (pkg/controller/disruption/disruption.go, 1.33): keeps each
// PodDisruptionBudget's status (expected, desired and current healthy pods, disruptions
// allowed, the DisruptionAllowed condition) current, forgets evictions whose pods were not
// deleted within two minutes, and resets stale DisruptionTarget pod conditions.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { setCondition, setDisruptionAllowedCondition } from '../../apiserver/rest/eviction-budget.js';
import { labelSelectorMatcher } from '../../apiserver/selectors.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { errorMessage, isConflict, isEmptySelector, logErrors, nowRfc3339, objectKey, selectorMatches, splitKey } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { countHealthyPods, disruptionsAllowed, expectedPodCount, liveDisruptedPods } from './budget-math.js';
import { ExpectedScale } from './expected-scale.js';
import { labelSelectorString } from './selector-string.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export const STALE_POD_DISRUPTION_TIMEOUT_MS = 2 * 60_000;

const typed = (o: KubeObject, apiVersion: string, kind: string): KubeObject => ({ ...o, apiVersion, kind });
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

export class DisruptionController {
  readonly pdbInformer: Informer;
  readonly podInformer: Informer;
  readonly rsInformer: Informer;
  readonly deploymentInformer: Informer;
  private queue: SyncedQueue;
  private staleQueue: SyncedQueue;
  private recorder: EventRecorder;
  private scale: ExpectedScale;

  constructor(
    private client: ApiClient,
    private now: () => number = Date.now,
  ) {
    this.pdbInformer = new Informer(client, R.poddisruptionbudgets);
    this.podInformer = new Informer(client, R.pods);
    this.rsInformer = new Informer(client, R.replicasets);
    this.deploymentInformer = new Informer(client, R.deployments);
    this.recorder = new EventRecorder(client, { component: 'controllermanager' });
    this.scale = new ExpectedScale(client, this.rsInformer, this.deploymentInformer);
    this.queue = new SyncedQueue((k) => this.sync(k), 2, logErrors('disruption-controller'));
    this.staleQueue = new SyncedQueue((k) => this.syncStalePodDisruption(k), 1, logErrors('disruption-controller'));
    const enqueue = (pdb: KubeObject) => this.queue.add(objectKey(pdb));
    this.pdbInformer.on({ add: enqueue, update: (_o, cur) => enqueue(cur), delete: enqueue });
    this.podInformer.on({
      add: (p) => this.podChanged(p),
      update: (_o, p) => this.podChanged(p),
      delete: (p) => {
        const pdb = this.pdbForPod(p);
        if (pdb) enqueue(pdb);
      },
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.pdbInformer.start(), this.podInformer.start(), this.rsInformer.start(), this.deploymentInformer.start()]);
    this.queue.open();
    this.staleQueue.open();
  }

  stop(): void {
    this.queue.stop();
    this.staleQueue.stop();
    for (const i of [this.pdbInformer, this.podInformer, this.rsInformer, this.deploymentInformer]) i.stop();
  }

  private podChanged(pod: KubeObject): void {
    const pdb = this.pdbForPod(pod);
    if (pdb) this.queue.add(objectKey(pdb));
    const wait = this.staleDisruptionWait(pod);
    if (wait !== undefined) this.staleQueue.addAfter(objectKey(pod), wait);
  }

  /** getPdbForPod: the first budget selecting the pod; more than one earns the pod a warning. */
  private pdbForPod(pod: KubeObject): KubeObject | undefined {
    const pdbs = this.pdbInformer
      .list(pod.metadata.namespace)
      .filter((pdb) => pdb.spec?.selector && !isEmptySelector(pdb.spec.selector) && selectorMatches(pdb.spec.selector, pod.metadata.labels));
    if (pdbs.length > 1) {
      const msg = `Pod "${pod.metadata.namespace}"/"${pod.metadata.name}" matches multiple PodDisruptionBudgets.  Chose "${pdbs[0].metadata.name}" arbitrarily.`;
      void this.recorder.record(typed(pod, 'v1', 'Pod'), 'Warning', 'MultiplePodDisruptionBudgets', msg);
    }
    return pdbs[0];
  }

  /** A nil selector selects nothing, an empty one every pod of the namespace. */
  private podsForPdb(pdb: KubeObject): KubeObject[] {
    const sel = pdb.spec?.selector;
    if (!sel) return [];
    const matches = labelSelectorMatcher(sel);
    return this.podInformer.list(pdb.metadata.namespace).filter((p) => matches(p.metadata.labels ?? {}));
  }

  private async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const pdb = this.pdbInformer.get(ns, name);
    if (!pdb) return;
    try {
      await this.trySync(pdb);
    } catch (e) {
      // a conflict is retried as is; anything else first closes the budget
      if (isConflict(e)) throw e;
      await this.failSafe(pdb, e);
    }
  }

  private async trySync(pdb: KubeObject): Promise<void> {
    const event = (type: 'Normal' | 'Warning', reason: string, msg: string) => this.recorder.record(typed(pdb, 'policy/v1', 'PodDisruptionBudget'), type, reason, msg);
    let pods: KubeObject[];
    try {
      pods = this.podsForPdb(pdb);
    } catch (e) {
      await event('Warning', 'NoPods', `Failed to get pods: ${errorMessage(e)}`);
      throw e;
    }
    if (!pods.length) await event('Normal', 'NoPods', 'No matching pods found');
    let counts;
    try {
      counts = await expectedPodCount(pdb.spec, pods, () => this.scale.of(pods));
    } catch (e) {
      await event('Warning', 'CalculateExpectedPodCountFailed', `Failed to calculate the number of expected pods: ${errorMessage(e)}`);
      throw e;
    }
    if (counts.unmanagedPods.length)
      await event(
        'Warning',
        'UnmanagedPods',
        `Pods selected by this PodDisruptionBudget (selector: ${labelSelectorString(pdb.spec?.selector)}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.`,
      );
    const now = this.now();
    const { disruptedPods, expired, recheckAt } = liveDisruptedPods(pods, pdb.status?.disruptedPods, now);
    for (const pod of expired) {
      // 1.33 prints the namespace twice
      const ns = pdb.metadata.namespace;
      await this.recorder.record(typed(pod, 'v1', 'Pod'), 'Warning', 'NotDeleted', `Pod was expected by PDB ${ns}/${ns} to be deleted but it wasn't`);
    }
    const currentHealthy = countHealthyPods(pods, disruptedPods, now);
    await this.updateStatus(pdb, currentHealthy, counts.desiredHealthy, counts.expectedCount, disruptedPods);
    if (recheckAt !== undefined) this.queue.addAfter(objectKey(pdb), Math.max(0, recheckAt - now));
  }

  private async updateStatus(pdb: KubeObject, currentHealthy: number, desiredHealthy: number, expectedPods: number, disrupted: Record<string, string>): Promise<void> {
    const allowed = disruptionsAllowed(currentHealthy, desiredHealthy, expectedPods);
    const st: Obj = pdb.status ?? {};
    const generation = pdb.metadata.generation ?? 0;
    const unchanged =
      st.currentHealthy === currentHealthy &&
      st.desiredHealthy === desiredHealthy &&
      st.expectedPods === expectedPods &&
      st.disruptionsAllowed === allowed &&
      sameJson(st.disruptedPods, disrupted) &&
      (st.observedGeneration ?? 0) === generation &&
      conditionsUpToDate(pdb);
    if (unchanged) return;
    const status: Obj = {
      observedGeneration: generation,
      ...(Object.keys(disrupted).length ? { disruptedPods: disrupted } : {}),
      disruptionsAllowed: allowed,
      currentHealthy,
      desiredHealthy,
      expectedPods,
      conditions: structuredClone(st.conditions ?? []),
    };
    setDisruptionAllowedCondition(status, nowRfc3339(new Date(this.now())));
    await this.client.update(R.poddisruptionbudgets, pdb.metadata.namespace, { ...pdb, status }, { subresource: 'status' });
  }

  /** Whatever went wrong, no disruptions may be allowed meanwhile. */
  private async failSafe(pdb: KubeObject, err: unknown): Promise<void> {
    const status: Obj = structuredClone(pdb.status ?? {});
    status.disruptionsAllowed = 0;
    setCondition(status, { type: 'DisruptionAllowed', status: 'False', reason: 'SyncFailed', message: errorMessage(err) }, nowRfc3339(new Date(this.now())));
    await this.client.update(R.poddisruptionbudgets, pdb.metadata.namespace, { ...pdb, status }, { subresource: 'status' });
  }

  /** ms until a DisruptionTarget=True condition of a live, non-terminal pod goes stale. */
  private staleDisruptionWait(pod: KubeObject): number | undefined {
    if (pod.metadata.deletionTimestamp) return undefined;
    const cond = ((pod.status?.conditions ?? []) as Obj[]).find((c) => c.type === 'DisruptionTarget');
    const phase = pod.status?.phase;
    if (!cond || cond.status !== 'True' || cond.reason === 'TerminationByKubelet' || phase === 'Succeeded' || phase === 'Failed') return undefined;
    return Math.max(0, STALE_POD_DISRUPTION_TIMEOUT_MS - (this.now() - Date.parse(cond.lastTransitionTime ?? '')));
  }

  private async syncStalePodDisruption(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const pod = this.podInformer.get(ns, name);
    if (!pod) return;
    const wait = this.staleDisruptionWait(pod);
    if (wait === undefined) return;
    if (wait > 0) return this.staleQueue.addAfter(key, wait);
    const conditions = ((pod.status?.conditions ?? []) as Obj[]).map((c) =>
      c.type === 'DisruptionTarget' ? { type: 'DisruptionTarget', status: 'False', lastProbeTime: null, lastTransitionTime: nowRfc3339(new Date(this.now())) } : c,
    );
    await this.client.update(R.pods, ns, { ...pod, status: { ...pod.status, conditions } }, { subresource: 'status' });
  }
}

/** pdbhelper.ConditionsAreUpToDate. */
function conditionsUpToDate(pdb: KubeObject): boolean {
  const st: Obj = pdb.status ?? {};
  const cond = ((st.conditions ?? []) as Obj[]).find((c) => c.type === 'DisruptionAllowed');
  if (!cond || (st.observedGeneration ?? 0) !== (pdb.metadata.generation ?? 0)) return false;
  if ((st.disruptionsAllowed ?? 0) > 0) return cond.status === 'True' && cond.reason === 'SufficientPods';
  return cond.status === 'False' && cond.reason === 'InsufficientPods';
}
