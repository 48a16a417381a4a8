// mk run NAME --image=IMAGE [-i] [-t] [--rm] [--restart=…] [--attach] -- [COMMAND] [args...]:
// kubectl run's pod, and with --attach (implied by -i) its attach flow: wait for the pod to
// run, attach (or print its logs when it already finished), read the exit code from the pod's
// status for --restart=Never/OnFailure, and with --rm delete the pod at the end.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import { query, resourcePath } from '../../client/paths.js';
import type { DeleteOptions, KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, UsageError } from '../errors.js';
import { dryRunMode, printObjectResult } from '../output.js';
import { PodCompleted, podCompleted, podRunningAndReady, podSucceeded, waitForPod } from '../pod-wait.js';
import { UpgradeRefused } from '../remote-stream.js';
import { attachToPod } from './attach.js';
import { createGenerated, mapped, submit, type GenFlags } from './create-generators.js';
import { applyOverrides, exposeService, parseAnnotations, validPullPolicy } from '../run-extras.js';
import { durationFlag } from '../go-duration.js';
import { parseCascade } from '../cascade.js';
import { waitForDeletion } from '../wait.js';
import { stdStream } from '../stdio.js';

interface RunFlags extends GenFlags {
  image?: string;
  port?: string;
  env?: string[];
  labels?: string;
  restart: string;
  command?: boolean;
  stdin?: boolean;
  tty?: boolean;
  rm?: boolean;
  attach?: boolean;
  leaveStdinOpen?: boolean;
  quiet?: boolean;
  podRunningTimeout: string;
  annotations?: string[];
  imagePullPolicy?: string;
  privileged?: boolean;
  expose?: boolean;
  overrides?: string;
  overrideType?: string;
  cascade?: string | boolean;
  force?: boolean;
  gracePeriod?: string;
  timeout?: string;
  wait?: boolean;
}

/** How --rm deletes the pod: kubectl's DeleteOptions as its flags give them (run never completes them). */
interface RemoveOptions {
  propagationPolicy: NonNullable<DeleteOptions['propagationPolicy']>;
  gracePeriod: number;
  waitMs?: number;
}

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

function buildPod(name: string, command: string[], o: RunFlags, annotations: Record<string, string> | undefined): KubeObject {
  const labels: Record<string, string> = {};
  if (o.labels) for (const kv of o.labels.split(',')) labels[kv.split('=')[0]] = kv.split('=')[1] ?? '';
  else labels.run = name;
  // v1.Container's field order, as kubectl prints it
  const container: Record<string, unknown> = { name, image: o.image };
  if (command.length) container[o.command ? 'command' : 'args'] = command;
  if (o.port) container.ports = [{ containerPort: Number(o.port) }];
  if (o.env?.length) container.env = o.env.map((kv) => ({ name: kv.split('=')[0], value: kv.slice(kv.indexOf('=') + 1) }));
  container.resources = {};
  if (o.imagePullPolicy) container.imagePullPolicy = o.imagePullPolicy;
  if (o.privileged) container.securityContext = { privileged: true };
  if (o.stdin) {
    container.stdin = true;
    if (!o.leaveStdinOpen) container.stdinOnce = true;
  }
  if (o.tty) container.tty = true;
  return { kind: 'Pod', apiVersion: 'v1', metadata: { name, creationTimestamp: null, labels, ...(annotations ? { annotations } : {}) }, spec: { containers: [container], restartPolicy: o.restart, dnsPolicy: 'ClusterFirst' }, status: {} };
}

/** logOpts: the container's log so far, when attaching is not possible. */
async function printLogs(c: CliContext, pod: KubeObject): Promise<void> {
  const container = pod.spec.containers[0].name;
  await c.client.stream('GET', resourcePath(R.pods, pod.metadata.namespace, pod.metadata.name, 'log') + query({ container }), (b) => stdStream(1).write(b));
}

