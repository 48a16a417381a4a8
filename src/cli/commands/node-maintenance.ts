// mk cordon | uncordon | drain NODE: node maintenance, as kubectl/pkg/cmd/drain does it.
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, formatApiError } from '../errors.js';
import { DrainError, NodeDrainer, parseGoDuration } from '../drain-run.js';
import { NODE_MAPPING, resolveNodes } from '../node-targets.js';
import { dryRunMode, printObjectResult, type DryRun } from '../output.js';
import { parseLabelSelector } from '../../apiserver/selectors.js';

interface NodeFlags {
  selector?: string;
  dryRun?: string | boolean;
}

interface DrainFlags extends NodeFlags {
  force?: boolean;
  ignoreDaemonsets?: boolean;
  deleteEmptydirData?: boolean;
  gracePeriod: string;
  timeout?: string;
  podSelector?: string;
  disableEviction?: boolean;
  skipWaitForDeleteTimeout: string;
  chunkSize?: string;
}

const apiMessage = (e: unknown): string => (e instanceof ApiError ? e.status.message ?? e.message : e instanceof Error ? e.message : String(e));

/**
 * Sets spec.unschedulable on each node (RunCordonOrUncordon). Failures are reported per node
 * and do not change the exit code, as in kubectl.
 */
async function cordonNodes(c: CliContext, nodes: KubeObject[], desired: boolean, dry: DryRun): Promise<void> {
  const verb = desired ? 'cordon' : 'uncordon';
  for (const node of nodes) {
    const name = node.metadata.name!;
    if ((node.spec?.unschedulable === true) === desired) {
      printObjectResult(c, NODE_MAPPING, node, `already ${verb}ed`, undefined, dry);
      continue;
    }
    if (dry !== 'client') {
      try {
        // false is omitted from a Node, so uncordoning removes the field
        await c.client.patch(R.nodes, undefined, name, 'strategic', { spec: { unschedulable: desired ? true : null } }, { dryRun: dry === 'server' });
      } catch (e) {
        c.io.err(`error: unable to ${verb} node "${name}": ${apiMessage(e)}\n`);
        continue;
      }
    }
    printObjectResult(c, NODE_MAPPING, node, `${verb}ed`, undefined, dry);
  }
}

function addNodeFlags(cmd: Command): Command {
  return cmd
    .argument('[args...]')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on, supports \'=\', \'==\', \'!=\', \'in\', \'notin\'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.');
}

const intFlag = (flag: string, v: string): number => {
  if (!/^-?\d+$/.test(v)) throw new CliError(`invalid argument "${v}" for "--${flag}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`);
  return Number(v);
};

async function runDrain(c: CliContext, args: string[], o: DrainFlags): Promise<void> {
  const dry = dryRunMode(o.dryRun);
  const timeout = parseGoDuration(o.timeout); // pflag rejects a bad --timeout before anything runs
  const nodes = await resolveNodes(c, 'drain', args, o.selector);
  if (o.podSelector) {
    try {
      parseLabelSelector(o.podSelector);
    } catch {
      throw new CliError('--pod-selector=<pod_selector> must be a valid label selector');
    }
  }
  const drainer = new NodeDrainer(c, {
    force: !!o.force,
    ignoreDaemonSets: !!o.ignoreDaemonsets,
    deleteEmptyDirData: !!o.deleteEmptydirData,
    skipWaitForDeleteTimeout: intFlag('skip-wait-for-delete-timeout', o.skipWaitForDeleteTimeout),
    gracePeriod: intFlag('grace-period', o.gracePeriod),
    timeout,
    podSelector: o.podSelector,
    disableEviction: !!o.disableEviction,
    dryRun: dry,
  });
  await cordonNodes(c, nodes, true, dry);
  const failed: { name: string; error: unknown }[] = [];
  for (const node of nodes) {
    try {
      await drainer.drain(node.metadata.name!);
      printObjectResult(c, NODE_MAPPING, node, 'drained', undefined, dry);
    } catch (e) {
      c.io.err(`error: unable to drain node "${node.metadata.name}" due to error: ${apiMessage(e)}, continuing command...\n`);
      failed.push({ name: node.metadata.name!, error: e });
    }
  }
  if (!failed.length) return;
  c.io.err(`There are pending nodes to be drained:\n${failed.map((f) => ` ${f.name}\n`).join('')}`);
  // the aggregate of failures, each as CheckErr words it (no "error: " prefix for plain errors)
  // CheckErr unwraps an aggregate of one node's failure: the evictions' aggregate prints a line each
  const only = failed.length === 1 ? failed[0].error : undefined;
  if (only instanceof DrainError && only.parts) for (const part of only.parts) c.io.err(`${part}\n`);
  else for (const f of failed) c.io.err(`${f.error instanceof ApiError ? formatApiError(f.error) : apiMessage(f.error)}\n`);
  throw new ExitError(1);
}

export function registerNodeMaintenance(program: Command, ctx: () => CliContext): void {
  for (const desired of [true, false]) {
    const verb = desired ? 'cordon' : 'uncordon';
    addNodeFlags(program.command(verb).description(desired ? 'Mark node as unschedulable' : 'Mark node as schedulable')).action(async (args: string[], o: NodeFlags) => {
      const c = ctx();
      const dry = dryRunMode(o.dryRun);
      await cordonNodes(c, await resolveNodes(c, verb, args, o.selector), desired, dry);
    });
  }

  addNodeFlags(program.command('drain').description('Drain node in preparation for maintenance'))
    .option('--force', 'Continue even if there are pods that do not declare a controller.')
    .option('--ignore-daemonsets', 'Ignore DaemonSet-managed pods.')
    .option('--delete-emptydir-data', 'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).')
    .option('--grace-period <seconds>', 'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.', '-1')
    .option('--timeout <duration>', 'The length of time to wait before giving up, zero means infinite', '0s')
    .option('--pod-selector <selector>', 'Label selector to filter pods on the node')
    .option('--disable-eviction', 'Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.')
    .option('--skip-wait-for-delete-timeout <seconds>', 'If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.', '0')
    .option('--chunk-size <n>', 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.', '500')
    .action(async (args: string[], o: DrainFlags) => {
      const c = ctx();
      try {
        await runDrain(c, args, o);
      } catch (e) {
        if (e instanceof DrainError) throw new CliError(e.message);
        throw e;
      }
    });
}
