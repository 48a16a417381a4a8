// mk scale [--replicas=N] [--current-replicas=M] [--resource-version=V] [--timeout=D]
//   (TYPE NAME | TYPE/NAME | TYPE --all | TYPE -l SELECTOR | -f FILE)
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { durationFlag } from '../go-duration.js';
import { reportAggregate } from '../aggregate-errors.js';
import { kindGroup } from '../resource-mapper.js';
import { visitErrors, visitItems, visitResources, type VisitItem } from '../resource-visit.js';

interface ScaleFlags {
  replicas?: string;
  currentReplicas?: string;
  resourceVersion?: string;
  timeout?: string;
  all?: boolean;
  selector?: string;
  output?: string;
  filename?: string[];
  recursive?: boolean;
}

const PATH = 'mk scale';
/** kubectl retries a conflicting precondition update every second for up to five minutes */
const RETRY_MS = 1000;
const RETRY_FOR_MS = 5 * 60_000;

/** Go's err.Error() of what the builder failed to find: a StatusError is its message alone. */
const goMessage = (e: unknown) => (e instanceof ApiError ? e.status.message ?? '' : e instanceof Error ? e.message : String(e));
/** utilerrors.Aggregate's wording: one message alone, several in brackets. */
const aggregate = (msgs: string[]) => (msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Precondition {
  size: number;
  resourceVersion?: string;
}

/** scale.ScalePrecondition.validate: replicas first, then the resource version. */
function checkPrecondition(p: Precondition, scale: KubeObject): void {
  const replicas = (scale.spec?.replicas as number | undefined) ?? 0;
  if (p.size !== -1 && replicas !== p.size) throw new CliError(`Expected replicas to be ${p.size}, was ${replicas}`);
  if (p.resourceVersion && scale.metadata.resourceVersion !== p.resourceVersion)
    throw new CliError(`Expected resource version to be ${p.resourceVersion}, was ${scale.metadata.resourceVersion ?? ''}`);
}

/** genericScaler.Scale: a blind merge patch, or get-check-update retried on conflicts. */
async function scaleOne(c: CliContext, t: VisitItem, replicas: number, pre: Precondition | undefined): Promise<void> {
  if (!pre) {
    await c.client.patch(t.mapping, t.ns, t.name, 'merge', { spec: { replicas } }, { subresource: 'scale' });
    return;
  }
  const deadline = Date.now() + RETRY_FOR_MS;
  for (;;) {
    const scale = await c.client.get(t.mapping, t.ns, t.name, { subresource: 'scale' });
    checkPrecondition(pre, scale);
    try {
      await c.client.update(t.mapping, t.ns, { ...scale, spec: { ...scale.spec, replicas } }, { subresource: 'scale' });
      return;
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 409) || Date.now() + RETRY_MS > deadline) throw e;
    }
    await sleep(RETRY_MS);
  }
}

/** WaitForScaleHasDesiredReplicas: polled each second until status catches up or spec moves on. */
async function waitForReplicas(c: CliContext, t: VisitItem, replicas: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const scale = await c.client.get(t.mapping, t.ns, t.name, { subresource: 'scale' });
    const spec = (scale.spec?.replicas as number | undefined) ?? 0;
    const status = (scale.status?.replicas as number | undefined) ?? 0;
    if (spec !== replicas || (spec === status && replicas === status)) return;
    if (Date.now() + RETRY_MS > deadline) throw new CliError(`timed out waiting for ${JSON.stringify(t.name)} to be synced`);
    await sleep(RETRY_MS);
  }
}

export function registerScale(program: Command, ctx: () => CliContext): void {
  program
    .command('scale')
    .description('Set a new size for a deployment, replica set, or replication controller')
    .argument('[args...]')
    .option('--replicas <n>', 'The new desired number of replicas. Required.')
    .option('--current-replicas <n>', 'Precondition for current size. Requires that the current size of the resource match this value in order to scale.')
    .option('--resource-version <version>', 'Precondition for resource version. Requires that the current resource version match this value in order to scale.')
    .option('--timeout <duration>', 'The length of time to wait before giving up on a scale operation, zero means don\'t wait.')
    .option('--all', 'Select all resources in the namespace of the specified resource types')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on.')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files identifying the resource to set a new size', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: ScaleFlags) => {
      const c = ctx();
      if (o.replicas === undefined) throw new CliError('required flag(s) "replicas" not set');
      const timeoutMs = durationFlag(o.timeout, '--timeout', PATH);
      const replicas = Number(o.replicas);
      if (!Number.isInteger(replicas) || replicas < 0) throw new CliError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
      const currentReplicas = o.currentReplicas === undefined ? -1 : Number(o.currentReplicas);
      if (currentReplicas < -1) throw new CliError('The --current-replicas must specify an integer of -1 or greater');

      const visit = await visitResources(c, { args, filenames: o.filename, recursive: o.recursive, selector: o.selector, all: o.all });
      const found = visitItems(visit);
      const missing = visitErrors(visit);
      if (o.resourceVersion && found.length > 1) throw new CliError('cannot use --resource-version with multiple resources');
      if (!found.length) {
        if (missing.length) throw new CliError(`no objects passed to scale ${aggregate(missing.map(goMessage))}`);
        throw new CliError('no objects passed to scale');
      }
      const pre = currentReplicas !== -1 || o.resourceVersion ? { size: currentReplicas, resourceVersion: o.resourceVersion } : undefined;
      // kubectl stops at the first object it fails to scale; what it could not find comes last
      for (const t of found) {
        await scaleOne(c, t, replicas, pre);
        if (timeoutMs !== 0) await waitForReplicas(c, t, replicas, timeoutMs);
        c.io.out(o.output === 'name' ? `${kindGroup(t.mapping)}/${t.name}\n` : `${kindGroup(t.mapping)}/${t.name} scaled\n`);
      }
      reportAggregate(c, missing);
    });
}
