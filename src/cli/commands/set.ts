// mk set image TYPE/NAME|TYPE NAME container=image ... [--all] [--record]
import type { Command } from 'commander';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { kindGroup } from '../resource-mapper.js';
import { CHANGE_CAUSE, warnRecordDeprecated } from '../record.js';

/** The pod spec inside a workload, as kubectl's polymorphic helpers find it. */
export function podSpecOf(obj: KubeObject): KubeObject | undefined {
  if (obj.kind === 'Pod') return obj.spec;
  return obj.spec?.template?.spec;
}

export function registerSet(program: Command, ctx: () => CliContext): void {
  const set = program.command('set').description('Set specific features on objects');
  set
    .command('image')
    .description('Update existing container image(s) of resources.')
    .argument('<args...>')
    .option('--all', 'Select all resources, in the namespace of the specified resource types')
    .option('--record', 'Record current kubectl command in the resource annotation.')
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: { all?: boolean; record?: boolean; output?: string }) => {
      const c = ctx();
      const pairs = args.filter((a) => a.includes('='));
      const resources = args.filter((a) => !a.includes('='));
      if (!pairs.length) throw new CliError('at least one image update is required');
      if (o.record) warnRecordDeprecated(c);
      const images = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
      for (const t of (await resolveArgs(c, resources)).flat()) {
        if (!t.name) throw new CliError('resource(s) were provided, but no name was specified');
        const ns = t.mapping.namespaced ? c.namespace : undefined;
        const obj = await c.client.get(t.mapping, ns, t.name);
        const spec = podSpecOf(obj);
        if (!spec) throw new CliError(`error: ${kindGroup(t.mapping)}/${t.name} does not have a pod template`);
        const containers: KubeObject[] = spec.containers ?? [];
        const patched: { name: string; image: string }[] = [];
        for (const [name, image] of images) {
          const hits = name === '*' ? containers : containers.filter((x) => x.name === name);
          if (!hits.length) throw new CliError(`unable to find container named "${name}"`);
          for (const h of hits) patched.push({ image, name: h.name });
        }
        const podPatch = { $setElementOrder_containers: containers.map((x) => ({ name: x.name })), containers: patched };
        const body: KubeObject = { metadata: {} };
        const specPatch = { '$setElementOrder/containers': podPatch.$setElementOrder_containers, containers: podPatch.containers };
        if (obj.kind === 'Pod') body.spec = specPatch;
        else body.spec = { template: { spec: specPatch } };
        if (o.record) body.metadata = { annotations: { [CHANGE_CAUSE]: c.commandLine } };
        else delete (body as { metadata?: unknown }).metadata;
        await c.client.patch(t.mapping, ns, t.name, 'strategic', body, { fieldManager: 'kubectl-set' });
        c.io.out(o.output === 'name' ? `${kindGroup(t.mapping)}/${t.name}\n` : `${kindGroup(t.mapping)}/${t.name} image updated\n`);
      }
    });
}
