// Pod writes for a StatefulSet, each reported as an event on the set
// (pkg/controller/statefulset/stateful_pod_control.go: recordPodEvent).
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { EventRecorder } from '../framework/events.js';
import { errorCode, errorMessage, isAlreadyExists, isNotFound } from '../replicaset/controller-utils.js';
import { updateIdentityLabels } from './stateful-set-utils.js';

const REASONS = {
  create: ['SuccessfulCreate', 'FailedCreate'],
  update: ['SuccessfulUpdate', 'FailedUpdate'],
  delete: ['SuccessfulDelete', 'FailedDelete'],
} as const;

export class StatefulPodControl {
  constructor(
    private client: ApiClient,
    private recorder: EventRecorder,
  ) {}

  private async record(verb: keyof typeof REASONS, set: KubeObject, pod: KubeObject, err?: unknown): Promise<void> {
    const [ok, failed] = REASONS[verb];
    const what = `${verb} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name}`;
    if (err === undefined) await this.recorder.record(set, 'Normal', ok, `${what} successful`);
    else await this.recorder.record(set, 'Warning', failed, `${what} failed error: ${errorMessage(err)}`);
  }

  /** Creates the pod; false when a pod of that name already exists (a stale cache). */
  async create(set: KubeObject, pod: KubeObject): Promise<boolean> {
    try {
      await this.client.create(R.pods, set.metadata.namespace, pod);
    } catch (e) {
      if (isAlreadyExists(e)) return false;
      // a terminating namespace refuses every create; nothing to report
      if (errorCode(e) === 403 && /being terminated/.test(errorMessage(e))) return false;
      await this.record('create', set, pod, e);
      throw e;
    }
    await this.record('create', set, pod);
    return true;
  }

  /** Restores the identity labels of an existing pod. */
  async update(set: KubeObject, pod: KubeObject): Promise<void> {
    const next = structuredClone(pod);
    updateIdentityLabels(next);
    try {
      await this.client.update(R.pods, set.metadata.namespace, next);
    } catch (e) {
      await this.record('update', set, pod, e);
      throw e;
    }
    await this.record('update', set, pod);
  }

  async delete(set: KubeObject, pod: KubeObject): Promise<void> {
    try {
      await this.client.delete(R.pods, set.metadata.namespace, pod.metadata.name!);
    } catch (e) {
      if (isNotFound(e)) return;
      await this.record('delete', set, pod, e);
      throw e;
    }
    await this.record('delete', set, pod);
  }
}
