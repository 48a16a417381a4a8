// mk set image (-f FILE | TYPE NAME | TYPE -l SEL | TYPE --all) CONTAINER=IMAGE ... [--local]:
// kubectl 1.33's SetImageOptions: every object changed locally, a strategic two-way merge patch
// of the difference sent (nothing when there is none), errors gathered to the end.
import type { Command } from 'commander';
import type { KubeObject } from '../../client/types.js';
import { typeForKind } from '../../apiserver/schema/registry.js';
import { createTwoWayMergePatch } from '../../patch/strategic-merge.js';
import { patchSchemaForType } from '../../patch/schema.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { reportAggregate } from '../aggregate-errors.js';
import { dryRunMode, printObjectResult } from '../output.js';
import { kindGroup } from '../resource-mapper.js';
import { CHANGE_CAUSE, warnRecordDeprecated } from '../record.js';
import { visitErrors, visitItems, visitResources } from '../resource-visit.js';
import { withTypedZeroFields } from '../typed-zero-fields.js';

interface SetImageFlags {
  all?: boolean;
  selector?: string;
  filename?: string[];
  recursive?: boolean;
  local?: boolean;
  dryRun?: string | boolean;
  record?: boolean;
  output?: string;
  fieldManager?: string;
}

const LOCAL_RESOURCES = "you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'";

/** The pod spec inside a workload, as kubectl's polymorphic helpers find it. */
export function podSpecOf(obj: KubeObject): KubeObject | undefined {
  if (obj.kind === 'Pod') return obj.spec;
  if (obj.kind === 'CronJob') return obj.spec?.jobTemplate?.spec?.template?.spec;
  return obj.spec?.template?.spec;
}

/** GetResourcesAndPairs + ParsePairs without removal: resources, then CONTAINER=IMAGE pairs. */
function resourcesAndImages(args: string[]): { resources: string[]; images: Map<string, string> } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length) throw new CliError(`all resources must be specified before image changes: ${s}`);
    else resources.push(s);
  }
  const images = new Map<string, string>();
  const invalid: string[] = [];
  for (const p of pairs) {
    if (p.includes('=') && p[0] !== '=') images.set(p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1));
    else invalid.push(p);
  }
  if (invalid.length) throw new CliError(`invalid image format: ${invalid.join(', ')}`);
  return { resources, images };
}

function setImage(containers: KubeObject[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      c.image = image;
      found = true;
    }
  }
  return found;
}

async function runSetImage(c: CliContext, args: string[], o: SetImageFlags): Promise<void> {
  const dry = dryRunMode(o.dryRun);
  if (o.record) warnRecordDeprecated(c);
  const { resources, images } = resourcesAndImages(args);
  // Complete: the builder's objects, every one of them found, or nothing happens
  if (o.local && resources.length) throw new CliError(LOCAL_RESOURCES);
  const visit = await visitResources(c, { args: resources, filenames: o.filename, recursive: o.recursive, local: o.local, latest: !o.local, ...(o.local ? {} : { selector: o.selector, all: o.all }) });
  reportAggregate(c, visitErrors(visit));
  // Validate
  const invalid: string[] = [];
  if (o.all && o.selector) invalid.push('cannot set --all and --selector at the same time');
  if (!resources.length && !o.filename?.length) invalid.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!images.size) invalid.push('at least one image update is required');
  else if (images.size > 1 && images.has('*')) invalid.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (o.local && dry === 'server') invalid.push('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  reportAggregate(c, invalid.map((m) => new CliError(m)));

  const errors: unknown[] = [];
  for (const t of visitItems(visit)) {
    const original = t.object!;
    const modified = structuredClone(original);
    const spec = podSpecOf(modified);
    if (!spec) {
      // kubectl names a fetched object resource/name, a --local one kind.group/name (then a line break
      // when it has a group), and the Go type it decoded into
      const goType = typeForKind(t.mapping.group, t.mapping.version, t.mapping.kind) ? `*${t.mapping.version}.${t.mapping.kind}` : '*unstructured.Unstructured';
      const objectName = o.local ? `${kindGroup(t.mapping)}/${t.name}${t.mapping.group ? '\n' : ''}` : `${t.mapping.resource}/${t.name}`;
      errors.push(new CliError(`error: ${objectName} the object is not a pod or does not have a pod template: ${goType}\n`));
      continue;
    }
    for (const [name, image] of images) {
      const inInit = setImage(spec.initContainers, name, image);
      const inMain = setImage(spec.containers, name, image);
      if (!inInit && !inMain) errors.push(new CliError(`error: unable to find container named ${JSON.stringify(name)}`));
    }
    if (o.record) modified.metadata.annotations = { ...(modified.metadata.annotations ?? {}), [CHANGE_CAUSE]: c.commandLine };
    const schema = patchSchemaForType(typeForKind(t.mapping.group, t.mapping.version, t.mapping.kind)?.name ?? '');
    const patch = createTwoWayMergePatch(original as never, modified as never, schema);
    if (!Object.keys(patch).length) continue;
    if (o.local || dry === 'client') {
      printObjectResult(c, t.mapping, o.local ? withTypedZeroFields(modified) : modified, 'image updated', o.output, dry);
      continue;
    }
    try {
      const actual = await c.client.patch(t.mapping, t.ns, t.name, 'strategic', patch, { fieldManager: o.fieldManager ?? 'kubectl-set', dryRun: dry === 'server' });
      printObjectResult(c, t.mapping, actual, 'image updated', o.output, dry);
    } catch (e) {
      errors.push(new CliError(`failed to patch image update to pod template: ${e instanceof Error ? ((e as { status?: { message?: string } }).status?.message ?? e.message) : String(e)}`));
    }
  }
  reportAggregate(c, errors);
}

export function registerSet(program: Command, ctx: () => CliContext): void {
  const set = program.command('set').description('Set specific features on objects');
  set
    .command('image')
    .description('Update existing container image(s) of resources.')
    .argument('[args...]')
    .option('--all', 'Select all resources, in the namespace of the specified resource types')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on.')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files identifying the resource to get from a server.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('--local', 'If true, set image will NOT contact api-server but run locally.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('--record', 'Record current kubectl command in the resource annotation.')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
    .option('-o, --output <format>', 'Output format.')
    .action((args: string[], o: SetImageFlags) => runSetImage(ctx(), args, o));
}
