// The autoscaling/v1 Scale subresource of deployments and replicasets.
import type { KubeObject } from '../../client/types.js';
import { labelSelectorString } from '../../util/label-selector.js';

export function toScale(obj: KubeObject): KubeObject {
  const md = obj.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: md.name,
      namespace: md.namespace,
      uid: md.uid,
      resourceVersion: md.resourceVersion,
      creationTimestamp: md.creationTimestamp,
    },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector: labelSelectorString(obj.spec?.selector) ?? '' },
  };
}

/** Writes a (patched) Scale back into its parent object. */
export function applyScale(parent: KubeObject, scale: KubeObject): KubeObject {
  const out = structuredClone(parent);
  out.spec = { ...(out.spec ?? {}), replicas: scale.spec?.replicas ?? 0 };
  if (scale.metadata?.resourceVersion) out.metadata.resourceVersion = scale.metadata.resourceVersion;
  return out;
}
