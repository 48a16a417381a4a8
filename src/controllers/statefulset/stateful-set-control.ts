// One StatefulSet sync (pkg/controller/statefulset/stateful_set_control.go): resolve the
// current and update revisions, bring the replicas to the desired identities in ordinal
// order (OrderedReady) or all at once (Parallel), delete condemned ordinals highest
// first, roll out the update revision from the highest ordinal down to the partition,
// record status and prune history.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { EventRecorder } from '../framework/events.js';
import {
  createControllerRevision,
  deleteControllerRevision,
  findEqualRevisions,
  nextRevision,
  revisionsToPrune,
  sortControllerRevisions,
  updateControllerRevision,
} from '../history/index.js';
import type { StatefulPodControl } from './stateful-pod-control.js';
import {
  allowsBurst,
  applyRevision,
  identityMatches,
  isCreated,
  isFailed,
  isHealthy,
  isRunningAndAvailable,
  isRunningAndReady,
  isSucceeded,
  isTerminating,
  newRevision,
  newVersionedStatefulSetPod,
  ordinalOf,
  podInOrdinalRange,
  podRevision,
  startOrdinal,
} from './stateful-set-utils.js';
import { completeRollingUpdate, countReplicas, statusChanged, toApiStatus, type StatefulSetStatus } from './status.js';

interface Revisions {
  current: KubeObject;
  update: KubeObject;
  collisionCount: number;
}

export class StatefulSetControl {
  constructor(
    private client: ApiClient,
    private pods: StatefulPodControl,
    private recorder: EventRecorder,
  ) {}

  /** performUpdate: returns the status written (or that needed no write). */
  async sync(set: KubeObject, pods: KubeObject[], revisions: KubeObject[]): Promise<StatefulSetStatus> {
    const sorted = sortControllerRevisions(revisions);
    const revs = await this.revisions(set, sorted);
    let status: StatefulSetStatus | undefined;
    let failure: unknown;
    try {
      status = await this.updateReplicas(set, revs, pods);
    } catch (e) {
      failure = e;
    }
    if (status) await this.writeStatus(set, status);
    if (failure) throw failure;
    await this.truncateHistory(set, pods, sorted, revs);
    return status!;
  }

  /** getStatefulSetRevisions. */
  private async revisions(set: KubeObject, sorted: KubeObject[]): Promise<Revisions> {
    const collision = { count: Number(set.status?.collisionCount ?? 0) };
    let update = newRevision(set, nextRevision(sorted), collision.count);
    const equal = findEqualRevisions(sorted, update);
    const last = sorted[sorted.length - 1];
    if (equal.length && equal[equal.length - 1] === last) update = last;
    else if (equal.length) update = await updateControllerRevision(this.client, equal[equal.length - 1], Number(update.revision));
    else update = await createControllerRevision(this.client, set, update, collision);
    const current = sorted.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
    return { current, update, collisionCount: collision.count };
  }

