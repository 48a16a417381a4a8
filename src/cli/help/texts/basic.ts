// kubectl 1.33's help pages for the basic commands, as mk prints them (kubectl → mk).
import { bool, list, str, type CommandHelp } from '../flag-help.js';
import { ALL_NAMESPACES_FLAG, CHUNK_SIZE_FLAG, deleteFlags, DRY_RUN_FLAG, FIELD_SELECTOR_FLAG, fieldManagerFlag, filenameOptionFlags, GET_FROM_SERVER, NO_HEADERS_FLAG, OUTPUT_FORMATS, outputFlag, printFlags, SAVE_CONFIG_FLAG, SELECTOR_FLAG, VALIDATE_FLAG } from './common-flags.js';

export const BASIC_HELP: Record<string, CommandHelp> = {
  "set": {
    short: "Set specific features on objects",
    long: `Configure application resources.

 These commands help you make changes to existing application resources.`,
    use: "SUBCOMMAND",
    flags: [],
  },
  "set image": {
    short: "Update the image of a pod template",
    long: `Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)`,
    examples: `  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  mk set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  mk set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  mk set image daemonset abc *=nginx:1.9.1
  
  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
  mk set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml`,
    use: "(-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N",
    flags: [
      bool("--all", false, "Select all resources, in the namespace of the specified resource types"),
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-set"),
      ...filenameOptionFlags(GET_FROM_SERVER),
      bool("--local", false, "If true, set image will NOT contact api-server but run locally."),
      SELECTOR_FLAG,
    ],
  },
  "explain": {
    short: "Get documentation for a resource",
    long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "mk api-resources" for a complete list of supported resources.`,
    examples: `  # Get the documentation of the resource and its fields
  mk explain pods
  
  # Get all the fields in the resource
  mk explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  mk explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  mk explain pods.spec.containers
  
  # Get the documentation of resources in different format
  mk explain deployment --output=plaintext-openapiv2`,
    use: "TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]",
    flags: [
      str("--api-version", "", "Get different explanations for particular API version (API group/version)"),
      str("--output", "plaintext", "Format in which to render the schema (plaintext, plaintext-openapiv2)"),
      bool("--recursive", false, "Print the fields of fields (Currently only 1 level deep)"),
    ],
  },
  "get": {
    short: "Display one or many resources",
    long: `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

Use "mk api-resources" for a complete list of supported resources.`,
    examples: `  # List all pods in ps output format
  mk get pods
  
  # List all pods in ps output format with more information (such as node name)
  mk get pods -o wide
  
  # List a single replication controller with specified NAME in ps output format
  mk get replicationcontroller web
  
  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  mk get deployments.v1.apps -o json
  
  # List a single pod in JSON output format
  mk get -o json pod web-pod-13je7
  
  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  mk get -f pod.yaml -o json
  
  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
  mk get -k dir/
  
  # Return only the phase value of the specified pod
  mk get -o template pod/web-pod-13je7 --template={{.status.phase}}
  
  # List resource information in custom columns
  mk get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
  
  # List all replication controllers and services together in ps output format
  mk get rc,services
  
  # List one or more resources by their type and names
  mk get rc/web service/frontend pods/web-pod-13je7
  
  # List the 'status' subresource for a single pod
  mk get pod web-pod-13je7 --subresource status
  
  # List all deployments in namespace 'backend'
  mk get deployments.apps --namespace backend
  
  # List all pods existing in all namespaces
  mk get pods --all-namespaces`,
    use: "[(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]",
    flags: [
      ALL_NAMESPACES_FLAG,
      ...printFlags(outputFlag(`${OUTPUT_FORMATS}, custom-columns, custom-columns-file, wide`, "", " See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].")),
      CHUNK_SIZE_FLAG,
      FIELD_SELECTOR_FLAG,
      ...filenameOptionFlags(GET_FROM_SERVER),
      bool("--ignore-not-found", false, "If the requested object does not exist the command will return exit code 0."),
      list("-L, --label-columns", [], "Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2..."),
      NO_HEADERS_FLAG,
      bool("--output-watch-events", false, "Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events."),
      str("--raw", "", "Raw URI to request from the server.  Uses the transport specified by the kubeconfig file."),
      SELECTOR_FLAG,
      bool("--server-print", true, "If true, have the server return the appropriate table output. Supports extension APIs and CRDs."),
      bool("--show-kind", false, "If present, list the resource type for the requested object(s)."),
      bool("--show-labels", false, "When printing, show all labels as the last column (default hide labels column)"),
      str("--sort-by", "", "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string."),
      str("--subresource", "", "If specified, gets the subresource of the requested object."),
      bool("-w, --watch", false, "After listing/getting the requested object, watch for changes."),
      bool("--watch-only", false, "Watch for changes to the requested object(s), without listing/getting first."),
    ],
  },
  "edit": {
    short: "Edit a resource on the server",
    long: `Edit a resource from the default editor.

 The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.

 You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.`,
    examples: `  # Edit the service named 'registry'
  mk edit svc/registry
  
  # Use an alternative editor
  KUBE_EDITOR="nano" mk edit svc/registry
  
  # Edit the job 'myjob' in JSON using the v1 API format
  mk edit job.v1.batch/myjob -o json
  
  # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation
  mk edit deployment/mydeployment -o yaml --save-config
  
  # Edit the 'status' subresource for the 'mydeployment' deployment
  mk edit deployment mydeployment --subresource='status'`,
    use: "(RESOURCE/NAME | -f FILENAME)",
    flags: [
      ...printFlags(),
      fieldManagerFlag("kubectl-edit"),
      ...filenameOptionFlags("to use to edit the resource"),
      bool("--output-patch", false, "Output the patch if the resource is edited."),
      SAVE_CONFIG_FLAG,
      str("--subresource", "", "If specified, edit will operate on the subresource of the requested object."),
      VALIDATE_FLAG,
      bool("--windows-line-endings", false, "Defaults to the line ending native to your platform."),
    ],
  },
  "delete": {
    short: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
    long: `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "mk api-resources" to refresh the discovery cache.`,
    examples: `  # Delete a pod using the type and name specified in pod.json
  mk delete -f ./pod.json
  
  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  mk delete -k dir
  
  # Delete resources from all files that end with '.json'
  mk delete -f '*.json'
  
  # Delete a pod based on the type and name in the JSON passed into stdin
  cat pod.json | mk delete -f -
  
  # Delete pods and services with same names "baz" and "foo"
  mk delete pod,service baz foo
  
  # Delete pods and services with label name=myLabel
  mk delete pods,services -l name=myLabel
  
  # Delete a pod with minimal delay
  mk delete pod foo --now
  
  # Force delete a pod on a dead node
  mk delete pod foo --force
  
  # Delete all pods
  mk delete pods --all
  
  # Delete all pods only if the user confirms the deletion
  mk delete pods --all --interactive`,
    use: "([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])",
    flags: [
      bool("--all", false, "Delete all resources, in the namespace of the specified resource types."),
      ALL_NAMESPACES_FLAG,
      DRY_RUN_FLAG,
      FIELD_SELECTOR_FLAG,
      ...deleteFlags("containing the resource to delete.", true),
      bool("--ignore-not-found", false, "Treat \"resource not found\" as a successful delete. Defaults to \"true\" when --all is specified."),
      bool("-i, --interactive", false, "If true, delete resource only when user confirms."),
      bool("--now", false, "If true, resources are signaled for immediate shutdown (same as --grace-period=1)."),
      str("-o, --output", "", "Output mode. Use \"-o name\" for shorter output (resource/name)."),
      str("--raw", "", "Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file."),
      SELECTOR_FLAG,
    ],
  },
};
