// mk create deployment|namespace|configmap|secret generic: objects built client-side (mk run: run.ts).
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject, ResourceRef } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, UsageError, wrapError } from '../errors.js';
import { dryRunMode, printObjectResult, type TemplateFlags } from '../output.js';
import { withTypedLastApplied } from '../typed-last-applied.js';
import type { MappedResource } from '../resource-mapper.js';
import { randomSuffix } from '../../util/names.js';
import { configMapData, nameWithHash, secretData, type DataSources } from './create-data-sources.js';

export const mapped = (r: ResourceRef, kind: string, namespaced = true): MappedResource => ({ ...r, kind, namespaced, shortNames: [], categories: [], singular: kind.toLowerCase(), verbs: [] });

export interface GenFlags extends TemplateFlags {
  dryRun?: string;
  output?: string;
  fieldManager?: string;
  saveConfig?: boolean;
  validate?: string;
  showManagedFields?: boolean;
}

/**
 * The flags kubectl's create generators share (PrintFlags, --dry-run, --field-manager,
 * --save-config, --validate). `create` itself declares some of them and commander hands
 * those to it: withParentFlags merges them back, so none gets a default here.
 */
export function generatorFlags(cmd: Command): Command {
  return cmd
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .option('--template <template>', 'Template string or path to template file to use when -o=go-template, -o=go-template-file.')
    .option('--allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template.')
    .option('--no-allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template.')
    // the server keeps no managedFields, so there are none to show or hide
    .option('--show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
    .option('--save-config', 'If true, the configuration of current object will be saved in its annotation.')
    .option('--validate [mode]', 'Must be one of: strict (or true), warn, ignore (or false).');
}

/** cmdutil.GetValidationDirective: --validate's value (alone it is "strict") as the server's fieldValidation. */
export function validationDirective(v: string | boolean | undefined): 'Strict' | 'Warn' | 'Ignore' {
  const mode = v === undefined || v === true ? 'strict' : String(v);
  if (mode === 'strict' || mode === 'true') return 'Strict';
  if (mode === 'warn') return 'Warn';
  if (mode === 'ignore' || mode === 'false') return 'Ignore';
  throw new CliError(`invalid - validate option "${v}"; must be one of: strict (or true), warn, ignore (or false)`);
}

/** PrintFlags: --template alone means -o go-template. */
export function outputFormat(o: { output?: string; template?: string }): string | undefined {
  return o.output || (o.template ? 'go-template' : undefined);
}

/** Creates a generated object (or, with --dry-run=client, only places it in -n's namespace). */
export async function createGenerated(c: CliContext, m: MappedResource, obj: KubeObject, o: GenFlags, manager: string, failurePrefix?: string): Promise<KubeObject> {
  const dry = dryRunMode(o.dryRun);
  const fieldValidation = validationDirective(o.validate);
  const ns = m.namespaced ? c.namespace : undefined;
  if (o.saveConfig) obj = withTypedLastApplied(obj);
  if (dry === 'client') {
    if (ns && c.explicitNamespace) obj.metadata.namespace = ns;
    return obj;
  }
  return c.client.create(m, ns, obj, { fieldManager: o.fieldManager ?? manager, fieldValidation, dryRun: dry === 'server' }).catch((e) => {
    throw failurePrefix ? wrapError(failurePrefix, e) : e;
  });
}

/** `failurePrefix`: how kubectl's generator wraps a server error, if it does. */
export async function submit(c: CliContext, m: MappedResource, obj: KubeObject, o: GenFlags, manager: string, failurePrefix?: string): Promise<void> {
  const out = await createGenerated(c, m, obj, o, manager, failurePrefix);
  printObjectResult(c, m, out, 'created', outputFormat(o), dryRunMode(o.dryRun), o);
}

/** The container name kubectl derives from an image: its last path segment without tag or digest. */
export function containerNameFromImage(image: string): string {
  let name = image.split('/').pop()!.split('@')[0].split(':')[0];
  if (/[._]/.test(name)) name = `${name.replace(/[._]/g, '-')}-${randomSuffix()}`;
  return name;
}

/**
 * `create` declares --dry-run and -o too, and commander gives a flag to the first command that
 * knows it: the generator's own flags are those plus what `create` took.
 */
export function withParentFlags<T extends object>(own: T, cmd: Command): T {
  return { ...cmd.optsWithGlobals(), ...own } as T;
}

/** How many operands followed `--` on the command line (commander folds them into the rest). */
export function argsAfterDash(cmd: Command): number {
  let root = cmd;
  while (root.parent) root = root.parent;
  const raw = (root as Command & { rawArgs?: string[] }).rawArgs ?? [];
  const dash = raw.indexOf('--');
  return dash < 0 ? 0 : raw.length - dash - 1;
}

export function registerCreateGenerators(create: Command, ctx: () => CliContext): void {
  const common = generatorFlags;

  common(
    create
      .command('deployment')
      .alias('deploy')
      .description('Create a deployment with the specified name.')
      .argument('<name>')
      .argument('[command...]')
      .option('--image <image>', 'Image names to run. A deployment can have multiple images set for multi-container pod.', (v: string, prev: string[] = []) => [...prev, v])
      .option('-r, --replicas <n>', 'Number of replicas to create. Default is 1.')
      .option('--port <port>', 'The containerPort that this deployment exposes.'),
  ).action(async (name: string, command: string[], own: GenFlags & { image?: string[]; replicas?: string; port?: string }, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    if (!o.image?.length) throw new CliError('required flag(s) "image" not set');
    // cobra's ArgsLenAtDash: only NAME may come before `--`; what follows is the command
    const named = 1 + command.length - argsAfterDash(cmd);
    if (named !== 1) throw new UsageError(`exactly one NAME is required, got ${named}`, 'mk create deployment');
    if (o.image.length > 1 && command.length) throw new CliError('cannot specify multiple --image options and command');
    const labels = { app: name };
    // v1.Container's field order; the port goes on the first container only
    const containers = o.image.map((image, i) => ({
      name: containerNameFromImage(image),
      image,
      ...(command.length ? { command } : {}),
      ...(o.port && i === 0 ? { ports: [{ containerPort: Number(o.port) }] } : {}),
      resources: {},
    }));
    const obj: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, creationTimestamp: null, labels },
      // DeploymentSpec's field order, which --save-config's annotation keeps
      spec: { replicas: o.replicas !== undefined ? Number(o.replicas) : 1, selector: { matchLabels: labels }, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {} },
      status: {},
    };
    await submit(ctx(), mapped(R.deployments, 'Deployment'), obj, o, 'kubectl-create', 'failed to create deployment: ');
  });

  common(create.command('namespace').alias('ns').description('Create a namespace with the specified name.').argument('<name>')).action(async (name: string, own: GenFlags, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    await submit(ctx(), mapped(R.namespaces, 'Namespace', false), { apiVersion: 'v1', kind: 'Namespace', metadata: { name, creationTimestamp: null }, spec: {}, status: {} }, o, 'kubectl-create');
  });

  const list = (v: string, prev: string[] = []) => [...prev, v];
  // empty maps are omitted, as Go's omitempty does
  const nonEmpty = (maps: Record<string, Record<string, string>>) => Object.fromEntries(Object.entries(maps).filter(([, m]) => Object.keys(m).length));
  const fromData = (cmd: Command) =>
    cmd
      .option('--from-literal <kv>', 'Specify a key and literal value to insert (i.e. mykey=somevalue)', list)
      .option('--from-file <path>', 'Key file can be specified using its file path.', list)
      .option('--from-env-file <path>', 'Specify the path to a file to read lines of key=val pairs.', list)
      .option('--append-hash', 'Append a hash of the object to its name.');
  type DataFlags = GenFlags & DataSources & { appendHash?: boolean };
  common(fromData(create.command('configmap').alias('cm').description('Create a config map based on a file, directory, or specified literal value.').argument('<name>'))).action(async (name: string, own: DataFlags, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    const { data, binaryData } = configMapData(name, o);
    const hashed = o.appendHash ? nameWithHash(name, { kind: 'ConfigMap', data, ...(Object.keys(binaryData).length ? { binaryData } : {}) }) : name;
    const obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: hashed, creationTimestamp: null }, ...nonEmpty({ data, binaryData }) };
    await submit(ctx(), mapped(R.configmaps, 'ConfigMap'), obj, o, 'kubectl-create', 'failed to create configmap: ');
  });
  const secret = create.command('secret').description('Create a secret using a specified subcommand.');
  common(fromData(secret.command('generic').description('Create a secret from a local file, directory, or literal value.').argument('<name>').option('--type <type>', 'The type of secret to create'))).action(async (name: string, own: DataFlags & { type?: string }, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    const data = secretData(o);
    const hashed = o.appendHash ? nameWithHash(name, { kind: 'Secret', type: o.type ?? '', data }) : name;
    const obj = { apiVersion: 'v1', kind: 'Secret', metadata: { name: hashed, creationTimestamp: null }, ...nonEmpty({ data }), ...(o.type ? { type: o.type } : {}) };
    await submit(ctx(), mapped(R.secrets, 'Secret'), obj, o, 'kubectl-create', 'failed to create secret ');
  });
}
