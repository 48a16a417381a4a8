// The workload control plane as daemon components: scheduler, the workload controllers
// (ReplicaSet, Deployment, DaemonSet, StatefulSet, Job, CronJob, disruption), garbage collector.
// Each talks to the API only through informers and writes.
import type { Component } from '../cluster/components.js';
import type { ApiClient } from '../client/interface.js';
import { DaemonSetController } from './daemonset/daemonset-controller.js';
import { DeploymentController } from './deployment/deployment-controller.js';
import { DisruptionController } from './disruption/disruption-controller.js';
import { CronJobController } from './cronjob/cronjob-controller.js';
import { GarbageCollector } from './garbagecollector/garbage-collector.js';
import { JobController } from './job/job-controller.js';
import { TtlAfterFinishedController } from './ttlafterfinished/ttl-after-finished-controller.js';
import { ReplicaSetController } from './replicaset/replicaset-controller.js';
import { Scheduler } from './scheduler/scheduler.js';
import { StatefulSetController } from './statefulset/statefulset-controller.js';
import { UnschedulableTaintController } from './nodelifecycle/unschedulable-taint.js';
import { TaintEvictionController, TAINT_EVICTION_CONTROLLER } from './nodelifecycle/taint-eviction.js';
import { storageControllersComponent } from './volume/component.js';

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
export const daemonSetControllerComponent = component('daemonset-controller', (c) => new DaemonSetController(c));
export const statefulSetControllerComponent = component('statefulset-controller', (c) => new StatefulSetController(c));
export const garbageCollectorComponent = component('garbage-collector', (c) => new GarbageCollector(c));
export const nodeLifecycleComponent = component('node-lifecycle-controller', (c) => new UnschedulableTaintController(c));
export const taintEvictionComponent = component(TAINT_EVICTION_CONTROLLER, (c) => new TaintEvictionController(c));
export const cronJobControllerComponent = component('cronjob-controller', (c) => new CronJobController(c));
export const jobControllerComponent = component('job-controller', (c) => new JobController(c));
export const ttlAfterFinishedComponent = component('ttl-after-finished-controller', (c) => new TtlAfterFinishedController(c));
export const disruptionControllerComponent = component('disruption-controller', (c) => new DisruptionController(c));
/** In start order (the daemon starts them after the kubelet). */
export const WORKLOAD_COMPONENTS: Component[] = [schedulerComponent, replicaSetControllerComponent, deploymentControllerComponent, daemonSetControllerComponent, statefulSetControllerComponent, garbageCollectorComponent, nodeLifecycleComponent, taintEvictionComponent, cronJobControllerComponent, jobControllerComponent, ttlAfterFinishedComponent, disruptionControllerComponent, storageControllersComponent];
