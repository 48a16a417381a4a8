// mk logs POD | TYPE/NAME [-c C] [-f] [--tail N] [--previous] [--timestamps]
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import { query, resourcePath } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { goSort } from '../../util/go-sort.js';
import { selectorString } from '../rollout/replicasets.js';

/** The pod behind `pod/x`, `deployment/x`, `rs/x`: kubectl's AttachablePodForObject. */
export async function podFor(c: CliContext, arg: string, what: string): Promise<KubeObject> {
  if (!arg.includes('/')) return c.client.get(R.pods, c.namespace, arg);
  const [t] = (await resolveArgs(c, [arg])).flat();
  if (t.mapping.resource === 'pods') return c.client.get(R.pods, c.namespace, t.name!);
  const owner = await c.client.get(t.mapping, c.namespace, t.name!);
  const sel = owner.spec?.selector?.matchLabels ? selectorString(owner.spec.selector) : Object.entries(owner.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const pods = (await c.client.list(R.pods, c.namespace, { labelSelector: sel })).items;
  if (!pods.length) throw new CliError(`no pods found for ${what}`);
  // GetFirstPod: sort.Sort(sort.Reverse(ActivePods)), the most established pod first
  goSort(pods, (a, b) => moreActive(b, a));
  if (pods.length > 1) c.io.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`);
  return pods[0];
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const readyCondition = (p: KubeObject) => (p.status?.conditions ?? []).find((x: KubeObject) => x.type === 'Ready');
const isReady = (p: KubeObject) => readyCondition(p)?.status === 'True';
const restarts = (p: KubeObject) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((s: KubeObject) => s.restartCount ?? 0));
const time = (t: string | undefined) => (t ? Date.parse(t) : 0);

/** podutils.ActivePods.Less: whether `a` ranks before `b` (less established). */
function moreActive(a: KubeObject, b: KubeObject): boolean {
  if (!!a.spec?.nodeName !== !!b.spec?.nodeName) return !a.spec?.nodeName;
  const pa = PHASE_RANK[a.status?.phase] ?? 3;
  const pb = PHASE_RANK[b.status?.phase] ?? 3;
  if (pa !== pb) return pa < pb;
  if (isReady(a) !== isReady(b)) return !isReady(a);
  if (isReady(a) && isReady(b)) {
    const ta = time(readyCondition(a)?.lastTransitionTime);
    const tb = time(readyCondition(b)?.lastTransitionTime);
    if (ta !== tb) return ta > tb;
  }
  if (restarts(a) !== restarts(b)) return restarts(a) > restarts(b);
  const ca = time(a.metadata.creationTimestamp ?? undefined);
  const cb = time(b.metadata.creationTimestamp ?? undefined);
  return ca > cb;
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
