// mk taint nodes NAME key=value:Effect | key:Effect- | key- ... (kubectl/pkg/cmd/taint).
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, UsageError, errorText, formatApiError } from '../errors.js';
import { NODE_MAPPING } from '../node-targets.js';
import { dryRunMode, printObjectResult } from '../output.js';
import { aggregateMessage } from '../drain-filters.js';
import { alreadyPresent, conflictingTaints, isTaintArg, parseTaints, reorganizeTaints, TaintSpecError, type Taint } from '../taint-spec.js';

interface TaintFlags {
  selector?: string;
  all?: boolean;
  overwrite?: boolean;
  dryRun?: string | boolean;
  output?: string;
}

/** utilerrors.Aggregate: several messages from one node. */
class AggregateError extends CliError {
  constructor(readonly parts: string[]) {
    super(aggregateMessage(parts));
  }
}

/**
 * cmdutil.CheckErr on the visitor's aggregate: an aggregate of one is unwrapped; otherwise every
 * error goes on its own line, API errors in their usual words and the rest bare.
 */
function checkErrText(failures: unknown[]): string {
  const only = failures.length === 1 ? failures[0] : undefined;
  if (only instanceof AggregateError && only.parts.length > 1) return only.parts.map((p) => `${p}\n`).join('');
  if (only) return `${errorText(only).text}\n`;
  return failures.map((f) => `${f instanceof ApiError ? formatApiError(f) : (f as Error).message}\n`).join('');
}

/** Splits resources from taint changes; every resource must come first. */
function splitArgs(args: string[]): { resources: string[]; taintArgs: string[] } {
  const resources: string[] = [];
  const taintArgs: string[] = [];
  for (const a of args) {
    if (isTaintArg(a)) taintArgs.push(a);
    else if (taintArgs.length) throw new CliError(`all resources must be specified before taint changes: ${a}`);
    else resources.push(a);
  }
  return { resources, taintArgs };
}

/** The new taints of one node and the verb to print, or the error kubectl reports for it. */
function updateTaints(node: KubeObject, o: TaintFlags, add: Taint[], remove: Taint[]): { operation: string; taints: Taint[] } {
  const existing: Taint[] = node.spec?.taints ?? [];
  if (!o.overwrite) {
    const dup = alreadyPresent(existing, add);
    if (dup) throw new CliError(`node ${node.metadata.name} already has ${dup} taint(s) with same effect(s) and --overwrite is false`);
  }
  const { operation, taints, notFound } = reorganizeTaints(existing, !!o.overwrite, add, remove);
  if (notFound.length) throw new AggregateError(notFound.map((k) => `taint "${k}" not found`));
  return { operation, taints };
}

async function runTaint(c: CliContext, args: string[], o: TaintFlags): Promise<void> {
  const dry = dryRunMode(o.dryRun);
  const { resources, taintArgs } = splitArgs(args);
  if (!resources.length) throw new CliError('one or more resources must be specified as <resource> <name>');
  if (!taintArgs.length) throw new CliError('at least one taint update is required');
  let parsed: { add: Taint[]; remove: Taint[] };
  try {
    parsed = parseTaints(taintArgs);
  } catch (e) {
    if (e instanceof TaintSpecError) throw new UsageError(e.message, 'mk taint');
    throw e;
  }
  const type = resources[0].toLowerCase();
  const m = await c.mapper.find(type);
  if (!m) {
    // a NoResourceMatchError: kubectl prints it without the "error: " prefix
    c.io.err(`the server doesn't have a resource type "${type}"\n`);
    throw new ExitError(1);
  }
  if (m.kind !== 'Node') throw new CliError(`invalid resource type ${type}, only node types are supported`);
  const conflicts = conflictingTaints(parsed.add, parsed.remove);
  if (conflicts.length) throw new CliError(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
  if (o.all && o.selector) throw new CliError("setting 'all' parameter with a non empty selector is prohibited");
  if (!o.all && !o.selector && resources.length < 2) throw new CliError("at least one resource name must be specified since 'all' parameter is not set");

  const targets: (() => Promise<KubeObject>)[] =
    o.all || o.selector
      ? (await c.client.list(R.nodes, undefined, { labelSelector: o.selector })).items.map((n) => async () => n)
      : resources.slice(1).map((name) => () => c.client.get(R.nodes, undefined, name));
  // like the builder's ContinueOnError: every node is tried, the failures reported at the end
  const failures: unknown[] = [];
  for (const fetch of targets) {
    try {
      const node = await fetch();
      const { operation, taints } = updateTaints(node, o, parsed.add, parsed.remove);
      const spec = { ...(node.spec ?? {}) };
      if (taints.length) spec.taints = taints;
      else delete spec.taints;
      const out =
        dry === 'client'
          ? { ...node, spec }
          : await c.client.patch(R.nodes, undefined, node.metadata.name!, 'merge', { spec: { taints: taints.length ? taints : null } }, { fieldManager: 'kubectl-taint', dryRun: dry === 'server' });
      // kubectl sets the printer's operation after the dry-run marker, so it never shows
      printObjectResult(c, NODE_MAPPING, out, operation, o.output);
    } catch (e) {
      if (!(e instanceof ApiError) && !(e instanceof CliError)) throw e;
      failures.push(e);
    }
  }
  if (!failures.length) return;
  c.io.err(checkErrText(failures));
  throw new ExitError(1);
}

export function registerTaint(program: Command, ctx: () => CliContext): void {
  program
    .command('taint')
    .description('Update the taints on one or more nodes')
    .argument('[args...]')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on, supports \'=\', \'==\', \'!=\', \'in\', \'notin\'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.')
    .option('--all', 'Select all nodes in the cluster')
    .option('--overwrite', 'If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.')
    .option('-o, --output <format>', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.', 'kubectl-taint')
    .option('--validate [mode]', "Must be one of: strict (or true), warn, ignore (or false).", 'strict')
    .action(async (args: string[], o: TaintFlags) => runTaint(ctx(), args, o));
}
