// mk attach (POD | TYPE/NAME) [-c C] [-i] [-t] [-q]: joins a running container's streams
// (…/pods/NAME/attach, remote-stream.ts), with kubectl attach's TTY decisions and messages.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import { resourcePath } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { streamRemote } from '../remote-stream.js';
import { podFor } from './logs.js';
import { noteDefaultedContainer } from '../pod-logs.js';

export interface AttachFlags {
  container?: string;
  stdin?: boolean;
  tty?: boolean;
  quiet?: boolean;
}

const DEFAULT_CONTAINER = 'kubectl.kubernetes.io/default-container';

/** podcmd.FindOrDefaultContainerByName. */
export function containerToAttach(c: CliContext, pod: KubeObject, name: string | undefined, quiet: boolean): KubeObject {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as KubeObject[];
  if (name) {
    const found = all.find((x) => x.name === name);
    if (!found) throw new CliError(`container ${name} not found in pod ${pod.metadata.name}`);
    return found;
  }
  const containers = (pod.spec?.containers ?? []) as KubeObject[];
  if (!containers.length) throw new CliError(`pod ${pod.metadata.namespace}/${pod.metadata.name} does not have any containers`);
  const annotated = all.find((x) => x.name === pod.metadata.annotations?.[DEFAULT_CONTAINER]);
  if (annotated) return annotated;
  if (!quiet) noteDefaultedContainer(c, pod, containers[0].name);
  return containers[0];
}

/** AttachOptions.Run for a pod already fetched. Throws UpgradeRefused when the server refuses. */
export async function attachToPod(c: CliContext, pod: KubeObject, o: AttachFlags): Promise<void> {
  const quiet = !!o.quiet;
  let container: KubeObject;
  try {
    container = containerToAttach(c, pod, o.container, quiet);
  } catch (e) {
    throw new CliError(`cannot attach to the container: ${(e as Error).message}`);
  }
  let tty = !!o.tty;
  if (tty && !container.tty) {
    tty = false;
    if (!quiet) c.io.err(`error: Unable to use a TTY - container ${container.name} did not allocate one\n`);
  } else if (!tty && container.tty) {
    // the container runs with a TTY: the client must ask for one too
    tty = true;
  }
  // SetupTTY: a TTY only with stdin, and only when stdin is a terminal
  const stdin = !!o.stdin;
  if (!stdin) tty = false;
  else if (tty && !process.stdin.isTTY) {
    tty = false;
    if (!quiet) c.io.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  }
  if (!quiet) c.io.err("If you don't see a command prompt, try pressing enter.\n");
  const q = new URLSearchParams();
  q.set('container', container.name);
  if (!tty) q.set('stderr', 'true');
  if (stdin) q.set('stdin', 'true');
  q.set('stdout', 'true');
  if (tty) q.set('tty', 'true');
  const st = await streamRemote(c, resourcePath(R.pods, pod.metadata.namespace, pod.metadata.name, 'attach'), q, { stdin, tty });
  if (st && st.status !== 'Success') throw new CliError(st.message ?? 'attach failed');
  if (!quiet && stdin && tty && pod.spec?.restartPolicy === 'Always') {
    c.io.out(`Session ended, resume using 'mk attach ${pod.metadata.name} -c ${container.name} -i -t' command when the pod is running\n`);
  }
}

export function registerAttach(program: Command, ctx: () => CliContext): void {
  program
    .command('attach')
    .description('Attach to a running container')
    .argument('[target...]')
    .option('-c, --container <name>', 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen')
    .option('-i, --stdin', 'Pass stdin to the container')
    .option('-t, --tty', 'Stdin is a TTY')
    .option('-q, --quiet', 'Only print output from the remote session')
    .option('--pod-running-timeout <duration>', 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running')
    .action(async (target: string[], o: AttachFlags) => {
      const c = ctx();
      if (!target.length) throw new CliError('at least 1 argument is required for attach');
      if (target.length > 2) throw new CliError(`expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${target.length}: [${target.join(' ')}]`);
      const arg = target.length === 2 ? `${target[0]}/${target[1]}` : target[0];
      const pod = await podFor(c, arg, arg);
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`cannot attach a container in a completed pod; current phase is ${phase}`);
      await attachToPod(c, pod, o);
    });
}
