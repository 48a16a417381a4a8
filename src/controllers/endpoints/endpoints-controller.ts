// The Endpoints controller: one work item per Service, re-synced whenever the Service or
// any pod it selects changes. Reads current Endpoints straight from the API so that its own
// recent writes are never missed.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { Informer } from '../framework/informer.js';
import { WorkQueue } from '../framework/workqueue.js';
import { desiredEndpoints, endpointsUpToDate } from './desired-endpoints.js';
import { isManagedService, splitKey, type Obj } from './pod-endpoints.js';
import { queueServicesFor } from './service-triggers.js';

const codeOf = (e: unknown) => (e as { code?: number }).code;

export class EndpointsController {
  private queue: WorkQueue;

  constructor(
    private client: ApiClient,
    private services: Informer,
    private pods: Informer,
  ) {
    this.queue = new WorkQueue((key) => this.sync(key), 2, (key, e) => console.error(`endpoints ${key}: ${(e as Error).message}`));
    queueServicesFor(services, pods, (key) => this.queue.add(key));
  }

  async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const svc = this.services.get(ns, name);
    if (!svc) {
      // the Endpoints of a deleted Service go with it (only ones we would have managed)
      try {
        const cur = await this.client.get(R.endpoints, ns, name);
        if (cur.metadata.labels?.['endpointslice.kubernetes.io/skip-mirror'] !== 'true') await this.client.delete(R.endpoints, ns, name);
      } catch (e) {
        if (codeOf(e) !== 404) throw e;
      }
      return;
    }
    if (!isManagedService(svc)) return;
    const desired = desiredEndpoints(svc, this.pods.list(ns));
    let current: Obj | undefined;
    try {
      current = await this.client.get(R.endpoints, ns, name);
    } catch (e) {
      if (codeOf(e) !== 404) throw e;
    }
    if (!current) {
      await this.client.create(R.endpoints, ns, desired);
      return;
    }
    if (endpointsUpToDate(current, desired)) return;
    const next: Obj = { ...desired, metadata: { ...current.metadata, labels: desired.metadata.labels, annotations: { ...(current.metadata.annotations ?? {}), ...(desired.metadata.annotations ?? {}) } } };
    if (!desired.metadata.labels) delete next.metadata.labels;
    await this.client.update(R.endpoints, ns, next);
  }

  stop(): void {
    this.queue.stop();
  }
}
