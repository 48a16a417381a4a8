// The StatefulSet controller (pkg/controller/statefulset/stateful_set.go): informers on
// sets, pods and revisions; each set's key is synced through StatefulSetControl.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { claimControllerRevisions } from '../history/index.js';
import { controllerRef, isEmptySelector, isPodReady, logErrors, objectKey, selectorMatches, splitKey } from '../replicaset/controller-utils.js';
import { claimObjects, recheckOwner } from '../replicaset/ref-manager.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { StatefulPodControl } from './stateful-pod-control.js';
import { StatefulSetControl } from './stateful-set-control.js';
import { STATEFULSET_KIND, isMemberOf } from './stateful-set-utils.js';

export class StatefulSetController {
  readonly setInformer: Informer;
  readonly podInformer: Informer;
  readonly revisionInformer: Informer;
  readonly claimInformer: Informer;
  private queue: SyncedQueue;
  private control: StatefulSetControl;

  constructor(private client: ApiClient) {
    this.setInformer = new Informer(client, R.statefulsets);
    this.podInformer = new Informer(client, R.pods);
    this.revisionInformer = new Informer(client, R.controllerrevisions);
    this.claimInformer = new Informer(client, R.persistentvolumeclaims);
    const recorder = new EventRecorder(client, { component: 'statefulset-controller' });
    this.control = new StatefulSetControl(client, new StatefulPodControl(client, recorder, (ns, name) => this.claimInformer.get(ns, name)), recorder);
    this.queue = new SyncedQueue((k) => this.sync(k), 4, logErrors('statefulset-controller'));
    this.setInformer.on({
      add: (s) => this.queue.add(objectKey(s)),
      update: (_old, cur) => this.queue.add(objectKey(cur)),
      delete: (s) => this.queue.add(objectKey(s)),
    });
    this.podInformer.on({ add: (p) => this.podChanged(p), update: (o, c) => this.podUpdated(o, c), delete: (p) => this.podChanged(p) });
  }

  async start(): Promise<void> {
    await Promise.all([this.setInformer.start(), this.podInformer.start(), this.revisionInformer.start(), this.claimInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.setInformer.stop();
    this.podInformer.stop();
    this.revisionInformer.stop();
    this.claimInformer.stop();
  }

  private resolve(ns: string | undefined, ref: OwnerReference | undefined): KubeObject | undefined {
    if (!ref || ref.kind !== 'StatefulSet') return undefined;
    const set = this.setInformer.get(ns, ref.name);
    return set?.metadata.uid === ref.uid ? set : undefined;
  }

  /** The owning set, or for an orphan every set whose selector matches it. */
  private setsFor(pod: KubeObject): KubeObject[] {
    const ref = controllerRef(pod);
    if (ref) {
      const set = this.resolve(pod.metadata.namespace, ref);
      return set ? [set] : [];
    }
    return this.setInformer
      .list(pod.metadata.namespace)
      .filter((s) => !isEmptySelector(s.spec?.selector) && selectorMatches(s.spec?.selector, pod.metadata.labels));
  }

  private podChanged(pod: KubeObject): void {
    for (const set of this.setsFor(pod)) this.queue.add(objectKey(set));
  }

  private podUpdated(old: KubeObject, cur: KubeObject): void {
    if (old.metadata.resourceVersion === cur.metadata.resourceVersion) return;
    const oldRef = controllerRef(old);
    if (oldRef && oldRef.uid !== controllerRef(cur)?.uid) {
      const prev = this.resolve(old.metadata.namespace, oldRef);
      if (prev) this.queue.add(objectKey(prev));
    }
    for (const set of this.setsFor(cur)) {
      this.queue.add(objectKey(set));
      // availability is time-based: look again once minReadySeconds have passed
      const mrs = Number(set.spec?.minReadySeconds ?? 0);
      if (!isPodReady(old) && isPodReady(cur) && mrs > 0) this.queue.addAfter(objectKey(set), mrs * 1000 + 1000);
    }
  }

  private async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const set = this.setInformer.get(ns, name);
    if (!set) return;
    const canAdopt = recheckOwner(this.client, R.statefulsets, set);
    const pods = await claimObjects(
      this.podInformer.list(ns).filter((p) => isMemberOf(set, p) || controllerRef(p)?.uid === set.metadata.uid),
      { client: this.client, resource: R.pods, owner: set, ownerApiVersion: STATEFULSET_KIND.apiVersion, ownerKind: STATEFULSET_KIND.kind, canAdopt },
    );
    const revisions = await claimControllerRevisions(this.client, set, STATEFULSET_KIND, this.revisionInformer.list(ns), canAdopt);
    const status = await this.control.sync(set, pods, revisions);
    const mrs = Number(set.spec?.minReadySeconds ?? 0);
    if (mrs > 0 && status.availableReplicas !== Number(set.spec?.replicas ?? 1)) this.queue.addAfter(key, mrs * 1000);
  }
}