  /** updateStatefulSet. */
  private async updateReplicas(set: KubeObject, revs: Revisions, pods: KubeObject[]): Promise<StatefulSetStatus> {
    const currentSet = applyRevision(set, revs.current);
    const updateSet = applyRevision(set, revs.update);
    const currentName = revs.current.metadata.name!;
    const updateName = revs.update.metadata.name!;
    const minReady = Number(set.spec?.minReadySeconds ?? 0);
    const status: StatefulSetStatus = {
      observedGeneration: Number(set.metadata.generation ?? 0),
      currentRevision: currentName,
      updateRevision: updateName,
      collisionCount: revs.collisionCount,
      replicas: 0,
      readyReplicas: 0,
      currentReplicas: 0,
      updatedReplicas: 0,
      availableReplicas: 0,
    };
    countReplicas(status, minReady, pods);

    const start = startOrdinal(set);
    const replicas: KubeObject[] = new Array(Number(set.spec?.replicas ?? 1));
    const condemned: KubeObject[] = [];
    for (const pod of pods) {
      if (podInOrdinalRange(pod, set)) replicas[ordinalOf(pod) - start] = pod;
      else if (ordinalOf(pod) >= 0) condemned.push(pod);
    }
    for (let i = 0; i < replicas.length; i++) replicas[i] ??= newVersionedStatefulSetPod(currentSet, updateSet, currentName, updateName, i + start);
    condemned.sort((a, b) => ordinalOf(b) - ordinalOf(a));
    const firstUnhealthy = [...replicas, ...[...condemned].reverse()].find((p) => !isHealthy(p));
    const recount = () => countReplicas(status, minReady, [...replicas, ...condemned]);

    if (set.metadata.deletionTimestamp) return status;
    const monotonic = !allowsBurst(set);

    const processReplica = async (i: number): Promise<boolean> => {
      let pod = replicas[i];
      if (isFailed(pod) || isSucceeded(pod)) {
        const [type, reason, what] = isFailed(pod) ? (['Warning', 'RecreatingFailedPod', 'failed'] as const) : (['Normal', 'RecreatingTerminatedPod', 'terminated'] as const);
        await this.recorder.record(set, type, reason, `StatefulSet ${set.metadata.namespace}/${set.metadata.name} is recreating ${what} Pod ${pod.metadata.name}`);
        await this.pods.delete(set, pod);
        pod = replicas[i] = newVersionedStatefulSetPod(currentSet, updateSet, currentName, updateName, i + start);
      }
      if (!isCreated(pod)) {
        const created = await this.pods.create(set, pod);
        return monotonic || !created;
      }
      if (isTerminating(pod) && monotonic) return true;
      if (!isRunningAndReady(pod) && monotonic) return true;
      if (!isRunningAndAvailable(pod, minReady) && monotonic) return true;
      // claims whose owner references disagree with the retention policy are fixed with the pod
      const retentionMatch = this.pods.claimsMatchRetentionPolicy(updateSet, pod);
      if (identityMatches(set, pod) && retentionMatch) return false;
      if (!retentionMatch) await this.pods.updateClaimsForRetentionPolicy(updateSet, pod);
      await this.pods.update(updateSet, pod);
      return false;
    };
    if (await runForAll(replicas.length, processReplica, monotonic)) {
      recount();
      return status;
    }

    // a condemned pod's claims get the owners whenScaled asks for before the pod goes
    for (const pod of condemned) if (!this.pods.claimsMatchRetentionPolicy(updateSet, pod)) await this.pods.updateClaimsForRetentionPolicy(updateSet, pod);

    const processCondemned = async (i: number): Promise<boolean> => {
      const pod = condemned[i];
      if (isTerminating(pod)) return monotonic;
      if (monotonic && pod !== firstUnhealthy && (!isRunningAndReady(pod) || !isRunningAndAvailable(pod, minReady))) return true;
      await this.pods.delete(set, pod);
      return monotonic;
    };
    if (await runForAll(condemned.length, processCondemned, monotonic)) {
      recount();
      return status;
    }
    recount();

    if (set.spec?.updateStrategy?.type === 'OnDelete') return status;
    const partition = Number(set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0);
    for (let target = replicas.length - 1; target >= partition; target--) {
      const pod = replicas[target];
      if (podRevision(pod) !== updateName && !isTerminating(pod)) {
        await this.pods.delete(set, pod);
        status.currentReplicas--;
        return status;
      }
      if (!isHealthy(pod)) return status;
    }
    return status;
  }

  /** updateStatefulSetStatus: completes a finished rolling update, writes only on change. */
  private async writeStatus(set: KubeObject, status: StatefulSetStatus): Promise<void> {
    completeRollingUpdate(set, status);
    if (!statusChanged(set, status)) return;
    await this.client.update(R.statefulsets, set.metadata.namespace, { ...set, status: toApiStatus(status, set.status) }, { subresource: 'status' });
  }

  /** truncateHistory: keeps revisions in use plus revisionHistoryLimit older ones. */
  private async truncateHistory(set: KubeObject, pods: KubeObject[], sorted: KubeObject[], revs: Revisions): Promise<void> {
    const live = new Set([revs.current.metadata.name!, revs.update.metadata.name!, ...pods.map(podRevision)]);
    for (const r of revisionsToPrune(sorted, live, Number(set.spec?.revisionHistoryLimit ?? 10))) await deleteControllerRevision(this.client, r);
  }
}

/**
 * runForAll: in monotonic mode one at a time, stopping at the first that asks to; otherwise
 * all at once. True when processing should stop here.
 */
async function runForAll(n: number, fn: (i: number) => Promise<boolean>, monotonic: boolean): Promise<boolean> {
  if (monotonic) {
    for (let i = 0; i < n; i++) if (await fn(i)) return true;
    return false;
  }
  const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => fn(i)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return false;
}
