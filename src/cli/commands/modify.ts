// mk patch | label | annotate: small edits to live objects.
import type { Command } from 'commander';
import type { PatchType } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { kindGroup } from '../resource-mapper.js';
import { printObjectResult } from '../output.js';

const PATCH_TYPES: Record<string, PatchType> = { strategic: 'strategic', merge: 'merge', json: 'json' };

/** Parses `k=v` (set) and `k-` (remove) arguments of label/annotate. */
function parseKeyValues(args: string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const a of args) {
    if (a.endsWith('-') && !a.includes('=')) remove.push(a.slice(0, -1));
    else set[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
  }
  return { set, remove };
}

export function registerModify(program: Command, ctx: () => CliContext): void {
  program
    .command('patch')
    .description('Update fields of a resource')
    .argument('<args...>')
    .option('-p, --patch <patch>', 'The patch to be applied to the resource JSON file.')
    .option('--type <type>', 'The type of patch being provided; one of [json merge strategic]', 'strategic')
    .option('--subresource <name>', 'If specified, patch will operate on the subresource of the requested object.')
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: { patch?: string; type: string; subresource?: string; output?: string }) => {
      const c = ctx();
      if (!o.patch) throw new CliError('must specify -p to patch');
      const type = PATCH_TYPES[o.type];
      if (!type) throw new CliError(`--type must be one of [json merge strategic], not "${o.type}"`);
      let body: unknown;
      try {
        body = JSON.parse(o.patch);
      } catch {
        const yaml = await import('js-yaml');
        body = yaml.default.load(o.patch);
      }
      for (const t of (await resolveArgs(c, args)).flat()) {
        if (!t.name) throw new CliError('resource(s) were provided, but no name was specified');
        const ns = t.mapping.namespaced ? c.namespace : undefined;
        const before = await c.client.get(t.mapping, ns, t.name, { subresource: o.subresource });
        const after = await c.client.patch(t.mapping, ns, t.name, type, body, { fieldManager: 'kubectl-patch', subresource: o.subresource });
        const changed = before.metadata.resourceVersion !== after.metadata.resourceVersion;
        printObjectResult(c, t.mapping, after, changed ? 'patched' : 'patched (no change)', o.output);
      }
    });

  for (const verb of ['label', 'annotate'] as const) {
    program
      .command(verb)
      .description(verb === 'label' ? 'Update the labels on a resource' : 'Update the annotations on a resource')
      .argument('<args...>')
      .option('--overwrite', 'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.')
      .option('-l, --selector <selector>', 'Selector (label query) to filter on')
      .option('--all', 'Select all resources, in the namespace of the specified resource types')
      .option('-o, --output <format>', 'Output format.')
      .action(async (args: string[], o: { overwrite?: boolean; selector?: string; all?: boolean; output?: string }) => {
        const c = ctx();
        const kv = args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
        const res = args.filter((a) => !kv.includes(a));
        if (!kv.length) throw new CliError(`at least one ${verb === 'label' ? 'label' : 'annotation'} update is required`);
        const { set, remove } = parseKeyValues(kv);
        const field = verb === 'label' ? 'labels' : 'annotations';
        const targets: { m: Awaited<ReturnType<typeof resolveArgs>>[number][number]['mapping']; name: string }[] = [];
        for (const group of await resolveArgs(c, res)) {
          const m = group[0].mapping;
          if (group[0].name) for (const t of group) targets.push({ m, name: t.name! });
          else if (o.selector || o.all) for (const it of (await c.client.list(m, m.namespaced ? c.namespace : undefined, { labelSelector: o.selector })).items) targets.push({ m, name: it.metadata.name! });
          else throw new CliError('resource(s) were provided, but no name was specified');
        }
        for (const t of targets) {
          const ns = t.m.namespaced ? c.namespace : undefined;
          const cur = await c.client.get(t.m, ns, t.name);
          const existing = (cur.metadata[field] as Record<string, string> | undefined) ?? {};
          for (const k of Object.keys(set)) {
            if (!o.overwrite && k in existing && existing[k] !== set[k])
              throw new CliError(`'${k}' already has a value (${existing[k]}), and --overwrite is false`);
          }
          const patch: Record<string, string | null> = { ...set };
          for (const k of remove) patch[k] = null;
          const unchanged = Object.entries(set).every(([k, v]) => existing[k] === v) && remove.every((k) => !(k in existing));
          const out = unchanged ? cur : await c.client.patch(t.m, ns, t.name, 'merge', { metadata: { [field]: patch } }, { fieldManager: `kubectl-${verb}` });
          if (o.output) printObjectResult(c, t.m, out, '', o.output);
          else c.io.out(`${kindGroup(t.m)}/${t.name} ${unchanged ? `not ${verb === 'label' ? 'labeled' : 'annotated'}` : verb === 'label' ? 'labeled' : 'annotated'}\n`);
        }
      });
  }
}
