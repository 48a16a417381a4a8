// mk label | annotate (-f FILE | TYPE NAME | TYPE -l SEL | TYPE --all) KEY=VAL ... KEY- ...
// as kubectl 1.33 does them: the object is fetched, changed locally, and a merge patch of the
// difference is sent (even an empty one); --local and --list change nothing on the server.
import type { Command } from 'commander';
import type { KubeObject } from '../../client/types.js';
import { isValidLabelValue } from '../../apiserver/validation/names.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { reportAggregate } from '../aggregate-errors.js';
import { dryRunMode, printObjectResult, type DryRun } from '../output.js';
import { visitResources, type VisitItem } from '../resource-visit.js';

type Verb = 'label' | 'annotate';

interface Flags {
  overwrite?: boolean;
  list?: boolean;
  local?: boolean;
  selector?: string;
  fieldSelector?: string;
  all?: boolean;
  allNamespaces?: boolean;
  resourceVersion?: string;
  filename?: string[];
  recursive?: boolean;
  output?: string;
  dryRun?: string | boolean;
  fieldManager?: string;
}

interface Pairs {
  set: Map<string, string>;
  remove: string[];
}

/** cmdutil.GetResourcesAndPairs: resources first, then KEY=VAL / KEY- pairs. */
function splitArgs(args: string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length) throw new CliError(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

/** label's parseLabels: one '=' only, values checked as label values. */
function parseLabels(specs: string[]): Pairs {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) throw new CliError(`invalid label spec: ${spec}`);
      const errs = isValidLabelValue(parts[1]);
      if (errs.length) throw new CliError(`invalid label value: ${JSON.stringify(spec)}: ${errs.join(';')}`);
      set.set(parts[0], parts[1]);
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else throw new CliError(`unknown label spec: ${spec}`);
  }
  if (remove.some((k) => set.has(k))) throw new CliError('can not both modify and remove a label in the same command');
  return { set, remove };
}

/** cmdutil.ParsePairs for annotations: the value is everything after the first '='. */
function parseAnnotations(specs: string[]): Pairs {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=') && spec[0] !== '=') {
      const i = spec.indexOf('=');
      set.set(spec.slice(0, i), spec.slice(i + 1));
    } else if (spec.endsWith('-') && spec !== '-') remove.push(spec.slice(0, -1));
    else invalid.push(spec);
  }
  if (invalid.length) throw new CliError(`invalid annotation format: ${invalid.join(', ')}`);
  return { set, remove };
}

