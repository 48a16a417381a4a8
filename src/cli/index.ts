// The mk command line: cluster lifecycle (like minikube) and kubectl's verbs.
import { Command, CommanderError, Option } from 'commander';
import { CliContext, type Io } from './context.js';
import { CliError, ExitError, errorText } from './errors.js';
import { normaliseArgs } from './args.js';
import { registerCommands } from './commands/index.js';

export async function runCli(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const program = new Command('mk');
  let ctx: CliContext | undefined;
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
      writeErr: (s) => io.err(translateCommanderError(s)),
    })
    .exitOverride()
    .showSuggestionAfterError(false);
  program.hook('preAction', (_this, action) => {
    if (ctx) ctx.close();
    ctx = new CliContext(action.optsWithGlobals(), io);
    ctx.commandLine = recordedCommandLine(action);
  });
  registerCommands(program, () => ctx!, argv);
  try {
    await program.parseAsync(normaliseArgs(argv), { from: 'user' });
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

/** commander's wording → kubectl's. */
function translateCommanderError(s: string): string {
  let m = /^error: unknown option '([^']+)'/.exec(s);
  if (m) return `error: unknown flag: ${m[1]}\n`;
  m = /^error: unknown command '([^']+)'/.exec(s);
  if (m) return `error: unknown command "${m[1]}" for "mk"\n`;
  m = /^error: option '([^']+)' argument missing/.exec(s);
  if (m) return `error: flag needs an argument: ${m[1].split(/[ ,]/).pop()}\n`;
  return s;
}

export { CliError };
