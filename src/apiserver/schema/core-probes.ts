// core/v1 probes, lifecycle hooks and container security contexts.
// Generated once from k8s.io/api and k8s.io/apimachinery (release-1.33) generated.proto
// and types.go: json names, protobuf numbers, doc comments and patch/list markers.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, INT_OR_STRING, STRING, core } from './field-kinds.js';

export const CORE_PROBE_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.core.v1.Probe',
    description: "Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.",
    fields: [
      { name: '', proto: 1, type: core('ProbeHandler') },
      { name: 'exec', proto: 0, type: core('ExecAction'), description: "Exec specifies a command to execute in the container." },
      { name: 'httpGet', proto: 0, type: core('HTTPGetAction'), description: "HTTPGet specifies an HTTP GET request to perform." },
      { name: 'tcpSocket', proto: 0, type: core('TCPSocketAction'), description: "TCPSocket specifies a connection to a TCP port." },
      { name: 'grpc', proto: 0, type: core('GRPCAction'), description: "GRPC specifies a GRPC HealthCheckRequest." },
      { name: 'initialDelaySeconds', proto: 2, type: INT32, description: "Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes" },
      { name: 'timeoutSeconds', proto: 3, type: INT32, description: "Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes" },
      { name: 'periodSeconds', proto: 4, type: INT32, description: "How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1." },
      { name: 'successThreshold', proto: 5, type: INT32, description: "Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1." },
      { name: 'failureThreshold', proto: 6, type: INT32, description: "Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1." },
      { name: 'terminationGracePeriodSeconds', proto: 7, type: INT64, description: "Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ProbeHandler',
    description: "ProbeHandler defines a specific action that should be taken in a probe. One and only one of the fields must be specified.",
    fields: [
      { name: 'exec', proto: 1, type: core('ExecAction'), description: "Exec specifies a command to execute in the container." },
      { name: 'httpGet', proto: 2, type: core('HTTPGetAction'), description: "HTTPGet specifies an HTTP GET request to perform." },
      { name: 'tcpSocket', proto: 3, type: core('TCPSocketAction'), description: "TCPSocket specifies a connection to a TCP port." },
      { name: 'grpc', proto: 4, type: core('GRPCAction'), description: "GRPC specifies a GRPC HealthCheckRequest." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.ExecAction',
    description: "ExecAction describes a \"run in container\" action.",
    fields: [
      { name: 'command', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.HTTPGetAction',
    description: "HTTPGetAction describes an action based on HTTP Get requests.",
    required: ['port'],
    fields: [
      { name: 'path', proto: 1, type: STRING, description: "Path to access on the HTTP server." },
      { name: 'port', proto: 2, type: INT_OR_STRING, description: "Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME." },
      { name: 'host', proto: 3, type: STRING, description: "Host name to connect to, defaults to the pod IP. You probably want to set \"Host\" in httpHeaders instead." },
      { name: 'scheme', proto: 4, type: STRING, description: "Scheme to use for connecting to the host. Defaults to HTTP." },
      { name: 'httpHeaders', proto: 5, type: core('HTTPHeader'), repeated: true, listType: 'atomic', description: "Custom headers to set in the request. HTTP allows repeated headers." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.HTTPHeader',
    description: "HTTPHeader describes a custom header to be used in HTTP probes",
    required: ['name', 'value'],
    fields: [
      { name: 'name', proto: 1, type: STRING, description: "The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header." },
      { name: 'value', proto: 2, type: STRING, description: "The header field value" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.TCPSocketAction',
    description: "TCPSocketAction describes an action based on opening a socket",
    required: ['port'],
    fields: [
      { name: 'port', proto: 1, type: INT_OR_STRING, description: "Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME." },
      { name: 'host', proto: 2, type: STRING, description: "Optional: Host name to connect to, defaults to the pod IP." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.GRPCAction',
    description: "GRPCAction specifies an action involving a GRPC service.",
    required: ['port'],
    fields: [
      { name: 'port', proto: 1, type: INT32, description: "Port number of the gRPC service. Number must be in the range 1 to 65535." },
      { name: 'service', proto: 2, type: STRING, description: "Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\n\nIf this is not specified, the default behavior is defined by gRPC." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Lifecycle',
    description: "Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.",
    fields: [
      { name: 'postStart', proto: 1, type: core('LifecycleHandler'), description: "PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks" },
      { name: 'preStop', proto: 2, type: core('LifecycleHandler'), description: "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks" },
      { name: 'stopSignal', proto: 3, type: STRING, description: "StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.LifecycleHandler',
    description: "LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.",
    fields: [
      { name: 'exec', proto: 1, type: core('ExecAction'), description: "Exec specifies a command to execute in the container." },
      { name: 'httpGet', proto: 2, type: core('HTTPGetAction'), description: "HTTPGet specifies an HTTP GET request to perform." },
      { name: 'tcpSocket', proto: 3, type: core('TCPSocketAction'), description: "Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified." },
      { name: 'sleep', proto: 4, type: core('SleepAction'), description: "Sleep represents a duration that the container should sleep." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SleepAction',
    description: "SleepAction describes a \"sleep\" action.",
    required: ['seconds'],
    fields: [
      { name: 'seconds', proto: 1, type: INT64, description: "Seconds is the number of seconds to sleep." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SecurityContext',
    description: "SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.",
    fields: [
      { name: 'capabilities', proto: 1, type: core('Capabilities'), description: "The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'privileged', proto: 2, type: BOOL, description: "Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'seLinuxOptions', proto: 3, type: core('SELinuxOptions'), description: "The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'windowsOptions', proto: 10, type: core('WindowsSecurityContextOptions'), description: "The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux." },
      { name: 'runAsUser', proto: 4, type: INT64, description: "The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'runAsGroup', proto: 8, type: INT64, description: "The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'runAsNonRoot', proto: 5, type: BOOL, description: "Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence." },
      { name: 'readOnlyRootFilesystem', proto: 6, type: BOOL, description: "Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'allowPrivilegeEscalation', proto: 7, type: BOOL, description: "AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows." },
      { name: 'procMount', proto: 9, type: STRING, description: "procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'seccompProfile', proto: 11, type: core('SeccompProfile'), description: "The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows." },
      { name: 'appArmorProfile', proto: 12, type: core('AppArmorProfile'), description: "appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is windows." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.Capabilities',
    description: "Adds and removes POSIX capabilities from running containers.",
    fields: [
      { name: 'add', proto: 1, type: STRING, repeated: true, listType: 'atomic', description: "Added capabilities" },
      { name: 'drop', proto: 2, type: STRING, repeated: true, listType: 'atomic', description: "Removed capabilities" },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SELinuxOptions',
    description: "SELinuxOptions are the labels to be applied to the container",
    fields: [
      { name: 'user', proto: 1, type: STRING, description: "User is a SELinux user label that applies to the container." },
      { name: 'role', proto: 2, type: STRING, description: "Role is a SELinux role label that applies to the container." },
      { name: 'type', proto: 3, type: STRING, description: "Type is a SELinux type label that applies to the container." },
      { name: 'level', proto: 4, type: STRING, description: "Level is SELinux level label that applies to the container." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.WindowsSecurityContextOptions',
    description: "WindowsSecurityContextOptions contain Windows-specific options and credentials.",
    fields: [
      { name: 'gmsaCredentialSpecName', proto: 1, type: STRING, description: "GMSACredentialSpecName is the name of the GMSA credential spec to use." },
      { name: 'gmsaCredentialSpec', proto: 2, type: STRING, description: "GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field." },
      { name: 'runAsUserName', proto: 3, type: STRING, description: "The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence." },
      { name: 'hostProcess', proto: 4, type: BOOL, description: "HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.SeccompProfile',
    description: "SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.",
    required: ['type'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type indicates which kind of seccomp profile will be applied. Valid options are:\n\nLocalhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied." },
      { name: 'localhostProfile', proto: 2, type: STRING, description: "localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is \"Localhost\". Must NOT be set for any other type." },
    ],
  },
  {
    name: 'io.k8s.api.core.v1.AppArmorProfile',
    description: "AppArmorProfile defines a pod or container's AppArmor settings.",
    required: ['type'],
    fields: [
      { name: 'type', proto: 1, type: STRING, description: "type indicates which kind of AppArmor profile will be applied. Valid options are: Localhost - a profile pre-loaded on the node. RuntimeDefault - the container runtime's default profile. Unconfined - no AppArmor enforcement." },
      { name: 'localhostProfile', proto: 2, type: STRING, description: "localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is \"Localhost\"." },
    ],
  },
];
