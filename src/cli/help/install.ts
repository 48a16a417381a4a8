// Gives every mk command kubectl's help page in place of commander's. The texts are loaded
// only when the command line may show a page: -h/--help, `mk help`, `mk options`, or a
// command group named without its subcommand (which prints its page, as kubectl does).
import { CommanderError, type Command } from 'commander';
import { helpKey, renderCommandHelp, type HelpTexts } from './render.js';
import { wrapLimitFor } from './wordwrap.js';

let loaded: HelpTexts | undefined;

/** The texts, once loaded; an empty set before (pages then fall back to commander's descriptions). */
export function helpTexts(): HelpTexts {
  return loaded ?? {};
}

export async function loadHelpTexts(): Promise<HelpTexts> {
  loaded ??= (await import('./texts/index.js')).HELP_TEXTS;
  return loaded;
}

/** kubectl wraps its help to the terminal's width class only when stdout is a terminal. */
export function terminalWrapLimit(): number {
  return process.stdout.isTTY ? wrapLimitFor(process.stdout.columns) : 0;
}

function mayShowHelp(program: Command, argv: string[]): boolean {
  let cmd = program;
  for (const a of argv) {
    if (a === '--') break;
    if (a === '-h' || a === '--help') return true;
    if (a.startsWith('-')) continue;
    const sub = (cmd.commands as Command[]).find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) break;
    cmd = sub;
  }
  // the root page (bare `mk`) is drawn from the commands' own descriptions
  if (cmd === program) return false;
  return cmd.name() === 'help' || cmd.name() === 'options' || cmd.commands.length > 0;
}

function eachCommand(cmd: Command, visit: (c: Command) => void): void {
  for (const c of cmd.commands as Command[]) {
    visit(c);
    eachCommand(c, visit);
  }
}

/** Replace commander's help on every registered command below the program. */
export async function installKubectlHelp(program: Command, argv: string[]): Promise<void> {
  if (mayShowHelp(program, argv)) await loadHelpTexts();
  // a bare `kubectl` prints the root page on stdout and succeeds (commander: stderr, exit 1)
  program.outputHelp = () => {
    program.configureOutput().writeOut?.(program.helpInformation());
  };
  program.help = (() => {
    program.outputHelp();
    throw new CommanderError(0, 'commander.help', '(outputHelp)');
  }) as Command['help'];
  eachCommand(program, (cmd) => {
    // `kubectl options --help` prints nothing: its help template is empty
    const isOptions = helpKey(cmd) === 'options';
    cmd.helpInformation = () => (isOptions ? '' : renderCommandHelp(cmd, helpTexts(), terminalWrapLimit()));
    // kubectl prints help to stdout, also for a group named without its subcommand
    cmd.outputHelp = () => {
      cmd.configureOutput().writeOut?.(cmd.helpInformation());
    };
  });
}