/** handleAttachPod: attach once the pod runs; the log instead if it finished or attach fails. */
async function attachWhenRunning(c: CliContext, ns: string, name: string, timeoutMs: number, o: RunFlags): Promise<void> {
  let pod: KubeObject;
  try {
    pod = await waitForPod(c, ns, name, timeoutMs, podRunningAndReady);
  } catch (e) {
    if (!(e instanceof PodCompleted)) throw e;
    return printLogs(c, e.pod);
  }
  try {
    await attachToPod(c, pod, { stdin: o.stdin, tty: o.tty, quiet: o.quiet });
  } catch (e) {
    const detail = e instanceof UpgradeRefused ? e.detail : (e as Error).message;
    c.io.err(`warning: couldn't attach to pod/${name}, falling back to streaming logs: ${detail}\n`);
    await printLogs(c, pod);
  }
}

/** The exit code, from the pod's status once it completed. */
async function exitStatus(c: CliContext, ns: string, name: string, timeoutMs: number, restart: string): Promise<void> {
  const pod = await waitForPod(c, ns, name, timeoutMs, restart === 'OnFailure' ? podSucceeded : podCompleted);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded') return;
  if (phase !== 'Failed') throw new CliError(`pod ${ns}/${name} left in phase ${phase}`);
  const terminated = pod.status?.containerStatuses?.[0]?.state?.terminated;
  if (!terminated?.exitCode) throw new CliError(`pod ${ns}/${name} failed with unknown exit code`);
  // uexec.CodeExitError: printed as is, and its code is the command's
  const msg = `pod ${ns}/${name} terminated (${terminated.reason ?? ''})\n${terminated.message ?? ''}`;
  c.io.err(msg.endsWith('\n') ? msg : `${msg}\n`);
  throw new ExitError(terminated.exitCode);
}

async function runAttached(c: CliContext, pod: KubeObject, o: RunFlags, timeoutMs: number, remove: RemoveOptions): Promise<void> {
  const ns = c.namespace;
  const created = await c.client.create(R.pods, ns, pod, { fieldManager: o.fieldManager ?? 'kubectl-run' });
  const name = created.metadata.name!;
  try {
    await attachWhenRunning(c, ns, name, timeoutMs, o);
    if (o.leaveStdinOpen || (o.restart !== 'Never' && o.restart !== 'OnFailure')) return;
    await exitStatus(c, ns, name, timeoutMs, o.restart);
  } finally {
    if (o.rm) {
      const opts: DeleteOptions = { propagationPolicy: remove.propagationPolicy, ...(remove.gracePeriod >= 0 ? { gracePeriodSeconds: remove.gracePeriod } : {}) };
      const res = await c.client.delete(R.pods, ns, name, opts).catch(() => undefined);
      if (res && !o.quiet) c.io.out(`pod "${name}" deleted\n`);
      if (res && remove.waitMs !== undefined) await waitForDeletion(c.client, R.pods, ns, name, res.metadata?.uid, remove.waitMs);
    }
  }
}

