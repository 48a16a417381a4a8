// networking.k8s.io/v1 Ingress and IngressClass. From k8s.io/api networking/v1 (release-1.33)
// generated.proto and types.go: json names, protobuf numbers, doc comments, list markers.
import type { TypeDef } from './model.js';
import { INT32, STRING, core, message, meta } from './field-kinds.js';

const net = message('io.k8s.api.networking.v1.');
const METADATA_DOC = "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

const PATH_TYPE_DOC =
  "pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is\n" +
  '  done on a path element by element basis. A path element refers is the\n' +
  "  list of labels in the path split by the '/' separator. A request is a\n" +
  '  match for path p if every p is an element-wise prefix of p of the\n' +
  '  request path. Note that if the last element of the path is a substring\n' +
  '  of the last element in request path, it is not a match (e.g. /foo/bar\n' +
  '  matches /foo/bar/baz, but does not match /foo/barbaz).\n' +
  '* ImplementationSpecific: Interpretation of the Path matching is up to\n' +
  '  the IngressClass. Implementations can treat this as a separate PathType\n' +
  '  or treat it identically to Prefix or Exact path types.\n' +
  'Implementations are required to support all path types.\n\n' +
  'Possible enum values:\n' +
  ' - `"Exact"` matches the URL path exactly and with case sensitivity.\n' +
  ' - `"ImplementationSpecific"` matching is up to the IngressClass. Implementations can treat this as a separate PathType or treat it identically to Prefix or Exact path types.\n' +
  " - `\"Prefix\"` matches based on a URL path prefix split by '/'. Matching is case sensitive and done on a path element by element basis. A path element refers to the list of labels in the path split by the '/' separator. A request is a match for path p if every p is an element-wise prefix of p of the request path. Note that if the last element of the path is a substring of the last element in request path, it is not a match (e.g. /foo/bar matches /foo/bar/baz, but does not match /foo/barbaz). If multiple matching paths exist in an Ingress spec, the longest matching path is given priority. Examples: - /foo/bar does not match requests to /foo/barbaz - path /foo/bar matches request to /foo/bar and /foo/bar/baz - /foo and /foo/ both match requests to /foo and /foo/. If both paths are present in an Ingress spec, the longest matching path (/foo/) is given priority.";

const HOST_DOC =
  'host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the "host" part of the URI as defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue can only apply to\n' +
  '   the IP in the Spec of the parent Ingress.\n' +
  '2. The `:` delimiter is not respected because ports are not allowed.\n' +
  '\t  Currently the port of an Ingress is implicitly :80 for http and\n' +
  '\t  :443 for https.\n' +
  'Both these may change in the future. Incoming requests are matched against the host before the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on the specified IngressRuleValue.\n\n' +
  'host can be "precise" which is a domain name without the terminating dot of a network host (e.g. "foo.bar.com") or "wildcard", which is a domain name prefixed with a single wildcard label (e.g. "*.foo.com"). The wildcard character \'*\' must appear by itself as the first DNS label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host == "*"). Requests will be matched against the Host field in the following way: 1. If host is precise, the request matches this rule if the http host header is equal to Host. 2. If host is a wildcard, then the request matches this rule if the http host header is to equal to the suffix (removing the first label) of the wildcard rule.';

const INGRESS_CLASS_NAME_DOC =
  'ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource). Although the `kubernetes.io/ingress.class` annotation (simple constant name) was never formally defined, it was widely supported by Ingress controllers to create a direct binding between Ingress controller and Ingress resources. Newly created Ingress resources should prefer using the field. However, even though the annotation is officially deprecated, for backwards compatibility reasons, ingress controllers should still honor that annotation if present.';

const PORT_ERROR_DOC =
  'error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\n' +
  '  CamelCase names\n' +
  '- cloud provider specific error values must have names that comply with the\n' +
  '  format foo.example.com/CamelCase.';

