// kubectl 1.33's help pages for the create commands, as mk prints them (kubectl → mk).
import { bool, int, list, str, type CommandHelp } from '../flag-help.js';
import { deleteFlags, DRY_RUN_FLAG, fieldManagerFlag, filenameOptionFlags, OVERRIDE_FLAGS, podRunningTimeoutFlag, printFlags, SAVE_CONFIG_FLAG, SELECTOR_FLAG, VALIDATE_FLAG } from './common-flags.js';

/** what create and each of its generators add (kubectl create's shared flag setup) */
export const CREATE_FLAGS = [...printFlags(), DRY_RUN_FLAG, fieldManagerFlag("kubectl-create"), SAVE_CONFIG_FLAG, VALIDATE_FLAG];

export const CREATE_HELP: Record<string, CommandHelp> = {
  "create": {
    short: "Create a resource from a file or from stdin",
    long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`,
    examples: `  # Create a pod using the data in pod.json
  mk create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | mk create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  mk create -f registry.yaml --edit -o json`,
    use: "-f FILENAME",
    flags: [
      ...CREATE_FLAGS,
      bool("--edit", false, "Edit the API resource before creating"),
      ...filenameOptionFlags("to use to create the resource"),
      str("--raw", "", "Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file."),
      SELECTOR_FLAG,
      bool("--windows-line-endings", false, "Only relevant if --edit=true. Defaults to the line ending native to your platform."),
    ],
  },
  "create cronjob": {
    short: "Create a cron job with the specified name",
    long: `Create a cron job with the specified name.`,
    aliases: ["cj"],
    examples: `  # Create a cron job
  mk create cronjob my-job --image=busybox --schedule="*/1 * * * *"
  
  # Create a cron job with a command
  mk create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date`,
    use: "NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags]",
    flags: [
      ...CREATE_FLAGS,
      str("--image", "", "Image name to run."),
      str("--restart", "", "job's restart policy. supported values: OnFailure, Never"),
      str("--schedule", "", "A schedule in the Cron format the job should be run with."),
    ],
  },
  "create deployment": {
    short: "Create a deployment with the specified name",
    long: `Create a deployment with the specified name.`,
    aliases: ["deploy"],
    examples: `  # Create a deployment named my-dep that runs the busybox image
  mk create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  mk create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  mk create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  mk create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  mk create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
    use: "NAME --image=image -- [COMMAND] [args...]",
    flags: [
      ...CREATE_FLAGS,
      list("--image", [], "Image names to run. A deployment can have multiple images set for multi-container pod."),
      int("--port", -1, "The containerPort that this deployment exposes."),
      int("-r, --replicas", 1, "Number of replicas to create. Default is 1."),
    ],
  },
  "create ingress": {
    short: "Create an ingress with the specified name",
    long: `Create an ingress with the specified name.`,
    aliases: ["ing"],
    examples: `  # Create a single ingress called 'simple' that directs requests to foo.com/bar to svc
  # svc1:8080 with a TLS secret "my-cert"
  mk create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert"
  
  # Create a catch all ingress of "/path" pointing to service svc:port and Ingress Class as "otheringress"
  mk create ingress catch-all --class=otheringress --rule="/path=svc:port"
  
  # Create an ingress with two annotations: ingress.annotation1 and ingress.annotations2
  mk create ingress annotated --class=default --rule="foo.com/bar=svc:port" \\
  --annotation ingress.annotation1=foo \\
  --annotation ingress.annotation2=bla
  
  # Create an ingress with the same host and multiple paths
  mk create ingress multipath --class=default \\
  --rule="foo.com/=svc:port" \\
  --rule="foo.com/admin/=svcadmin:portadmin"
  
  # Create an ingress with multiple hosts and the pathType as Prefix
  mk create ingress ingress1 --class=default \\
  --rule="foo.com/path*=svc:8080" \\
  --rule="bar.com/admin*=svc2:http"
  
  # Create an ingress with TLS enabled using the default ingress certificate and different path types
  mk create ingress ingtls --class=default \\
  --rule="foo.com/=svc:https,tls" \\
  --rule="foo.com/path/subpath*=othersvc:8080"
  
  # Create an ingress with TLS enabled using a specific secret and pathType as Prefix
  mk create ingress ingsecret --class=default \\
  --rule="foo.com/*=svc:8080,tls=secret1"
  
  # Create an ingress with a default backend
  mk create ingress ingdefault --class=default \\
  --default-backend=defaultsvc:http \\
  --rule="foo.com/*=svc:8080,tls=secret1"`,
    // kubectl's Use ends in a space: the usage line has two before [options]
    use: "NAME --rule=host/path=service:port[,tls[=secret]] ",
    flags: [
      ...CREATE_FLAGS,
      list("--annotation", [], "Annotation to insert in the ingress object, in the format annotation=value"),
      str("--class", "", "Ingress Class to be used"),
      str("--default-backend", "", "Default service for backend, in format of svcname:port"),
      list("--rule", [], "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional."),
    ],
  },
  "create job": {
    short: "Create a job with the specified name",
    long: `Create a job with the specified name.`,
    examples: `  # Create a job
  mk create job my-job --image=busybox
  
  # Create a job with a command
  mk create job my-job --image=busybox -- date
  
  # Create a job from a cron job named "a-cronjob"
  mk create job test-job --from=cronjob/a-cronjob`,
    use: "NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]",
    flags: [
      ...CREATE_FLAGS,
      str("--from", "", "The name of the resource to create a Job from (only cronjob is supported)."),
      str("--image", "", "Image name to run."),
    ],
  },
  "create namespace": {
    short: "Create a namespace with the specified name",
    long: `Create a namespace with the specified name.`,
    aliases: ["ns"],
    examples: `  # Create a new namespace named my-namespace
  mk create namespace my-namespace`,
    use: "NAME [--dry-run=server|client|none]",
    flags: [
      ...CREATE_FLAGS,
    ],
  },
  "create poddisruptionbudget": {
    short: "Create a pod disruption budget with the specified name",
    long: `Create a pod disruption budget with the specified name, selector, and desired minimum available pods.`,
    aliases: ["pdb"],
    examples: `  # Create a pod disruption budget named my-pdb that will select all pods with the app=rails label
  # and require at least one of them being available at any point in time
  mk create poddisruptionbudget my-pdb --selector=app=rails --min-available=1
  
  # Create a pod disruption budget named my-pdb that will select all pods with the app=nginx label
  # and require at least half of the pods selected to be available at any point in time
  mk create pdb my-pdb --selector=app=nginx --min-available=50%`,
    use: "NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none]",
    flags: [
      ...CREATE_FLAGS,
      str("--max-unavailable", "", "The maximum number or percentage of unavailable pods this budget requires."),
      str("--min-available", "", "The minimum number or percentage of available pods this budget requires."),
      str("--selector", "", "A label selector to use for this budget. Only equality-based selector requirements are supported."),
    ],
  },
  "create configmap": {
    short: "Create a config map from a local file, directory or literal value",
    long: `Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
    aliases: ["cm"],
    examples: `  # Create a new config map named my-config based on folder bar
  mk create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config with specified keys instead of file basenames on disk
  mk create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
  
  # Create a new config map named my-config with key1=config1 and key2=config2
  mk create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2
  
  # Create a new config map named my-config from the key=value pairs in the file
  mk create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config from an env file
  mk create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
    use: "NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]",
    flags: [
      ...CREATE_FLAGS,
      bool("--append-hash", false, "Append a hash of the configmap to its name."),
      list("--from-env-file", [], "Specify the path to a file to read lines of key=val pairs to create a configmap."),
      list("--from-file", [], "Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key."),
      list("--from-literal", [], "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)"),
    ],
  },
  "create secret": {
    short: "Create a secret using a specified subcommand",
    long: `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.`,
    use: "(docker-registry | generic | tls)",
    flags: [],
  },
  "create secret generic": {
    short: "Create a secret from a local file, directory, or literal value",
    long: `Create a secret based on a file, directory, or specified literal value.

 A single secret may package one or more key/value pairs.

 When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

 When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
    examples: `  # Create a new secret named my-secret with keys for each file in folder bar
  mk create secret generic my-secret --from-file=path/to/bar
  
  # Create a new secret named my-secret with specified keys instead of names on disk
  mk create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub
  
  # Create a new secret named my-secret with key1=supersecret and key2=topsecret
  mk create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret
  
  # Create a new secret named my-secret using a combination of a file and a literal
  mk create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret
  
  # Create a new secret named my-secret from env files
  mk create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
    use: "NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]",
    flags: [
      ...CREATE_FLAGS,
      bool("--append-hash", false, "Append a hash of the secret to its name."),
      list("--from-env-file", [], "Specify the path to a file to read lines of key=val pairs to create a secret."),
      list("--from-file", [], "Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key."),
      list("--from-literal", [], "Specify a key and literal value to insert in secret (i.e. mykey=somevalue)"),
      str("--type", "", "The type of secret to create"),
    ],
  },
  "expose": {
    short: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
    long: `Expose a resource as a new Kubernetes service.

 Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

 Possible resources include (case insensitive):

 pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)`,
    examples: `  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
  mk expose rc nginx --port=80 --target-port=8000
  
  # Create a service for a replication controller identified by type and name specified in "nginx-controller.yaml", which serves on port 80 and connects to the containers on port 8000
  mk expose -f nginx-controller.yaml --port=80 --target-port=8000
  
  # Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
  mk expose pod valid-pod --port=444 --name=frontend
  
  # Create a second service based on the above service, exposing the container port 8443 as port 443 with the name "nginx-https"
  mk expose service nginx --port=443 --target-port=8443 --name=nginx-https
  
  # Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.
  mk expose rc streamer --port=4100 --protocol=UDP --name=video-stream
  
  # Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000
  mk expose rs nginx --port=80 --target-port=8000
  
  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
  mk expose deployment nginx --port=80 --target-port=8000`,
    use: "(-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type]",
    flags: [
      ...printFlags(),
      str("--cluster-ip", "", "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service."),
      DRY_RUN_FLAG,
      str("--external-ip", "", "Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP."),
      fieldManagerFlag("kubectl-expose"),
      ...filenameOptionFlags("identifying the resource to expose a service"),
      str("-l, --labels", "", "Labels to apply to the service created by this call."),
      str("--load-balancer-ip", "", "IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific)."),
      str("--name", "", "The name for the newly created object."),
      ...OVERRIDE_FLAGS,
      str("--port", "", "The port that the service should serve on. Copied from the resource being exposed, if unspecified"),
      str("--protocol", "", "The network protocol for the service to be created. Default is 'TCP'."),
      SAVE_CONFIG_FLAG,
      str("--selector", "", "A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)"),
      str("--session-affinity", "", "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'"),
      str("--target-port", "", "Name or number for the port on the container that the service should direct traffic to. Optional."),
      str("--type", "", "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'."),
    ],
  },
  "run": {
    short: "Run a particular image on the cluster",
    long: `Create and run a particular image in a pod.`,
    examples: `  # Start a nginx pod
  mk run nginx --image=nginx
  
  # Start a hazelcast pod and let the container expose port 5701
  mk run hazelcast --image=hazelcast/hazelcast --port=5701
  
  # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
  mk run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
  
  # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
  mk run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
  
  # Dry run; print the corresponding API objects without creating them
  mk run nginx --image=nginx --dry-run=client
  
  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
  mk run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'
  
  # Start a busybox pod and keep it in the foreground, don't restart it if it exits
  mk run -i -t busybox --image=busybox --restart=Never
  
  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
  mk run nginx --image=nginx -- <arg1> <arg2> ... <argN>
  
  # Start the nginx pod using a different command and custom arguments
  mk run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
    use: "NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]",
    flags: [
      ...printFlags(),
      list("--annotations", [], "Annotations to apply to the pod."),
      bool("--attach", false, "If true, wait for the Pod to start running, and then attach to the Pod as if 'mk attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned."),
      bool("--command", false, "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default."),
      DRY_RUN_FLAG,
      list("--env", [], "Environment variables to set in the container."),
      bool("--expose", false, "If true, create a ClusterIP service associated with the pod.  Requires `--port`."),
      fieldManagerFlag("kubectl-run"),
      ...deleteFlags("to use to replace the resource.", false),
      str("--image", "", "The image for the container to run."),
      str("--image-pull-policy", "", "The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server."),
      str("-l, --labels", "", "Comma separated labels to apply to the pod. Will override previous values."),
      bool("--leave-stdin-open", false, "If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes."),
      ...OVERRIDE_FLAGS,
      podRunningTimeoutFlag("1m0s"),
      str("--port", "", "The port that this container exposes."),
      bool("--privileged", false, "If true, run the container in privileged mode."),
      bool("-q, --quiet", false, "If true, suppress prompt messages."),
      str("--restart", "Always", "The restart policy for this Pod.  Legal values [Always, OnFailure, Never]."),
      bool("--rm", false, "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'."),
      SAVE_CONFIG_FLAG,
      bool("-i, --stdin", false, "Keep stdin open on the container in the pod, even if nothing is attached."),
      bool("-t, --tty", false, "Allocate a TTY for the container in the pod."),
    ],
  },
};
