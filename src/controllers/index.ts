// The workload control plane as daemon components: scheduler, ReplicaSet and Deployment
// controllers, garbage collector. Each talks to the API only through informers and writes.
import type { Component } from '../cluster/components.js';
import type { ApiClient } from '../client/interface.js';
import { DeploymentController } from './deployment/deployment-controller.js';
import { GarbageCollector } from './garbagecollector/garbage-collector.js';
import { ReplicaSetController } from './replicaset/replicaset-controller.js';
import { Scheduler } from './scheduler/scheduler.js';
import { UnschedulableTaintController } from './nodelifecycle/unschedulable-taint.js';

export { DeploymentController, GarbageCollector, ReplicaSetController, Scheduler };

function component(name: string, make: (client: ApiClient) => { start(): Promise<void>; stop(): void }): Component {
  return {
    name,
    async start(ctx) {
      const c = make(ctx.client);
      await c.start();
      return { stop: () => c.stop() };
    },
  };
}

export const schedulerComponent = component('scheduler', (c) => new Scheduler(c));
export const replicaSetControllerComponent = component('replicaset-controller', (c) => new ReplicaSetController(c));
export const deploymentControllerComponent = component('deployment-controller', (c) => new DeploymentController(c));
export const garbageCollectorComponent = component('garbage-collector', (c) => new GarbageCollector(c));
export const nodeLifecycleComponent = component('node-lifecycle-controller', (c) => new UnschedulableTaintController(c));

/** In start order. */
export const WORKLOAD_COMPONENTS: Component[] = [schedulerComponent, replicaSetControllerComponent, deploymentControllerComponent, garbageCollectorComponent, nodeLifecycleComponent];
