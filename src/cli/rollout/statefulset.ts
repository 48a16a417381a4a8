// `rollout status` for StatefulSets (kubectl polymorphichelpers: StatefulSetStatusViewer).
// History and undo go through ControllerRevisions exactly as for DaemonSets
// (StatefulSetHistoryViewer/StatefulSetRollbacker share controlledHistory and findHistory).
import type { KubeObject } from '../../client/types.js';
import type { RolloutState } from './status.js';

export function statefulSetStatus(sts: KubeObject): RolloutState {
  const spec = sts.spec ?? {};
  const st = sts.status ?? {};
  if (spec.updateStrategy?.type !== 'RollingUpdate') return { message: '', done: true, error: 'rollout status is only available for RollingUpdate strategy type' };
  const observed = Number(st.observedGeneration ?? 0);
  if (observed === 0 || Number(sts.metadata.generation ?? 0) > observed) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = spec.replicas;
  const ready = Number(st.readyReplicas ?? 0);
  const updated = Number(st.updatedReplicas ?? 0);
  if (replicas !== undefined && replicas !== null && ready < replicas) return { message: `Waiting for ${replicas - ready} pods to be ready...\n`, done: false };
  const ru = spec.updateStrategy.rollingUpdate;
  if (ru) {
    if (replicas !== undefined && replicas !== null && ru.partition !== undefined && ru.partition !== null && updated < replicas - ru.partition)
      return { message: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - ru.partition} new pods have been updated...\n`, done: false };
    return { message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (st.updateRevision !== st.currentRevision)
    return { message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${st.updateRevision ?? ''}...\n`, done: false };
  return { message: `statefulset rolling update complete ${Number(st.currentReplicas ?? 0)} pods at revision ${st.currentRevision ?? ''}...\n`, done: true };
}
