// A command's help page in the layout of kubectl's templates (templater.go, templates.go):
// head (long or short), Aliases, Examples, Available Commands, Options, Usage, then the tips.
import type { Command, Option } from 'commander';
import { formatFlag, type CommandHelp, type FlagHelp } from './flag-help.js';
import { wrapString } from './wordwrap.js';

export type HelpTexts = Record<string, CommandHelp>;

const isHidden = (c: Command) => !!(c as Command & { _hidden?: boolean })._hidden;

/** "rollout status": the command's words below the program. */
export function helpKey(cmd: Command): string {
  const words: string[] = [];
  for (let c: Command | null = cmd; c && c.parent; c = c.parent) words.unshift(c.name());
  return words.join(' ');
}

/** "mk rollout status" */
function commandPath(cmd: Command): string {
  const words: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) words.unshift(c.name());
  return words.join(' ');
}

/** The one line a parent's command list shows for this command. */
export function shortOf(cmd: Command, texts: HelpTexts): string {
  return texts[helpKey(cmd)]?.short ?? cmd.description().split('\n')[0];
}

/**
 * The kubectl flag a commander option stands for: its long name, or for commander's
 * `--no-x` negation the `x` flag kubectl has (kubectl's own --no-headers stays itself).
 * Undefined when the page does not document it: kubectl hides it (--record is deprecated)
 * or mk accepts it here only because it shares a parser with a sibling command.
 */
function documentedFlag(opt: Option, documented: FlagHelp[]): FlagHelp | undefined {
  const long = opt.long?.replace(/^--/, '') ?? opt.attributeName();
  let help = documented.find((f) => f.name === long);
  if (!help && opt.negate) help = documented.find((f) => f.name === long.replace(/^no-/, ''));
  if (!help) return undefined;
  // the shorthand mk really accepts, which is kubectl's unless mk lacks it
  const short = opt.short?.replace(/^-/, '');
  return short === help.shorthand ? help : { ...help, shorthand: short };
}

/** A page without texts: the option as commander knows it, with pflag's default formatting. */
function undocumentedFlag(opt: Option): FlagHelp {
  const def = opt.defaultValue;
  const takesValue = opt.required || opt.optional;
  return {
    name: opt.long?.replace(/^--/, '') ?? opt.attributeName(),
    shorthand: opt.short?.replace(/^-/, ''),
    usage: opt.description,
    default: !takesValue
      ? { kind: 'bool', value: def === true }
      : Array.isArray(def)
        ? { kind: 'list', value: def.map(String) }
        : { kind: 'string', value: def === undefined ? '' : String(def) },
  };
}

/** The flags a page lists: those mk accepts here, sorted by name as pflag sorts them. */
export function visibleFlags(cmd: Command, help: CommandHelp | undefined): FlagHelp[] {
  const byName = new Map<string, FlagHelp>();
  for (const opt of cmd.options as Option[]) {
    if (opt.hidden) continue;
    const f = help ? documentedFlag(opt, help.flags) : undocumentedFlag(opt);
    if (f && f.name !== 'help' && !byName.has(f.name)) byName.set(f.name, f);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** cobra's narrowest name column in a command list */
const MIN_NAME_PADDING = 11;

function subcommandList(cmd: Command, texts: HelpTexts): string {
  const subs = [...(cmd.commands as Command[])].sort((a, b) => (a.name() < b.name() ? -1 : a.name() > b.name() ? 1 : 0));
  // cobra pads to the longest name among all subcommands, hidden ones included
  const pad = Math.max(MIN_NAME_PADDING, ...subs.map((c) => c.name().length));
  const rows = subs.filter((c) => !isHidden(c) && c.name() !== 'options').map((c) => `  ${c.name().padEnd(pad)}   ${shortOf(c, texts)}`);
  return `Available Commands:\n${rows.join('\n')}`;
}

function usageLine(cmd: Command, help: CommandHelp | undefined): string {
  const use = help ? help.use : (cmd.usage() ?? '').replace(/\[options\]\s*/g, '').trim();
  const line = [commandPath(cmd), use].filter(Boolean).join(' ');
  return line.includes('[options]') ? line : `${line} [options]`;
}

/** Everything after the head: cobra's UsageString with kubectl's usage template. */
function usageSection(cmd: Command, help: CommandHelp | undefined, texts: HelpTexts, wrapLimit: number): string {
  let out = '\n\n';
  const aliases = cmd.aliases();
  if (aliases.length) out += `Aliases:\n${[cmd.name(), ...aliases].join(', ')}\n\n`;
  if (help?.examples) out += `Examples:\n${help.examples.trimEnd()}\n\n`;
  const hasSubcommands = cmd.commands.some((c) => !isHidden(c));
  if (hasSubcommands) out += `${subcommandList(cmd, texts)}\n\n`;
  const flags = visibleFlags(cmd, help);
  if (flags.length) out += `Options:\n${flags.map((f) => formatFlag(f, wrapLimit)).join('').trimEnd()}\n\n`;
  out += `Usage:\n  ${usageLine(cmd, help)}\n\n`;
  if (hasSubcommands) out += `Use "${commandPath(cmd)} <command> --help" for more information about a given command.\n`;
  let root: Command = cmd;
  while (root.parent) root = root.parent;
  out += `Use "${root.name()} options" for a list of global command-line options (applies to all commands).\n`;
  return out;
}

/**
 * The page `mk X --help` prints. wrapLimit is the terminal's (0 when not a terminal): kubectl
 * wraps the head and the rest separately, each as one write through its word-wrapping writer.
 */
export function renderCommandHelp(cmd: Command, texts: HelpTexts, wrapLimit = 0): string {
  const help = texts[helpKey(cmd)];
  const head = (help?.long ?? help?.short ?? cmd.description()).trim();
  const rest = usageSection(cmd, help, texts, wrapLimit);
  if (!wrapLimit) return head + rest;
  return wrapString(head, wrapLimit) + wrapString(rest, wrapLimit);
}

/** `mk options`: the flags every command accepts, in kubectl's options layout. */
export function renderOptions(flags: FlagHelp[], wrapLimit = 0): string {
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `The following options can be passed to any command:\n\n${sorted.map((f) => formatFlag(f, wrapLimit)).join('')}`;
}
