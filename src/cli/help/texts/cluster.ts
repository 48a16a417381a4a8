// kubectl 1.33's help pages for the cluster commands, as mk prints them (kubectl → mk).
import { bool, int, str, val, type CommandHelp } from '../flag-help.js';
import { ALL_NAMESPACES_FLAG, CHUNK_SIZE_FLAG, DRY_RUN_FLAG, FIELD_SELECTOR_FLAG, fieldManagerFlag, printFlags, SELECTOR_FLAG, VALIDATE_FLAG } from './common-flags.js';

export const CLUSTER_HELP: Record<string, CommandHelp> = {
  "cluster-info": {
    short: "Display cluster information",
    long: `Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'mk cluster-info dump'.`,
    examples: `  # Print the address of the control plane and cluster services
  mk cluster-info`,
    use: "[flags]",
    flags: [],
  },
  "top": {
    short: "Display resource (CPU/memory) usage",
    long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
    use: "[flags]",
    flags: [],
  },
  "top pod": {
    short: "Display resource (CPU/memory) usage of pods",
    long: `Display resource (CPU/memory) usage of pods.

 The 'top pod' command allows you to see the resource consumption of pods.

 Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.`,
    aliases: ["pods", "po"],
    examples: `  # Show metrics for all pods in the default namespace
  mk top pod
  
  # Show metrics for all pods in the given namespace
  mk top pod --namespace=NAMESPACE
  
  # Show metrics for a given pod and its containers
  mk top pod POD_NAME --containers
  
  # Show metrics for the pods defined by label name=myLabel
  mk top pod -l name=myLabel`,
    use: "[NAME | -l label]",
    flags: [
      ALL_NAMESPACES_FLAG,
      bool("--containers", false, "If present, print usage of containers within a pod."),
      FIELD_SELECTOR_FLAG,
      bool("--no-headers", false, "If present, print output without headers."),
      SELECTOR_FLAG,
      str("--sort-by", "", "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'."),
      bool("--sum", false, "Print the sum of the resource usage"),
      bool("--use-protocol-buffers", true, "Enables using protocol-buffers to access Metrics API."),
    ],
  },
  "top node": {
    short: "Display resource (CPU/memory) usage of nodes",
    long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.`,
    aliases: ["nodes", "no"],
    examples: `  # Show metrics for all nodes
  mk top node
  
  # Show metrics for a given node
  mk top node NODE_NAME`,
    use: "[NAME | -l label]",
    flags: [
      bool("--no-headers", false, "If present, print output without headers"),
      SELECTOR_FLAG,
      bool("--show-capacity", false, "Print node resources based on Capacity instead of Allocatable(default) of the nodes."),
      str("--sort-by", "", "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'."),
      bool("--use-protocol-buffers", true, "Enables using protocol-buffers to access Metrics API."),
    ],
  },
  "cordon": {
    short: "Mark node as unschedulable",
    long: `Mark node as unschedulable.`,
    examples: `  # Mark node "foo" as unschedulable
  mk cordon foo`,
    use: "NODE",
    flags: [
      DRY_RUN_FLAG,
      SELECTOR_FLAG,
    ],
  },
  "uncordon": {
    short: "Mark node as schedulable",
    long: `Mark node as schedulable.`,
    examples: `  # Mark node "foo" as schedulable
  mk uncordon foo`,
    use: "NODE",
    flags: [
      DRY_RUN_FLAG,
      SELECTOR_FLAG,
    ],
  },
  "drain": {
    short: "Drain node in preparation for maintenance",
    long: `Drain node in preparation for maintenance.

 The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

 'drain' waits for graceful termination. You should not operate on the machine until the command completes.

 When you are ready to put the node back into service, use mk uncordon, which will make the node schedulable again.

https://kubernetes.io/images/docs/kubectl_drain.svg Workflowhttps://kubernetes.io/images/docs/kubectl_drain.svg`,
    examples: `  # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it
  mk drain foo --force
  
  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes
  mk drain foo --grace-period=900`,
    use: "NODE",
    flags: [
      CHUNK_SIZE_FLAG,
      bool("--delete-emptydir-data", false, "Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained)."),
      bool("--disable-eviction", false, "Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution."),
      DRY_RUN_FLAG,
      bool("--force", false, "Continue even if there are pods that do not declare a controller."),
      int("--grace-period", -1, "Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used."),
      bool("--ignore-daemonsets", false, "Ignore DaemonSet-managed pods."),
      str("--pod-selector", "", "Label selector to filter pods on the node"),
      SELECTOR_FLAG,
      int("--skip-wait-for-delete-timeout", 0, "If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip."),
      val("--timeout", "0s", "The length of time to wait before giving up, zero means infinite"),
    ],
  },
  "taint": {
    short: "Update the taints on one or more nodes",
    long: `Update the taints on one or more nodes.

  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
  *  Currently taint can only apply to node.`,
    examples: `  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
  # If a taint with that key and effect already exists, its value is replaced as specified
  mk taint nodes foo dedicated=special-user:NoSchedule
  
  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
  mk taint nodes foo dedicated:NoSchedule-
  
  # Remove from node 'foo' all the taints with key 'dedicated'
  mk taint nodes foo dedicated-
  
  # Add a taint with key 'dedicated' on nodes having label myLabel=X
  mk taint node -l myLabel=X  dedicated=foo:PreferNoSchedule
  
  # Add to node 'foo' a taint with key 'bar' and no value
  mk taint nodes foo bar:NoSchedule`,
    use: "NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N",
    flags: [
      bool("--all", false, "Select all nodes in the cluster"),
      ...printFlags(),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-taint"),
      bool("--overwrite", false, "If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints."),
      SELECTOR_FLAG,
      VALIDATE_FLAG,
    ],
  },
};
