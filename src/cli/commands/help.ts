// mk help [COMMAND...] and `mk --help`: the command list grouped the way kubectl groups it,
// with mk's cluster commands first; `mk help get` is `mk get --help`.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { renderOptions } from '../help/render.js';
import { terminalWrapLimit } from '../help/install.js';

const GROUPS: [string, string[]][] = [
  ['Cluster Commands (mk):', ['start', 'stop', 'status', 'delete-cluster', 'ip', 'service', 'addons']],
  ['Basic Commands (Beginner):', ['create', 'expose', 'run', 'set']],
  ['Basic Commands (Intermediate):', ['explain', 'get', 'edit', 'delete']],
  ['Deploy Commands:', ['rollout', 'scale', 'autoscale']],
  ['Cluster Management Commands:', ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint']],
  ['Troubleshooting and Debugging Commands:', ['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events']],
  ['Advanced Commands:', ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize']],
  ['Settings Commands:', ['label', 'annotate', 'completion']],
  ['Other Commands:', ['api-resources', 'api-versions', 'config', 'plugin', 'version']],
];

const isHidden = (c: Command) => !!(c as Command & { _hidden?: boolean })._hidden;

/** The root help text: every visible command, grouped, with its one-line description. */
export function rootHelp(program: Command): string {
  // kubectl's root page leaves out help and options (the last line points at options)
  const visible = program.commands.filter((c) => !isHidden(c) && c.name() !== 'help' && c.name() !== 'options');
  const byName = new Map(visible.map((c) => [c.name(), c]));
  const placed = new Set<string>();
  const sections: [string, Command[]][] = [];
  for (const [title, names] of GROUPS) {
    const cmds = names.map((n) => byName.get(n)).filter((c): c is Command => !!c);
    cmds.forEach((c) => placed.add(c.name()));
    if (cmds.length) sections.push([title, cmds]);
  }
  const rest = visible.filter((c) => !placed.has(c.name()));
  if (rest.length) {
    const other = sections.find(([t]) => t === 'Other Commands:');
    if (other) other[1].push(...rest);
    else sections.push(['Other Commands:', rest]);
  }
  const width = Math.max(...visible.map((c) => c.name().length)) + 2;
  let out = `${program.description()}\n\n`;
  for (const [title, cmds] of sections) {
    out += `${title}\n`;
    for (const c of cmds) out += `  ${c.name().padEnd(width)} ${c.description().split('\n')[0]}\n`;
    out += '\n';
  }
  out += 'Usage:\n  mk [flags] [options]\n\n';
  out += 'Use "mk <command> --help" for more information about a given command.\n';
  out += 'Use "mk options" for a list of global command-line options (applies to all commands).\n';
  return out;
}

export function registerHelp(program: Command, ctx: () => CliContext): void {
  // our own `help` replaces commander's implicit one
  program.helpCommand(false);
  program.helpInformation = () => rootHelp(program);
  program
    .command('help')
    .description('Help about any command')
    .argument('[command...]')
    .action((path: string[]) => {
      const c = ctx();
      let cmd: Command = program;
      for (const word of path) {
        const next = cmd.commands.find((x) => x.name() === word || x.aliases().includes(word));
        if (!next) {
          // cobra: the topic quoted as Go's %#q quotes a []string, then the root usage, on stderr; not a failure
          const topic = `[${path.map((w) => '`' + w + '`').join(' ')}]`;
          const root = rootHelp(program);
          c.io.err(`Unknown help topic ${topic}\n${root.slice(root.indexOf('\n\n'))}`);
          return;
        }
        cmd = next;
      }
      c.io.out(cmd === program ? rootHelp(program) : cmd.helpInformation());
    });
  program
    .command('options')
    .description('Print the list of flags inherited by all commands')
    .action(async () => {
      const c = ctx();
      const { GLOBAL_FLAGS } = await import('../help/texts/global.js');
      // the global flags mk accepts (hidden from commander's help or not), in kubectl's words
      const accepted = new Set(program.options.map((o) => o.long?.replace(/^--/, '')));
      c.io.out(renderOptions(GLOBAL_FLAGS.filter((f) => accepted.has(f.name)), terminalWrapLimit()));
    });
}
