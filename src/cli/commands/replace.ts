// mk replace -f FILE [--force]: PUT the whole object (or, with --force, delete and re-create it).
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { eachManifest, fieldValidationMode, readManifests } from '../manifests.js';
import { manifestNamespace, mappingFor } from '../objects.js';
import { kindGroup, type MappedResource } from '../resource-mapper.js';
import { dryRunMode, printObjectResult, type DryRun } from '../output.js';
import { withLastApplied, LAST_APPLIED } from '../apply-patch.js';
import { waitForDeletion } from '../wait.js';
import { parseCascade } from '../cascade.js';
import { durationFlag } from '../go-duration.js';

interface ReplaceFlags {
  filename?: string[];
  recursive?: boolean;
  force?: boolean;
  gracePeriod?: string;
  timeout?: string;
  cascade?: string | boolean;
  wait?: boolean;
  saveConfig?: boolean;
  dryRun?: string;
  output?: string;
  validate?: string;
  fieldManager?: string;
}

/** cmdutil.AddSourceToErr: server errors name the file they came from. */
function withSource(e: unknown, verb: string, source: string): unknown {
  if (e instanceof ApiError && source) {
    return new ApiError(e.code, { ...e.status, message: `error when ${verb} "${source}": ${e.status.message ?? ''}` });
  }
  return e;
}


async function replaceOne(c: CliContext, m: MappedResource, ns: string | undefined, obj: KubeObject, source: string, o: ReplaceFlags, dry: DryRun): Promise<void> {
  const fieldValidation = fieldValidationMode(o.validate);
  const writeOpts = { fieldManager: o.fieldManager ?? 'kubectl-replace', fieldValidation, dryRun: dry === 'server' } as const;
  if (o.saveConfig || obj.metadata.annotations?.[LAST_APPLIED]) obj = withLastApplied(obj);
  if (dry === 'client') return printObjectResult(c, m, obj, 'replaced', o.output, dry);
  try {
    const out = await c.client.update(m, ns, obj, writeOpts);
    printObjectResult(c, m, out, 'replaced', o.output, dry);
  } catch (e) {
    throw withSource(e, 'replacing', source);
  }
}

async function forceReplaceOne(c: CliContext, m: MappedResource, ns: string | undefined, obj: KubeObject, source: string, o: ReplaceFlags): Promise<void> {
  const name = obj.metadata.name!;
  const grace = o.gracePeriod !== undefined ? Number(o.gracePeriod) : undefined;
  const propagationPolicy = parseCascade(c, o.cascade);
  let uid: string | undefined;
  try {
    const res = await c.client.delete(m, ns, name, { propagationPolicy, ...(grace !== undefined && grace >= 0 ? { gracePeriodSeconds: grace } : {}) });
    uid = res?.metadata?.uid ?? (res as { details?: { uid?: string } }).details?.uid;
    c.io.out(`${kindGroup(m)} "${name}" deleted\n`);
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 404)) throw withSource(e, 'deleting', source);
  }
  const timeoutMs = durationFlag(o.timeout, '--timeout', 'mk replace');
  if (!(await waitForDeletion(c.client, m, ns, name, uid, timeoutMs))) throw new CliError(`timed out waiting for the condition on ${m.resource}/${name}`);
  const body = structuredClone(obj);
  delete body.metadata.resourceVersion;
  delete body.metadata.uid;
  try {
    const out = await c.client.create(m, ns, o.saveConfig ? withLastApplied(body) : body, { fieldManager: o.fieldManager ?? 'kubectl-replace' });
    printObjectResult(c, m, out, 'replaced', o.output);
  } catch (e) {
    throw withSource(e, 'creating', source);
  }
}

export function registerReplace(program: Command, ctx: () => CliContext): void {
  program
    .command('replace')
    .description('Replace a resource by file name or stdin')
    .option('-f, --filename <file>', 'The files that contain the configurations to replace.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('--force', 'If true, immediately remove resources from API and bypass graceful deletion, then re-create them.')
    .option('--grace-period <seconds>', 'Period of time in seconds given to the resource to terminate gracefully. Can only be set to 0 when --force is true (force deletion).')
    .option('--timeout <duration>', 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object')
    .option('--cascade [mode]', 'Must be "background", "orphan", or "foreground".')
    .option('--save-config', 'If true, the configuration of current object will be saved in its annotation.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .option('--validate [mode]', 'Must be one of: strict (or true), warn, ignore (or false).')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
    .action(async (o: ReplaceFlags) => {
      const c = ctx();
      if (!o.filename?.length) throw new CliError('must specify one of -f and -k');
      const dry = dryRunMode(o.dryRun);
      if (o.force && dry !== 'none') throw new CliError('--dry-run can not be used when --force is set');
      await eachManifest(c, readManifests(o.filename, o.recursive, true), async ({ object, source }) => {
        const m = await mappingFor(c, object, source);
        const ns = manifestNamespace(c, m, object);
        if (ns) object.metadata.namespace = ns;
        if (o.force) await forceReplaceOne(c, m, ns, object, source, o);
        else await replaceOne(c, m, ns, object, source, o, dry);
      });
    });
}
