// mk apply -f: client-side apply with the last-applied annotation, as kubectl does.
import type { Command } from 'commander';
import { isDeepStrictEqual } from 'node:util';
import { ApiError } from '../../client/http-client.js';
import type { DeleteOptions, KubeObject } from '../../client/types.js';
import type { MappedResource } from '../resource-mapper.js';
import { durationFlag } from '../go-duration.js';
import type { CliContext } from '../context.js';
import { CliError, addSourceToErr } from '../errors.js';
import { eachManifest, fieldValidationMode, readManifests } from '../manifests.js';
import { manifestNamespace, mappingFor } from '../objects.js';
import { LAST_APPLIED, withLastApplied } from '../apply-patch.js';
import { dryRunMode, printObjectResult } from '../output.js';
import { toGoJsonCompact } from '../printers/json.js';
import { createThreeWayMergePatch } from '../../patch/strategic-merge.js';
import { patchSchemaForType } from '../../patch/schema.js';
import { typeForKind } from '../../apiserver/schema/registry.js';
import { recordChangeCause, warnRecordDeprecated } from '../record.js';
import { parseLabelSelector } from '../../apiserver/selectors.js';
import { parsePruneAllowlist, pruneAll } from '../apply-prune.js';
import { parseCascade } from '../cascade.js';

interface ApplyOptions {
  filename?: string[];
  recursive?: boolean;
  dryRun?: string;
  output?: string;
  serverSide?: boolean;
  forceConflicts?: boolean;
  fieldManager?: string;
  record?: boolean;
  validate?: string;
  selector?: string;
  prune?: boolean;
  pruneAllowlist?: string[];
  all?: boolean;
  cascade?: string | boolean;
  gracePeriod?: string;
  force?: boolean;
  timeout?: string;
}

/** --force's delete: how (--cascade, --grace-period) and how long to wait for it (--timeout). */
interface ForceOptions {
  policy: DeleteOptions['propagationPolicy'];
  gracePeriod: number;
  timeoutMs: number;
}

/** What applying one object leaves behind for --prune: where it went and what it is now. */
interface Applied {
  ns?: string;
  uid?: string;
}

