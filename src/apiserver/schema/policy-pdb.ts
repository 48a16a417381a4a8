// policy/v1 PodDisruptionBudget. From k8s.io/api policy/v1 (release-1.33) generated.proto and
// types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { INT32, INT64, INT_OR_STRING, STRING, TIME, mapOf, message, meta } from './field-kinds.js';

const policy = message('io.k8s.api.policy.v1.');

const UNHEALTHY_POLICY_DOC =
  'UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods should be considered for eviction. Current implementation considers healthy pods, as pods that have status.conditions item with type="Ready",status="True".\n\n' +
  'Valid policies are IfHealthyBudget and AlwaysAllow. If no policy is specified, the default behavior will be used, which corresponds to the IfHealthyBudget policy.\n\n' +
  'IfHealthyBudget policy means that running pods (status.phase="Running"), but not yet healthy can be evicted only if the guarded application is not disrupted (status.currentHealthy is at least equal to status.desiredHealthy). Healthy pods will be subject to the PDB for eviction.\n\n' +
  'AlwaysAllow policy means that all running pods (status.phase="Running"), but not yet healthy are considered disrupted and can be evicted regardless of whether the criteria in a PDB is met. This means perspective running pods of a disrupted application might not get a chance to become healthy. Healthy pods will be subject to the PDB for eviction.\n\n' +
  'Additional policies may be added in the future. Clients making eviction decisions should disallow eviction of unhealthy pods if they encounter an unrecognized policy in this field.\n\n' +
  'Possible enum values:\n' +
  ' - `"AlwaysAllow"` policy means that all running pods (status.phase="Running"), but not yet healthy are considered disrupted and can be evicted regardless of whether the criteria in a PDB is met. This means perspective running pods of a disrupted application might not get a chance to become healthy. Healthy pods will be subject to the PDB for eviction.\n' +
  ' - `"IfHealthyBudget"` policy means that running pods (status.phase="Running"), but not yet healthy can be evicted only if the guarded application is not disrupted (status.currentHealthy is at least equal to status.desiredHealthy). Healthy pods will be subject to the PDB for eviction.';

const CONDITIONS_DOC =
  "Conditions contain conditions for PDB. The disruption controller sets the DisruptionAllowed condition. The following are known values for the reason field (additional reasons could be added in the future): - SyncFailed: The controller encountered an error and wasn't able to compute\n" +
  '              the number of allowed disruptions. Therefore no disruptions are\n' +
  '              allowed and the status of the condition will be False.\n' +
  '- InsufficientPods: The number of pods are either at or below the number\n' +
  '                    required by the PodDisruptionBudget. No disruptions are\n' +
  '                    allowed and the status of the condition will be False.\n' +
  '- SufficientPods: There are more pods than required by the PodDisruptionBudget.\n' +
  '                  The condition will be True, and the number of allowed\n' +
  '                  disruptions are provided by the disruptionsAllowed property.';

export const POLICY_PDB_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.policy.v1.PodDisruptionBudget',
    gvk: { group: 'policy', version: 'v1', kind: 'PodDisruptionBudget' },
    description: 'PodDisruptionBudget is an object to define the max disruption that can be caused to a collection of pods',
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: policy('PodDisruptionBudgetSpec'), description: 'Specification of the desired behavior of the PodDisruptionBudget.' },
      { name: 'status', proto: 3, type: policy('PodDisruptionBudgetStatus'), description: 'Most recently observed status of the PodDisruptionBudget.' },
    ],
  },
  {
    name: 'io.k8s.api.policy.v1.PodDisruptionBudgetList',
    gvk: { group: 'policy', version: 'v1', kind: 'PodDisruptionBudgetList' },
    description: 'PodDisruptionBudgetList is a collection of PodDisruptionBudgets.',
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'items', proto: 2, type: policy('PodDisruptionBudget'), repeated: true, description: 'Items is a list of PodDisruptionBudgets' },
    ],
  },
  {
    name: 'io.k8s.api.policy.v1.PodDisruptionBudgetSpec',
    description: 'PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.',
    fields: [
      { name: 'minAvailable', proto: 1, type: INT_OR_STRING, description: 'An eviction is allowed if at least "minAvailable" pods selected by "selector" will still be available after the eviction, i.e. even in the absence of the evicted pod.  So for example you can prevent all voluntary evictions by specifying "100%".' },
      { name: 'selector', proto: 2, type: meta('LabelSelector'), patchStrategy: 'replace', description: 'Label query over pods whose evictions are managed by the disruption budget. A null selector will match no pods, while an empty ({}) selector will select all pods within the namespace.' },
      { name: 'maxUnavailable', proto: 3, type: INT_OR_STRING, description: 'An eviction is allowed if at most "maxUnavailable" pods selected by "selector" are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".' },
      { name: 'unhealthyPodEvictionPolicy', proto: 4, type: STRING, description: UNHEALTHY_POLICY_DOC },
    ],
  },
  {
    name: 'io.k8s.api.policy.v1.PodDisruptionBudgetStatus',
    description: 'PodDisruptionBudgetStatus represents information about the status of a PodDisruptionBudget. Status may trail the actual state of a system.',
    required: ['disruptionsAllowed', 'currentHealthy', 'desiredHealthy', 'expectedPods'],
    fields: [
      { name: 'observedGeneration', proto: 1, type: INT64, description: "Most recent generation observed when updating this PDB status. DisruptionsAllowed and other status information is valid only if observedGeneration equals to PDB's object generation." },
      { name: 'disruptedPods', proto: 2, type: mapOf(TIME), description: "DisruptedPods contains information about pods whose eviction was processed by the API server eviction subresource handler but has not yet been observed by the PodDisruptionBudget controller. A pod will be in this map from the time when the API server processed the eviction request to the time when the pod is seen by PDB controller as having been marked for deletion (or after a timeout). The key in the map is the name of the pod and the value is the time when the API server processed the eviction request. If the deletion didn't occur and a pod is still there it will be removed from the list automatically by PodDisruptionBudget controller after some time. If everything goes smooth this map should be empty for the most of the time. Large number of entries in the map may indicate problems with pod deletions." },
      { name: 'disruptionsAllowed', proto: 3, type: INT32, description: 'Number of pod disruptions that are currently allowed.' },
      { name: 'currentHealthy', proto: 4, type: INT32, description: 'current number of healthy pods' },
      { name: 'desiredHealthy', proto: 5, type: INT32, description: 'minimum desired number of healthy pods' },
      { name: 'expectedPods', proto: 6, type: INT32, description: 'total number of pods counted by this disruption budget' },
      { name: 'conditions', proto: 7, type: meta('Condition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: CONDITIONS_DOC },
    ],
  },
];
