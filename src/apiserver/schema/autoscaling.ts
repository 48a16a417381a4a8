// autoscaling/v1: the scale subresource.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { INT32, STRING, autoscaling, meta } from './field-kinds.js';

export const AUTOSCALING_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.autoscaling.v1.Scale',
    gvk: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
    description: "Scale represents a scaling request for a resource.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object metadata; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata." },
      { name: 'spec', proto: 2, type: autoscaling('ScaleSpec'), description: "spec defines the behavior of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status." },
      { name: 'status', proto: 3, type: autoscaling('ScaleStatus'), description: "status is the current status of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status. Read-only." },
    ],
  },
  {
    name: 'io.k8s.api.autoscaling.v1.ScaleSpec',
    description: "ScaleSpec describes the attributes of a scale subresource.",
    fields: [
      { name: 'replicas', proto: 1, type: INT32, description: "replicas is the desired number of instances for the scaled object." },
    ],
  },
  {
    name: 'io.k8s.api.autoscaling.v1.ScaleStatus',
    description: "ScaleStatus represents the current status of a scale subresource.",
    required: ['replicas'],
    fields: [
      { name: 'replicas', proto: 1, type: INT32, description: "replicas is the actual number of observed instances of the scaled object." },
      { name: 'selector', proto: 2, type: STRING, description: "selector is the label query over pods that should match the replicas count. This is same as the label selector but in the string format to avoid introspection by clients. The string will be in the same format as the query-param syntax. More info about label selectors: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/" },
    ],
  },
];