/** Complete + Validate, in kubectl's order. */
function validate(verb: Verb, o: Flags, resources: string[], pairs: Pairs, dry: DryRun): void {
  const noun = verb === 'label' ? 'label' : 'annotation';
  const example = verb === 'label' ? 'pod' : 'rsrc';
  if (o.list && o.output) throw new CliError('--list and --output may not be specified together');
  if (o.all && o.selector) throw new CliError('cannot set --all and --selector at the same time');
  if (o.all && o.fieldSelector) throw new CliError('cannot set --all and --field-selector at the same time');
  if (o.local) {
    if (dry === 'server') throw new CliError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    if (resources.length) throw new CliError(`can only use local files by -f ${example}.yaml or --filename=${example}.json when --local=true is set`);
    if (!o.filename?.length) throw new CliError(`one or more files must be specified as -f ${example}.yaml or --filename=${example}.json`);
  } else if (!resources.length && !o.filename?.length) {
    throw new CliError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (!pairs.set.size && !pairs.remove.length && !o.list) throw new CliError(`at least one ${noun} update is required`);
  if (verb === 'annotate') {
    const both = pairs.remove.filter((k) => pairs.set.has(k));
    if (both.length) throw new CliError(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);
  }
}

/** The overwrite check: label aggregates one error per key, annotate joins them in one. */
function checkOverwrites(verb: Verb, existing: Record<string, string>, set: Map<string, string>): void {
  const clashes = [...set].filter(([k, v]) => k in existing && existing[k] !== v && !(verb === 'annotate' && k === 'kubernetes.io/change-cause'));
  if (!clashes.length) return;
  if (verb === 'label') {
    const msgs = clashes.map(([k]) => `'${k}' already has a value (${existing[k]}), and --overwrite is false`);
    throw new CliError(msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`);
  }
  throw new CliError(`--overwrite is false but found the following declared annotation(s): ${clashes.map(([k]) => `'${k}' already has a value (${existing[k]})`).join('; ')}`);
}

/** Go's json.Marshal of unstructured data: keys sorted, so equal objects give equal bytes. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** Sets and removes keys of metadata.labels|annotations in place; the merge patch that does the same. */
function modify(obj: KubeObject, field: 'labels' | 'annotations', pairs: Pairs, resourceVersion: string | undefined): Record<string, unknown> {
  const had = obj.metadata[field] as Record<string, string> | undefined;
  const map: Record<string, string> = { ...(had ?? {}) };
  const diff: Record<string, string | null> = {};
  for (const [k, v] of pairs.set) {
    if (map[k] !== v) diff[k] = v;
    map[k] = v;
  }
  for (const k of pairs.remove) {
    if (k in map) diff[k] = null;
    delete map[k];
  }
  obj.metadata[field] = map;
  const meta: Record<string, unknown> = {};
  if (Object.keys(diff).length || !had) meta[field] = diff;
  if (resourceVersion) {
    obj.metadata.resourceVersion = resourceVersion;
    meta.resourceVersion = resourceVersion;
  }
  return Object.keys(meta).length ? { metadata: meta } : {};
}

/** label's message: from the bytes before and after, as kubectl 1.33 judges it. */
function labelMessage(before: string, after: string, overwrite: boolean): string {
  if (before === after) return 'not labeled';
  return !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
}

async function visitOne(c: CliContext, verb: Verb, o: Flags, pairs: Pairs, dry: DryRun, t: VisitItem, single: boolean): Promise<void> {
  const field = verb === 'label' ? 'labels' : 'annotations';
  const obj = t.object!;
  if (o.resourceVersion) delete obj.metadata.resourceVersion;
  const before = canonical(obj);
  const existing = { ...((obj.metadata[field] as Record<string, string> | undefined) ?? {}) };
  let shown: KubeObject = obj;
  if (dry === 'client' || o.local || o.list) {
    checkOverwrites(verb, existing, o.overwrite ? new Map() : pairs.set);
    modify(obj, field, pairs, o.resourceVersion);
  } else {
    if (verb === 'label') for (const k of pairs.remove) if (!(k in existing)) c.io.out(`label ${JSON.stringify(k)} not found.\n`);
    checkOverwrites(verb, existing, o.overwrite ? new Map() : pairs.set);
    const patch = modify(obj, field, pairs, o.resourceVersion);
    const fieldManager = o.fieldManager ?? `kubectl-${verb}`;
    const out = await c.client.patch(t.mapping, t.ns, t.name, 'merge', patch, { fieldManager, dryRun: dry === 'server' });
    if (verb === 'annotate') shown = out;
  }
  if (o.list) {
    const indent = single ? '' : ' ';
    if (!single) c.io.out(`Listing ${field} for ${t.mapping.kind}.${t.mapping.group}/${t.name}:\n`);
    for (const [k, v] of Object.entries((shown.metadata[field] as Record<string, string> | undefined) ?? {})) c.io.out(`${indent}${k}=${v}\n`);
    return;
  }
  const op = verb === 'label' ? labelMessage(before, canonical(obj), !!o.overwrite) : 'annotated';
  printObjectResult(c, t.mapping, shown, op, o.output, dry);
}

async function run(c: CliContext, verb: Verb, args: string[], o: Flags): Promise<void> {
  const { resources, pairs: specs } = splitArgs(args, verb === 'label' ? 'label' : 'annotation');
  const pairs = verb === 'label' ? parseLabels(specs) : parseAnnotations(specs);
  const dry = dryRunMode(o.dryRun);
  validate(verb, o, resources, pairs, dry);
  const visit = await visitResources(c, {
    args: resources,
    filenames: o.filename,
    recursive: o.recursive,
    local: o.local,
    latest: !o.local,
    ...(o.local ? {} : { selector: o.selector, fieldSelector: o.fieldSelector, all: o.all, allNamespaces: o.allNamespaces }),
  });
  if (!visit.singleItemImplied && o.resourceVersion) throw new CliError('--resource-version may only be used with a single resource');
  // ContinueOnError: every object is tried, the errors reported together at the end
  const errors: unknown[] = [];
  for (const e of visit.entries) {
    if ('error' in e) {
      errors.push(e.error);
      continue;
    }
    try {
      await visitOne(c, verb, o, pairs, dry, e.item, visit.singleItemImplied);
    } catch (err) {
      errors.push(err);
    }
  }
  reportAggregate(c, errors);
}

export function registerLabelAnnotate(program: Command, ctx: () => CliContext): void {
  for (const verb of ['label', 'annotate'] as const) {
    const noun = verb === 'label' ? 'labels' : 'annotations';
    program
      .command(verb)
      .description(verb === 'label' ? 'Update the labels on a resource' : 'Update the annotations on a resource')
      .argument('[args...]')
      .option('--overwrite', `If true, allow ${noun} to be overwritten, otherwise reject ${verb === 'label' ? 'label' : 'annotation'} updates that overwrite existing ${noun}.`)
      .option('--list', `If true, display the ${noun} for a given resource.`)
      .option('--local', `If true, ${verb === 'label' ? 'label' : 'annotation'} will NOT contact api-server but run locally.`)
      .option('-l, --selector <selector>', 'Selector (label query) to filter on')
      .option('--field-selector <selector>', 'Selector (field query) to filter on.')
      .option('--all', 'Select all resources, in the namespace of the specified resource types')
      .option('-A, --all-namespaces', 'If true, check the specified action in all namespaces.')
      .option('--resource-version <version>', `If non-empty, the ${noun} update will only succeed if this is the current resource-version for the object.`)
      .option('-f, --filename <file>', `Filename, directory, or URL to files identifying the resource to update the ${noun}`, (v: string, prev: string[] = []) => [...prev, v])
      .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
      .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
      .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
      .option('-o, --output <format>', 'Output format.')
      .action((args: string[], o: Flags) => run(ctx(), verb, args, o));
  }
}
