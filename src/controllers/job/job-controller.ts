// The Job controller (pkg/controller/job/job_controller.go): runs each job's pods to
// completion through informers and a work queue; time-based work (deadlines, back-off)
// comes back through the queue's addAfter.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { EventRecorder } from '../framework/events.js';
import { Informer } from '../framework/informer.js';
import { controllerRef, isNotFound, logErrors, objectKey, splitKey } from '../replicaset/controller-utils.js';
import { Expectations } from '../replicaset/expectations.js';
import { SyncedQueue } from '../replicaset/synced-queue.js';
import { hasTrackingFinalizer } from './pod-tracking.js';
import { JobSync, releasePod } from './sync.js';

const ORPHAN_PREFIX = 'orphan:';

export class JobController {
  readonly jobInformer: Informer;
  readonly podInformer: Informer;
  private queue: SyncedQueue;
  private expectations = new Expectations();
  private syncer: JobSync;

  constructor(private client: ApiClient) {
    this.jobInformer = new Informer(client, R.jobs);
    this.podInformer = new Informer(client, R.pods);
    const recorder = new EventRecorder(client, { component: 'job-controller' });
    this.queue = new SyncedQueue((k) => this.process(k), 4, logErrors('job-controller'));
    this.syncer = new JobSync({ client, recorder, expectations: this.expectations, requeueAfter: (k, ms) => this.queue.addAfter(k, ms) });
    this.syncer.podsProvider = (job) => this.podsOf(job);
    this.jobInformer.on({
      add: (job) => this.queue.add(objectKey(job)),
      update: (_old, cur) => this.queue.add(objectKey(cur)),
      delete: (job) => {
        this.expectations.delete(objectKey(job));
        for (const p of this.podsOf(job)) if (hasTrackingFinalizer(p)) this.queue.add(ORPHAN_PREFIX + objectKey(p));
      },
    });
    this.podInformer.on({
      add: (p) => this.podChanged(p, true),
      update: (_o, c) => this.podChanged(c, false),
      delete: (p) => this.podChanged(p, false, true),
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.jobInformer.start(), this.podInformer.start()]);
    this.queue.open();
  }

  stop(): void {
    this.queue.stop();
    this.jobInformer.stop();
    this.podInformer.stop();
  }

  private resolve(ns: string | undefined, ref: OwnerReference | undefined): KubeObject | undefined {
    if (!ref || ref.kind !== 'Job' || !ref.apiVersion?.startsWith('batch/')) return undefined;
    const job = this.jobInformer.get(ns, ref.name);
    return job?.metadata.uid === ref.uid ? job : undefined;
  }

  private podChanged(pod: KubeObject, added: boolean, deleted = false): void {
    if (deleted || !hasTrackingFinalizer(pod)) this.syncer.observeReleased(pod);
    const ref = controllerRef(pod);
    if (!ref || ref.kind !== 'Job') return;
    const job = this.resolve(pod.metadata.namespace, ref);
    if (!job) {
      // its job is gone: nobody else will ever drop the tracking finalizer
      if (hasTrackingFinalizer(pod)) this.queue.add(ORPHAN_PREFIX + objectKey(pod));
      return;
    }
    if (added) this.expectations.creationObserved(objectKey(job));
    this.queue.add(objectKey(job));
  }

  private podsOf(job: KubeObject): KubeObject[] {
    return this.podInformer.list(job.metadata.namespace).filter((p) => controllerRef(p)?.uid === job.metadata.uid);
  }

  private async process(key: string): Promise<void> {
    if (key.startsWith(ORPHAN_PREFIX)) return this.releaseOrphan(key.slice(ORPHAN_PREFIX.length));
    const [ns, name] = splitKey(key);
    const job = this.jobInformer.get(ns, name);
    if (!job) {
      this.expectations.delete(key);
      return;
    }
    await this.syncer.sync(job, this.podsOf(job));
  }

  /** A pod whose job is gone keeps no tracking finalizer (checked against the API, not the cache). */
  private async releaseOrphan(podKey: string): Promise<void> {
    const [ns, name] = splitKey(podKey);
    const pod = this.podInformer.get(ns, name);
    if (!pod || !hasTrackingFinalizer(pod)) return;
    const ref = controllerRef(pod);
    if (ref) {
      try {
        const job = await this.client.get(R.jobs, ns, ref.name);
        if (job.metadata.uid === ref.uid && !job.metadata.deletionTimestamp) return;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    await releasePod(this.client, pod);
  }
}
