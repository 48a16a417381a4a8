// kubectl 1.33's help pages for the debug commands, as mk prints them (kubectl → mk).
import { bool, int, list, str, val, type CommandHelp } from '../flag-help.js';
import { ALL_NAMESPACES_FLAG, CHUNK_SIZE_FLAG, CONTAINER_FLAG, filenameOptionFlags, podRunningTimeoutFlag, printFlags, SELECTOR_FLAG } from './common-flags.js';

/** the stream flags attach and exec share */
const REMOTE_STREAM_FLAGS = [
  bool("-q, --quiet", false, "Only print output from the remote session"),
  bool("-i, --stdin", false, "Pass stdin to the container"),
  bool("-t, --tty", false, "Stdin is a TTY"),
];

export const DEBUG_HELP: Record<string, CommandHelp> = {
  "describe": {
    short: "Show details of a specific resource or group of resources",
    long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ mk describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "mk api-resources" for a complete list of supported resources.`,
    examples: `  # Describe a node
  mk describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  mk describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  mk describe -f pod.json
  
  # Describe all pods
  mk describe pods
  
  # Describe pods by label name=myLabel
  mk describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  mk describe pods frontend`,
    use: "(-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)",
    flags: [
      ALL_NAMESPACES_FLAG,
      CHUNK_SIZE_FLAG,
      ...filenameOptionFlags("containing the resource to describe"),
      SELECTOR_FLAG,
      bool("--show-events", true, "If true, display events related to the described object."),
    ],
  },
  "logs": {
    short: "Print the logs for a container in a pod",
    long: `Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.`,
    examples: `  # Return snapshot logs from pod nginx with only one container
  mk logs nginx
  
  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  mk logs nginx --prefix
  
  # Return snapshot logs from pod nginx, limiting output to 500 bytes
  mk logs nginx --limit-bytes=500
  
  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
  mk logs nginx --pod-running-timeout=20s
  
  # Return snapshot logs from pod nginx with multi containers
  mk logs nginx --all-containers=true
  
  # Return snapshot logs from all pods in the deployment nginx
  mk logs deployment/nginx --all-pods=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  mk logs -l app=nginx --all-containers=true
  
  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
  mk logs -l app=nginx --max-log-requests=10
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  mk logs -p -c ruby web-1
  
  # Begin streaming the logs from pod nginx, continuing even if errors occur
  mk logs nginx -f --ignore-errors=true
  
  # Begin streaming the logs of the ruby container in pod web-1
  mk logs -f -c ruby web-1
  
  # Begin streaming the logs from all containers in pods defined by label app=nginx
  mk logs -f -l app=nginx --all-containers=true
  
  # Display only the most recent 20 lines of output in pod nginx
  mk logs --tail=20 nginx
  
  # Show all logs from pod nginx written in the last hour
  mk logs --since=1h nginx
  
  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
  mk logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true
  
  # Show logs from a kubelet with an expired serving certificate
  mk logs --insecure-skip-tls-verify-backend nginx
  
  # Return snapshot logs from first container of a job named hello
  mk logs job/hello
  
  # Return snapshot logs from container nginx-1 of a deployment named nginx
  mk logs deployment/nginx -c nginx-1`,
    use: "[-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]",
    flags: [
      bool("--all-containers", false, "Get all containers' logs in the pod(s)."),
      bool("--all-pods", false, "Get logs from all pod(s). Sets prefix to true."),
      str("-c, --container", "", "Print the logs of this container"),
      bool("-f, --follow", false, "Specify if the logs should be streamed."),
      bool("--ignore-errors", false, "If watching / following pod logs, allow for any errors that occur to be non-fatal"),
      bool("--insecure-skip-tls-verify-backend", false, "Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired."),
      int("--limit-bytes", 0, "Maximum bytes of logs to return. Defaults to no limit."),
      int("--max-log-requests", 5, "Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5."),
      podRunningTimeoutFlag("20s"),
      bool("--prefix", false, "Prefix each log line with the log source (pod name and container name)"),
      bool("-p, --previous", false, "If true, print the logs for the previous instance of the container in a pod if it exists."),
      SELECTOR_FLAG,
      val("--since", "0s", "Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used."),
      str("--since-time", "", "Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used."),
      int("--tail", -1, "Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided."),
      bool("--timestamps", false, "Include timestamps on each line in the log output"),
    ],
  },
  "attach": {
    short: "Attach to a running container",
    long: `Attach to a process that is already running inside an existing container.`,
    examples: `  # Get output from running pod mypod; use the 'kubectl.kubernetes.io/default-container' annotation
  # for selecting the container to be attached or the first container in the pod will be chosen
  mk attach mypod
  
  # Get output from ruby-container from pod mypod
  mk attach mypod -c ruby-container
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  mk attach mypod -c ruby-container -i -t
  
  # Get output from the first pod of a replica set named nginx
  mk attach rs/nginx`,
    use: "(POD | TYPE/NAME) -c CONTAINER",
    flags: [
      CONTAINER_FLAG,
      podRunningTimeoutFlag("1m0s"),
      ...REMOTE_STREAM_FLAGS,
    ],
  },
  "exec": {
    short: "Execute a command in a container",
    long: `Execute a command in a container.`,
    examples: `  # Get output from running the 'date' command from pod mypod, using the first container by default
  mk exec mypod -- date
  
  # Get output from running the 'date' command in ruby-container from pod mypod
  mk exec mypod -c ruby-container -- date
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  mk exec mypod -c ruby-container -i -t -- bash -il
  
  # List contents of /usr from the first container of pod mypod and sort by modification time
  # If the command you want to execute in the pod has any flags in common (e.g. -i),
  # you must use two dashes (--) to separate your command's flags/arguments
  # Also note, do not surround your command and its flags/arguments with quotes
  # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
  mk exec mypod -i -t -- ls -t /usr
  
  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
  mk exec deploy/mydeployment -- date
  
  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
  mk exec svc/myservice -- date`,
    use: "(POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]",
    flags: [
      CONTAINER_FLAG,
      list("-f, --filename", [], "to use to exec into the resource"),
      podRunningTimeoutFlag("1m0s"),
      ...REMOTE_STREAM_FLAGS,
    ],
  },
  "port-forward": {
    short: "Forward one or more local ports to a pod",
    long: `Forward one or more local ports to a pod.

 Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.

 If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.`,
    examples: `  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod
  mk port-forward pod/mypod 5000 6000
  
  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in a pod selected by the deployment
  mk port-forward deployment/mydeployment 5000 6000
  
  # Listen on port 8443 locally, forwarding to the targetPort of the service's port named "https" in a pod selected by the service
  mk port-forward service/myservice 8443:https
  
  # Listen on port 8888 locally, forwarding to 5000 in the pod
  mk port-forward pod/mypod 8888:5000
  
  # Listen on port 8888 on all addresses, forwarding to 5000 in the pod
  mk port-forward --address 0.0.0.0 pod/mypod 8888:5000
  
  # Listen on port 8888 on localhost and selected IP, forwarding to 5000 in the pod
  mk port-forward --address localhost,10.19.21.23 pod/mypod 8888:5000
  
  # Listen on a random port locally, forwarding to 5000 in the pod
  mk port-forward pod/mypod :5000`,
    use: "TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]",
    flags: [
      list("--address", ["localhost"], "Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. When localhost is supplied, mk will try to bind on both 127.0.0.1 and ::1 and will fail if neither of these addresses are available to bind."),
      podRunningTimeoutFlag("1m0s"),
    ],
  },
  "proxy": {
    short: "Run a proxy to the Kubernetes API server",
    long: `Creates a proxy server or application-level gateway between localhost and the Kubernetes API server. It also allows serving static content over specified HTTP path. All incoming data enters through one port and gets forwarded to the remote Kubernetes API server port, except for the path matching the static content path.`,
    examples: `  # To proxy all of the Kubernetes API and nothing else
  mk proxy --api-prefix=/
  
  # To proxy only part of the Kubernetes API and also some static files
  # You can get pods info with 'curl localhost:8001/api/v1/pods'
  mk proxy --www=/my/files --www-prefix=/static/ --api-prefix=/api/
  
  # To proxy the entire Kubernetes API at a different root
  # You can get pods info with 'curl localhost:8001/custom/api/v1/pods'
  mk proxy --api-prefix=/custom/
  
  # Run a proxy to the Kubernetes API server on port 8011, serving static content from ./local/www/
  mk proxy --port=8011 --www=./local/www/
  
  # Run a proxy to the Kubernetes API server on an arbitrary local port
  # The chosen port for the server will be output to stdout
  mk proxy --port=0
  
  # Run a proxy to the Kubernetes API server, changing the API prefix to k8s-api
  # This makes e.g. the pods API available at localhost:8001/k8s-api/v1/pods/
  mk proxy --api-prefix=/k8s-api`,
    use: "[--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix]",
    flags: [
      str("--accept-hosts", "^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$", "Regular expression for hosts that the proxy should accept."),
      str("--accept-paths", "^.*", "Regular expression for paths that the proxy should accept."),
      str("--address", "127.0.0.1", "The IP address on which to serve on."),
      str("--api-prefix", "/", "Prefix to serve the proxied API under."),
      bool("--append-server-path", false, "If true, enables automatic path appending of the kube context server path to each request."),
      bool("--disable-filter", false, "If true, disable request filtering in the proxy. This is dangerous, and can leave you vulnerable to XSRF attacks, when used with an accessible port."),
      val("--keepalive", "0s", "keepalive specifies the keep-alive period for an active network connection. Set to 0 to disable keepalive."),
      int("-p, --port", 8001, "The port on which to run the proxy. Set to 0 to pick a random port."),
      str("--reject-methods", "^$", "Regular expression for HTTP methods that the proxy should reject (example --reject-methods='POST,PUT,PATCH'). "),
      str("--reject-paths", "^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach", "Regular expression for paths that the proxy should reject. Paths specified here will be rejected even accepted by --accept-paths."),
      str("-u, --unix-socket", "", "Unix socket on which to run the proxy."),
      str("-w, --www", "", "Also serve static files from the given directory under the specified prefix."),
      str("-P, --www-prefix", "/static/", "Prefix to serve static files under, if static file directory is specified."),
    ],
  },
  "cp": {
    short: "Copy files and directories to and from containers",
    long: `Copy files and directories to and from containers.`,
    examples: `  # !!!Important Note!!!
  # Requires that the 'tar' binary is present in your container
  # image.  If 'tar' is not present, 'mk cp' will fail.
  #
  # For advanced use cases, such as symlinks, wildcard expansion or
  # file mode preservation, consider using 'mk exec'.
  
  # Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>
  tar cf - /tmp/foo | mk exec -i -n <some-namespace> <some-pod> -- tar xf - -C /tmp/bar
  
  # Copy /tmp/foo from a remote pod to /tmp/bar locally
  mk exec -n <some-namespace> <some-pod> -- tar cf - /tmp/foo | tar xf - -C /tmp/bar
  
  # Copy /tmp/foo_dir local directory to /tmp/bar_dir in a remote pod in the default namespace
  mk cp /tmp/foo_dir <some-pod>:/tmp/bar_dir
  
  # Copy /tmp/foo local file to /tmp/bar in a remote pod in a specific container
  mk cp /tmp/foo <some-pod>:/tmp/bar -c <specific-container>
  
  # Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>
  mk cp /tmp/foo <some-namespace>/<some-pod>:/tmp/bar
  
  # Copy /tmp/foo from a remote pod to /tmp/bar locally
  mk cp <some-namespace>/<some-pod>:/tmp/foo /tmp/bar`,
    use: "<file-spec-src> <file-spec-dest>",
    flags: [
      CONTAINER_FLAG,
      bool("--no-preserve", false, "The copied file/directory's ownership and permissions will not be preserved in the container"),
      int("--retries", 0, "Set number of retries to complete a copy operation from a container. Specify 0 to disable or any negative value for infinite retrying. The default is 0 (no retry)."),
    ],
  },
  "events": {
    short: "List events",
    long: `Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.`,
    examples: `  # List recent events in the default namespace
  mk events
  
  # List recent events in all namespaces
  mk events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  mk events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  mk events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  mk events --types=Warning,Normal`,
    use: "[(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]",
    flags: [
      ALL_NAMESPACES_FLAG,
      ...printFlags(),
      CHUNK_SIZE_FLAG,
      str("--for", "", "Filter events to only those pertaining to the specified resource."),
      bool("--no-headers", false, "When using the default output format, don't print headers."),
      list("--types", [], "Output only events of given types."),
      bool("-w, --watch", false, "After listing the requested events, watch for more events."),
    ],
  },
};
