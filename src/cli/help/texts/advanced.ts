// kubectl 1.33's help pages for the advanced commands, as mk prints them (kubectl → mk).
import { bool, list, str, val, type CommandHelp } from '../flag-help.js';
import { ALL_NAMESPACES_FLAG, deleteFlags, DRY_RUN_FLAG, FIELD_SELECTOR_FLAG, fieldManagerFlag, filenameOptionFlags, printFlags, SAVE_CONFIG_FLAG, SELECTOR_FLAG, VALIDATE_FLAG } from './common-flags.js';

export const ADVANCED_HELP: Record<string, CommandHelp> = {
  "apply": {
    short: "Apply a configuration to a resource by file name or stdin",
    long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
    examples: `  # Apply the configuration in pod.json to a pod
  mk apply -f ./pod.json
  
  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  mk apply -k dir/
  
  # Apply the JSON passed into stdin to a pod
  cat pod.json | mk apply -f -
  
  # Apply the configuration from all files that end with '.json'
  mk apply -f '*.json'
  
  # Note: --prune is still in Alpha
  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
  mk apply --prune -f manifest.yaml -l app=nginx
  
  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
  mk apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap`,
    use: "(-f FILENAME | -k DIRECTORY)",
    flags: [
      bool("--all", false, "Select all resources in the namespace of the specified resource types."),
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-client-side-apply"),
      ...deleteFlags("The files that contain the configurations to apply.", false),
      bool("--force-conflicts", false, "If true, server-side apply will force the changes against conflicts."),
      bool("--openapi-patch", true, "If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types."),
      bool("--overwrite", true, "Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration"),
      bool("--prune", false, "Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all."),
      list("--prune-allowlist", [], "Overwrite the default allowlist with <group/version/kind> for --prune"),
      SELECTOR_FLAG,
      bool("--server-side", false, "If true, apply runs in the server instead of the client."),
      str("--subresource", "", "If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side."),
      VALIDATE_FLAG,
    ],
  },
  "patch": {
    short: "Update fields of a resource",
    long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
    examples: `  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  mk patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
  
  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  mk patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
  
  # Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
  mk patch -f node.json -p '{"spec":{"unschedulable":true}}'
  
  # Update a container's image; spec.containers[*].name is required because it's a merge key
  mk patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
  
  # Update a container's image using a JSON patch with positional arrays
  mk patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'
  
  # Update a deployment's replicas through the 'scale' subresource using a merge patch
  mk patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
    use: "(-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]",
    flags: [
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-patch"),
      ...filenameOptionFlags("identifying the resource to update"),
      bool("--local", false, "If true, patch will operate on the content of the file, not the server-side resource."),
      str("-p, --patch", "", "The patch to be applied to the resource JSON file."),
      str("--patch-file", "", "A file containing a patch to be applied to the resource."),
      str("--subresource", "", "If specified, patch will operate on the subresource of the requested object."),
      str("--type", "strategic", "The type of patch being provided; one of [json merge strategic]"),
    ],
  },
  "replace": {
    short: "Replace a resource by file name or stdin",
    long: `Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

        $ mk get TYPE NAME -o yaml`,
    examples: `  # Replace a pod using the data in pod.json
  mk replace -f ./pod.json
  
  # Replace a pod based on the JSON passed into stdin
  cat pod.json | mk replace -f -
  
  # Update a single-container pod's image version (tag) to v4
  mk get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | mk replace -f -
  
  # Force replace, delete and then re-create the resource
  mk replace --force -f ./pod.json`,
    use: "-f FILENAME",
    flags: [
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-replace"),
      ...deleteFlags("The files that contain the configurations to replace.", false),
      str("--raw", "", "Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file."),
      SAVE_CONFIG_FLAG,
      str("--subresource", "", "If specified, replace will operate on the subresource of the requested object."),
      VALIDATE_FLAG,
    ],
  },
  "wait": {
    short: "Experimental: Wait for a specific condition on one or many resources",
    long: `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`,
    examples: `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  mk wait --for=condition=Ready pod/busybox1
  
  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
  mk wait --for=condition=Ready=false pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  mk wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be Ready
  mk wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1
  
  # Wait for the service "loadbalancer" to have ingress
  mk wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer
  
  # Wait for the secret "busybox1" to be created, with a timeout of 30s
  mk create secret generic busybox1
  mk wait --for=create secret/busybox1 --timeout=30s
  
  # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  mk delete pod/busybox1
  mk wait --for=delete pod/busybox1 --timeout=60s`,
    use: "([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
    flags: [
      bool("--all", false, "Select all resources in the namespace of the specified resource types"),
      ALL_NAMESPACES_FLAG,
      ...printFlags(),
      FIELD_SELECTOR_FLAG,
      list("-f, --filename", [], "identifying the resource."),
      str("--for", "", "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity."),
      bool("--local", false, "If true, annotation will NOT contact api-server but run locally."),
      bool("-R, --recursive", true, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
      str("-l, --selector", "", "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)"),
      val("--timeout", "30s", "The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week."),
    ],
  },
};
