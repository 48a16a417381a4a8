// mk scale [--replicas=N] [--current-replicas=M] TYPE NAME | TYPE/NAME
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { kindGroup } from '../resource-mapper.js';

export function registerScale(program: Command, ctx: () => CliContext): void {
  program
    .command('scale')
    .description('Set a new size for a deployment, replica set, replication controller, or stateful set.')
    .argument('[args...]')
    .option('--replicas <n>', 'The new desired number of replicas. Required.')
    .option('--current-replicas <n>', 'Precondition for current size. Requires that the current size of the resource match this value in order to scale.')
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: { replicas?: string; currentReplicas?: string; output?: string }) => {
      const c = ctx();
      if (o.replicas === undefined) throw new CliError('required flag(s) "replicas" not set');
      const replicas = Number(o.replicas);
      if (!Number.isInteger(replicas) || replicas < 0) throw new CliError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
      const targets = (await resolveArgs(c, args)).flat();
      if (!targets.length || !targets.every((t) => t.name)) throw new CliError('resource(s) were provided, but no name was specified');
      for (const t of targets) {
        if (!t.mapping.verbs.includes('patch') || !['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers'].includes(t.mapping.resource))
          throw new CliError(`cannot scale ${t.mapping.kind}`);
        const ns = t.mapping.namespaced ? c.namespace : undefined;
        if (o.currentReplicas !== undefined) {
          const scale = await c.client.get(t.mapping, ns, t.name!, { subresource: 'scale' });
          if (scale.spec?.replicas !== Number(o.currentReplicas)) throw new CliError(`Expected replicas to be ${o.currentReplicas}, was ${scale.spec?.replicas ?? 0}`);
        }
        await c.client.patch(t.mapping, ns, t.name!, 'merge', { spec: { replicas } }, { subresource: 'scale' });
        c.io.out(o.output === 'name' ? `${kindGroup(t.mapping)}/${t.name}\n` : `${kindGroup(t.mapping)}/${t.name} scaled\n`);
      }
    });
}
