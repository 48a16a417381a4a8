// The garbage collector (pkg/controller/garbagecollector): deletes objects whose owners are
// gone, and carries out the orphan and foregroundDeletion finalizers of deleted owners.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject, OwnerReference, ResourceRef } from '../../client/types.js';
import { Informer } from '../framework/informer.js';
import { isNotFound, logErrors } from '../replicaset/controller-utils.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { deletingDependents, FOREGROUND, hasFinalizer, ORPHAN, OwnerGraph } from './graph.js';

/** What the collector watches: the owners and dependents of the workload kinds (and StatefulSet claims). */
const WATCHED: ResourceRef[] = [R.daemonsets, R.deployments, R.replicasets, R.statefulsets, R.controllerrevisions, R.pods, R.services, R.endpointslices, R.jobs, R.cronjobs, R.persistentvolumeclaims];

/** Owner kinds whose existence can be checked, keyed by apiVersion/kind. */
const OWNER_KINDS: Record<string, { res: ResourceRef; namespaced: boolean }> = {
  'apps/v1/DaemonSet': { res: R.daemonsets, namespaced: true },
  'apps/v1/Deployment': { res: R.deployments, namespaced: true },
  'apps/v1/ReplicaSet': { res: R.replicasets, namespaced: true },
  'apps/v1/StatefulSet': { res: R.statefulsets, namespaced: true },
  'batch/v1/Job': { res: R.jobs, namespaced: true },
  'batch/v1/CronJob': { res: R.cronjobs, namespaced: true },
  'v1/Pod': { res: R.pods, namespaced: true },
  'v1/Service': { res: R.services, namespaced: true },
  'v1/Node': { res: R.nodes, namespaced: false },
  'v1/Namespace': { res: R.namespaces, namespaced: false },
};

type OwnerState = 'solid' | 'dangling' | 'waiting';

export class GarbageCollector {
  private informers: Informer[];
  private graph = new OwnerGraph();
  private queue: SyncedQueue;

  constructor(private client: ApiClient) {
    this.queue = new SyncedQueue((k) => this.process(k), 2, logErrors('garbage-collector'));
    this.informers = WATCHED.map((res) =>
      new Informer(client, res).on({
        add: (o) => this.observe(res, o, undefined),
        update: (_old, cur) => this.observe(res, cur, this.graph.get(cur.metadata.uid!)?.obj),
        delete: (o) => this.forget(o),
      }),
    );
  }

  async start(): Promise<void> {
    await Promise.all(this.informers.map((i) => i.start()));
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    for (const i of this.informers) i.stop();
  }

  // ---- graph maintenance ----

  private observe(res: ResourceRef, obj: KubeObject, prev: KubeObject | undefined): void {
    this.graph.upsert(res, obj);
    const uid = obj.metadata.uid!;
    if (obj.metadata.deletionTimestamp && (hasFinalizer(obj, ORPHAN) || hasFinalizer(obj, FOREGROUND))) this.queue.add(`owner:${uid}`);
    if (this.needsAttention(obj)) this.queue.add(`item:${uid}`);
    // owners waiting in the foreground hear about every change of their dependents
    const owners = new Set([...(obj.metadata.ownerReferences ?? []), ...(prev?.metadata.ownerReferences ?? [])].map((r) => r.uid));
    for (const o of owners) {
      const owner = this.graph.get(o)?.obj;
      if (owner?.metadata.deletionTimestamp) this.queue.add(`owner:${o}`);
    }
  }

  private forget(obj: KubeObject): void {
    const uid = obj.metadata.uid!;
    const known = this.graph.get(uid)?.obj ?? obj;
    this.graph.remove(obj);
    for (const dep of this.graph.dependents(uid)) this.queue.add(`item:${dep.obj.metadata.uid}`);
    for (const r of known.metadata.ownerReferences ?? []) {
      if (this.graph.get(r.uid)?.obj.metadata.deletionTimestamp) this.queue.add(`owner:${r.uid}`);
    }
  }

  /** A cheap pre-check: some owner is not in the graph, or is deleting its dependents. */
  private needsAttention(obj: KubeObject): boolean {
    return (obj.metadata.ownerReferences ?? []).some((r) => {
      const owner = this.graph.get(r.uid)?.obj;
      return !owner || deletingDependents(owner);
    });
  }

