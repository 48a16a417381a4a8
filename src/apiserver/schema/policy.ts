// policy/v1 and v1beta1: Eviction, the body of POST pods/{name}/eviction (kubectl drain
// sends it as protobuf). From k8s.io/api policy/v1 generated.proto (release-1.33).
import type { TypeDef } from './model.js';
import { meta } from './field-kinds.js';

const eviction = (version: string): TypeDef => ({
  name: `io.k8s.api.policy.${version}.Eviction`,
  gvk: { group: 'policy', version, kind: 'Eviction' },
  description: 'Eviction evicts a pod from its node subject to certain policies and safety constraints. This is a subresource of Pod.  A request to cause such an eviction is created by POSTing to .../pods/<pod name>/evictions.',
  fields: [
    { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: 'ObjectMeta describes the pod that is being evicted.' },
    { name: 'deleteOptions', proto: 2, type: meta('DeleteOptions'), description: 'DeleteOptions may be provided' },
  ],
});

export const POLICY_TYPES: TypeDef[] = [eviction('v1'), eviction('v1beta1')];
