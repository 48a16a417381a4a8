// mk logs (POD | TYPE/NAME | -l SELECTOR) [CONTAINER] [-c C] [-f] [--tail N] [--previous]
// [--timestamps] [--since D | --since-time T] [--limit-bytes N] [--all-containers]
// [--all-pods] [--prefix] [--ignore-errors] [--max-log-requests N] [--pod-running-timeout D]
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { durationFlag } from '../go-duration.js';
import { parseRFC3339 } from '../go-time.js';
import { consumeLogs, type LogQuery } from '../log-streams.js';
import { podsForTarget, requestsForPod } from '../pod-logs.js';

export { podFor } from '../pod-logs.js';

interface LogsFlags {
  container?: string;
  follow?: boolean;
  tail?: string;
  previous?: boolean;
  timestamps?: boolean;
  since?: string;
  sinceTime?: string;
  limitBytes?: string;
  allContainers?: boolean;
  allPods?: boolean;
  prefix?: boolean;
  ignoreErrors?: boolean;
  maxLogRequests?: string;
  podRunningTimeout?: string;
  selector?: string;
  insecureSkipTlsVerifyBackend?: boolean;
}

const PATH = 'mk logs';
const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";
/** with a selector and no --tail, kubectl reads the last 10 lines of each container */
const SELECTOR_TAIL = 10;

/** Go's time.Duration.Round(time.Second), in whole seconds. */
const roundSeconds = (ms: number) => Math.sign(ms) * Math.floor((Math.abs(ms) + 500) / 1000);

/** LogsOptions.ToLogOptions: the query every request shares. */
function logQuery(o: LogsFlags, sinceMs: number): LogQuery {
  const q: LogQuery = { follow: o.follow, previous: o.previous, timestamps: o.timestamps };
  if (o.sinceTime) q.sinceTime = parseRFC3339(o.sinceTime).toISOString().replace(/\.000Z$/, 'Z');
  const limit = Number(o.limitBytes ?? 0);
  if (limit !== 0) q.limitBytes = limit;
  if (sinceMs !== 0) q.sinceSeconds = roundSeconds(sinceMs);
  const tail = Number(o.tail ?? -1);
  if (o.selector && o.tail === undefined) q.tailLines = SELECTOR_TAIL;
  else if (tail !== -1) q.tailLines = tail;
  return q;
}

/** LogsOptions.Validate, after the objects are found (as kubectl orders it). */
function validate(o: LogsFlags, q: LogQuery, sinceMs: number, container: string | undefined, inlineContainer: boolean): void {
  if (o.sinceTime && sinceMs !== 0) throw new CliError('at most one of `sinceTime` or `sinceSeconds` may be specified');
  if (o.allContainers && container) throw new CliError(`--all-containers=true should not be specified with container name ${container}`);
  if (o.container !== undefined && inlineContainer) throw new CliError('only one of -c or an inline [CONTAINER] arg is allowed');
  if (Number(o.limitBytes ?? 0) < 0) throw new CliError('--limit-bytes must be greater than 0');
  if (q.sinceSeconds !== undefined && q.sinceSeconds < 0) throw new CliError('--since must be greater than 0');
  if (q.tailLines !== undefined && q.tailLines < -1) throw new CliError('--tail must be greater than or equal to -1');
}

async function targetPods(c: CliContext, target: string | undefined, o: LogsFlags, timeoutMs: number, found: () => void): Promise<KubeObject[]> {
  if (o.selector) {
    const pods = (await c.client.list(R.pods, c.namespace, { labelSelector: o.selector })).items;
    if (!pods.length) c.io.err(`No resources found in ${c.namespace} namespace.\n`);
    found();
    return pods;
  }
  // the builder kubectl logs uses words a missing target its own way
  return podsForTarget(c, target!, { allPods: o.allPods, timeoutMs, found }).catch((e) => {
    if (e instanceof ApiError && e.code === 404) throw new CliError(`error from server (NotFound): ${e.status.message} in namespace "${c.namespace}"`);
    throw e;
  });
}

export function registerLogs(program: Command, ctx: () => CliContext): void {
  program
    .command('logs')
    .description('Print the logs for a container in a pod')
    .argument('[target]')
    .argument('[container]')
    .option('--all-containers', 'Get all containers\' logs in the pod(s).')
    .option('--all-pods', 'Get logs from all pod(s). Sets prefix to true.')
    .option('-c, --container <name>', 'Print the logs of this container')
    .option('-f, --follow', 'Specify if the logs should be streamed.')
    .option('--ignore-errors', 'If watching / following pod logs, allow for any errors that occur to be non-fatal')
    .option('--insecure-skip-tls-verify-backend', 'Skip verifying the identity of the kubelet that logs are requested from.')
    .option('--limit-bytes <n>', 'Maximum bytes of logs to return. Defaults to no limit.')
    .option('--max-log-requests <n>', 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.')
    .option('--pod-running-timeout <duration>', 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running')
    .option('--prefix', 'Prefix each log line with the log source (pod name and container name)')
    .option('-p, --previous', 'If true, print the logs for the previous instance of the container in a pod if it exists.')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on.')
    .option('--since <duration>', 'Only return logs newer than a relative duration like 5s, 2m, or 3h.')
    .option('--since-time <time>', 'Only return logs after a specific date (RFC3339).')
    .option('--tail <n>', 'Lines of recent log file to display.')
    .option('--timestamps', 'Include timestamps on each line in the log output')
    .action(async (target: string | undefined, containerArg: string | undefined, o: LogsFlags) => {
      const c = ctx();
      // pflag reads the durations before the command runs
      const sinceMs = durationFlag(o.since, '--since', PATH);
      const timeoutMs = durationFlag(o.podRunningTimeout, '--pod-running-timeout', PATH, 20_000);
      if (!target && !o.selector) throw new UsageError(USAGE, PATH);
      if (target && o.selector && !containerArg) throw new UsageError('only a selector (-l) or a POD name is allowed', PATH);
      const prefix = !!o.prefix || !!o.allPods;
      if (timeoutMs <= 0) throw new CliError('--pod-running-timeout must be higher than zero');
      const q = logQuery(o, sinceMs);
      const container = containerArg ?? o.container;
      const pods = await targetPods(c, target, o, timeoutMs, () => validate(o, q, sinceMs, container, containerArg !== undefined));
      const requests = pods.flatMap((p) => requestsForPod(c, p, container, !!o.allContainers, !!o.allPods));
      const max = Number(o.maxLogRequests ?? 5);
      const parallel = !!o.follow && requests.length > 1;
      if (parallel && requests.length > max) {
        throw new CliError(`you are attempting to follow ${requests.length} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`);
      }
      await consumeLogs(c, requests, q, { prefix, ignoreErrors: !!o.ignoreErrors, parallel });
    });
}
