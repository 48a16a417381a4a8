// core/v1 services and endpoints.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, INT_OR_STRING, STRING, mapOf, core, meta } from './field-kinds.js';

export const CORE_SERVICE_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.Service',
    gvk: { group: '', version: 'v1', kind: 'Service' },
    description: "Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: core('ServiceSpec'), description: "Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
      { name: 'status', proto: 3, type: core('ServiceStatus'), description: "Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ServiceSpec',
    description: "ServiceSpec describes the attributes that a user creates on a service.",
    fields: [
      { name: 'ports', proto: 1, type: core('ServicePort'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'port', listType: 'map', listMapKeys: ['port', 'protocol'], description: "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      { name: 'selector', proto: 2, type: mapOf(STRING), description: "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/" },
      { name: 'clusterIP', proto: 3, type: STRING, description: "clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \"None\", empty string (\"\"), or a valid IP address. Setting this to \"None\" makes a \"headless service\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      { name: 'clusterIPs', proto: 18, type: STRING, repeated: true, listType: 'atomic', description: "ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \"None\", empty string (\"\"), or a valid IP address.  Setting this to \"None\" makes a \"headless service\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\n\nThis field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      { name: 'type', proto: 4, type: STRING, description: "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. \"ClusterIP\" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is \"None\", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. \"NodePort\" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. \"LoadBalancer\" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. \"ExternalName\" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types" },
      { name: 'externalIPs', proto: 5, type: STRING, repeated: true, listType: 'atomic', description: "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system." },
      { name: 'sessionAffinity', proto: 7, type: STRING, description: "Supports \"ClientIP\" and \"None\". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      { name: 'loadBalancerIP', proto: 8, type: STRING, description: "Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This field will be ignored if the cloud-provider does not support the feature. Deprecated: This field was under-specified and its meaning varies across implementations. Using it is non-portable and it may not support dual-stack. Users are encouraged to use implementation-specific annotations when available." },
      { name: 'loadBalancerSourceRanges', proto: 9, type: STRING, repeated: true, listType: 'atomic', description: "If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature.\" More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/" },
      { name: 'externalName', proto: 10, type: STRING, description: "externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be \"ExternalName\"." },
      { name: 'externalTrafficPolicy', proto: 11, type: STRING, description: "externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service's \"externally-facing\" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to \"Local\", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will be dropped.) The default value, \"Cluster\", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features). Note that traffic sent to an External IP or LoadBalancer IP from within the cluster will always get \"Cluster\" semantics, but clients sending to a NodePort from within the cluster may need to take traffic policy into account when picking a node." },
      { name: 'healthCheckNodePort', proto: 12, type: INT32, description: "healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type). This field cannot be updated once set." },
      { name: 'publishNotReadyAddresses', proto: 13, type: BOOL, description: "publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet's Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered \"ready\" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior." },
      { name: 'sessionAffinityConfig', proto: 14, type: core('SessionAffinityConfig'), description: "sessionAffinityConfig contains the configurations of session affinity." },
      { name: 'ipFamilies', proto: 19, type: STRING, repeated: true, listType: 'atomic', description: "IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail. This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service. Valid values are \"IPv4\" and \"IPv6\".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to \"headless\" services. This field will be wiped when updating a Service to type ExternalName.\n\nThis field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field." },
      { name: 'ipFamilyPolicy', proto: 17, type: STRING, description: "IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack. Services can be \"SingleStack\" (a single IP family), \"PreferDualStack\" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or \"RequireDualStack\" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field. This field will be wiped when updating a service to type ExternalName." },
      { name: 'allocateLoadBalancerNodePorts', proto: 20, type: BOOL, description: "allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is \"true\". It may be set to \"false\" if the cluster load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by specifying a value), those requests will be respected, regardless of this field. This field may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type." },
      { name: 'loadBalancerClass', proto: 21, type: STRING, description: "loadBalancerClass is the class of the load balancer implementation this Service belongs to. If specified, the value of this field must be a label-style identifier, with an optional prefix, e.g. \"internal-vip\" or \"example.com/internal-vip\". Unprefixed names are reserved for end-users. This field can only be set when the Service type is 'LoadBalancer'. If not set, the default load balancer implementation is used, today this is typically done through the cloud provider integration, but should apply for any default implementation. If set, it is assumed that a load balancer implementation is watching for Services with a matching class. Any default load balancer implementation (e.g. cloud providers) should ignore Services that set this field. This field can only be set when creating or updating a Service to type 'LoadBalancer'. Once set, it can not be changed. This field will be wiped when a service is updated to a non 'LoadBalancer' type." },
      { name: 'internalTrafficPolicy', proto: 22, type: STRING, description: "InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to \"Local\", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, \"Cluster\", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features)." },
      { name: 'trafficDistribution', proto: 23, type: STRING, description: "TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to \"PreferClose\", implementations should prioritize endpoints that are in the same zone." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ServicePort',
    description: "ServicePort contains information on service's port.",
    required: ['port'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service." },
      { name: 'protocol', proto: 2, type: STRING, description: "The IP protocol for this port. Supports \"TCP\", \"UDP\", and \"SCTP\". Default is TCP." },
      { name: 'appProtocol', proto: 6, type: STRING, description: "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names: * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior- * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455 * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol." },
      { name: 'port', proto: 3, type: INT32, description: "The port that will be exposed by this service." },
      { name: 'targetPort', proto: 4, type: INT_OR_STRING, description: "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service" },
      { name: 'nodePort', proto: 5, type: INT32, description: "The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SessionAffinityConfig',
    description: "SessionAffinityConfig represents the configurations of session affinity.",
    fields: [
      { name: 'clientIP', proto: 1, type: core('ClientIPConfig'), description: "clientIP contains the configurations of Client IP based session affinity." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ClientIPConfig',
    description: "ClientIPConfig represents the configurations of Client IP based session affinity.",
    fields: [
      { name: 'timeoutSeconds', proto: 1, type: INT32, description: "timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == \"ClientIP\". Default value is 10800(for 3 hours)." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ServiceStatus',
    description: "ServiceStatus represents the current status of a service.",
    fields: [
      { name: 'loadBalancer', proto: 1, type: core('LoadBalancerStatus'), description: "LoadBalancer contains the current status of the load-balancer, if one is present." },
      { name: 'conditions', proto: 2, type: meta('Condition'), repeated: true, patchStrategy: 'merge', patchMergeKey: 'type', listType: 'map', listMapKeys: ['type'], description: "Current service state" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.LoadBalancerStatus',
    description: "LoadBalancerStatus represents the status of a load-balancer.",
    fields: [
      { name: 'ingress', proto: 1, type: core('LoadBalancerIngress'), repeated: true, listType: 'atomic', description: "Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.LoadBalancerIngress',
    description: "LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.",
    fields: [
      { name: 'ip', proto: 1, type: STRING, description: "IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)" },
      { name: 'hostname', proto: 2, type: STRING, description: "Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)" },
      { name: 'ipMode', proto: 3, type: STRING, description: "IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified. Setting this to \"VIP\" indicates that traffic is delivered to the node with the destination set to the load-balancer's IP and port. Setting this to \"Proxy\" indicates that traffic is delivered to the node or pod with the destination set to the node's IP and node port or the pod's IP and port. Service implementations may use this information to adjust traffic routing." },
      { name: 'ports', proto: 4, type: core('PortStatus'), repeated: true, listType: 'atomic', description: "Ports is a list of records of service ports If used, every port defined in the service should have an entry in it" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.PortStatus',
    description: "PortStatus represents the error condition of a service port",
    required: ['port', 'protocol'],
    fields: [
      { name: 'port', proto: 1, type: INT32, description: "Port is the port number of the service port of which status is recorded here" },
      { name: 'protocol', proto: 2, type: STRING, description: "Protocol is the protocol of the service port of which status is recorded here The supported values are: \"TCP\", \"UDP\", \"SCTP\"" },
      { name: 'error', proto: 3, type: STRING, description: "Error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use CamelCase names - cloud provider specific error values must have names that comply with the format foo.example.com/CamelCase. The regex it matches is (dns1123SubdomainFmt/)?(qualifiedNameFmt)" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ServiceList',
    gvk: { group: '', version: 'v1', kind: 'ServiceList' },
    description: "ServiceList holds a list of services.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Service'), repeated: true, description: "List of services" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Endpoints',
    gvk: { group: '', version: 'v1', kind: 'Endpoints' },
    description: "Endpoints is a collection of endpoints that implement the actual service. Example:\n\nName: \"mysvc\", Subsets: [ { Addresses: [{\"ip\": \"10.10.1.1\"}, {\"ip\": \"10.10.2.2\"}], Ports: [{\"name\": \"a\", \"port\": 8675}, {\"name\": \"b\", \"port\": 309}] }, { Addresses: [{\"ip\": \"10.10.3.3\"}], Ports: [{\"name\": \"a\", \"port\": 93}, {\"name\": \"b\", \"port\": 76}] }, ]\n\nEndpoints is a legacy API and does not contain information about all Service features. Use discoveryv1.EndpointSlice for complete information about Service endpoints.\n\nDeprecated: This API is deprecated in v1.33+. Use discoveryv1.EndpointSlice.",
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'subsets', proto: 2, type: core('EndpointSubset'), repeated: true, listType: 'atomic', description: "The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EndpointSubset',
    description: "EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports. For example, given:\n\n{ Addresses: [{\"ip\": \"10.10.1.1\"}, {\"ip\": \"10.10.2.2\"}], Ports:     [{\"name\": \"a\", \"port\": 8675}, {\"name\": \"b\", \"port\": 309}] }\n\nThe resulting set of endpoints can be viewed as:\n\na: [ 10.10.1.1:8675, 10.10.2.2:8675 ], b: [ 10.10.1.1:309, 10.10.2.2:309 ]\n\nDeprecated: This API is deprecated in v1.33+.",
    fields: [
      { name: 'addresses', proto: 1, type: core('EndpointAddress'), repeated: true, listType: 'atomic', description: "IP addresses which offer the related ports that are marked as ready. These endpoints should be considered safe for load balancers and clients to utilize." },
      { name: 'notReadyAddresses', proto: 2, type: core('EndpointAddress'), repeated: true, listType: 'atomic', description: "IP addresses which offer the related ports but are not currently marked as ready because they have not yet finished starting, have recently failed a readiness check, or have recently failed a liveness check." },
      { name: 'ports', proto: 3, type: core('EndpointPort'), repeated: true, listType: 'atomic', description: "Port numbers available on the related IP addresses." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EndpointAddress',
    description: "EndpointAddress is a tuple that describes single IP address. Deprecated: This API is deprecated in v1.33+.",
    required: ['ip'],
    fields: [
      { name: 'ip', proto: 1, type: STRING, description: "The IP of this endpoint. May not be loopback (127.0.0.0/8 or ::1), link-local (169.254.0.0/16 or fe80::/10), or link-local multicast (224.0.0.0/24 or ff02::/16)." },
      { name: 'hostname', proto: 3, type: STRING, description: "The Hostname of this endpoint" },
      { name: 'nodeName', proto: 4, type: STRING, description: "Optional: Node hosting this endpoint. This can be used to determine endpoints local to a node." },
      { name: 'targetRef', proto: 2, type: core('ObjectReference'), description: "Reference to object providing the endpoint." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EndpointPort',
    description: "EndpointPort is a tuple that describes a single port. Deprecated: This API is deprecated in v1.33+.",
    required: ['port'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "The name of this port.  This must match the 'name' field in the corresponding ServicePort. Must be a DNS_LABEL. Optional only if one port is defined." },
      { name: 'port', proto: 2, type: INT32, description: "The port number of the endpoint." },
      { name: 'protocol', proto: 3, type: STRING, description: "The IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP." },
      { name: 'appProtocol', proto: 4, type: STRING, description: "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names: * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior- * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455 * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.EndpointsList',
    gvk: { group: '', version: 'v1', kind: 'EndpointsList' },
    description: "EndpointsList is a list of endpoints. Deprecated: This API is deprecated in v1.33+.",
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds" },
      { name: 'items', proto: 2, type: core('Endpoints'), repeated: true, description: "List of endpoints." },
    ],
  },
];
