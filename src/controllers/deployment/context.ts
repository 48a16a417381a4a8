// What one sync of a Deployment works with: the API, the event recorder, a way to look
// again later, and the Deployment as last written (replaced after every write).
import { isDeepStrictEqual } from 'node:util';
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { EventRecorder } from '../framework/events.js';
import { REVISION } from './annotations.js';
import type { DeploymentStatus } from './conditions.js';

export interface DeploymentRun {
  client: ApiClient;
  recorder: EventRecorder;
  requeueAfter(ms: number): void;
  /** the Deployment, with the latest resourceVersion this sync has written */
  d: KubeObject;
  /** ReplicaSets this sync has written, by uid: later steps must not use stale copies */
  written: Map<string, KubeObject>;
}

/** The newest copy of an RS this sync knows of. */
export function latest<T extends KubeObject | undefined>(run: DeploymentRun, rs: T): T {
  return (rs && run.written.get(rs.metadata.uid!)) as T ?? rs;
}

export const latestAll = (run: DeploymentRun, rss: KubeObject[]): KubeObject[] => rss.map((rs) => latest(run, rs));

export async function updateReplicaSet(run: DeploymentRun, rs: KubeObject): Promise<KubeObject> {
  const saved = await run.client.update<KubeObject>(R.replicasets, rs.metadata.namespace, rs);
  run.written.set(saved.metadata.uid!, saved);
  return saved;
}

/** Go's omitempty: zero counters and empty lists are not serialised. */
export function compactStatus(s: DeploymentStatus | undefined): DeploymentStatus {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s ?? {})) {
    if (v === undefined || v === null || v === 0 || (Array.isArray(v) && !v.length)) continue;
    out[k] = v;
  }
  if (s?.collisionCount === 0) out.collisionCount = 0;
  return out as DeploymentStatus;
}

export const statusEqual = (a: DeploymentStatus | undefined, b: DeploymentStatus | undefined): boolean => isDeepStrictEqual(compactStatus(a), compactStatus(b));

export async function writeStatus(run: DeploymentRun, status: DeploymentStatus): Promise<void> {
  const d = run.d;
  run.d = await run.client.update(R.deployments, d.metadata.namespace, { ...d, status: compactStatus(status) }, { subresource: 'status' });
}

/**
 * Mirrors the new RS's revision onto the Deployment. Upstream does this in the status
 * write; our status subresource keeps metadata, so it is a patch of the annotation.
 */
export async function setDeploymentRevision(run: DeploymentRun, revision: string): Promise<void> {
  const d = run.d;
  if (d.metadata.annotations?.[REVISION] === revision) return;
  const res = await run.client.patch(R.deployments, d.metadata.namespace, d.metadata.name!, 'merge', {
    metadata: { uid: d.metadata.uid, annotations: { [REVISION]: revision } },
  });
  // keep the spec this sync is working from; take only what the write changed
  run.d = { ...d, metadata: { ...d.metadata, resourceVersion: res.metadata.resourceVersion, annotations: res.metadata.annotations } };
}
