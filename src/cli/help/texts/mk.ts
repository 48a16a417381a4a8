// Help pages for mk's own cluster commands, in kubectl's layout with minikube's wording.
import { bool, int, type CommandHelp } from '../flag-help.js';

export const MK_HELP: Record<string, CommandHelp> = {
  start: {
    short: 'Starts a local Kubernetes cluster',
    long: `Starts a local Kubernetes cluster: an API server, the controllers, a kubelet per node and a proxy, all as local processes. The cluster's state lives under MK_HOME (default ~/.mk), and a context named "mk" is written to the kubeconfig.

 Starting a cluster that exists again keeps its state, its node count and its port.`,
    examples: `  # Start a cluster with one node
  mk start
  
  # Start a cluster with three nodes
  mk start --nodes=3
  
  # Start a cluster whose API server listens on port 6443
  mk start --api-port=6443`,
    use: '',
    flags: [
      int('--api-port', 8443, 'The apiserver listening port.'),
      int('--nodes', 1, 'The number of nodes to spin up.'),
    ],
  },
  stop: {
    short: 'Stops a running local Kubernetes cluster',
    long: `Stops a local Kubernetes cluster. This command stops the cluster's processes, but keeps its state intact. The cluster can be started again with the "start" command.`,
    examples: `  # Stop the cluster
  mk stop`,
    use: '',
    flags: [],
  },
  status: {
    short: 'Gets the status of the local Kubernetes cluster',
    long: `Gets the status of the local Kubernetes cluster.

 The exit status is 0 when the cluster is running and non-zero otherwise, so scripts can test it.`,
    examples: `  # Show whether the cluster is running
  mk status`,
    use: '',
    flags: [],
  },
  ip: {
    short: 'Retrieves the IP address of the node',
    long: `Retrieves the IP address of the node, and writes it to STDOUT.`,
    examples: `  # Print the node's IP address
  mk ip`,
    use: '',
    flags: [],
  },
  service: {
    short: 'Returns a URL to connect to a service',
    long: `Returns the URL(s) for a service in your local cluster. In the case of multiple URLs they will be printed one at a time.

 A NodePort or LoadBalancer service is reached through its node port; for any other service mk opens a tunnel that stays open while the command runs.`,
    examples: `  # Show the URLs of the service named 'web' as a table
  mk service web
  
  # Print only the URLs, one a line
  mk service web --url
  
  # A service in another namespace, reached over https
  mk service web -n shop --https`,
    use: 'SERVICE',
    flags: [
      bool('--https', false, 'Open the service URL with https instead of http.'),
      bool('--url', false, 'Display the Kubernetes service URL in the CLI instead of opening it in the default browser.'),
    ],
  },
};
