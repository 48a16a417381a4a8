// What kubectl says when a command's positional arguments are missing or too many: each
// command words it its own way, where commander has one message for all.

export const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** cmdutil.UsageErrorf: the message, then where help is. */
const usage = (message: string) => (path: string) => `error: ${message}\nSee '${path} -h' for help and examples\n`;
const plain = (message: string) => () => `error: ${message}\n`;

/** cobra checks required flags before the command runs, so a missing --image wins. */
const imageFirst = (then: (path: string) => string) => (path: string, argv: string[]) =>
  argv.some((a) => a === '--image' || a.startsWith('--image=')) ? then(path) : `error: required flag(s) "image" not set\n`;

type Wording = (path: string, argv: string[]) => string;

const LOGS = usage("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command");
const ONE_NAME = usage('exactly one NAME is required, got 0');

/** Keyed by the command path without the binary name; a trailing " *" matches every subcommand. */
const MISSING: Record<string, Wording> = {
  logs: LOGS,
  exec: plain('pod, type/name or --filename must be specified'),
  'rollout *': plain('required resource not specified'),
  'set image': plain(NO_RESOURCES),
  expose: plain(NO_RESOURCES),
  edit: plain(NO_RESOURCES),
  scale: plain(NO_RESOURCES),
  label: plain('one or more resources must be specified as <resource> <name> or <resource>/<name>'),
  annotate: plain('one or more resources must be specified as <resource> <name> or <resource>/<name>'),
  patch: plain('must specify --patch or --patch-file containing the contents of the patch'),
  run: imageFirst(usage('NAME is required for run')),
  'create deployment': imageFirst(ONE_NAME),
  'create *': ONE_NAME,
  'create secret *': ONE_NAME,
  'create service *': ONE_NAME,
  'port-forward': usage('TYPE/NAME and list of ports are required for port-forward'),
};

const EXCESS: Record<string, Wording> = {
  logs: LOGS,
};

function lookup(table: Record<string, Wording>, path: string): Wording | undefined {
  const words = path.split(' ').slice(1);
  const key = words.join(' ');
  if (table[key]) return table[key];
  const parent = words.slice(0, -1).join(' ');
  return table[`${parent} *`];
}

/** kubectl's wording for commander's "missing required argument" / "too many arguments", if known. */
export function argumentError(kind: 'missing' | 'excess', path: string, argv: string[]): string | undefined {
  return lookup(kind === 'missing' ? MISSING : EXCESS, path)?.(path, argv);
}
