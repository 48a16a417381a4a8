// rollout status messages (kubectl's DeploymentStatusViewer).
import type { KubeObject } from '../../client/types.js';

export interface RolloutState {
  message: string;
  done: boolean;
  error?: string;
}

export function deploymentStatus(d: KubeObject, revision?: number): RolloutState {
  const name = d.metadata.name;
  const st = d.status ?? {};
  const spec = d.spec ?? {};
  if (revision) {
    const cur = Number(d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    if (cur !== revision) return { message: '', done: false, error: `desired revision (${revision}) is different from the running revision (${cur})` };
  }
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = (st.conditions ?? []).find((c: KubeObject) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return { message: '', done: false, error: `deployment "${name}" exceeded its progress deadline` };
  const replicas = spec.replicas ?? 1;
  const updated = st.updatedReplicas ?? 0;
  const total = st.replicas ?? 0;
  const available = st.availableReplicas ?? 0;
  if (updated < replicas) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
  if (total > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n`, done: false };
  if (available < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`, done: false };
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}
