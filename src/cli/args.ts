// Rewrites kubectl (pflag) spellings that commander reads differently, knowing which command
// the line runs so each flag is read with its own type.
import type { Command, Option } from 'commander';
import { FlagError } from './errors.js';

/** Flags kubectl declares as integers (everywhere, or in one command): pflag rejects what strconv.ParseInt would. */
const INT_FLAGS = new Set(['replicas', 'current-replicas', 'chunk-size', 'grace-period', 'revision', 'to-revision', 'tail', 'limit-bytes', 'max-log-requests', 'mk create deployment:port']);

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export interface ParsedLine {
  /** argv as commander should read it */
  argv: string[];
  /** the command the line runs, for "See 'mk get --help' for usage." */
  path: string;
}

/** The options a command accepts: its own and every ancestor's (global flags). */
function optionsOf(chain: Command[]): Option[] {
  return chain.flatMap((c) => c.options as Option[]);
}

const takesValue = (o: Option) => o.required || o.optional;

function findLong(opts: Option[], name: string): Option | undefined {
  return opts.find((o) => o.long === `--${name}`);
}

function findShort(opts: Option[], letter: string): Option | undefined {
  return opts.find((o) => o.short === `-${letter}`);
}

function subcommand(cmd: Command, word: string): Command | undefined {
  return (cmd.commands as Command[]).find((c) => c.name() === word || c.aliases().includes(word));
}

/** The commands the line descends through: program, get; or program, rollout, status. */
function commandChain(program: Command, argv: string[]): Command[] {
  const chain = [program];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const opts = optionsOf(chain);
    if (a.startsWith('--')) {
      const o = a.includes('=') ? undefined : findLong(opts, a.slice(2));
      if (o && takesValue(o) && !o.optional) i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      const o = a.length === 2 ? findShort(opts, a[1]) : undefined;
      if (o && takesValue(o) && !o.optional) i++;
      continue;
    }
    const sub = subcommand(chain[chain.length - 1], a);
    if (!sub) break;
    chain.push(sub);
  }
  return chain;
}

export function commandPath(chain: Command[]): string {
  return chain.map((c) => c.name()).join(' ');
}

/** `--flag=true|false` and `-f=false` for a boolean: what commander understands, or nothing. */
function booleanSpelling(o: Option, opts: Option[], value: string, shown: string, path: string): string[] {
  const on = TRUE.has(value);
  if (!on && !FALSE.has(value)) throw new FlagError(`invalid argument "${value}" for "${shown}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`, path);
  const long = o.long ?? '';
  if (o.negate) {
    // --no-headers=true is --no-headers; =false leaves the default
    return on ? [long] : [];
  }
  if (on) return [long || o.short!];
  const negated = findLong(opts, `no-${long.slice(2)}`);
  return negated ? [negated.long!] : [];
}

function checkInt(name: string, value: string, shown: string, path: string): void {
  if (!INT_FLAGS.has(name) && !INT_FLAGS.has(`${path}:${name}`)) return;
  if (!/^[+-]?\d+$/.test(value)) throw new FlagError(`invalid argument "${value}" for "${shown}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`, path);
  if (!Number.isSafeInteger(Number(value))) throw new FlagError(`invalid argument "${value}" for "${shown}" flag: strconv.ParseInt: parsing "${value}": value out of range`, path);
}

/**
 * kubectl's flag syntax in commander's terms: `-n=ns` → `-n ns`, `--all-namespaces=true` →
 * `--all-namespaces`, `-w=false` dropped, integers checked as pflag would.
 */
export function normaliseArgs(argv: string[], program?: Command): ParsedLine {
  if (!program) return { argv, path: 'mk' };
  const chain = commandChain(program, argv);
  const path = commandPath(chain);
  const opts = optionsOf(chain);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    let m = /^--([^=]+)=(.*)$/s.exec(a);
    if (m) {
      const o = findLong(opts, m[1]);
      if (o && !takesValue(o)) out.push(...booleanSpelling(o, opts, m[2], `--${m[1]}`, path));
      else {
        checkInt(m[1], m[2], `--${m[1]}`, path);
        out.push(a);
      }
      continue;
    }
    m = /^--(.+)$/.exec(a);
    if (m) {
      const o = findLong(opts, m[1]);
      if (o && o.required && i + 1 < argv.length) {
        checkInt(m[1], argv[i + 1], a, path);
        out.push(a, argv[++i]);
        continue;
      }
      out.push(a);
      continue;
    }
    m = /^-([A-Za-z])=(.*)$/s.exec(a);
    if (m) {
      const o = findShort(opts, m[1]);
      if (o && !takesValue(o)) out.push(...booleanSpelling(o, opts, m[2], `-${m[1]}`, path));
      else out.push(`-${m[1]}`, m[2]);
      continue;
    }
    out.push(a);
  }
  return { argv: out, path };
}
