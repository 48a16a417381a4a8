// kubectl 1.33's help pages for the deploy commands, as mk prints them (kubectl → mk).
import { bool, int, str, val, type CommandHelp } from '../flag-help.js';
import { DRY_RUN_FLAG, fieldManagerFlag, filenameOptionFlags, GET_FROM_SERVER, printFlags, SAVE_CONFIG_FLAG, SELECTOR_FLAG } from './common-flags.js';

/** what rollout pause, resume and restart add: they update the object and print it */
const ROLLOUT_UPDATE_FLAGS = [...printFlags(), fieldManagerFlag("kubectl-rollout"), ...filenameOptionFlags(GET_FROM_SERVER), SELECTOR_FLAG];

export const DEPLOY_HELP: Record<string, CommandHelp> = {
  "rollout": {
    short: "Manage the rollout of a resource",
    long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
    examples: `  # Rollback to the previous deployment
  mk rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  mk rollout status daemonset/foo
  
  # Restart a deployment
  mk rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  mk rollout restart deployment --selector=app=nginx`,
    use: "SUBCOMMAND",
    flags: [],
  },
  "rollout status": {
    short: "Show the status of the rollout",
    long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.`,
    examples: `  # Watch the rollout status of a deployment
  mk rollout status deployment/nginx`,
    use: "(TYPE NAME | TYPE/NAME) [flags]",
    flags: [
      ...filenameOptionFlags(GET_FROM_SERVER),
      int("--revision", 0, "Pin to a specific revision for showing its status. Defaults to 0 (last revision)."),
      SELECTOR_FLAG,
      val("--timeout", "0s", "The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."),
      bool("-w, --watch", true, "Watch the status of the rollout until it's done."),
    ],
  },
  "rollout history": {
    short: "View rollout history",
    long: `View previous rollout revisions and configurations.`,
    examples: `  # View the rollout history of a deployment
  mk rollout history deployment/abc
  
  # View the details of daemonset revision 3
  mk rollout history daemonset/abc --revision=3`,
    use: "(TYPE NAME | TYPE/NAME) [flags]",
    flags: [
      ...printFlags(),
      ...filenameOptionFlags(GET_FROM_SERVER),
      int("--revision", 0, "See the details, including podTemplate of the revision specified"),
      SELECTOR_FLAG,
    ],
  },
  "rollout undo": {
    short: "Undo a previous rollout",
    long: `Roll back to a previous rollout.`,
    examples: `  # Roll back to the previous deployment
  mk rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  mk rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  mk rollout undo --dry-run=server deployment/abc`,
    use: "(TYPE NAME | TYPE/NAME) [flags]",
    flags: [
      ...printFlags(),
      DRY_RUN_FLAG,
      ...filenameOptionFlags(GET_FROM_SERVER),
      SELECTOR_FLAG,
      int("--to-revision", 0, "The revision to rollback to. Default to 0 (last revision)."),
    ],
  },
  "rollout pause": {
    short: "Mark the provided resource as paused",
    long: `Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "mk rollout resume" to resume a paused resource. Currently only deployments support being paused.`,
    examples: `  # Mark the nginx deployment as paused
  # Any current state of the deployment will continue its function; new updates
  # to the deployment will not have an effect as long as the deployment is paused
  mk rollout pause deployment/nginx`,
    use: "RESOURCE",
    flags: [
      ...ROLLOUT_UPDATE_FLAGS,
    ],
  },
  "rollout resume": {
    short: "Resume a paused resource",
    long: `Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.`,
    examples: `  # Resume an already paused deployment
  mk rollout resume deployment/nginx`,
    use: "RESOURCE",
    flags: [
      ...ROLLOUT_UPDATE_FLAGS,
    ],
  },
  "rollout restart": {
    short: "Restart a resource",
    long: `Restart a resource.

        Resource rollout will be restarted.`,
    examples: `  # Restart all deployments in the test-namespace namespace
  mk rollout restart deployment -n test-namespace
  
  # Restart a deployment
  mk rollout restart deployment/nginx
  
  # Restart a daemon set
  mk rollout restart daemonset/abc
  
  # Restart deployments with the app=nginx label
  mk rollout restart deployment --selector=app=nginx`,
    use: "RESOURCE",
    flags: [
      ...ROLLOUT_UPDATE_FLAGS,
    ],
  },
  "scale": {
    short: "Set a new size for a deployment, replica set, or replication controller",
    long: `Set a new size for a deployment, replica set, replication controller, or stateful set.

 Scale also allows users to specify one or more preconditions for the scale action.

 If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.`,
    examples: `  # Scale a replica set named 'foo' to 3
  mk scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  mk scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  mk scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  mk scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  mk scale --replicas=3 statefulset/web`,
    use: "[--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)",
    flags: [
      bool("--all", false, "Select all resources in the namespace of the specified resource types"),
      ...printFlags(),
      int("--current-replicas", -1, "Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition."),
      DRY_RUN_FLAG,
      ...filenameOptionFlags("identifying the resource to set a new size"),
      int("--replicas", 0, "The new desired number of replicas. Required."),
      str("--resource-version", "", "Precondition for resource version. Requires that the current resource version match this value in order to scale."),
      SELECTOR_FLAG,
      val("--timeout", "0s", "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."),
    ],
  },
  "autoscale": {
    short: "Auto-scale a deployment, replica set, stateful set, or replication controller",
    long: `Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster. The command will attempt to use the autoscaling/v2 API first, in case of an error, it will fall back to autoscaling/v1 API.

 Looks up a deployment, replica set, stateful set, or replication controller by name and creates an autoscaler that uses the given resource as a reference. An autoscaler can automatically increase or decrease number of pods deployed within the system as needed.`,
    examples: `  # Auto scale a deployment "foo", with the number of pods between 2 and 10, no target CPU utilization specified so a default autoscaling policy will be used
  mk autoscale deployment foo --min=2 --max=10
  
  # Auto scale a replication controller "foo", with the number of pods between 1 and 5, target CPU utilization at 80%
  mk autoscale rc foo --max=5 --cpu-percent=80`,
    use: "(-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]",
    flags: [
      ...printFlags(),
      int("--cpu-percent", -1, "The target average CPU utilization (represented as a percent of requested CPU) over all the pods. If it's not specified or negative, a default autoscaling policy will be used."),
      DRY_RUN_FLAG,
      fieldManagerFlag("kubectl-autoscale"),
      ...filenameOptionFlags("identifying the resource to autoscale."),
      int("--max", -1, "The upper limit for the number of pods that can be set by the autoscaler. Required."),
      int("--min", -1, "The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or negative, the server will apply a default value."),
      str("--name", "", "The name for the newly created object. If not specified, the name of the input resource will be used."),
      SAVE_CONFIG_FLAG,
    ],
  },
};
