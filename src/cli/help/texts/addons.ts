// Help pages for `mk addons`, with minikube's wording.
import { int, type CommandHelp } from '../flag-help.js';

export const ADDONS_HELP: Record<string, CommandHelp> = {
  addons: {
    short: 'Enable or disable an mk addon',
    long: `addons modifies mk addons files using subcommands like "mk addons enable ingress"`,
    examples: `  # List the addons and whether each is enabled
  mk addons list
  
  # Serve Ingresses of class nginx on the node address
  mk addons enable ingress`,
    use: 'SUBCOMMAND',
    flags: [],
  },
  'addons list': {
    short: 'Lists all available mk addons as well as their current statuses (enabled/disabled)',
    long: 'Lists all available mk addons as well as their current statuses (enabled/disabled)',
    examples: `  # List the addons
  mk addons list`,
    use: '',
    flags: [],
  },
  'addons enable': {
    short: 'Enables the addon w/ADDON_NAME within mk. For a list of available addons use: mk addons list',
    long: `Enables the addon w/ADDON_NAME within mk. For a list of available addons use: mk addons list

 The ingress addon runs its controller inside the mk daemon (no ingress-nginx pods): it serves the Ingresses of class nginx over HTTP on the node address ("mk ip"), on port 80 unless --http-port says otherwise. Ports below 1024 need root or sysctl net.ipv4.ip_unprivileged_port_start. The setting is kept across "mk stop" and "mk start".`,
    examples: `  # Enable the ingress controller on port 80 of the node address
  mk addons enable ingress
  
  # Serve on port 8080 instead, without root
  mk addons enable ingress --http-port=8080
  curl --resolve "hello-world.example:8080:$(mk ip)" http://hello-world.example:8080`,
    use: 'ADDON_NAME',
    flags: [int('--http-port', 80, 'ingress: the port the ingress controller serves HTTP on at the node address (mk-specific).')],
  },
  'addons disable': {
    short: 'Disables the addon w/ADDON_NAME within mk. For a list of available addons use: mk addons list',
    long: 'Disables the addon w/ADDON_NAME within mk. For a list of available addons use: mk addons list',
    examples: `  # Stop serving Ingresses
  mk addons disable ingress`,
    use: 'ADDON_NAME',
    flags: [],
  },
};
