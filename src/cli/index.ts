// The mk command line: cluster lifecycle (like minikube) and kubectl's verbs.
import { Command, CommanderError, Option } from 'commander';
import { CliContext, type Io } from './context.js';
import { CliError, ExitError, errorText } from './errors.js';
import { normaliseArgs, type ParsedLine } from './args.js';
import { argumentError } from './arg-errors.js';
import { registerCommands } from './commands/index.js';
import { installKubectlHelp } from './help/install.js';
import { fdWriter } from './stdio.js';

export async function runCli(argv: string[], io: Io = { out: fdWriter(1), err: fdWriter(2) }): Promise<number> {
  const program = new Command('mk');
  let ctx: CliContext | undefined;
  let line: ParsedLine = { argv, path: 'mk' };
  program
    .description('mk: a local Kubernetes you can learn on, offline, in one second')
    .addOption(new Option('--kubeconfig <path>', 'Path to the kubeconfig file to use for CLI requests.'))
    .addOption(new Option('--context <name>', 'The name of the kubeconfig context to use'))
    .addOption(new Option('-s, --server <url>', 'The address and port of the Kubernetes API server'))
    .addOption(new Option('--token <token>', 'Bearer token for authentication to the API server'))
    .addOption(new Option('-n, --namespace <ns>', 'If present, the namespace scope for this CLI request'))
    .addOption(new Option('--request-timeout <t>', 'The length of time to wait before giving up on a single server request.').hideHelp())
    .addOption(new Option('-v, --v <level>', 'number for the log level verbosity').hideHelp())
    .addOption(new Option('--cache-dir <dir>', 'Default cache directory').hideHelp())
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(translateCommanderError(s, line, program)),
    })
    .exitOverride()
    .showSuggestionAfterError(false);
  program.hook('preAction', async (_this, action) => {
    if (ctx) ctx.close();
    ctx = new CliContext(action.optsWithGlobals(), io);
    ctx.commandLine = recordedCommandLine(action);
    await ctx.prepare();
  });
  await registerCommands(program, () => ctx!, argv);
  await installKubectlHelp(program, argv);
  try {
    line = normaliseArgs(argv, program);
    await program.parseAsync(line.argv, { from: 'user' });
    ctx?.flushWarnings();
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    ctx?.flushWarnings();
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    if (e instanceof ExitError) return e.exitCode;
    const { text, code } = errorText(e);
    io.err(text.endsWith('\n') ? text : text + '\n');
    return code;
  } finally {
    ctx?.close();
  }
}

/**
 * What --record stores: `kubectl <command> <args>` then every flag given on the command
 * line as `--name=value`, sorted by name (cobra's Flags().Visit).
 */
function recordedCommandLine(action: Command): string {
  const path: string[] = [];
  for (let c: Command | null = action; c && c.parent; c = c.parent) path.unshift(c.name());
  const flags: string[] = [];
  for (let c: Command | null = action; c; c = c.parent) {
    for (const opt of c.options) {
      const key = opt.attributeName();
      if (c.getOptionValueSource(key) !== 'cli') continue;
      const long = opt.long?.replace(/^--(no-)?/, '') ?? key;
      let v = c.getOptionValue(key);
      if (Array.isArray(v)) v = v.join(',');
      if (opt.negate) v = false;
      flags.push(`--${long}=${v}`);
    }
  }
  flags.sort();
  return ['kubectl', ...path, ...action.args, ...flags].join(' ');
}

/** commander's wording → kubectl's (pflag's and cobra's). */
function translateCommanderError(s: string, line: ParsedLine, program: Command): string {
  const seeHelp = `See '${line.path} --help' for usage.\n`;
  let m = /^error: unknown option '([^']+)'/.exec(s);
  if (m) {
    const flag = m[1].replace(/=.*$/, '');
    if (flag.startsWith('--')) return `error: unknown flag: ${flag}\n${seeHelp}`;
    // pflag names what is left of the cluster from the unknown letter on: -Ax → "in -x"
    const typed = line.argv.find((a) => /^-[^-]/.test(a) && a.includes(flag[1]));
    return `error: unknown shorthand flag: '${flag[1]}' in -${typed ? typed.slice(typed.indexOf(flag[1])) : flag[1]}\n${seeHelp}`;
  }
  m = /^error: unknown command '([^']+)'/.exec(s);
  if (m) {
    if (line.path !== program.name()) return `error: unknown command "${m[1]}"\nSee '${line.path} -h' for help and examples\n`;
    return `error: unknown command "${m[1]}" for "${program.name()}"\n${suggestions(m[1], program)}`;
  }
  if (/^error: missing required argument/.test(s)) return argumentError('missing', line.path, line.argv) ?? s;
  if (/^error: too many arguments/.test(s)) return argumentError('excess', line.path, line.argv) ?? s;
  m = /^error: option '([^']+)' argument missing/.exec(s);
  if (m) {
    const forms = m[1].split(/[ ,]+/).filter((f) => f.startsWith('-'));
    const typed = [...line.argv].reverse().find((a) => forms.includes(a)) ?? forms[forms.length - 1];
    const shown = typed.startsWith('--') ? typed : `'${typed[1]}' in ${typed}`;
    return `error: flag needs an argument: ${shown}\n${seeHelp}`;
  }
  return s;
}

/** cobra's "Did you mean this?": commands within two edits, or starting with what was typed. */
function suggestions(typed: string, program: Command): string {
  const t = typed.toLowerCase();
  const hits = (program.commands as Command[])
    .map((c) => c.name())
    .filter((n) => n !== 'help' && (levenshtein(t, n.toLowerCase()) <= 2 || n.toLowerCase().startsWith(t)));
  return hits.length ? `\nDid you mean this?\n${hits.map((h) => `\t${h}\n`).join('')}` : '';
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

export { CliError };