  // ---- processing ----

  private async process(key: string): Promise<void> {
    const [kind, uid] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'owner') return this.processDeletingOwner(uid);
    return this.attemptToDelete(uid);
  }

  private async ownerState(dependent: KubeObject, ref: OwnerReference): Promise<OwnerState> {
    let owner = this.graph.get(ref.uid)?.obj;
    if (!owner) {
      const kind = OWNER_KINDS[`${ref.apiVersion}/${ref.kind}`];
      if (!kind) return 'solid'; // a kind we cannot check is never assumed gone
      // the cache may lag behind a just-created owner: ask the API before deciding
      try {
        const found = await this.client.get(kind.res, kind.namespaced ? dependent.metadata.namespace : undefined, ref.name);
        if (found.metadata.uid !== ref.uid) return 'dangling';
        owner = found;
      } catch (e) {
        if (isNotFound(e)) return 'dangling';
        throw e;
      }
    }
    return deletingDependents(owner) ? 'waiting' : 'solid';
  }

  /** attemptToDeleteItem: collect an object none of whose owners still stands. */
  private async attemptToDelete(uid: string): Promise<void> {
    const node = this.graph.get(uid);
    if (!node) return;
    const obj = node.obj;
    if (obj.metadata.deletionTimestamp) return;
    const refs = obj.metadata.ownerReferences ?? [];
    if (!refs.length) return;
    const states = await Promise.all(refs.map((r) => this.ownerState(obj, r)));
    const solid = refs.filter((_, i) => states[i] === 'solid');
    const waiting = refs.filter((_, i) => states[i] === 'waiting');
    if (solid.length) {
      if (solid.length === refs.length) return;
      // still owned: only drop the references to owners that are gone or going
      await this.setOwnerRefs(node.resource, obj, solid);
      return;
    }
    let policy: 'Background' | 'Foreground' | 'Orphan' = 'Background';
    if (waiting.length && this.graph.dependents(uid).length) policy = 'Foreground';
    else if (hasFinalizer(obj, ORPHAN)) policy = 'Orphan';
    else if (hasFinalizer(obj, FOREGROUND)) policy = 'Foreground';
    try {
      await this.client.delete(node.resource, obj.metadata.namespace, obj.metadata.name!, { propagationPolicy: policy, preconditions: { uid } });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  /** An owner deleted with the orphan or foregroundDeletion finalizer. */
  private async processDeletingOwner(uid: string): Promise<void> {
    const node = this.graph.get(uid);
    if (!node?.obj.metadata.deletionTimestamp) return;
    const owner = node.obj;
    const dependents = this.graph.dependents(uid);
    if (hasFinalizer(owner, ORPHAN)) {
      for (const dep of dependents) {
        await this.setOwnerRefs(dep.resource, dep.obj, (dep.obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid));
      }
      return this.removeFinalizer(node.resource, owner, ORPHAN);
    }
    if (hasFinalizer(owner, FOREGROUND)) {
      const blocking = dependents.filter((dep) => dep.obj.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion));
      if (!blocking.length) return this.removeFinalizer(node.resource, owner, FOREGROUND);
      for (const dep of blocking) if (!dep.obj.metadata.deletionTimestamp) this.queue.add(`item:${dep.obj.metadata.uid}`);
    }
  }

  /** Writes ownerReferences against the cached version; a 409 requeues with the fresher copy. */
  private async setOwnerRefs(res: ResourceRef, obj: KubeObject, refs: OwnerReference[]): Promise<void> {
    const next = structuredClone(obj);
    if (refs.length) next.metadata.ownerReferences = refs;
    else delete next.metadata.ownerReferences;
    try {
      await this.client.update(res, obj.metadata.namespace, next);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  private async removeFinalizer(res: ResourceRef, obj: KubeObject, finalizer: string): Promise<void> {
    const next = structuredClone(obj);
    const rest = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    if (rest.length) next.metadata.finalizers = rest;
    else delete next.metadata.finalizers;
    try {
      await this.client.update(res, obj.metadata.namespace, next);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
