// mk completion bash|zsh: a shell script that asks `mk __complete WORDS...` for candidates, which
// come from the commands registered with commander and, for resource types, names and
// namespaces, from the cluster (when one is running).
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { RESOURCES } from '../../apiserver/resources.js';

const BASH = `# bash completion for mk                                   -*- shell-script -*-
# Load it with: source <(mk completion bash)
_mk_complete() {
    local cur="\${COMP_WORDS[COMP_CWORD]}"
    local IFS=$'\\n'
    COMPREPLY=( $(compgen -W "$(mk __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)" -- "$cur") )
}
complete -o default -F _mk_complete mk
`;

const ZSH = `#compdef mk
# zsh completion for mk
# Load it with: source <(mk completion zsh)
_mk() {
    local -a candidates
    candidates=("\${(@f)$(mk __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
    compadd -a candidates
}
if [ "$funcstack[1]" = "_mk" ]; then
    _mk "$@"
else
    compdef _mk mk
fi
`;

/** Used when no cluster answers discovery: the listable resources mk's API server serves, sorted as the discovered ones are. */
const staticTypes = (): string[] => [...new Set(RESOURCES.filter((r) => r.verbs.includes('list')).map((r) => r.resource))].sort();
const TYPE_THEN_NAME = new Set(['get', 'describe', 'delete', 'edit', 'patch', 'label', 'annotate', 'scale', 'autoscale', 'wait', 'expose', 'history', 'status', 'undo', 'restart', 'pause', 'resume', 'image']);
const POD_COMMANDS = new Set(['logs', 'exec', 'port-forward', 'cp', 'attach']);

const visible = (cmd: Command) => cmd.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden && c.name() !== '__complete');
const names = (cmd: Command) => visible(cmd).flatMap((c) => [c.name(), ...c.aliases()]);
const longFlags = (cmd: Command) => cmd.options.map((o) => o.long).filter((l): l is string => !!l);

async function resourceTypes(c: CliContext): Promise<string[]> {
  try {
    return [...new Set((await c.mapper.all()).filter((r) => r.verbs.includes('list')).map((r) => r.resource))].sort();
  } catch {
    return staticTypes();
  }
}

async function resourceNames(c: CliContext, type: string, ns: string | undefined): Promise<string[]> {
  try {
    const m = await c.mapper.find(type);
    if (!m) return [];
    return (await c.client.list(m, m.namespaced ? (ns ?? c.namespace) : undefined)).items.map((i) => i.metadata.name!).sort();
  } catch {
    return [];
  }
}

/** Candidates for the last word of `words` (the one being typed). */
export async function complete(program: Command, c: CliContext, words: string[]): Promise<string[]> {
  const cur = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  let ns: string | undefined;
  for (let i = 0; i < before.length; i++) if (before[i] === '-n' || before[i] === '--namespace') ns = before[i + 1];
  const prev = before[before.length - 1];
  if (prev === '-n' || prev === '--namespace') return resourceNames(c, 'namespaces', undefined);
  // walk down the command tree along the words typed so far
  let cmd = program;
  const positionals: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const w = before[i];
    if (w.startsWith('-')) {
      if ((w === '-n' || w === '--namespace' || w === '-c' || w === '-l' || w === '-o' || w === '-f') && !w.includes('=')) i++;
      continue;
    }
    const sub = visible(cmd).find((s) => s.name() === w || s.aliases().includes(w));
    if (sub && !positionals.length) cmd = sub;
    else positionals.push(w);
  }
  if (cur.startsWith('-')) return [...longFlags(cmd), ...longFlags(program)];
  if (cmd === program) return names(program);
  if (visible(cmd).length && !positionals.length) return names(cmd);
  const name = cmd.name();
  if (name === 'completion') return positionals.length ? [] : ['bash', 'zsh'];
  if (name === 'help') return names(program);
  if (name === 'explain') return positionals.length ? [] : resourceTypes(c);
  if (POD_COMMANDS.has(name)) return positionals.length ? [] : (await resourceNames(c, 'pods', ns)).map((n) => (name === 'cp' ? `${n}:` : n));
  if (name === 'pod') return positionals.length ? [] : resourceNames(c, 'pods', ns);
  if (name === 'node') return positionals.length ? [] : resourceNames(c, 'nodes', undefined);
  if (TYPE_THEN_NAME.has(name)) {
    if (!positionals.length) {
      if (cur.includes('/')) {
        const [type] = cur.split('/');
        return (await resourceNames(c, type, ns)).map((n) => `${type}/${n}`);
      }
      return resourceTypes(c);
    }
    if (!positionals[0].includes('/')) return resourceNames(c, positionals[0], ns);
  }
  return [];
}

export function registerCompletion(program: Command, ctx: () => CliContext): void {
  program
    .command('completion')
    .description('Output shell completion code for the specified shell (bash or zsh)')
    .argument('[shell]')
    .action((shell: string | undefined) => {
      const c = ctx();
      if (!shell) throw new CliError('Shell not specified.\nSee \'mk completion -h\' for help and examples');
      if (shell === 'bash') return c.io.out(BASH);
      if (shell === 'zsh') return c.io.out(ZSH);
      throw new CliError(`Unsupported shell type "${shell}".`);
    });
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const c = ctx();
      const cur = words[words.length - 1] ?? '';
      const out = (await complete(program, c, words.length ? words : [''])).filter((w) => w.startsWith(cur));
      c.io.out(out.length ? out.join('\n') + '\n' : '');
    });
}
