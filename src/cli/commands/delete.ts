// mk delete TYPE NAME | TYPE/NAME | -f FILE | -l SELECTOR | --all | --raw PATH ; with no
// arguments, deletes the cluster. Follows kubectl 1.33's DeleteOptions: Complete, Validate,
// then every object tried with the errors reported together, and a wait only when all went well.
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import type { DeleteOptions, KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, addSourceToErr } from '../errors.js';
import { durationFlag } from '../go-duration.js';
import { parseCascade } from '../cascade.js';
import { reportAggregate } from '../aggregate-errors.js';
import { dryRunMode, type DryRun } from '../output.js';
import { rawRequest, validateRaw } from '../raw-request.js';
import { kindGroup } from '../resource-mapper.js';
import { visitResources, type Visit, type VisitItem } from '../resource-visit.js';
import { readAnswer } from '../prompt.js';
import { waitForDeletion } from '../wait.js';
import { deleteCluster } from './lifecycle.js';

interface DeleteFlags {
  filename?: string[];
  recursive?: boolean;
  selector?: string;
  all?: boolean;
  allNamespaces?: boolean;
  cascade?: string | boolean;
  gracePeriod?: string;
  force?: boolean;
  now?: boolean;
  wait?: boolean;
  timeout?: string;
  ignoreNotFound?: boolean;
  output?: string;
  fieldSelector?: string;
  raw?: string;
  interactive?: boolean;
  dryRun?: string | boolean;
}

const PATH = 'mk delete';
/** kubectl waits "forever" as a week when --timeout is zero */
const WEEK_MS = 168 * 3_600_000;


