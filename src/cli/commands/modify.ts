// mk patch (-f FILE | TYPE NAME) (-p PATCH | --patch-file FILE) [--type T] [--local] [--dry-run]:
// kubectl 1.33's PatchOptions. With --local (or --dry-run=client) the patch is applied to the
// file's object here and the result printed. label and annotate live in label-annotate.ts.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { KubeObject, PatchType } from '../../client/types.js';
import { typeForKind } from '../../apiserver/schema/registry.js';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch, deepEqual, patchSchemaForType } from '../../patch/index.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { reportAggregate } from '../aggregate-errors.js';
import { dryRunMode, printObjectResult, type DryRun } from '../output.js';
import { visitResources, type VisitItem } from '../resource-visit.js';
import { registerLabelAnnotate } from './label-annotate.js';

const PATCH_TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' };

interface PatchFlags {
  patch?: string;
  patchFile?: string;
  type: string;
  subresource?: string;
  output?: string;
  filename?: string[];
  recursive?: boolean;
  local?: boolean;
  dryRun?: string | boolean;
  fieldManager?: string;
}

/** PatchOptions.Validate, in its order. */
function validate(o: PatchFlags, args: string[], dry: DryRun): PatchType {
  if (o.patch && o.patchFile) throw new CliError('cannot specify --patch and --patch-file together');
  if (!o.patch && !o.patchFile) throw new CliError('must specify --patch or --patch-file containing the contents of the patch');
  if (o.local && args.length) throw new CliError('cannot specify --local and server resources');
  if (o.local && dry === 'server') throw new CliError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  const type = PATCH_TYPES[o.type.toLowerCase()];
  if (!type) throw new CliError(`--type must be one of [json merge strategic], not ${JSON.stringify(o.type)}`);
  return type;
}

/** yaml.ToJSON of -p or the file's contents. */
async function patchBody(o: PatchFlags): Promise<unknown> {
  let text: string;
  if (o.patchFile) {
    try {
      text = readFileSync(o.patchFile, 'utf8');
    } catch (e) {
      throw new CliError(`unable to read patch file: open ${o.patchFile}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    }
  } else text = o.patch!;
  try {
    return JSON.parse(text);
  } catch {
    const yaml = await import('js-yaml');
    try {
      return yaml.default.load(text);
    } catch (e) {
      throw new CliError(`unable to parse ${JSON.stringify(o.patch ?? '')}: ${(e as Error).message}`);
    }
  }
}

/** getPatchedJSON: the patch applied here, as --local and --dry-run=client do. */
function patchLocally(t: VisitItem, type: PatchType, body: unknown): KubeObject {
  const original = structuredClone(t.object!);
  if (type === 'merge') return applyMergePatch(original as never, body as never) as KubeObject;
  if (type === 'json') return applyJsonPatch(original as never, body) as KubeObject;
  const def = typeForKind(t.mapping.group, t.mapping.version, t.mapping.kind);
  if (!def) throw new CliError(`strategic merge patch is not supported for ${t.mapping.group ? `${t.mapping.group}/` : ''}${t.mapping.version}, Kind=${t.mapping.kind} locally, try --type merge`);
  return applyStrategicMergePatch(original as never, body as never, patchSchemaForType(def.name)) as KubeObject;
}

async function runPatch(c: CliContext, args: string[], o: PatchFlags): Promise<void> {
  const dry = dryRunMode(o.dryRun);
  const type = validate(o, args, dry);
  const body = await patchBody(o);
  const visit = await visitResources(c, { args, filenames: o.filename, recursive: o.recursive, local: o.local });
  const errors: unknown[] = [];
  let count = 0;
  for (const e of visit.entries) {
    if ('error' in e) {
      errors.push(e.error);
      continue;
    }
    count++;
    const t = e.item;
    try {
      if (!o.local && dry !== 'client') {
        const before = o.subresource ? await c.client.get(t.mapping, t.ns, t.name, { subresource: o.subresource }) : t.object;
        const after = await c.client.patch(t.mapping, t.ns, t.name, type, body, { fieldManager: o.fieldManager ?? 'kubectl-patch', subresource: o.subresource, dryRun: dry === 'server' });
        printObjectResult(c, t.mapping, after, deepEqual(before, after) ? 'patched (no change)' : 'patched', o.output, dry);
        continue;
      }
      const after = patchLocally(t, type, body);
      printObjectResult(c, t.mapping, after, deepEqual(t.object, after) ? 'patched (no change)' : 'patched', o.output, dry);
    } catch (err) {
      errors.push(err);
    }
  }
  reportAggregate(c, errors);
  if (!count) throw new CliError('no objects passed to patch');
}

export function registerModify(program: Command, ctx: () => CliContext): void {
  program
    .command('patch')
    .description('Update fields of a resource')
    .argument('[args...]')
    .option('-p, --patch <patch>', 'The patch to be applied to the resource JSON file.')
    .option('--patch-file <file>', 'A file containing a patch to be applied to the resource.')
    .option('--type <type>', 'The type of patch being provided; one of [json merge strategic]', 'strategic')
    .option('--subresource <name>', 'If specified, patch will operate on the subresource of the requested object.')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files identifying the resource to update', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('--local', 'If true, patch will operate on the content of the file, not the server-side resource.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
    .option('-o, --output <format>', 'Output format.')
    .action((args: string[], o: PatchFlags) => runPatch(ctx(), args, o));

  registerLabelAnnotate(program, ctx);
}
