// What re-syncs a Service for the Endpoints and EndpointSlice controllers: the Service itself,
// and every pod it selects (before and after a label change).
import type { Informer } from '../framework/informer.js';
import { selectorMatches, serviceKey, type Obj } from './pod-endpoints.js';

export function queueServicesFor(services: Informer, pods: Informer, enqueue: (key: string) => void): void {
  const forService = (s: Obj) => enqueue(serviceKey(s.metadata.namespace, s.metadata.name));
  const forPod = (pod: Obj) => {
    for (const svc of services.list(pod.metadata.namespace)) {
      if (selectorMatches(svc.spec?.selector, pod.metadata.labels)) forService(svc);
    }
  };
  services.on({ add: forService, update: (_o, s) => forService(s), delete: forService });
  pods.on({
    add: forPod,
    update: (o, p) => {
      forPod(p);
      if (JSON.stringify(o.metadata.labels) !== JSON.stringify(p.metadata.labels)) forPod(o);
    },
    delete: forPod,
  });
}
