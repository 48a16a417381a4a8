// A persistentVolumeClaim volume: the claim must exist, not be going away, and be bound;
// its PersistentVolume's hostPath or local directory is then the volume (a hostPath the
// hostpath provisioner made is re-created if missing). Until the claim is ready the mount
// fails and is retried (the kubelet's desired-state populator errors, worded the same).
import { chmodSync, mkdirSync } from 'node:fs';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';

const HOSTPATH_PROVISIONER = 'k8s.io/minikube-hostpath';

/** The claim or its volume is not ready yet: try again later. */
export class ClaimNotReadyError extends Error {}

async function fetch(client: ApiClient, res: typeof R.persistentvolumes, ns: string | undefined, name: string, what: string): Promise<KubeObject> {
  try {
    return await client.get(res, ns, name);
  } catch (e) {
    throw new ClaimNotReadyError(`failed to fetch ${what} from API server: ${(e as Error).message}`);
  }
}

/**
 * The host directory backing the claim, or undefined when its volume has no directory mk
 * can use (the caller then falls back to a pod-local directory).
 */
export async function claimHostDir(client: ApiClient, namespace: string, claimName: string, hostPathCheck: (src: { path: string; type?: string }) => string): Promise<string | undefined> {
  const pvc = await fetch(client, R.persistentvolumeclaims, namespace, claimName, 'PVC');
  if (pvc.metadata.deletionTimestamp) throw new Error(`can't start pod because PVC ${namespace}/${claimName} is being deleted`);
  const volumeName: string = pvc.spec?.volumeName ?? '';
  const phase: string = pvc.status?.phase ?? '';
  if (phase !== 'Bound' || !volumeName) throw new ClaimNotReadyError(`PVC ${namespace}/${claimName} has non-bound phase ("${phase}") or empty pvc.Spec.VolumeName ("${volumeName}")`);
  const pv = await fetch(client, R.persistentvolumes, undefined, volumeName, `PV ${volumeName}`);
  if (pv.spec?.claimRef?.uid !== pvc.metadata.uid) throw new ClaimNotReadyError(`PV ${volumeName} not bound to PVC ${namespace}/${claimName}`);
  if (pv.spec?.hostPath?.path) {
    if (pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by'] === HOSTPATH_PROVISIONER) {
      mkdirSync(pv.spec.hostPath.path, { recursive: true, mode: 0o777 });
      chmodSync(pv.spec.hostPath.path, 0o777);
      return pv.spec.hostPath.path;
    }
    return hostPathCheck(pv.spec.hostPath);
  }
  if (pv.spec?.local?.path) return hostPathCheck({ path: pv.spec.local.path, type: 'Directory' });
  return undefined;
}