export function registerRun(program: Command, ctx: () => CliContext): void {
  program
    .command('run')
    .description('Create and run a particular image in a pod.')
    .argument('<name>')
    .argument('[command...]')
    .option('--image <image>', 'The image for the container to run.')
    .option('--port <port>', 'The port that this container exposes.')
    .option('--env <kv>', 'Environment variables to set in the container.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-l, --labels <labels>', 'Comma separated labels to apply to the pod(s).')
    .option('--restart <policy>', 'The restart policy for this Pod.', 'Always')
    .option('--command', 'If true and extra arguments are present, use them as the command field in the container.')
    .option('-i, --stdin', 'Keep stdin open on the container in the pod, even if nothing is attached.')
    .option('-t, --tty', 'Allocate a TTY for the container in the pod.')
    .option('--rm', 'If true, delete the pod after it exits.')
    .option('--attach', 'If true, wait for the Pod to start running, and then attach to the Pod.')
    .option('--no-attach', 'Do not attach (the default unless -i/--stdin is set).')
    .option('--leave-stdin-open', 'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes.')
    .option('-q, --quiet', 'If true, suppress prompt messages.')
    .option('--pod-running-timeout <duration>', 'The length of time to wait until at least one pod is running', '1m0s')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('--annotations <kv>', 'Annotations to apply to the pod.', (v: string, prev: string[] = []) => [...prev, v])
    .option('--image-pull-policy <policy>', 'The image pull policy for the container.')
    .option('--privileged', 'If true, run the container in privileged mode.')
    .option('--expose', 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.')
    .option('--overrides <json>', 'An inline JSON override for the generated object.')
    .option('--override-type <type>', 'The method used to override the generated object: json, merge, or strategic.', 'merge')
    .option('--cascade [mode]', 'Must be "background", "orphan", or "foreground".')
    .option('--force', 'If true, immediately remove resources from API and bypass graceful deletion.')
    .option('--grace-period <seconds>', 'Period of time in seconds given to the resource to terminate gracefully.')
    .option('--timeout <duration>', 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object')
    .option('--wait', 'If true, wait for resources to be gone before returning. This waits for finalizers.')
    .option('-o, --output <format>', 'Output format.')
    .action(async (name: string, command: string[], o: RunFlags) => {
      const c = ctx();
      if (!o.image) throw new CliError('required flag(s) "image" not set');
      const timeoutMs = durationFlag(o.podRunningTimeout, '--pod-running-timeout', 'mk run');
      const deleteTimeoutMs = durationFlag(o.timeout, '--timeout', 'mk run');
      const remove: RemoveOptions = {
        propagationPolicy: parseCascade(c, o.cascade),
        gracePeriod: o.gracePeriod !== undefined ? Number(o.gracePeriod) : -1,
        // a zero --timeout waits "forever": a week
        waitMs: o.wait ? deleteTimeoutMs || 168 * 3_600_000 : undefined,
      };
      if (o.port !== undefined && !/^[+-]?\d+$/.test(o.port)) throw new CliError(`strconv.Atoi: parsing ${JSON.stringify(o.port)}: invalid syntax`);
      if (o.tty && !o.stdin) throw new UsageError('-i/--stdin is required for containers with -t/--tty=true', 'mk run');
      if (o.expose && !o.port) throw new UsageError('--port must be set when exposing a service', 'mk run');
      if (!RESTART_POLICIES.includes(o.restart)) throw new UsageError(`invalid restart policy: ${o.restart}`, 'mk run');
      const attach = o.attach ?? !!o.stdin;
      if (!attach && o.rm) throw new UsageError('--rm should only be used for attached containers', 'mk run');
      const dry = dryRunMode(o.dryRun);
      if (attach && dry !== 'none') throw new UsageError("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)", 'mk run');
      if (!validPullPolicy(o.imagePullPolicy)) throw new UsageError(`invalid image pull policy: ${o.imagePullPolicy}`, 'mk run');
      const pod = applyOverrides(buildPod(name, command, o, parseAnnotations(o.annotations)), o.overrides, o.overrideType);
      if (attach && !o.expose) return runAttached(c, pod, o, timeoutMs, remove);
      const podMapping = mapped(R.pods, 'Pod');
      if (!o.expose) return submit(c, podMapping, pod, o, 'kubectl-run');
      // --expose: the pod is created first, the service printed first
      const created = await createGenerated(c, podMapping, pod, o, 'kubectl-run');
      await submit(c, mapped(R.services, 'Service'), exposeService(name, o.port!, o.labels), o, 'kubectl-run');
      // kubectl's own separator, then the YAML printer's between objects
      if (o.output === 'yaml') c.io.out('---\n---\n');
      printObjectResult(c, podMapping, created, 'created', o.output, dry);
    });
}
