// kubectl 1.33's help pages for the settings commands, as mk prints them (kubectl → mk).
import { bool, list, str, type CommandHelp } from '../flag-help.js';
import { DRY_RUN_FLAG, FIELD_SELECTOR_FLAG, fieldManagerFlag, filenameOptionFlags, NO_HEADERS_FLAG, OUTPUT_FORMATS, outputFlag, printFlags, SELECTOR_FLAG } from './common-flags.js';

export const SETTINGS_HELP: Record<string, CommandHelp> = {
  "label": {
    short: "Update the labels on a resource",
    long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
    examples: `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  mk label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  mk label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  mk label pods --all status=unhealthy
  
  # Update a pod identified by the type and name in "pod.json"
  mk label -f pod.json status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  mk label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  mk label pods foo bar-`,
    use: "[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]",
    flags: [
      bool("--all", false, "Select all resources, in the namespace of the specified resource types"),
      bool("-A, --all-namespaces", false, "If true, check the specified action in all namespaces."),
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-label"),
      FIELD_SELECTOR_FLAG,
      ...filenameOptionFlags("identifying the resource to update the labels"),
      bool("--list", false, "If true, display the labels for a given resource."),
      bool("--local", false, "If true, label will NOT contact api-server but run locally."),
      bool("--overwrite", false, "If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels."),
      str("--resource-version", "", "If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource."),
      SELECTOR_FLAG,
    ],
  },
  "annotate": {
    short: "Update the annotations on a resource",
    long: `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "mk api-resources" for a complete list of supported resources.`,
    examples: `  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  mk annotate pods foo description='my frontend'
  
  # Update a pod identified by type and name in "pod.json"
  mk annotate -f pod.json description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  mk annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update all pods in the namespace
  mk annotate pods --all description='my frontend running nginx'
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  mk annotate pods foo description='my frontend running nginx' --resource-version=1
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  mk annotate pods foo description-`,
    use: "[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]",
    flags: [
      bool("--all", false, "Select all resources, in the namespace of the specified resource types."),
      bool("-A, --all-namespaces", false, "If true, check the specified action in all namespaces."),
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-annotate"),
      FIELD_SELECTOR_FLAG,
      ...filenameOptionFlags("identifying the resource to update the annotation"),
      bool("--list", false, "If true, display the annotations for a given resource."),
      bool("--local", false, "If true, annotation will NOT contact api-server but run locally."),
      bool("--overwrite", false, "If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations."),
      str("--resource-version", "", "If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource."),
      SELECTOR_FLAG,
    ],
  },
  "completion": {
    short: "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)",
    long: `Output shell completion code for the specified shell (bash, zsh, fish, or powershell). The shell code must be evaluated to provide interactive completion of mk commands.  This can be done by sourcing it from the .bash_profile.

 Detailed instructions on how to do this are available here:

        for macOS:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-macos/#enable-shell-autocompletion
        
        for linux:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/#enable-shell-autocompletion
        
        for windows:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-windows/#enable-shell-autocompletion
        
 Note for zsh users: [1] zsh completions are only supported in versions of zsh >= 5.2.`,
    examples: `  # Installing bash completion on macOS using homebrew
  ## If running Bash 3.2 included with macOS
  brew install bash-completion
  ## or, if running Bash 4.1+
  brew install bash-completion@2
  ## If mk is installed via homebrew, this should start working immediately
  ## If you've installed via other means, you may need add the completion to your completion directory
  mk completion bash > $(brew --prefix)/etc/bash_completion.d/mk
  
  
  # Installing bash completion on Linux
  ## If bash-completion is not installed on Linux, install the 'bash-completion' package
  ## via your distribution's package manager.
  ## Load the mk completion code for bash into the current shell
  source <(mk completion bash)
  ## Write bash completion code to a file and source it from .bash_profile
  mk completion bash > ~/.kube/completion.bash.inc
  printf "
  # mk shell completion
  source '$HOME/.kube/completion.bash.inc'
  " >> $HOME/.bash_profile
  source $HOME/.bash_profile
  
  # Load the mk completion code for zsh[1] into the current shell
  source <(mk completion zsh)
  # Set the mk completion code for zsh[1] to autoload on startup
  mk completion zsh > "\${fpath[1]}/_kubectl"
  
  
  # Load the mk completion code for fish[2] into the current shell
  mk completion fish | source
  # To load completions for each session, execute once:
  mk completion fish > ~/.config/fish/completions/kubectl.fish
  
  # Load the mk completion code for powershell into the current shell
  mk completion powershell | Out-String | Invoke-Expression
  # Set mk completion code for powershell to run on startup
  ## Save completion code to a script and execute in the profile
  mk completion powershell > $HOME\\.kube\\completion.ps1
  Add-Content $PROFILE "$HOME\\.kube\\completion.ps1"
  ## Execute completion code in the profile
  Add-Content $PROFILE "if (Get-Command mk -ErrorAction SilentlyContinue) {
  mk completion powershell | Out-String | Invoke-Expression
  }"
  ## Add completion code directly to the $PROFILE script
  mk completion powershell >> $PROFILE`,
    use: "SHELL",
    flags: [],
  },
  "api-resources": {
    short: "Print the supported API resources on the server",
    long: `Print the supported API resources on the server.`,
    examples: `  # Print the supported API resources
  mk api-resources
  
  # Print the supported API resources with more information
  mk api-resources -o wide
  
  # Print the supported API resources sorted by a column
  mk api-resources --sort-by=name
  
  # Print the supported namespaced resources
  mk api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  mk api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  mk api-resources --api-group=rbac.authorization.k8s.io`,
    use: "[flags]",
    flags: [
      str("--api-group", "", "Limit to resources in the specified API group."),
      bool("--cached", false, "Use the cached list of resources if available."),
      list("--categories", [], "Limit to resources that belong to the specified categories."),
      bool("--namespaced", true, "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default."),
      NO_HEADERS_FLAG,
      str("-o, --output", "", "Output format. One of: (wide, name)."),
      str("--sort-by", "", "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'."),
      list("--verbs", [], "Limit to resources that support the specified verbs."),
    ],
  },
  "api-versions": {
    short: "Print the supported API versions on the server, in the form of \"group/version\"",
    long: `Print the supported API versions on the server, in the form of "group/version".`,
    examples: `  # Print the supported API versions
  mk api-versions`,
    use: "",
    flags: [],
  },
  "config": {
    short: "Modify kubeconfig files",
    long: `Modify kubeconfig files using subcommands like "mk config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
    use: "SUBCOMMAND",
    flags: [],
  },
  "config view": {
    short: "Display merged kubeconfig settings or a specified kubeconfig file",
    long: `Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.`,
    examples: `  # Show merged kubeconfig settings
  mk config view
  
  # Show merged kubeconfig settings, raw certificate data, and exposed secrets
  mk config view --raw
  
  # Get the password for the e2e user
  mk config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'`,
    use: "[flags]",
    flags: [
      ...printFlags(outputFlag(OUTPUT_FORMATS, "yaml")),
      bool("--flatten", false, "Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)"),
      bool("--merge", true, "Merge the full hierarchy of kubeconfig files"),
      bool("--minify", false, "Remove all information not used by current-context from the output"),
      bool("--raw", false, "Display raw byte data and sensitive data"),
    ],
  },
  "config current-context": {
    short: "Display the current-context",
    long: `Display the current-context.`,
    examples: `  # Display the current-context
  mk config current-context`,
    use: "[flags]",
    flags: [],
  },
  "config get-contexts": {
    short: "Describe one or many contexts",
    long: `Display one or many contexts from the kubeconfig file.`,
    examples: `  # List all the contexts in your kubeconfig file
  mk config get-contexts
  
  # Describe one context in your kubeconfig file
  mk config get-contexts my-context`,
    use: "[(-o|--output=)name)]",
    flags: [
      NO_HEADERS_FLAG,
      str("-o, --output", "", "Output format. One of: (name)."),
    ],
  },
  "config use-context": {
    short: "Set the current-context in a kubeconfig file",
    long: `Set the current-context in a kubeconfig file.`,
    aliases: ["use"],
    examples: `  # Use the context for the minikube cluster
  mk config use-context minikube`,
    use: "CONTEXT_NAME",
    flags: [],
  },
  "version": {
    short: "Print the client and server version information",
    long: `Print the client and server version information for the current context.`,
    examples: `  # Print the client and server versions for the current context
  mk version`,
    use: "[flags]",
    flags: [
      bool("--client", false, "If true, shows client version only (no server required)."),
      str("-o, --output", "", "One of 'yaml' or 'json'."),
    ],
  },
  "help": {
    short: "Help about any command",
    long: `Help provides help for any command in the application.
Simply type mk help [path to command] for full details.`,
    use: "[command] [flags]",
    flags: [],
  },
};