/** Complete's grace period: --now is 1, 0 without --force is 1, --force alone is 0, -1 unset. */
function gracePeriod(o: DeleteFlags): number {
  let grace = o.gracePeriod !== undefined ? Number(o.gracePeriod) : -1;
  if (o.now) {
    if (grace !== -1) throw new CliError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (grace === 0 && !o.force) grace = 1;
  if (o.force && grace < 0) grace = 0;
  return grace;
}

const isNotFound = (e: unknown) => e instanceof ApiError && e.code === 404;

/** DeleteOptions.PrintObj: "kind.group "name" deleted" or -o name. */
function printDeleted(c: CliContext, t: VisitItem, grace: number, dry: DryRun, output: string | undefined): void {
  if (output === 'name') return c.io.out(`${kindGroup(t.mapping)}/${t.name}\n`);
  const op = `${grace === 0 ? 'force deleted' : 'deleted'}${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}`;
  c.io.out(`${kindGroup(t.mapping)} "${t.name}" ${op}\n`);
}

/** --interactive: lists what would go and asks; anything but y/Y (or no answer) cancels. */
async function confirmed(c: CliContext, preview: VisitItem[]): Promise<boolean> {
  c.io.out(`You are about to delete the following ${preview.length} resource(s):\n`);
  for (const t of preview) c.io.out(`${kindGroup(t.mapping)}/${t.name}\n`);
  c.io.out('Do you want to continue? (y/n): ');
  const answer = await readAnswer();
  return answer !== undefined && answer.toLowerCase() === 'y';
}

async function deleteAll(c: CliContext, visit: Visit, o: DeleteFlags, policy: DeleteOptions['propagationPolicy'], grace: number, dry: DryRun, ignoreNotFound: boolean, timeoutMs: number): Promise<void> {
  const opts: DeleteOptions = { propagationPolicy: policy };
  if (grace >= 0) opts.gracePeriodSeconds = grace;
  if (dry === 'server') opts.dryRun = ['All'];
  const errors: unknown[] = [];
  const deleted: { t: VisitItem; uid?: string }[] = [];
  for (const e of visit.entries) {
    if ('error' in e) {
      if (!(ignoreNotFound && isNotFound(e.error))) errors.push(e.error);
      continue;
    }
    const t = e.item;
    if (dry === 'client') {
      deleted.push({ t });
      printDeleted(c, t, grace, dry, o.output);
      continue;
    }
    try {
      const res: KubeObject = await c.client.delete(t.mapping, t.ns, t.name, opts);
      printDeleted(c, t, grace, dry, o.output);
      deleted.push({ t, uid: res?.metadata?.uid ?? (res as { details?: { uid?: string } }).details?.uid });
    } catch (err) {
      if (ignoreNotFound && isNotFound(err)) continue;
      errors.push(addSourceToErr('deleting', t.source, err));
    }
  }
  // kubectl returns the visit's errors before it would wait
  reportAggregate(c, errors);
  if (!deleted.length) {
    c.io.out('No resources found\n');
    return;
  }
  if (o.wait === false || dry !== 'none') return;
  const deadline = Date.now() + (timeoutMs === 0 ? WEEK_MS : timeoutMs);
  for (const { t, uid } of deleted) {
    const gone = await waitForDeletion(c.client, t.mapping, t.ns, t.name, uid, Math.max(1, deadline - Date.now()));
    if (!gone) throw new CliError(`timed out waiting for the condition on ${t.mapping.resource}${t.mapping.group ? `.${t.mapping.group}` : ''}/${t.name}`);
  }
}

export function registerDelete(program: Command, ctx: () => CliContext): void {
  program
    .command('delete')
    .description('Delete resources by file names, stdin, resources and names, or by resources and label selector; with no arguments, delete the local cluster')
    .argument('[args...]')
    .option('-f, --filename <file>', 'containing the resource to delete.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on.')
    .option('--field-selector <selector>', 'Selector (field query) to filter on.')
    .option('--all', 'Delete all resources, in the namespace of the specified resource types.')
    .option('-A, --all-namespaces', 'If present, list the requested object(s) across all namespaces.')
    .option('--cascade [mode]', 'Must be "background", "orphan", or "foreground".')
    .option('--grace-period <seconds>', 'Period of time in seconds given to the resource to terminate gracefully.')
    .option('--force', 'If true, immediately remove resources from API and bypass graceful deletion.')
    .option('--now', 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).')
    .option('--wait', 'If true, wait for resources to be gone before returning.', true)
    .option('--no-wait', 'Do not wait for resources to be gone.')
    .option('--timeout <duration>', 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object')
    .option('--ignore-not-found', 'Treat "resource not found" as a successful delete.')
    .option('--raw <path>', 'Raw URI to DELETE to the server.')
    .option('-i, --interactive', 'If true, delete resource only when user confirms.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output mode. Use "-o name" for shorter output (resource/name).')
    .action(async (args: string[], o: DeleteFlags) => {
      const c = ctx();
      if (!args.length && !o.filename?.length && !o.selector && !o.fieldSelector && !o.all && o.raw === undefined) return deleteCluster(c);
      const timeoutMs = durationFlag(o.timeout, '--timeout', PATH);
      // Complete
      const policy = parseCascade(c, o.cascade);
      const ignoreNotFound = o.ignoreNotFound ?? !!(o.all || o.selector || o.fieldSelector);
      const grace = gracePeriod(o);
      const dry = dryRunMode(o.dryRun);
      const visit =
        o.raw === undefined
          ? await visitResources(c, { args, filenames: o.filename, recursive: o.recursive, selector: o.selector, fieldSelector: o.fieldSelector, all: o.all, allNamespaces: o.allNamespaces, namesOnly: true })
          : undefined;
      // Validate
      if (o.output && o.output !== 'name') throw new CliError(`unexpected -o output mode: ${o.output}. We only support '-o name'`);
      if (o.all && o.selector) throw new CliError('cannot set --all and --selector at the same time');
      if (o.all && o.fieldSelector) throw new CliError('cannot set --all and --field-selector at the same time');
      if (grace === 0 && o.force) c.io.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
      else if (grace > 0 && o.force) throw new CliError('--force and --grace-period greater than 0 cannot be specified together');
      if (o.raw !== undefined) {
        if (o.interactive) throw new CliError('--interactive can not be used with --raw');
        validateRaw(o.raw, o);
        return rawRequest(c, 'DELETE', o.raw, o.filename?.[0]);
      }
      if (o.interactive) {
        const errors = visit!.entries.flatMap((e) => ('error' in e && !(ignoreNotFound && isNotFound(e.error)) ? [e.error] : []));
        reportAggregate(c, errors);
        const preview = visit!.entries.flatMap((e) => ('item' in e ? [e.item] : []));
        if (!preview.length) return c.io.out('No resources found\n');
        if (!(await confirmed(c, preview))) return c.io.out('deletion is cancelled\n');
      }
      await deleteAll(c, visit!, o, policy, grace, dry, ignoreNotFound, timeoutMs);
    });
}
