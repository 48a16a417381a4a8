// The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): keeps the number
// of active pods matching each ReplicaSet at spec.replicas, and reports status.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import {
  controllerRef,
  errorCode,
  errorMessage,
  isEmptySelector,
  isNotFound,
  isPodActive,
  isPodReady,
  logErrors,
  newControllerRef,
  objectKey,
  replicasOf,
  selectorMatches,
  splitKey,
} from './controller-utils.js';
import { Expectations } from './expectations.js';
import { podsToDelete } from './pod-ranking.js';
import { claimObjects, recheckOwner } from './ref-manager.js';
import { calculateReplicaSetStatus, replicaSetStatusUpdate } from './status.js';
import { SyncedQueue } from './synced-queue.js';

/** At most this many pods are created or deleted in one sync (burstReplicas). */
const BURST_REPLICAS = 500;

/** Runs `count` calls in batches of 1, 2, 4, ...; stops after a batch with a failure. */
export async function slowStartBatch(count: number, initial: number, fn: () => Promise<void>): Promise<{ successes: number; error?: unknown }> {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initial); batch > 0; batch = Math.min(2 * batch, remaining)) {
    const results = await Promise.allSettled(Array.from({ length: batch }, () => fn()));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    successes += batch - failed.length;
    if (failed.length) return { successes, error: failed[0].reason };
    remaining -= batch;
  }
  return { successes };
}

export class ReplicaSetController {
  readonly rsInformer: Informer;
  readonly podInformer: Informer;
  private queue: SyncedQueue;
  private expectations = new Expectations();
  private recorder: EventRecorder;

  constructor(private client: ApiClient) {
    this.rsInformer = new Informer(client, R.replicasets);
    this.podInformer = new Informer(client, R.pods);
    this.recorder = new EventRecorder(client, { component: 'replicaset-controller' });
    this.queue = new SyncedQueue((k) => this.sync(k), 4, logErrors('replicaset-controller'));
    this.rsInformer.on({
      add: (rs) => this.queue.add(objectKey(rs)),
      update: (old, cur) => {
        if (old.metadata.uid !== cur.metadata.uid) this.expectations.delete(objectKey(old));
        this.queue.add(objectKey(cur));
      },
      delete: (rs) => {
        this.expectations.delete(objectKey(rs));
        this.queue.add(objectKey(rs));
      },
    });
    this.podInformer.on({ add: (p) => this.addPod(p), update: (o, c) => this.updatePod(o, c), delete: (p) => this.deletePod(p) });
  }

