// The Deployment controller (pkg/controller/deployment/deployment_controller.go): watches
// Deployments, ReplicaSets and pods, and runs syncDeployment for each changed Deployment.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { controllerRef, isEmptySelector, logErrors, objectKey, selectorMatches, splitKey } from '../replicaset/controller-utils.js';
import { claimObjects, recheckOwner } from '../replicaset/ref-manager.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { writeStatus, type DeploymentRun } from './context.js';
import { isRollingUpdate } from './fenceposts.js';
import { syncDeploymentStatus } from './progress.js';
import { rolloutRecreate } from './recreate.js';
import { rolloutRolling } from './rolling.js';
import { checkPausedConditions, getAllReplicaSetsAndSyncRevision, isScalingEvent, syncScaleOnly } from './sync.js';

export class DeploymentController {
  readonly dInformer: Informer;
  readonly rsInformer: Informer;
  readonly podInformer: Informer;
  private queue: SyncedQueue;
  private recorder: EventRecorder;

  constructor(private client: ApiClient) {
    this.dInformer = new Informer(client, R.deployments);
    this.rsInformer = new Informer(client, R.replicasets);
    this.podInformer = new Informer(client, R.pods);
    this.recorder = new EventRecorder(client, { component: 'deployment-controller' });
    this.queue = new SyncedQueue((k) => this.sync(k), 4, logErrors('deployment-controller'));
    const enqueue = (d: KubeObject) => this.queue.add(objectKey(d));
    this.dInformer.on({ add: enqueue, update: (_o, c) => enqueue(c), delete: enqueue });
    this.rsInformer.on({ add: (rs) => this.addReplicaSet(rs), update: (o, c) => this.updateReplicaSet(o, c), delete: (rs) => this.deleteReplicaSet(rs) });
    this.podInformer.on({ delete: (p) => this.deletePod(p) });
  }

  async start(): Promise<void> {
    await Promise.all([this.dInformer.start(), this.rsInformer.start(), this.podInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.dInformer.stop();
    this.rsInformer.stop();
    this.podInformer.stop();
  }

  // ---- event handlers ----

  private resolve(ns: string | undefined, ref: OwnerReference | undefined): KubeObject | undefined {
    if (!ref || ref.kind !== 'Deployment') return undefined;
    const d = this.dInformer.get(ns, ref.name);
    return d?.metadata.uid === ref.uid ? d : undefined;
  }

  private enqueueRef(ns: string | undefined, ref: OwnerReference | undefined): void {
    const d = this.resolve(ns, ref);
    if (d) this.queue.add(objectKey(d));
  }

  private enqueueMatching(rs: KubeObject): void {
    for (const d of this.dInformer.list(rs.metadata.namespace)) {
      if (!isEmptySelector(d.spec?.selector) && selectorMatches(d.spec?.selector, rs.metadata.labels)) this.queue.add(objectKey(d));
    }
  }

  private addReplicaSet(rs: KubeObject): void {
    if (rs.metadata.deletionTimestamp) return this.deleteReplicaSet(rs);
    const ref = controllerRef(rs);
    if (ref) return this.enqueueRef(rs.metadata.namespace, ref);
    this.enqueueMatching(rs);
  }

  private updateReplicaSet(old: KubeObject, cur: KubeObject): void {
    if (old.metadata.resourceVersion === cur.metadata.resourceVersion) return;
    const curRef = controllerRef(cur);
    const oldRef = controllerRef(old);
    const refChanged = curRef?.uid !== oldRef?.uid;
    if (refChanged && oldRef) this.enqueueRef(old.metadata.namespace, oldRef);
    if (curRef) return this.enqueueRef(cur.metadata.namespace, curRef);
    const labelsChanged = JSON.stringify(old.metadata.labels ?? {}) !== JSON.stringify(cur.metadata.labels ?? {});
    if (labelsChanged || refChanged) this.enqueueMatching(cur);
  }

  private deleteReplicaSet(rs: KubeObject): void {
    this.enqueueRef(rs.metadata.namespace, controllerRef(rs));
  }

  /** Recreate waits for old pods to be gone: their deletion is what lets it continue. */
  private deletePod(pod: KubeObject): void {
    const ref = controllerRef(pod);
    if (ref?.kind !== 'ReplicaSet') return;
    const rs = this.rsInformer.get(pod.metadata.namespace, ref.name);
    if (!rs || rs.metadata.uid !== ref.uid) return;
    const d = this.resolve(rs.metadata.namespace, controllerRef(rs));
    if (d && !isRollingUpdate(d)) this.queue.add(objectKey(d));
  }

  // ---- sync ----

  private async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const cached = this.dInformer.get(ns, name);
    if (!cached) return;
    const run: DeploymentRun = {
      client: this.client,
      recorder: this.recorder,
      requeueAfter: (ms) => this.queue.addAfter(key, ms),
      d: structuredClone(cached),
      written: new Map(),
    };
    const d = run.d;
    if (isEmptySelector(d.spec?.selector)) {
      await this.recorder.record(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
      if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) await writeStatus(run, { ...(d.status ?? {}), observedGeneration: d.metadata.generation });
      return;
    }
    const rsList = await claimObjects(this.rsInformer.list(ns), {
      client: this.client,
      resource: R.replicasets,
      owner: d,
      ownerApiVersion: 'apps/v1',
      ownerKind: 'Deployment',
      canAdopt: recheckOwner(this.client, R.deployments, d),
    });
    if (d.metadata.deletionTimestamp) {
      const { newRS, oldRSs } = await getAllReplicaSetsAndSyncRevision(run, rsList, false);
      return syncDeploymentStatus(run, [...oldRSs, newRS], newRS);
    }
    await checkPausedConditions(run);
    if (run.d.spec?.paused) return syncScaleOnly(run, rsList);
    if (await isScalingEvent(run, rsList)) return syncScaleOnly(run, rsList);
    if (!isRollingUpdate(run.d)) return rolloutRecreate(run, rsList, this.podsByReplicaSet(run.d, rsList));
    return rolloutRolling(run, rsList);
  }

  /** The Deployment's pods, grouped by the uid of the RS that controls them. */
  private podsByReplicaSet(d: KubeObject, rsList: KubeObject[]): Map<string, KubeObject[]> {
    const byUid = new Map<string, KubeObject[]>(rsList.map((rs) => [rs.metadata.uid!, []]));
    for (const p of this.podInformer.list(d.metadata.namespace)) {
      if (!selectorMatches(d.spec?.selector, p.metadata.labels)) continue;
      const ref = controllerRef(p);
      if (ref) byUid.get(ref.uid)?.push(p);
    }
    return byUid;
  }
}
