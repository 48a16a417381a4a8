// Pod and claim writes for a StatefulSet, each reported as an event on the set
// (pkg/controller/statefulset/stateful_pod_control.go: recordPodEvent, recordClaimEvent).
// A pod's claims are created before the pod, and their owner references follow the set's
// persistentVolumeClaimRetentionPolicy.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { EventRecorder } from '../framework/events.js';
import { errorCode, errorMessage, isAlreadyExists, isNotFound } from '../replicaset/controller-utils.js';
import { updateIdentityLabels } from './stateful-set-utils.js';
import { claimOwnerMatchesSetAndPod, podClaims, updateClaimOwnerRefs } from './stateful-claims.js';

/** Finds a claim in the controller's cache. */
export type ClaimLookup = (namespace: string, name: string) => KubeObject | undefined;

const REASONS = {
  create: ['SuccessfulCreate', 'FailedCreate'],
  update: ['SuccessfulUpdate', 'FailedUpdate'],
  delete: ['SuccessfulDelete', 'FailedDelete'],
} as const;

export class StatefulPodControl {
  constructor(
    private client: ApiClient,
    private recorder: EventRecorder,
    private claims: ClaimLookup = () => undefined,
  ) {}

  private async recordClaim(set: KubeObject, pod: KubeObject, claim: KubeObject, err?: unknown): Promise<void> {
    const [c, p, s] = [claim.metadata.name, pod.metadata.name, set.metadata.name];
    if (err === undefined) await this.recorder.record(set, 'Normal', 'SuccessfulCreate', `create Claim ${c} Pod ${p} in StatefulSet ${s} success`);
    else await this.recorder.record(set, 'Warning', 'FailedCreate', `create Claim ${c} for Pod ${p} in StatefulSet ${s} failed error: ${errorMessage(err)}`);
  }

  /** createPersistentVolumeClaims: the pod's missing claims; an error names every claim that failed. */
  async createClaims(set: KubeObject, pod: KubeObject): Promise<void> {
    const errors: string[] = [];
    for (const claim of podClaims(set, pod).values()) {
      const existing = this.claims(claim.metadata.namespace!, claim.metadata.name!);
      if (existing) {
        if (existing.metadata.deletionTimestamp) errors.push(`pvc ${claim.metadata.name} is being deleted`);
        continue;
      }
      try {
        await this.client.create(R.persistentvolumeclaims, claim.metadata.namespace, claim);
        await this.recordClaim(set, pod, claim);
      } catch (e) {
        if (isAlreadyExists(e)) continue;
        errors.push(`failed to create PVC ${claim.metadata.name}: ${errorMessage(e)}`);
        await this.recordClaim(set, pod, claim, e);
      }
    }
    if (errors.length) throw new Error(errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`);
  }

  /** ClaimsMatchRetentionPolicy: a claim not in the cache yet counts as matching. */
  claimsMatchRetentionPolicy(set: KubeObject, pod: KubeObject): boolean {
    for (const claim of podClaims(set, pod).values()) {
      const existing = this.claims(claim.metadata.namespace!, claim.metadata.name!);
      if (existing && !claimOwnerMatchesSetAndPod(existing, set, pod)) return false;
    }
    return true;
  }

  /** UpdatePodClaimForRetentionPolicy: rewrites the claims' owner references where they differ. */
  async updateClaimsForRetentionPolicy(set: KubeObject, pod: KubeObject): Promise<void> {
    for (const claim of podClaims(set, pod).values()) {
      let existing = this.claims(claim.metadata.namespace!, claim.metadata.name!);
      // just created: the cache has not seen it yet
      existing ??= await this.client.get(R.persistentvolumeclaims, claim.metadata.namespace, claim.metadata.name!).catch(() => undefined);
      if (!existing) continue;
      const next = structuredClone(existing);
      if (!updateClaimOwnerRefs(next, set, pod)) continue;
      try {
        await this.client.update(R.persistentvolumeclaims, next.metadata.namespace, { ...next, apiVersion: 'v1', kind: 'PersistentVolumeClaim' });
      } catch (e) {
        throw new Error(`could not update claim ${claim.metadata.name} for delete policy ownerRefs: ${errorMessage(e)}`);
      }
    }
  }

  private async record(verb: keyof typeof REASONS, set: KubeObject, pod: KubeObject, err?: unknown): Promise<void> {
    const [ok, failed] = REASONS[verb];
    const what = `${verb} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name}`;
    if (err === undefined) await this.recorder.record(set, 'Normal', ok, `${what} successful`);
    else await this.recorder.record(set, 'Warning', failed, `${what} failed error: ${errorMessage(err)}`);
  }

  /** Creates the pod; false when a pod of that name already exists (a stale cache). */
  async create(set: KubeObject, pod: KubeObject): Promise<boolean> {
    try {
      await this.createClaims(set, pod);
    } catch (e) {
      await this.record('create', set, pod, e);
      throw e;
    }
    let created: KubeObject;
    try {
      created = await this.client.create(R.pods, set.metadata.namespace, pod);
    } catch (e) {
      if (isAlreadyExists(e)) return false;
      // a terminating namespace refuses every create; nothing to report
      if (errorCode(e) === 403 && /being terminated/.test(errorMessage(e))) return false;
      await this.record('create', set, pod, e);
      throw e;
    }
    if (set.spec?.volumeClaimTemplates?.length) {
      try {
        await this.updateClaimsForRetentionPolicy(set, created);
      } catch (e) {
        await this.record('update', set, pod, e);
        throw e;
      }
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
