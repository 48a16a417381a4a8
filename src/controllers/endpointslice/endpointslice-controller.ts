// The EndpointSlice controller: one work item per Service. Existing slices are listed from
// the API at every sync (not from a cache) so a slice it just created is never duplicated.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import { Informer } from '../framework/informer.js';
import { WorkQueue } from '../framework/workqueue.js';
import { isManagedService, lastChangeTriggerTime, podsForService, serviceKey, splitKey, type Obj } from '../endpoints/pod-endpoints.js';
import { queueServicesFor } from '../endpoints/service-triggers.js';
import { CONTROLLER_NAME, desiredGroups, MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from './desired-slices.js';
import { planSlices } from './plan.js';

const codeOf = (e: unknown) => (e as { code?: number }).code;
const ignore404 = (e: unknown) => {
  if (codeOf(e) !== 404) throw e;
};

export class EndpointSliceController {
  private queue: WorkQueue;
  readonly slices: Informer;

  constructor(
    private client: ApiClient,
    private services: Informer,
    private pods: Informer,
  ) {
    this.queue = new WorkQueue((key) => this.sync(key), 2, (key, e) => console.error(`endpointslices ${key}: ${(e as Error).message}`));
    queueServicesFor(services, pods, (key) => this.queue.add(key));
    // slices changed or deleted by someone else are put back
    this.slices = new Informer(client, R.endpointslices, { labelSelector: `${MANAGED_BY_LABEL}=${CONTROLLER_NAME}` });
    const enqueueSlice = (s: Obj) => {
      const svc = s.metadata.labels?.[SERVICE_NAME_LABEL];
      if (svc) this.queue.add(serviceKey(s.metadata.namespace, svc));
    };
    this.slices.on({ update: (_o, s) => enqueueSlice(s), delete: enqueueSlice });
  }

  start(): Promise<void> {
    return this.slices.start();
  }

  async sync(key: string): Promise<void> {
    const [ns, name] = splitKey(key);
    const svc = this.services.get(ns, name);
    const existing = (
      await this.client.list(R.endpointslices, ns, { labelSelector: `${SERVICE_NAME_LABEL}=${name},${MANAGED_BY_LABEL}=${CONTROLLER_NAME}` })
    ).items.filter((s) => !s.metadata.deletionTimestamp);
    if (!svc || !isManagedService(svc)) {
      // slices of a deleted Service go with it (the garbage collector would also take them)
      if (!svc) for (const s of existing) await this.client.delete(R.endpointslices, ns, s.metadata.name!).catch(ignore404);
      return;
    }
    const owned = existing.filter((s) => (s.metadata.ownerReferences ?? []).some((o) => o.uid === svc.metadata.uid));
    for (const s of existing) if (!owned.includes(s)) await this.client.delete(R.endpointslices, ns, s.metadata.name!).catch(ignore404);
    const pods = this.pods.list(ns);
    const plan = planSlices(svc, desiredGroups(svc, pods), owned, lastChangeTriggerTime(svc, podsForService(svc, pods)));
    // creates and updates first, deletes last: a consumer never sees fewer endpoints than it should
    for (const s of plan.update) await this.client.update(R.endpointslices, ns, s);
    for (const s of plan.create) await this.client.create(R.endpointslices, ns, s);
    for (const s of plan.delete) await this.client.delete(R.endpointslices, ns, s.metadata.name!).catch(ignore404);
  }

  stop(): void {
    this.queue.stop();
    this.slices.stop();
  }
}
