// mk delete TYPE NAME | TYPE/NAME | -f FILE | -l SELECTOR | --all ; with no arguments, deletes the cluster.
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import type { DeleteOptions, KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, addSourceToErr, errorText } from '../errors.js';
import { readManifests } from '../manifests.js';
import { manifestNamespace, mappingFor, resolveArgs } from '../objects.js';
import { kindGroup, type MappedResource } from '../resource-mapper.js';
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
  ignoreNotFound?: boolean;
  output?: string;
  fieldSelector?: string;
}

function propagation(cascade: string | boolean | undefined): DeleteOptions['propagationPolicy'] {
  if (cascade === undefined || cascade === true || cascade === 'true' || cascade === 'background') return 'Background';
  if (cascade === false || cascade === 'false' || cascade === 'orphan') return 'Orphan';
  if (cascade === 'foreground') return 'Foreground';
  throw new CliError(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan".`);
}

interface Target {
  mapping: MappedResource;
  ns?: string;
  name: string;
  /** the file it came from, for "error when deleting" */
  source?: string;
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
    .option('--ignore-not-found', 'Treat "resource not found" as a successful delete.')
    .option('-o, --output <format>', 'Output mode. Use "-o name" for shorter output (resource/name).')
    .action(async (args: string[], o: DeleteFlags) => {
      const c = ctx();
      if (!args.length && !o.filename?.length && !o.selector && !o.all) return deleteCluster(c);
      const targets: Target[] = [];
      if (o.filename?.length) {
        for (const { object, source } of readManifests(o.filename, o.recursive)) {
          const m = await mappingFor(c, object, source);
          targets.push({ mapping: m, ns: manifestNamespace(c, m, object), name: object.metadata.name!, source });
        }
      } else {
        const groups = await resolveArgs(c, args);
        for (const group of groups) {
          const m = group[0].mapping;
          const ns = m.namespaced ? c.namespace : undefined;
          if (group[0].name) for (const t of group) targets.push({ mapping: m, ns, name: t.name! });
          else if (o.selector || o.all || o.fieldSelector) {
            const list = await c.client.list(m, o.allNamespaces ? undefined : ns, { labelSelector: o.selector, fieldSelector: o.fieldSelector });
            for (const item of list.items) targets.push({ mapping: m, ns: item.metadata.namespace, name: item.metadata.name! });
          } else throw new CliError(`resource(s) were provided, but no name was specified`);
        }
        if (!targets.length) {
          c.io.err('No resources found\n');
          return;
        }
      }
      let grace = o.gracePeriod !== undefined ? Number(o.gracePeriod) : undefined;
      if (o.now) grace = 1;
      if (o.force && grace === undefined) grace = 0;
      if (o.force && grace === 0) c.io.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
      const opts: DeleteOptions = { propagationPolicy: propagation(o.cascade) };
      if (grace !== undefined) opts.gracePeriodSeconds = grace;
      let failed = false;
      const waits: { t: Target; uid?: string }[] = [];
      for (const t of targets) {
        try {
          const res: KubeObject = await c.client.delete(t.mapping, t.ns, t.name, opts);
          const verb = o.force && grace === 0 ? 'force deleted' : 'deleted';
          c.io.out(o.output === 'name' ? `${kindGroup(t.mapping)}/${t.name}\n` : `${kindGroup(t.mapping)} "${t.name}" ${verb}\n`);
          waits.push({ t, uid: res?.metadata?.uid ?? (res as { details?: { uid?: string } }).details?.uid });
        } catch (e) {
          if (e instanceof ApiError && e.code === 404 && o.ignoreNotFound) continue;
          failed = true;
          c.io.err(errorText(addSourceToErr('deleting', t.source, e)).text + '\n');
        }
      }
      if (o.wait !== false && !(o.force && grace === 0)) {
        await Promise.all(waits.map((w) => waitForDeletion(c.client, w.t.mapping, w.t.ns, w.t.name, w.uid)));
      }
      if (failed) throw new ExitError(1);
    });
}