async function applyOne(c: CliContext, manifest: KubeObject, o: ApplyOptions, force: ForceOptions, source?: string): Promise<Applied> {
  const m = await mappingFor(c, manifest, source);
  const ns = manifestNamespace(c, m, manifest);
  if (ns) manifest.metadata.namespace = ns;
  if (o.record) manifest = recordChangeCause(manifest, c.commandLine);
  const dry = dryRunMode(o.dryRun);
  const name = manifest.metadata.name;
  if (!name) throw new CliError('error when retrieving current configuration: resource name may not be empty');
  const fieldValidation = fieldValidationMode(o.validate);
  if (o.serverSide) {
    const out = await c.client.patch(m, ns, name, 'apply', manifest, { fieldManager: o.fieldManager ?? 'kubectl', fieldValidation, dryRun: dry === 'server' });
    printObjectResult(c, m, out, 'serverside-applied', o.output, dry);
    return { ns, uid: out.metadata.uid };
  }
  let current: KubeObject | undefined;
  try {
    current = await c.client.get(m, ns, name);
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 404)) throw e;
  }
  if (!current) {
    const body = withLastApplied(manifest);
    const created = dry === 'client' ? body : await c.client.create(m, ns, body, { fieldManager: 'kubectl-client-side-apply', fieldValidation, dryRun: dry === 'server' }).catch((e) => {
      throw addSourceToErr('creating', source, e);
    });
    printObjectResult(c, m, created, 'created', o.output, dry);
    return { ns, uid: created.metadata.uid };
  }
  // kubectl's client dry run never computes the patch: an existing object is "configured"
  if (dry === 'client') {
    printObjectResult(c, m, current, 'configured', o.output, dry);
    return { ns, uid: current.metadata.uid };
  }
  const originalText = current.metadata.annotations?.[LAST_APPLIED];
  const original = originalText ? (JSON.parse(originalText) as KubeObject) : undefined;
  const modified = withLastApplied(manifest);
  const schema = patchSchemaForType(typeForKind(m.group, m.version, m.kind)?.name ?? '');
  const patchFor = (live: KubeObject) => createThreeWayMergePatch(original ?? {}, modified, live, schema);
  let patch = patchFor(current);
  if (!patch || isDeepStrictEqual(patch, {})) {
    printObjectResult(c, m, current, 'unchanged', o.output, dry);
    return { ns, uid: current.metadata.uid };
  }
  if (!originalText) c.io.err(`Warning: resource ${m.resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`);
  let out = current;
  // kubectl's Patcher: on a conflict, fetch the live object and patch again, up to 5 times,
  // sleeping a second before each retry after the first
  for (let retry = 0; ; retry++) {
    try {
      out = await c.client.patch(m, ns, name, 'strategic', patch, { fieldManager: 'kubectl-client-side-apply', fieldValidation, dryRun: dry === 'server' });
      break;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const final = e.code !== 409 || retry >= MAX_PATCH_RETRIES;
      // --force: what cannot be patched (a conflict to the end, or invalid) is deleted and created anew
      if (final && o.force && (e.code === 409 || e.code === 422)) {
        out = await deleteAndCreate(c, m, ns, name, current, modified, force);
        break;
      }
      if (final) throw patchError(e, patch, m, ns, name, source);
      if (retry >= 1) await new Promise((r) => setTimeout(r, RETRY_BACKOFF_MS));
      current = await c.client.get(m, ns, name);
      patch = patchFor(current);
      if (!patch || isDeepStrictEqual(patch, {})) {
        printObjectResult(c, m, current, 'unchanged', o.output, dry);
        return { ns, uid: current.metadata.uid };
      }
    }
  }
  printObjectResult(c, m, out, 'configured', o.output, dry);
  return { ns, uid: out.metadata.uid };
}

/** Patcher.deleteAndCreate: delete, poll each second until gone, create; restore the old object if that fails. */
async function deleteAndCreate(c: CliContext, m: MappedResource, ns: string | undefined, name: string, original: KubeObject, modified: KubeObject, f: ForceOptions): Promise<KubeObject> {
  await c.client.delete(m, ns, name, { propagationPolicy: f.policy, ...(f.gracePeriod >= 0 ? { gracePeriodSeconds: f.gracePeriod } : {}) });
  const deadline = Date.now() + f.timeoutMs;
  for (;;) {
    const gone = await c.client.get(m, ns, name).then(
      () => false,
      (e) => {
        if (e instanceof ApiError && e.code === 404) return true;
        throw e;
      },
    );
    if (gone) break;
    if (Date.now() + 1000 > deadline) throw new CliError('context deadline exceeded');
    await new Promise((r) => setTimeout(r, 1000));
  }
  try {
    return await c.client.create(m, ns, modified, { fieldManager: 'kubectl-client-side-apply' });
  } catch (e) {
    const restore = structuredClone(original);
    delete restore.metadata.resourceVersion;
    delete restore.metadata.uid;
    await c.client.create(m, ns, restore, { fieldManager: 'kubectl-client-side-apply' }).catch(() => undefined);
    throw e;
  }
}

/** ApplyOptions.Validate, the checks mk's flags reach, in kubectl's order. */
function validate(o: ApplyOptions): void {
  if (dryRunMode(o.dryRun) === 'client' && o.serverSide) throw new CliError("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)");
  if (o.serverSide && o.force) throw new CliError('--force cannot be used with --server-side');
  if (dryRunMode(o.dryRun) === 'server' && o.force) throw new CliError('--dry-run=server cannot be used with --force');
  if (o.all && o.selector) throw new CliError('cannot set --all and --selector at the same time');
  if (o.prune) {
    if (o.force) throw new CliError('--force cannot be used with --prune');
    if (!o.all && !o.selector) throw new CliError('all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector');
    if (o.serverSide) throw new CliError("--prune is in alpha and doesn't currently work on objects created by server-side apply");
  }
}

