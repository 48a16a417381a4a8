// syncNodes (pkg/controller/daemon/daemon_controller.go): deletes the given daemon pods and
// creates one on each given node, under expectations, with the controller's events.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { EventRecorder } from '../framework/events.js';
import { errorCode, errorMessage, isNotFound, newControllerRef, objectKey } from '../replicaset/controller-utils.js';
import type { Expectations } from '../replicaset/expectations.js';
import { slowStartBatch } from '../replicaset/replicaset-controller.js';
import { bindToNode, daemonPodTemplate } from './daemon-pods.js';

export class DaemonPodWriter {
  constructor(
    private client: ApiClient,
    private recorder: EventRecorder,
    private expectations: Expectations,
  ) {}

  async syncNodes(ds: KubeObject, key: string, remove: KubeObject[], createOn: string[], hash: string): Promise<void> {
    const unique = [...new Map(remove.map((p) => [objectKey(p), p])).values()];
    if (!unique.length && !createOn.length) return;
    this.expectations.expect(key, createOn.length, unique.map(objectKey));
    const errors: unknown[] = [];
    const template = daemonPodTemplate(ds, hash);
    const queue = [...createOn];
    const { successes, error } = await slowStartBatch(createOn.length, 1, () => this.createPod(ds, template, queue.shift()!));
    for (let i = successes; i < createOn.length; i++) this.expectations.creationObserved(key);
    if (error) errors.push(error);
    await Promise.all(unique.map(async (p) => {
      try {
        await this.client.delete(R.pods, p.metadata.namespace, p.metadata.name!);
        await this.recorder.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
      } catch (e) {
        // the informer will never see this deletion
        this.expectations.deletionObserved(key, objectKey(p));
        if (isNotFound(e)) return;
        await this.recorder.record(ds, 'Warning', 'FailedDelete', `Error deleting: ${errorMessage(e)}`);
        errors.push(e);
      }
    }));
    if (errors.length) throw errors[0];
  }

  private async createPod(ds: KubeObject, template: KubeObject, node: string): Promise<void> {
    const md = template.metadata ?? {};
    const spec = structuredClone(template.spec ?? {});
    bindToNode(spec, node);
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${ds.metadata.name}-`,
        namespace: ds.metadata.namespace,
        labels: structuredClone(md.labels ?? {}),
        ...(md.annotations && Object.keys(md.annotations).length ? { annotations: structuredClone(md.annotations) } : {}),
        ...(md.finalizers?.length ? { finalizers: [...md.finalizers] } : {}),
        ownerReferences: [newControllerRef(ds, 'apps/v1', 'DaemonSet')],
      },
      spec,
    };
    try {
      const created = await this.client.create(R.pods, ds.metadata.namespace, pod);
      await this.recorder.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
    } catch (e) {
      // a terminating namespace refuses every create; nothing to report
      if (errorCode(e) === 403 && /being terminated/.test(errorMessage(e))) return;
      await this.recorder.record(ds, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(e)}`);
      throw e;
    }
  }
}
