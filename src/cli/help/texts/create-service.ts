// kubectl 1.33's help pages for `create service` and its generators, as mk prints them (kubectl → mk).
import { int, list, str, type CommandHelp } from '../flag-help.js';
import { CREATE_FLAGS } from './create.js';

const CREATE_SERVICE_FLAGS = [...CREATE_FLAGS, list("--tcp", [], "Port pairs can be specified as '<port>:<targetPort>'.")];

export const CREATE_SERVICE_HELP: Record<string, CommandHelp> = {
  "create service": {
    short: "Create a service using a specified subcommand",
    long: `Create a service using a specified subcommand.`,
    aliases: ["svc"],
    use: "[flags]",
    flags: [],
  },
  "create service clusterip": {
    short: "Create a ClusterIP service",
    long: `Create a ClusterIP service with the specified name.`,
    examples: `  # Create a new ClusterIP service named my-cs
  mk create service clusterip my-cs --tcp=5678:8080
  
  # Create a new ClusterIP service named my-cs (in headless mode)
  mk create service clusterip my-cs --clusterip="None"`,
    use: "NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]",
    flags: [
      ...CREATE_SERVICE_FLAGS,
      str("--clusterip", "", "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing)."),
    ],
  },
  "create service nodeport": {
    short: "Create a NodePort service",
    long: `Create a NodePort service with the specified name.`,
    examples: `  # Create a new NodePort service named my-ns
  mk create service nodeport my-ns --tcp=5678:8080`,
    use: "NAME [--tcp=port:targetPort] [--dry-run=server|client|none]",
    flags: [
      ...CREATE_SERVICE_FLAGS,
      int("--node-port", 0, "Port used to expose the service on each node in a cluster."),
    ],
  },
  "create service loadbalancer": {
    short: "Create a LoadBalancer service",
    long: `Create a LoadBalancer service with the specified name.`,
    examples: `  # Create a new LoadBalancer service named my-lbs
  mk create service loadbalancer my-lbs --tcp=5678:8080`,
    use: "NAME [--tcp=port:targetPort] [--dry-run=server|client|none]",
    flags: CREATE_SERVICE_FLAGS,
  },
  "create service externalname": {
    short: "Create an ExternalName service",
    long: `Create an ExternalName service with the specified name.

 ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.`,
    examples: `  # Create a new ExternalName service named my-ns
  mk create service externalname my-ns --external-name bar.com`,
    use: "NAME --external-name external.name [--dry-run=server|client|none]",
    flags: [
      ...CREATE_SERVICE_FLAGS,
      str("--external-name", "", "External name of service"),
    ],
  },
};