  async start(): Promise<void> {
    await Promise.all([this.rsInformer.start(), this.podInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.rsInformer.stop();
    this.podInformer.stop();
  }

  // ---- event handlers ----

  private resolve(ns: string | undefined, ref: OwnerReference | undefined): KubeObject | undefined {
    if (!ref || ref.kind !== 'ReplicaSet') return undefined;
    const rs = this.rsInformer.get(ns, ref.name);
    return rs?.metadata.uid === ref.uid ? rs : undefined;
  }

  private matchingReplicaSets(pod: KubeObject): KubeObject[] {
    return this.rsInformer
      .list(pod.metadata.namespace)
      .filter((rs) => !isEmptySelector(rs.spec?.selector) && selectorMatches(rs.spec?.selector, pod.metadata.labels));
  }

  private addPod(pod: KubeObject): void {
    if (pod.metadata.deletionTimestamp) return this.deletePod(pod);
    const ref = controllerRef(pod);
    if (ref) {
      const rs = this.resolve(pod.metadata.namespace, ref);
      if (!rs) return;
      this.expectations.creationObserved(objectKey(rs));
      this.queue.add(objectKey(rs));
      return;
    }
    for (const rs of this.matchingReplicaSets(pod)) this.queue.add(objectKey(rs));
  }

  private updatePod(old: KubeObject, cur: KubeObject): void {
    if (old.metadata.resourceVersion === cur.metadata.resourceVersion) return;
    const labelsChanged = JSON.stringify(old.metadata.labels ?? {}) !== JSON.stringify(cur.metadata.labels ?? {});
    if (cur.metadata.deletionTimestamp) {
      this.deletePod(cur);
      if (labelsChanged) this.deletePod(old);
      return;
    }
    const curRef = controllerRef(cur);
    const oldRef = controllerRef(old);
    const refChanged = curRef?.uid !== oldRef?.uid;
    if (refChanged && oldRef) {
      const rs = this.resolve(old.metadata.namespace, oldRef);
      if (rs) this.queue.add(objectKey(rs));
    }
    if (curRef) {
      const rs = this.resolve(cur.metadata.namespace, curRef);
      if (!rs) return;
      this.queue.add(objectKey(rs));
      // availability is time-based: look again once minReadySeconds have passed
      const mrs = rs.spec?.minReadySeconds ?? 0;
      if (!isPodReady(old) && isPodReady(cur) && mrs > 0) this.queue.addAfter(objectKey(rs), mrs * 1000 + 1000);
      return;
    }
    if (labelsChanged || refChanged) for (const rs of this.matchingReplicaSets(cur)) this.queue.add(objectKey(rs));
  }

  private deletePod(pod: KubeObject): void {
    const rs = this.resolve(pod.metadata.namespace, controllerRef(pod));
    if (!rs) return;
    this.expectations.deletionObserved(objectKey(rs), objectKey(pod));
    this.queue.add(objectKey(rs));
  }

  // ---- sync ----

  private async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const rs = this.rsInformer.get(ns, name);
    if (!rs) {
      this.expectations.delete(key);
      return;
    }
    const needsSync = this.expectations.satisfied(key);
    const active = this.podInformer.list(ns).filter(isPodActive);
    const pods = await claimObjects(active, {
      client: this.client,
      resource: R.pods,
      owner: rs,
      ownerApiVersion: 'apps/v1',
      ownerKind: 'ReplicaSet',
      canAdopt: recheckOwner(this.client, R.replicasets, rs),
    });
    let manageError: Error | undefined;
    if (needsSync && !rs.metadata.deletionTimestamp) {
      try {
        await this.manageReplicas(pods, rs, key);
      } catch (e) {
        manageError = e instanceof Error ? e : new Error(String(e));
      }
    }
    const next = replicaSetStatusUpdate(rs, calculateReplicaSetStatus(rs, pods, manageError));
    let current = rs;
    if (next) current = await this.client.update(R.replicasets, ns, { ...rs, status: next }, { subresource: 'status' });
    const mrs = current.spec?.minReadySeconds ?? 0;
    const st = current.status ?? {};
    if (!manageError && mrs > 0 && (st.readyReplicas ?? 0) === replicasOf(current) && (st.availableReplicas ?? 0) !== replicasOf(current)) {
      this.queue.addAfter(key, mrs * 1000);
    }
    if (manageError) throw manageError;
  }

  private async manageReplicas(pods: KubeObject[], rs: KubeObject, key: string): Promise<void> {
    const diff = pods.length - replicasOf(rs);
    if (diff < 0) {
      const n = Math.min(-diff, BURST_REPLICAS);
      this.expectations.expectCreations(key, n);
      const { successes, error } = await slowStartBatch(n, 1, () => this.createPod(rs));
      for (let i = successes; i < n; i++) this.expectations.creationObserved(key);
      if (error) throw error;
    } else if (diff > 0) {
      const n = Math.min(diff, BURST_REPLICAS);
      const victims = podsToDelete(pods, this.relatedPods(rs), n);
      this.expectations.expectDeletions(key, victims.map(objectKey));
      const errs: unknown[] = [];
      await Promise.all(
        victims.map(async (p) => {
          try {
            await this.client.delete(R.pods, p.metadata.namespace, p.metadata.name!);
            await this.recorder.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
          } catch (e) {
            // the informer will never see this deletion
            this.expectations.deletionObserved(key, objectKey(p));
            if (isNotFound(e)) return;
            await this.recorder.record(rs, 'Warning', 'FailedDelete', `Error deleting: ${errorMessage(e)}`);
            errs.push(e);
          }
        }),
      );
      if (errs.length) throw errs[0];
    }
  }

  private async createPod(rs: KubeObject): Promise<void> {
    const tmpl = rs.spec?.template ?? {};
    const md = tmpl.metadata ?? {};
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${rs.metadata.name}-`,
        namespace: rs.metadata.namespace,
        ...(md.labels && Object.keys(md.labels).length ? { labels: structuredClone(md.labels) } : {}),
        ...(md.annotations && Object.keys(md.annotations).length ? { annotations: structuredClone(md.annotations) } : {}),
        ...(md.finalizers?.length ? { finalizers: [...md.finalizers] } : {}),
        ownerReferences: [newControllerRef(rs, 'apps/v1', 'ReplicaSet')],
      },
      spec: structuredClone(tmpl.spec ?? {}),
    };
    if (!pod.metadata.labels) throw new Error('unable to create pods, no labels');
    try {
      const created = await this.client.create(R.pods, rs.metadata.namespace, pod);
      await this.recorder.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
    } catch (e) {
      // a terminating namespace refuses every create; nothing to report
      if (errorCode(e) === 403 && /being terminated/.test(errorMessage(e))) return;
      await this.recorder.record(rs, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(e)}`);
      throw e;
    }
  }

  /** Pods of this RS and of its siblings (same controller owner), to spot nodes that are doubled up. */
  private relatedPods(rs: KubeObject): KubeObject[] {
    const owner = controllerRef(rs);
    const siblings = owner
      ? this.rsInformer.list(rs.metadata.namespace).filter((r) => controllerRef(r)?.uid === owner.uid)
      : [rs];
    const uids = new Set(siblings.map((r) => r.metadata.uid));
    return this.podInformer.list(rs.metadata.namespace).filter((p) => uids.has(controllerRef(p)?.uid));
  }
}
