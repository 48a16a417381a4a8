// mk scale [--replicas=N] [--current-replicas=M] TYPE NAME | TYPE/NAME | -f FILE
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, errorText } from '../errors.js';
import { resolveArgs, mappingFor, manifestNamespace, type TypedName } from '../objects.js';
import { readManifests } from '../manifests.js';
import { kindGroup } from '../resource-mapper.js';
import { NO_RESOURCES } from '../arg-errors.js';

interface ScaleFlags {
  replicas?: string;
  currentReplicas?: string;
  output?: string;
  filename?: string[];
}

/** utilerrors.Aggregate's wording: one message alone, several in brackets. */
const aggregate = (msgs: string[]) => (msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`);

export function registerScale(program: Command, ctx: () => CliContext): void {
  program
    .command('scale')
    .description('Set a new size for a deployment, replica set, or replication controller')
    .argument('[args...]')
    .option('--replicas <n>', 'The new desired number of replicas. Required.')
    .option('--current-replicas <n>', 'Precondition for current size. Requires that the current size of the resource match this value in order to scale.')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files identifying the resource to set a new size', (v: string, prev: string[] = []) => [...prev, v])
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: ScaleFlags) => {
      const c = ctx();
      if (o.replicas === undefined) throw new CliError('required flag(s) "replicas" not set');
      const replicas = Number(o.replicas);
      if (!Number.isInteger(replicas) || replicas < 0) throw new CliError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
      let targets: TypedName[];
      if (o.filename?.length) {
        targets = [];
        for (const { object, source } of readManifests(o.filename)) {
          const m = await mappingFor(c, object, source);
          manifestNamespace(c, m, object);
          targets.push({ mapping: m, name: object.metadata.name });
        }
      } else {
        if (!args.length) throw new CliError(NO_RESOURCES);
        targets = (await resolveArgs(c, args)).flat();
        if (!targets.every((t) => t.name)) throw new CliError('resource(s) were provided, but no name was specified');
      }
      // kubectl fetches every object first, then scales those it found and reports the rest
      const found: TypedName[] = [];
      const missing: { printed: string; message: string }[] = [];
      for (const t of targets) {
        try {
          await c.client.get(t.mapping, t.mapping.namespaced ? c.namespace : undefined, t.name!);
          found.push(t);
        } catch (e) {
          const message = e instanceof ApiError ? e.status.message ?? '' : e instanceof Error ? e.message : String(e);
          missing.push({ printed: errorText(e).text, message });
        }
      }
      if (!found.length) throw new CliError(`no objects passed to scale ${aggregate(missing.map((m) => m.message))}`);
      for (const t of found) {
        const ns = t.mapping.namespaced ? c.namespace : undefined;
        if (o.currentReplicas !== undefined) {
          const scale = await c.client.get(t.mapping, ns, t.name!, { subresource: 'scale' });
          if (scale.spec?.replicas !== Number(o.currentReplicas)) throw new CliError(`Expected replicas to be ${o.currentReplicas}, was ${scale.spec?.replicas ?? 0}`);
        }
        await c.client.patch(t.mapping, ns, t.name!, 'merge', { spec: { replicas } }, { subresource: 'scale' });
        c.io.out(o.output === 'name' ? `${kindGroup(t.mapping)}/${t.name}\n` : `${kindGroup(t.mapping)}/${t.name} scaled\n`);
      }
      if (missing.length) {
        for (const m of missing) c.io.err(m.printed + '\n');
        throw new ExitError(1);
      }
    });
}
