// mk logs POD | TYPE/NAME [-c C] [-f] [--tail N] [--previous] [--timestamps]
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import { query, resourcePath } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { selectorString } from '../rollout/replicasets.js';

/** The pod behind `pod/x`, `deployment/x`, `rs/x`: kubectl's AttachablePodForObject. */
export async function podFor(c: CliContext, arg: string, what: string): Promise<KubeObject> {
  if (!arg.includes('/')) return c.client.get(R.pods, c.namespace, arg);
  const [t] = (await resolveArgs(c, [arg])).flat();
  if (t.mapping.resource === 'pods') return c.client.get(R.pods, c.namespace, t.name!);
  const owner = await c.client.get(t.mapping, c.namespace, t.name!);
  const sel = owner.spec?.selector?.matchLabels ? selectorString(owner.spec.selector) : Object.entries(owner.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const pods = (await c.client.list(R.pods, c.namespace, { labelSelector: sel })).items.filter((p) => !p.metadata.deletionTimestamp);
  if (!pods.length) throw new CliError(`no pods found for ${what}`);
  pods.sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)));
  if (pods.length > 1) c.io.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`);
  return pods[0];
}

export function registerLogs(program: Command, ctx: () => CliContext): void {
  program
    .command('logs')
    .description('Print the logs for a container in a pod')
    .argument('<target>')
    .argument('[container]')
    .option('-c, --container <name>', 'Print the logs of this container')
    .option('-f, --follow', 'Specify if the logs should be streamed.')
    .option('--tail <n>', 'Lines of recent log file to display.')
    .option('-p, --previous', 'If true, print the logs for the previous instance of the container in a pod if it exists.')
    .option('--timestamps', 'Include timestamps on each line in the log output')
    .option('--since <duration>', 'Only return logs newer than a relative duration like 5s, 2m, or 3h.')
    .option('--all-containers', 'Get all containers\' logs in the pod(s).')
    .action(async (target: string, containerArg: string | undefined, o: { container?: string; follow?: boolean; tail?: string; previous?: boolean; timestamps?: boolean; since?: string }) => {
      const c = ctx();
      // the builder kubectl logs uses words a missing target its own way
      const pod = await podFor(c, target, target).catch((e) => {
        if (e instanceof ApiError && e.code === 404) throw new CliError(`error from server (NotFound): ${e.status.message} in namespace "${c.namespace}"`);
        throw e;
      });
      const container = o.container ?? containerArg ?? (pod.spec?.containers?.length === 1 ? pod.spec.containers[0].name : pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? pod.spec?.containers?.[0]?.name);
      const names = ['containers', 'initContainers', 'ephemeralContainers'].flatMap((k) => (pod.spec?.[k] ?? []).map((x: { name: string }) => x.name));
      if (container && !names.includes(container)) throw new CliError(`container ${container} is not valid for pod ${pod.metadata.name}`);
      const since = o.since ? /^(\d+)([smh])$/.exec(o.since) : null;
      const path = resourcePath(R.pods, pod.metadata.namespace, pod.metadata.name, 'log') + query({
        container,
        follow: o.follow ? 'true' : undefined,
        tailLines: o.tail !== undefined && o.tail !== '-1' ? o.tail : undefined,
        previous: o.previous ? 'true' : undefined,
        timestamps: o.timestamps ? 'true' : undefined,
        sinceSeconds: since ? Number(since[1]) * { s: 1, m: 60, h: 3600 }[since[2] as 's']! : undefined,
      });
      await c.client.stream('GET', path, (chunk) => c.io.out(chunk.toString()));
    });
}
