// autoscaling/v2 HorizontalPodAutoscaler (the storage version) and its metric types.
// Generated once from k8s.io/api autoscaling/v2 generated.proto (v0.33.1): json names,
// protobuf numbers, doc comments and list markers.
import type { TypeDef } from './model.js';
import { INT32, INT64, QUANTITY, STRING, TIME, message, meta } from './field-kinds.js';

const hpa2 = message('io.k8s.api.autoscaling.v2.');

export const AUTOSCALING_V2_TYPES: TypeDef[] = [
  {
    name: "io.k8s.api.autoscaling.v2.ContainerResourceMetricSource",
    description: "ContainerResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  The values will be averaged together before being compared to the target.  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source.  Only one \"target\" type should be set.",
    required: ['name',  'target',  'container'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "name is the name of the resource in question." },
      { name: 'target', proto: 2, type: hpa2('MetricTarget'), description: "target specifies the target value for the given metric" },
      { name: 'container', proto: 3, type: STRING, description: "container is the name of the container in the pods of the scaling target" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ContainerResourceMetricStatus",
    description: "ContainerResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing a single container in each pod in the current scale target (e.g. CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source.",
    required: ['name',  'current',  'container'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "name is the name of the resource in question." },
      { name: 'current', proto: 2, type: hpa2('MetricValueStatus'), description: "current contains the current value for the given metric" },
      { name: 'container', proto: 3, type: STRING, description: "container is the name of the container in the pods of the scaling target" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.CrossVersionObjectReference",
    description: "CrossVersionObjectReference contains enough information to let you identify the referred resource.",
    required: ['kind',  'name'],
    fields: [
      { name: 'kind', proto: 1, type: STRING, description: "kind is the kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'name', proto: 2, type: STRING, description: "name is the name of the referent; More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names" },
      { name: 'apiVersion', proto: 3, type: STRING, description: "apiVersion is the API version of the referent" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ExternalMetricSource",
    description: "ExternalMetricSource indicates how to scale on a metric not associated with any Kubernetes object (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).",
    required: ['metric',  'target'],
    fields: [
      { name: 'metric', proto: 1, type: hpa2('MetricIdentifier'), description: "metric identifies the target metric by name and selector" },
      { name: 'target', proto: 2, type: hpa2('MetricTarget'), description: "target specifies the target value for the given metric" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ExternalMetricStatus",
    description: "ExternalMetricStatus indicates the current value of a global metric not associated with any Kubernetes object.",
    required: ['metric',  'current'],
    fields: [
      { name: 'metric', proto: 1, type: hpa2('MetricIdentifier'), description: "metric identifies the target metric by name and selector" },
      { name: 'current', proto: 2, type: hpa2('MetricValueStatus'), description: "current contains the current value for the given metric" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HPAScalingPolicy",
    description: "HPAScalingPolicy is a single policy which must hold true for a specified past interval.",
    required: ['type',  'value',  'periodSeconds'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type is used to specify the scaling policy." },
      { name: 'value', proto: 2, type: INT32, description: "value contains the amount of change which is permitted by the policy. It must be greater than zero" },
      { name: 'periodSeconds', proto: 3, type: INT32, description: "periodSeconds specifies the window of time for which the policy should hold true. PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min)." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HPAScalingRules",
    description: "HPAScalingRules configures the scaling behavior for one direction via scaling Policy Rules and a configurable metric tolerance.\n\nScaling Policy Rules are applied after calculating DesiredReplicas from metrics for the HPA. They can limit the scaling velocity by specifying scaling policies. They can prevent flapping by specifying the stabilization window, so that the number of replicas is not set instantly, instead, the safest value from the stabilization window is chosen.\n\nThe tolerance is applied to the metric values and prevents scaling too eagerly for small metric variations. (Note that setting a tolerance requires enabling the alpha HPAConfigurableTolerance feature gate.)",
    fields: [
      { name: 'stabilizationWindowSeconds', proto: 3, type: INT32, description: "stabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down. StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour). If not set, use the default values: - For scale up: 0 (i.e. no stabilization is done). - For scale down: 300 (i.e. the stabilization window is 300 seconds long)." },
      { name: 'selectPolicy', proto: 1, type: STRING, description: "selectPolicy is used to specify which policy should be used. If not set, the default value Max is used." },
      { name: 'policies', proto: 2, type: hpa2('HPAScalingPolicy'), repeated: true, listType: 'atomic', description: "policies is a list of potential scaling polices which can be used during scaling. If not set, use the default values: - For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window. - For scale down: allow all pods to be removed in a 15s window." },
      { name: 'tolerance', proto: 4, type: QUANTITY, description: "tolerance is the tolerance on the ratio between the current and desired metric value under which no updates are made to the desired number of replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not set, the default cluster-wide tolerance is applied (by default 10%).\n\nFor example, if autoscaling is configured with a memory consumption target of 100Mi, and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be triggered when the actual consumption falls below 95Mi or exceeds 101Mi.\n\nThis is an alpha field and requires enabling the HPAConfigurableTolerance feature gate." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
    gvk: { group: 'autoscaling', version: 'v2', kind: 'HorizontalPodAutoscaler' },
    description: "HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "metadata is the standard object metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: hpa2('HorizontalPodAutoscalerSpec'), description: "spec is the specification for the behaviour of the autoscaler. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status." },
      { name: 'status', proto: 3, type: hpa2('HorizontalPodAutoscalerStatus'), description: "status is the current information about the autoscaler." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior",
    description: "HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).",
    fields: [
      { name: 'scaleUp', proto: 1, type: hpa2('HPAScalingRules'), description: "scaleUp is scaling policy for scaling Up. If not set, the default value is the higher of: * increase no more than 4 pods per 60 seconds * double the number of pods per 60 seconds No stabilization is used." },
      { name: 'scaleDown', proto: 2, type: hpa2('HPAScalingRules'), description: "scaleDown is scaling policy for scaling Down. If not set, the default value is to allow to scale down to minReplicas pods, with a 300 second stabilization window (i.e., the highest recommendation for the last 300sec is used)." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition",
    description: "HorizontalPodAutoscalerCondition describes the state of a HorizontalPodAutoscaler at a certain point.",
    required: ['type',  'status'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type describes the current condition" },
      { name: 'status', proto: 2, type: STRING, description: "status is the status of the condition (True, False, Unknown)" },
      { name: 'lastTransitionTime', proto: 3, type: TIME, description: "lastTransitionTime is the last time the condition transitioned from one status to another" },
      { name: 'reason', proto: 4, type: STRING, description: "reason is the reason for the condition's last transition." },
      { name: 'message', proto: 5, type: STRING, description: "message is a human-readable explanation containing details about the transition" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList",
    gvk: { group: 'autoscaling', version: 'v2', kind: 'HorizontalPodAutoscalerList' },
    description: "HorizontalPodAutoscalerList is a list of horizontal pod autoscaler objects.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "metadata is the standard list metadata." },
      { name: 'items', proto: 2, type: hpa2('HorizontalPodAutoscaler'), repeated: true, description: "items is the list of horizontal pod autoscaler objects." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec",
    description: "HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.",
    required: ['scaleTargetRef',  'maxReplicas'],
    fields: [
      { name: 'scaleTargetRef', proto: 1, type: hpa2('CrossVersionObjectReference'), description: "scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count." },
      { name: 'minReplicas', proto: 2, type: INT32, description: "minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available." },
      { name: 'maxReplicas', proto: 3, type: INT32, description: "maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas." },
      { name: 'metrics', proto: 4, type: hpa2('MetricSpec'), repeated: true, listType: 'atomic', description: "metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).  The desired replica count is calculated multiplying the ratio between the target value and the current value by the current number of pods.  Ergo, metrics used must decrease as the pod count is increased, and vice-versa.  See the individual metric source types for more information about how each type of metric must respond. If not set, the default metric will be set to 80% average CPU utilization." },
      { name: 'behavior', proto: 5, type: hpa2('HorizontalPodAutoscalerBehavior'), description: "behavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively). If not set, the default HPAScalingRules for scale up and scale down are used." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus",
    description: "HorizontalPodAutoscalerStatus describes the current status of a horizontal pod autoscaler.",
    required: ['desiredReplicas'],
    fields: [
      { name: 'observedGeneration', proto: 1, type: INT64, description: "observedGeneration is the most recent generation observed by this autoscaler." },
      { name: 'lastScaleTime', proto: 2, type: TIME, description: "lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods, used by the autoscaler to control how often the number of pods is changed." },
      { name: 'currentReplicas', proto: 3, type: INT32, description: "currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler." },
      { name: 'desiredReplicas', proto: 4, type: INT32, description: "desiredReplicas is the desired number of replicas of pods managed by this autoscaler, as last calculated by the autoscaler." },
      { name: 'currentMetrics', proto: 5, type: hpa2('MetricStatus'), repeated: true, listType: 'atomic', description: "currentMetrics is the last read state of the metrics used by this autoscaler." },
      { name: 'conditions', proto: 6, type: hpa2('HorizontalPodAutoscalerCondition'), repeated: true, patchMergeKey: 'type', patchStrategy: 'merge', listType: 'map', listMapKeys: ['type'], description: "conditions is the set of conditions required for this autoscaler to scale its target, and indicates whether or not those conditions are met." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.MetricIdentifier",
    description: "MetricIdentifier defines the name and optionally selector for a metric",
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "name is the name of the given metric" },
      { name: 'selector', proto: 2, type: meta('LabelSelector'), description: "selector is the string-encoded form of a standard kubernetes label selector for the given metric When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping. When unset, just the metricName will be used to gather metrics." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.MetricSpec",
    description: "MetricSpec specifies how to scale based on a single metric (only `type` and one other matching field should be set at once).",
    required: ['type'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type is the type of metric source.  It should be one of \"ContainerResource\", \"External\", \"Object\", \"Pods\" or \"Resource\", each mapping to a matching field in the object." },
      { name: 'object', proto: 2, type: hpa2('ObjectMetricSource'), description: "object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object)." },
      { name: 'pods', proto: 3, type: hpa2('PodsMetricSource'), description: "pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second).  The values will be averaged together before being compared to the target value." },
      { name: 'resource', proto: 4, type: hpa2('ResourceMetricSource'), description: "resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source." },
      { name: 'containerResource', proto: 7, type: hpa2('ContainerResourceMetricSource'), description: "containerResource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod of the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source." },
      { name: 'external', proto: 5, type: hpa2('ExternalMetricSource'), description: "external refers to a global metric that is not associated with any Kubernetes object. It allows autoscaling based on information coming from components running outside of cluster (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster)." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.MetricStatus",
    description: "MetricStatus describes the last-read state of a single metric.",
    required: ['type'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type is the type of metric source.  It will be one of \"ContainerResource\", \"External\", \"Object\", \"Pods\" or \"Resource\", each corresponds to a matching field in the object." },
      { name: 'object', proto: 2, type: hpa2('ObjectMetricStatus'), description: "object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object)." },
      { name: 'pods', proto: 3, type: hpa2('PodsMetricStatus'), description: "pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second).  The values will be averaged together before being compared to the target value." },
      { name: 'resource', proto: 4, type: hpa2('ResourceMetricStatus'), description: "resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source." },
      { name: 'containerResource', proto: 7, type: hpa2('ContainerResourceMetricStatus'), description: "container resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source." },
      { name: 'external', proto: 5, type: hpa2('ExternalMetricStatus'), description: "external refers to a global metric that is not associated with any Kubernetes object. It allows autoscaling based on information coming from components running outside of cluster (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster)." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.MetricTarget",
    description: "MetricTarget defines the target value, average value, or average utilization of a specific metric",
    required: ['type'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type represents whether the metric type is Utilization, Value, or AverageValue" },
      { name: 'value', proto: 2, type: QUANTITY, description: "value is the target value of the metric (as a quantity)." },
      { name: 'averageValue', proto: 3, type: QUANTITY, description: "averageValue is the target value of the average of the metric across all relevant pods (as a quantity)" },
      { name: 'averageUtilization', proto: 4, type: INT32, description: "averageUtilization is the target value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods. Currently only valid for Resource metric source type" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.MetricValueStatus",
    description: "MetricValueStatus holds the current value for a metric",
    fields: [
      { name: 'value', proto: 1, type: QUANTITY, description: "value is the current value of the metric (as a quantity)." },
      { name: 'averageValue', proto: 2, type: QUANTITY, description: "averageValue is the current value of the average of the metric across all relevant pods (as a quantity)" },
      { name: 'averageUtilization', proto: 3, type: INT32, description: "currentAverageUtilization is the current value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods." },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ObjectMetricSource",
    description: "ObjectMetricSource indicates how to scale on a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).",
    required: ['describedObject',  'target',  'metric'],
    fields: [
      { name: 'describedObject', proto: 1, type: hpa2('CrossVersionObjectReference'), description: "describedObject specifies the descriptions of a object,such as kind,name apiVersion" },
      { name: 'target', proto: 2, type: hpa2('MetricTarget'), description: "target specifies the target value for the given metric" },
      { name: 'metric', proto: 3, type: hpa2('MetricIdentifier'), description: "metric identifies the target metric by name and selector" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ObjectMetricStatus",
    description: "ObjectMetricStatus indicates the current value of a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).",
    required: ['metric',  'current',  'describedObject'],
    fields: [
      { name: 'metric', proto: 1, type: hpa2('MetricIdentifier'), description: "metric identifies the target metric by name and selector" },
      { name: 'current', proto: 2, type: hpa2('MetricValueStatus'), description: "current contains the current value for the given metric" },
      { name: 'describedObject', proto: 3, type: hpa2('CrossVersionObjectReference'), description: "DescribedObject specifies the descriptions of a object,such as kind,name apiVersion" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.PodsMetricSource",
    description: "PodsMetricSource indicates how to scale on a metric describing each pod in the current scale target (for example, transactions-processed-per-second). The values will be averaged together before being compared to the target value.",
    required: ['metric',  'target'],
    fields: [
      { name: 'metric', proto: 1, type: hpa2('MetricIdentifier'), description: "metric identifies the target metric by name and selector" },
      { name: 'target', proto: 2, type: hpa2('MetricTarget'), description: "target specifies the target value for the given metric" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.PodsMetricStatus",
    description: "PodsMetricStatus indicates the current value of a metric describing each pod in the current scale target (for example, transactions-processed-per-second).",
    required: ['metric',  'current'],
    fields: [
      { name: 'metric', proto: 1, type: hpa2('MetricIdentifier'), description: "metric identifies the target metric by name and selector" },
      { name: 'current', proto: 2, type: hpa2('MetricValueStatus'), description: "current contains the current value for the given metric" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ResourceMetricSource",
    description: "ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  The values will be averaged together before being compared to the target.  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source.  Only one \"target\" type should be set.",
    required: ['name',  'target'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "name is the name of the resource in question." },
      { name: 'target', proto: 2, type: hpa2('MetricTarget'), description: "target specifies the target value for the given metric" },
    ],
  },
  {
    name: "io.k8s.api.autoscaling.v2.ResourceMetricStatus",
    description: "ResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the \"pods\" source.",
    required: ['name',  'current'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "name is the name of the resource in question." },
      { name: 'current', proto: 2, type: hpa2('MetricValueStatus'), description: "current contains the current value for the given metric" },
    ],
  },
];
