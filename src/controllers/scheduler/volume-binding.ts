// The VolumeBinding plugin's PreFilter (pkg/scheduler/framework/plugins/volumebinding): a pod
// whose claim is missing, lost, being deleted or not yet bound is unschedulable on every node,
// and waits for the claim to change.
import type { KubeObject } from '../../client/types.js';

/** Why the pod's claims keep it from any node; undefined when they do not. */
export function volumeBindingRejection(pod: KubeObject, claim: (name: string) => KubeObject | undefined): string | undefined {
  let unboundImmediate = false;
  for (const v of (pod.spec?.volumes ?? []) as KubeObject[]) {
    const name: string | undefined = v.persistentVolumeClaim?.claimName;
    if (!name) continue;
    const pvc = claim(name);
    if (!pvc) return `persistentvolumeclaim "${name}" not found`;
    if (pvc.status?.phase === 'Lost') return `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${pvc.spec?.volumeName ?? ''}"`;
    if (pvc.metadata.deletionTimestamp) return `persistentvolumeclaim "${name}" is being deleted`;
    const bound = !!pvc.spec?.volumeName && pvc.metadata.annotations?.['pv.kubernetes.io/bind-completed'] !== undefined;
    if (!bound) unboundImmediate = true;
  }
  return unboundImmediate ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}

/** FitError.Error for a PreFilter rejection: the reason, then preemption's verdict. */
export function preFilterMessage(reason: string, nodeCount: number): string {
  return `0/${nodeCount} nodes are available: ${reason}. preemption: 0/${nodeCount} nodes are available: ${nodeCount} Preemption is not helpful for scheduling.`;
}

/** The claims a pod refers to. */
export const podClaims = (pod: KubeObject): string[] =>
  ((pod.spec?.volumes ?? []) as KubeObject[]).map((v) => v.persistentVolumeClaim?.claimName).filter((n): n is string => !!n);
