// The volumes of each pod worker, and the kubelet's watch-driven hooks into them: a ConfigMap
// or Secret that changed retries a failed mount (kicking the pod) or rewrites the mounted
// volumes; new labels or annotations rewrite downwardAPI files.
import type { KubeObject } from '../client/types.js';
import type { PodWorker } from './pod-worker.js';
import { PodVolumes, podReferences, volumeReferences, volumeShowsPodMetadata, type SourceKind } from './volumes.js';

const byWorker = new WeakMap<PodWorker, PodVolumes>();

/** The volumes of the worker's pod (created on first use). */
export function podVolumes(w: PodWorker): PodVolumes {
  let v = byWorker.get(w);
  if (!v) {
    v = new PodVolumes({
      client: w.ctx.client,
      podDir: w.dir,
      warn: (reason, message) => void w.ctx.recorder.record(w.pod, 'Warning', reason, message),
    });
    byWorker.set(w, v);
  }
  return v;
}

/** A ConfigMap or Secret was added, changed or deleted. */
export function volumeSourceChanged(w: PodWorker, kind: SourceKind, obj: KubeObject): void {
  const vols = byWorker.get(w);
  if (!vols || w.namespace !== (obj.metadata.namespace ?? 'default') || !podReferences(w.pod, kind, obj.metadata.name!)) return;
  vols.invalidate();
  if (!vols.ready) w.kick();
  else void vols.refresh(w.pod, (v) => volumeReferences(v, kind, obj.metadata.name!));
}

/** The pod's object changed: downward API files follow its labels and annotations. */
export function podMetadataChanged(w: PodWorker, before: KubeObject, after: KubeObject): void {
  const vols = byWorker.get(w);
  if (!vols?.ready) return;
  const md = (p: KubeObject) => JSON.stringify([p.metadata.labels ?? {}, p.metadata.annotations ?? {}]);
  if (md(before) !== md(after)) void vols.refresh(after, volumeShowsPodMetadata);
}
