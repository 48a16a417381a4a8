// One flag's entry in a help page, printed the way kubectl's help flag printer prints it:
//     -f, --filename=[]:
//     <tab>Filename, directory, or URL to files ...
import { wrapString } from './wordwrap.js';

/** How pflag prints a default: strings are quoted, everything else is its String() form. */
export type FlagDefault =
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number }
  | { kind: 'list'; value: string[] }
  | { kind: 'other'; value: string };

export interface FlagHelp {
  name: string;
  shorthand?: string;
  default: FlagDefault;
  usage: string;
}

/** A command's help page: kubectl's texts, with "kubectl" spelt "mk". */
export interface CommandHelp {
  /** the one line shown in a parent's command list (and as the page head when there is no long) */
  short: string;
  /** already normalised as kubectl's templates.LongDesc leaves it */
  long?: string;
  /** kubectl's aliases; a page shows the ones mk registers */
  aliases?: string[];
  /** already indented as templates.Examples leaves it */
  examples?: string;
  /** the usage line after the command path; " [options]" is appended unless present */
  use: string;
  /** every flag kubectl defines here; a page lists only those mk accepts */
  flags: FlagHelp[];
}

/** "-f, --filename" or "--all" → name and shorthand. */
function parseSpec(spec: string): Pick<FlagHelp, 'name' | 'shorthand'> {
  const m = /^(?:-(\w), )?--([\w-]+)$/.exec(spec);
  if (!m) throw new Error(`bad flag spec ${spec}`);
  return m[1] ? { name: m[2], shorthand: m[1] } : { name: m[2] };
}

export const str = (spec: string, value: string, usage: string): FlagHelp => ({ ...parseSpec(spec), default: { kind: 'string', value }, usage });
export const bool = (spec: string, value: boolean, usage: string): FlagHelp => ({ ...parseSpec(spec), default: { kind: 'bool', value }, usage });
export const int = (spec: string, value: number, usage: string): FlagHelp => ({ ...parseSpec(spec), default: { kind: 'int', value }, usage });
export const list = (spec: string, value: string[], usage: string): FlagHelp => ({ ...parseSpec(spec), default: { kind: 'list', value }, usage });
/** durations and other values pflag prints unquoted */
export const val = (spec: string, value: string, usage: string): FlagHelp => ({ ...parseSpec(spec), default: { kind: 'other', value }, usage });

export function formatDefault(d: FlagDefault): string {
  switch (d.kind) {
    case 'string':
      return `'${d.value}'`;
    case 'list':
      return `[${d.value.join(',')}]`;
    default:
      return String(d.value);
  }
}

/** The room kubectl leaves the usage: the wrap limit less the tab and margin. */
const USAGE_OFFSET = 10;

/**
 * One flag as kubectl prints it, ending in a blank line. wrapLimit 0 (not a terminal)
 * leaves the usage on one line, as kubectl's unsigned limit - 10 overflows to no limit.
 */
export function formatFlag(f: FlagHelp, wrapLimit = 0): string {
  const head = `    ${f.shorthand ? `-${f.shorthand}, ` : ''}--${f.name}=${formatDefault(f.default)}:`;
  // a usage spanning lines is joined into one before wrapping, as kubectl does
  let usage = f.usage.split('\n').join(' ');
  if (wrapLimit > USAGE_OFFSET) usage = wrapString(usage, wrapLimit - USAGE_OFFSET);
  return `${head}\n${usage}`.replaceAll('\n', '\n\t') + '\n\n';
}