const MAX_PATCH_RETRIES = 5;
const RETRY_BACKOFF_MS = 1000;

/** The server's error with what was sent, as kubectl's Patcher words it (resource.Info's String()). */
function patchError(e: ApiError, patch: unknown, m: { group: string; version: string; resource: string; kind: string }, ns: string | undefined, name: string, source: string | undefined): ApiError {
  const q = JSON.stringify;
  const info = `Resource: ${q(`${m.group}/${m.version}, Resource=${m.resource}`)}, GroupVersionKind: ${q(`${m.group}/${m.version}, Kind=${m.kind}`)}\nName: ${q(name)}, Namespace: ${q(ns ?? '')}`;
  const inner = source ? `error when patching ${q(source)}: ${e.status.message ?? ''}` : (e.status.message ?? '');
  return new ApiError(e.code, { ...e.status, message: `error when applying patch:\n${toGoJsonCompact(patch)}\nto:\n${info}\nfor: ${q(source ?? '')}: ${inner}` });
}

export function registerApply(program: Command, ctx: () => CliContext): void {
  program
    .command('apply')
    .description('Apply a configuration to a resource by file name or stdin')
    .option('-f, --filename <file>', 'The files that contain the configurations to apply.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .option('--server-side', 'If true, apply runs in the server instead of the client.')
    .option('--force-conflicts', 'If true, server-side apply will force the changes against conflicts.')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
    .option('--record', 'Record current kubectl command in the resource annotation.')
    .option('--validate [mode]', 'Must be one of: strict (or true), warn, ignore (or false).')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on.')
    .option('--prune', 'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config.')
    .option('--prune-allowlist <gvk>', 'Overwrite the default allowlist with <group/version/kind> for --prune', (v: string, prev: string[] = []) => [...prev, v])
    .option('--all', 'Select all resources in the namespace of the specified resource types.')
    .option('--cascade [mode]', 'Must be "background", "orphan", or "foreground".')
    .option('--grace-period <seconds>', 'Period of time in seconds given to the resource to terminate gracefully.')
    .option('--force', 'If true, immediately remove resources from API and bypass graceful deletion.')
    .option('--timeout <duration>', 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object')
    .action(async (o: ApplyOptions) => {
      const c = ctx();
      const timeoutMs = durationFlag(o.timeout, '--timeout', 'mk apply');
      if (!o.filename?.length) throw new CliError("error: must specify one of -f and -k");
      const policy = parseCascade(c, o.cascade);
      const gracePeriod = o.gracePeriod !== undefined ? Number(o.gracePeriod) : -1;
      const force: ForceOptions = { policy, gracePeriod, timeoutMs };
      const allowlist = o.prune ? await parsePruneAllowlist(c, o.pruneAllowlist ?? []) : [];
      validate(o);
      if (o.record) warnRecordDeprecated(c);
      const manifests = readManifests(o.filename, o.recursive, true);
      // the builder's LabelSelectorParam: only the file's objects the selector matches are applied
      const matches = parseLabelSelector(o.selector);
      const selected = manifests.filter((m) => matches(m.object.metadata.labels as Record<string, string> | undefined));
      if (!selected.length && !manifests.syntaxErrors) throw new CliError('no objects passed to apply');
      const visitedNamespaces = new Set<string>(c.explicitNamespace ? [c.namespace] : []);
      const visitedUids = new Set<string>();
      await eachManifest(c, manifests, async ({ object, source }) => {
        if (!matches(object.metadata.labels as Record<string, string> | undefined)) return;
        const applied = await applyOne(c, object, o, force, source);
        if (applied.ns) visitedNamespaces.add(applied.ns);
        if (applied.uid) visitedUids.add(applied.uid);
      });
      if (!o.prune) return;
      await pruneAll(c, { selector: o.selector, allowlist, visitedNamespaces, visitedUids, propagationPolicy: policy, gracePeriod, dry: dryRunMode(o.dryRun), output: o.output });
    });
}
