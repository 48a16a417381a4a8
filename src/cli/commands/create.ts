// mk create -f FILE [--record] [--save-config] [--dry-run] [-o]
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { eachManifest, fieldValidationMode, readManifests } from '../manifests.js';
import { manifestNamespace, mappingFor } from '../objects.js';
import { withLastApplied } from '../apply-patch.js';
import { dryRunMode, printObjectResult } from '../output.js';
import { recordChangeCause, warnRecordDeprecated } from '../record.js';
import { addSourceToErr } from '../errors.js';

export interface CreateFileOptions {
  filename?: string[];
  recursive?: boolean;
  record?: boolean;
  saveConfig?: boolean;
  dryRun?: string;
  output?: string;
  validate?: string;
  raw?: string;
}

export async function createFromFiles(c: CliContext, o: CreateFileOptions): Promise<void> {
  const manifests = readManifests(o.filename ?? [], o.recursive, true);
  const dry = dryRunMode(o.dryRun);
  if (o.record) warnRecordDeprecated(c);
  await eachManifest(c, manifests, async ({ object, source }) => {
    const m = await mappingFor(c, object, source);
    const ns = manifestNamespace(c, m, object);
    let obj = object;
    if (o.record) obj = recordChangeCause(obj, c.commandLine);
    if (o.saveConfig) obj = withLastApplied(obj);
    const fieldValidation = fieldValidationMode(o.validate);
    const created = dry === 'client' ? { ...obj, metadata: { ...obj.metadata, ...(ns ? { namespace: ns } : {}) } } : await c.client.create(m, ns, obj, { fieldManager: 'kubectl-create', fieldValidation, dryRun: dry === 'server' }).catch((e) => {
          throw addSourceToErr('creating', source, e);
        });
    c.flushWarnings();
    printObjectResult(c, m, created, 'created', o.output, dry);
  });
}

export function registerCreate(program: Command, ctx: () => CliContext): Command {
  const create = program
    .command('create')
    .description('Create a resource from a file or from stdin')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files to use to create the resource', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('--record', 'Record current kubectl command in the resource annotation.')
    .option('--save-config', 'If true, the configuration of current object will be saved in its annotation.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .option('--validate [mode]', "Must be one of: strict (or true), warn, ignore (or false).")
    .option('--raw <path>', 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.')
    .action(async (o: CreateFileOptions) => {
      const c = ctx();
      if (!o.filename?.length) {
        const { CliError } = await import('../errors.js');
        throw new CliError('must specify one of -f and -k', 1);
      }
      if (o.raw !== undefined) {
        // one file's bytes POSTed as they are, the response printed as it comes
        const { rawRequest, validateRaw } = await import('../raw-request.js');
        validateRaw(o.raw, o);
        return rawRequest(c, 'POST', o.raw, o.filename[0]);
      }
      await createFromFiles(c, o);
    });
  return create;
}