export const NETWORKING_INGRESS_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.networking.v1.Ingress',
    gvk: { group: 'networking.k8s.io', version: 'v1', kind: 'Ingress' },
    description: 'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.',
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: METADATA_DOC },
      { name: 'spec', proto: 2, type: net('IngressSpec'), description: 'spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status' },
      { name: 'status', proto: 3, type: net('IngressStatus'), description: 'status is the current state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressList',
    gvk: { group: 'networking.k8s.io', version: 'v1', kind: 'IngressList' },
    description: 'IngressList is a collection of Ingress.',
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: METADATA_DOC },
      { name: 'items', proto: 2, type: net('Ingress'), repeated: true, description: 'items is the list of Ingress.' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressSpec',
    description: 'IngressSpec describes the Ingress the user wishes to exist.',
    fields: [
      { name: 'defaultBackend', proto: 1, type: net('IngressBackend'), description: 'defaultBackend is the backend that should handle requests that don\'t match any rule. If Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the handling of requests that do not match any of the rules will be up to the Ingress controller.' },
      { name: 'tls', proto: 2, type: net('IngressTLS'), repeated: true, listType: 'atomic', description: 'tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.' },
      { name: 'rules', proto: 3, type: net('IngressRule'), repeated: true, listType: 'atomic', description: 'rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.' },
      { name: 'ingressClassName', proto: 4, type: STRING, description: INGRESS_CLASS_NAME_DOC },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressBackend',
    description: 'IngressBackend describes all endpoints for a given service and port.',
    fields: [
      { name: 'resource', proto: 3, type: core('TypedLocalObjectReference'), description: 'resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified. This is a mutually exclusive setting with "Service".' },
      { name: 'service', proto: 4, type: net('IngressServiceBackend'), description: 'service references a service as a backend. This is a mutually exclusive setting with "Resource".' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressServiceBackend',
    description: 'IngressServiceBackend references a Kubernetes Service as a Backend.',
    required: ['name'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: 'name is the referenced service. The service must exist in the same namespace as the Ingress object.' },
      { name: 'port', proto: 2, type: net('ServiceBackendPort'), description: 'port of the referenced service. A port name or port number is required for a IngressServiceBackend.' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.ServiceBackendPort',
    description: 'ServiceBackendPort is the service port being referenced.',
    fields: [
      { name: 'name', proto: 1, type: STRING, description: 'name is the name of the port on the Service. This is a mutually exclusive setting with "Number".' },
      { name: 'number', proto: 2, type: INT32, description: 'number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressTLS',
    description: 'IngressTLS describes the transport layer security associated with an ingress.',
    fields: [
      { name: 'hosts', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: 'hosts is a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer controller fulfilling this Ingress, if left unspecified.' },
      { name: 'secretName', proto: 2, type: STRING, description: 'secretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a listener conflicts with the "Host" header field used by an IngressRule, the SNI host is used for termination and value of the "Host" header is used for routing.' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressRule',
    description: 'IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.',
    fields: [
      { name: 'host', proto: 1, type: STRING, description: HOST_DOC },
      // IngressRuleValue is embedded inline (see registry.ts)
      { name: '', proto: 2, type: net('IngressRuleValue') },
      { name: 'http', proto: 0, type: net('HTTPIngressRuleValue') },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressRuleValue',
    description: 'IngressRuleValue represents a rule to apply against incoming requests. If the rule is satisfied, the request is routed to the specified backend. Currently mixing different types of rules in a single Ingress is disallowed, so exactly one of the following must be set.',
    fields: [{ name: 'http', proto: 1, type: net('HTTPIngressRuleValue') }],
  },
  {
    name: 'io.k8s.api.networking.v1.HTTPIngressRuleValue',
    description: "HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example: http://<host>/<path>?<searchpart> -> backend where where parts of the url correspond to RFC 3986, this resource will be used to match against everything after the last '/' and before the first '?' or '#'.",
    required: ['paths'],
    fields: [{ name: 'paths', proto: 1, type: net('HTTPIngressPath'), repeated: true, listType: 'atomic', description: 'paths is a collection of paths that map requests to backends.' }],
  },
  {
    name: 'io.k8s.api.networking.v1.HTTPIngressPath',
    description: 'HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.',
    required: ['pathType', 'backend'],
    fields: [
      { name: 'path', proto: 1, type: STRING, description: 'path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must begin with a \'/\' and must be present when using PathType with value "Exact" or "Prefix".' },
      { name: 'backend', proto: 2, type: net('IngressBackend'), description: 'backend defines the referenced service endpoint to which the traffic will be forwarded to.' },
      { name: 'pathType', proto: 3, type: STRING, description: PATH_TYPE_DOC },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressStatus',
    description: 'IngressStatus describe the current state of the Ingress.',
    fields: [{ name: 'loadBalancer', proto: 1, type: net('IngressLoadBalancerStatus'), description: 'loadBalancer contains the current status of the load-balancer.' }],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressLoadBalancerStatus',
    description: 'IngressLoadBalancerStatus represents the status of a load-balancer.',
    fields: [{ name: 'ingress', proto: 1, type: net('IngressLoadBalancerIngress'), repeated: true, listType: 'atomic', description: 'ingress is a list containing ingress points for the load-balancer.' }],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressLoadBalancerIngress',
    description: 'IngressLoadBalancerIngress represents the status of a load-balancer ingress point.',
    fields: [
      { name: 'ip', proto: 1, type: STRING, description: 'ip is set for load-balancer ingress points that are IP based.' },
      { name: 'hostname', proto: 2, type: STRING, description: 'hostname is set for load-balancer ingress points that are DNS based.' },
      { name: 'ports', proto: 4, type: net('IngressPortStatus'), repeated: true, listType: 'atomic', description: 'ports provides information about the ports exposed by this LoadBalancer.' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressPortStatus',
    description: 'IngressPortStatus represents the error condition of a service port',
    required: ['port', 'protocol'],
    fields: [
      { name: 'port', proto: 1, type: INT32, description: 'port is the port number of the ingress port.' },
      { name: 'protocol', proto: 2, type: STRING, description: 'protocol is the protocol of the ingress port. The supported values are: "TCP", "UDP", "SCTP"\n\nPossible enum values:\n - `"SCTP"` is the SCTP protocol.\n - `"TCP"` is the TCP protocol.\n - `"UDP"` is the UDP protocol.' },
      { name: 'error', proto: 3, type: STRING, description: PORT_ERROR_DOC },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressClass',
    gvk: { group: 'networking.k8s.io', version: 'v1', kind: 'IngressClass' },
    description: 'IngressClass represents the class of the Ingress, referenced by the Ingress Spec. The `ingressclass.kubernetes.io/is-default-class` annotation can be used to indicate that an IngressClass should be considered default. When a single IngressClass resource has this annotation set to true, new Ingress resources without a class specified will be assigned this default class.',
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: METADATA_DOC },
      { name: 'spec', proto: 2, type: net('IngressClassSpec'), description: 'spec is the desired state of the IngressClass. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressClassList',
    gvk: { group: 'networking.k8s.io', version: 'v1', kind: 'IngressClassList' },
    description: 'IngressClassList is a collection of IngressClasses.',
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: 'Standard list metadata.' },
      { name: 'items', proto: 2, type: net('IngressClass'), repeated: true, description: 'items is the list of IngressClasses.' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressClassSpec',
    description: 'IngressClassSpec provides information about the class of an Ingress.',
    fields: [
      { name: 'controller', proto: 1, type: STRING, description: 'controller refers to the name of the controller that should handle this class. This allows for different "flavors" that are controlled by the same controller. For example, you may have different parameters for the same implementing controller. This should be specified as a domain-prefixed path no more than 250 characters in length, e.g. "acme.io/ingress-controller". This field is immutable.' },
      { name: 'parameters', proto: 2, type: net('IngressClassParametersReference'), description: 'parameters is a link to a custom resource containing additional configuration for the controller. This is optional if the controller does not require extra parameters.' },
    ],
  },
  {
    name: 'io.k8s.api.networking.v1.IngressClassParametersReference',
    description: 'IngressClassParametersReference identifies an API object. This can be used to specify a cluster or namespace-scoped resource.',
    required: ['kind', 'name'],
    fields: [
      { name: 'apiGroup', proto: 1, type: STRING, description: 'apiGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.' },
      { name: 'kind', proto: 2, type: STRING, description: 'kind is the type of resource being referenced.' },
      { name: 'name', proto: 3, type: STRING, description: 'name is the name of resource being referenced.' },
      { name: 'scope', proto: 4, type: STRING, description: 'scope represents if this refers to a cluster or namespace scoped resource. This may be set to "Cluster" (default) or "Namespace".' },
      { name: 'namespace', proto: 5, type: STRING, description: 'namespace is the namespace of the resource being referenced. This field is required when scope is set to "Namespace" and must be unset when scope is set to "Cluster".' },
    ],
  },
];
