// mk apply -f: client-side apply with the last-applied annotation, as kubectl does.
import type { Command } from 'commander';
import { isDeepStrictEqual } from 'node:util';
import { ApiError } from '../../client/http-client.js';
import type { KubeObject } from '../../client/types.js';
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
}

async function applyOne(c: CliContext, manifest: KubeObject, o: ApplyOptions, source?: string): Promise<void> {
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
    return printObjectResult(c, m, out, 'serverside-applied', o.output, dry);
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
    return printObjectResult(c, m, created, 'created', o.output, dry);
  }
  const originalText = current.metadata.annotations?.[LAST_APPLIED];
  const original = originalText ? (JSON.parse(originalText) as KubeObject) : undefined;
  const modified = withLastApplied(manifest);
  const schema = patchSchemaForType(typeForKind(m.group, m.version, m.kind)?.name ?? '');
  const patchFor = (live: KubeObject) => createThreeWayMergePatch(original ?? {}, modified, live, schema);
  let patch = patchFor(current);
  if (!patch || isDeepStrictEqual(patch, {})) return printObjectResult(c, m, current, 'unchanged', o.output, dry);
  let out = current;
  // kubectl's Patcher: on a conflict, fetch the live object and patch again, up to 5 times,
  // sleeping a second before each retry after the first
  for (let retry = 0; dry !== 'client'; retry++) {
    try {
      out = await c.client.patch(m, ns, name, 'strategic', patch, { fieldManager: 'kubectl-client-side-apply', fieldValidation, dryRun: dry === 'server' });
      break;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code !== 409 || retry >= MAX_PATCH_RETRIES) throw patchError(e, patch, m, ns, name, source);
      if (retry >= 1) await new Promise((r) => setTimeout(r, RETRY_BACKOFF_MS));
      current = await c.client.get(m, ns, name);
      patch = patchFor(current);
      if (!patch || isDeepStrictEqual(patch, {})) return printObjectResult(c, m, current, 'unchanged', o.output, dry);
    }
  }
  if (!originalText) c.io.err(`Warning: resource ${m.resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`);
  printObjectResult(c, m, out, 'configured', o.output, dry);
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
    .action(async (o: ApplyOptions) => {
      const c = ctx();
      if (!o.filename?.length) throw new CliError("error: must specify one of -f and -k");
      if (o.record) warnRecordDeprecated(c);
      await eachManifest(c, readManifests(o.filename, o.recursive, true), ({ object, source }) => applyOne(c, object, o, source));
    });
}
