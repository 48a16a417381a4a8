// getExpectedScale (pkg/controller/disruption): the sum of the scales of the controllers
// owning a budget's pods. Deployments and ReplicaSets come from informers; any other owner
// (StatefulSets, custom workloads) is asked through its scale subresource.
import type { ApiClient } from '../../client/interface.js';
import type { KubeObject, OwnerReference } from '../../client/types.js';
import { findByKind, qualifiedResource } from '../../apiserver/resources.js';
import type { Informer } from '../framework/informer.js';
import { controllerRef, isNotFound } from '../replicaset/controller-utils.js';

type Found = { uid: string; scale: number } | undefined;

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
const isKind = (ref: OwnerReference, kind: string, groups: string[]) => ref.kind === kind && groups.includes(groupOf(ref.apiVersion));

export class ExpectedScale {
  constructor(
    private client: ApiClient,
    private replicaSets: Informer,
    private deployments: Informer,
  ) {}

  async of(pods: KubeObject[]): Promise<{ expectedCount: number; unmanagedPods: string[] }> {
    const scales = new Map<string, number>();
    const unmanagedPods: string[] = [];
    for (const pod of pods) {
      const ref = controllerRef(pod);
      if (!ref) {
        unmanagedPods.push(pod.metadata.name!);
        continue;
      }
      if (scales.has(ref.uid)) continue;
      const found = (await this.viaDeployment(ref, pod.metadata.namespace)) ?? this.viaReplicaSet(ref, pod.metadata.namespace) ?? (await this.viaScale(ref, pod.metadata.namespace));
      if (!found) throw new Error(`found no controllers for pod "${pod.metadata.name}"`);
      scales.set(found.uid, found.scale);
    }
    let expectedCount = 0;
    for (const s of scales.values()) expectedCount += s;
    return { expectedCount, unmanagedPods };
  }

  private replicaSet(ref: OwnerReference, ns: string | undefined): KubeObject | undefined {
    if (!isKind(ref, 'ReplicaSet', ['apps', 'extensions'])) return undefined;
    const rs = this.replicaSets.get(ns, ref.name);
    return rs?.metadata.uid === ref.uid ? rs : undefined;
  }

  private async viaDeployment(ref: OwnerReference, ns: string | undefined): Promise<Found> {
    const rs = this.replicaSet(ref, ns);
    const owner = rs && controllerRef(rs);
    if (!owner || !isKind(owner, 'Deployment', ['apps', 'extensions'])) return undefined;
    const d = this.deployments.get(ns, owner.name);
    return d?.metadata.uid === owner.uid ? { uid: d.metadata.uid!, scale: d.spec?.replicas ?? 0 } : undefined;
  }

  /** A ReplicaSet of its own, not one a Deployment runs. */
  private viaReplicaSet(ref: OwnerReference, ns: string | undefined): Found {
    const rs = this.replicaSet(ref, ns);
    if (!rs || controllerRef(rs)?.kind === 'Deployment') return undefined;
    return { uid: rs.metadata.uid!, scale: rs.spec?.replicas ?? 0 };
  }

  private async viaScale(ref: OwnerReference, ns: string | undefined): Promise<Found> {
    const info = findByKind(ref.apiVersion, ref.kind);
    if (!info) throw new Error(`no matches for kind "${ref.kind}" in version "${ref.apiVersion}"`);
    // a resource without /scale answers NotFound upstream, which then turns into this error
    if (!info.subresources.some((s) => s.name === 'scale')) throw new Error(`${qualifiedResource(info)} does not implement the scale subresource`);
    try {
      const scale = await this.client.get({ group: info.group, version: info.version, resource: info.resource }, ns, ref.name, { subresource: 'scale' });
      return scale.metadata.uid === ref.uid ? { uid: ref.uid, scale: scale.spec?.replicas ?? 0 } : undefined;
    } catch (e) {
      if (!isNotFound(e)) throw e;
      return undefined;
    }
  }
}
