// autoscaling/v1 HorizontalPodAutoscaler: the CPU-only view of the stored v2 object.
// Generated once from k8s.io/api autoscaling/v1 generated.proto (v0.33.1).
import type { TypeDef } from './model.js';
import { INT32, INT64, STRING, TIME, autoscaling, meta } from './field-kinds.js';

export const AUTOSCALING_V1_HPA_TYPES: TypeDef[] = [
  {
    name: "io.k8s.api.autoscaling.v1.CrossVersionObjectReference",
    description: "CrossVersionObjectReference contains enough information to let you identify the referred resource.",
    required: ['kind',  'name'],
    fields: [
      { name: 'kind', proto: 1, type: STRING, description: "kind is the kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'name', proto: 2, type: STRING, description: "name is the name of the referent; More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names" },
      { name: 'apiVersion', proto: 3, type: STRING, description: "apiVersion is the API version of the referent" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler",
    gvk: { group: 'autoscaling', version: 'v1', kind: 'HorizontalPodAutoscaler' },
    description: "configuration of a horizontal pod autoscaler.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: autoscaling('HorizontalPodAutoscalerSpec'), description: "spec defines the behaviour of autoscaler. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status." },
      { name: 'status', proto: 3, type: autoscaling('HorizontalPodAutoscalerStatus'), description: "status is the current information about the autoscaler." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList",
    gvk: { group: 'autoscaling', version: 'v1', kind: 'HorizontalPodAutoscalerList' },
    description: "list of horizontal pod autoscaler objects.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata." },
      { name: 'items', proto: 2, type: autoscaling('HorizontalPodAutoscaler'), repeated: true, description: "items is the list of horizontal pod autoscaler objects." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec",
    description: "specification of a horizontal pod autoscaler.",
    required: ['scaleTargetRef',  'maxReplicas'],
    fields: [
      { name: 'scaleTargetRef', proto: 1, type: autoscaling('CrossVersionObjectReference'), description: "reference to scaled resource; horizontal pod autoscaler will learn the current resource consumption and will set the desired number of pods by using its Scale subresource." },
      { name: 'minReplicas', proto: 2, type: INT32, description: "minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available." },
      { name: 'maxReplicas', proto: 3, type: INT32, description: "maxReplicas is the upper limit for the number of pods that can be set by the autoscaler; cannot be smaller than MinReplicas." },
      { name: 'targetCPUUtilizationPercentage', proto: 4, type: INT32, description: "targetCPUUtilizationPercentage is the target average CPU utilization (represented as a percentage of requested CPU) over all the pods; if not specified the default autoscaling policy will be used." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus",
    description: "current status of a horizontal pod autoscaler",
    required: ['currentReplicas',  'desiredReplicas'],
    fields: [
      { name: 'observedGeneration', proto: 1, type: INT64, description: "observedGeneration is the most recent generation observed by this autoscaler." },
      { name: 'lastScaleTime', proto: 2, type: TIME, description: "lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods; used by the autoscaler to control how often the number of pods is changed." },
      { name: 'currentReplicas', proto: 3, type: INT32, description: "currentReplicas is the current number of replicas of pods managed by this autoscaler." },
      { name: 'desiredReplicas', proto: 4, type: INT32, description: "desiredReplicas is the  desired number of replicas of pods managed by this autoscaler." },
      { name: 'currentCPUUtilizationPercentage', proto: 5, type: INT32, description: "currentCPUUtilizationPercentage is the current average CPU utilization over all pods, represented as a percentage of requested CPU, e.g. 70 means that an average pod is using now 70% of its requested CPU." },
    ],
  },
];
