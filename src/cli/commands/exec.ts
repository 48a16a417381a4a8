// mk exec [-i] [-t] POD|TYPE/NAME [-c C] -- COMMAND...: the v5.channel.k8s.io WebSocket protocol (remote-stream.ts).
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import { resourcePath } from '../../client/paths.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError } from '../errors.js';
import { podFor } from './logs.js';
import { containerToAttach } from './attach.js';
import { streamRemote } from '../remote-stream.js';

export function registerExec(program: Command, ctx: () => CliContext): void {
  program
    .command('exec')
    .description('Execute a command in a container')
    .argument('<target>')
    .argument('[command...]')
    .option('-c, --container <name>', 'Container name. If omitted, use the default container.')
    .option('-i, --stdin', 'Pass stdin to the container')
    .option('-t, --tty', 'Stdin is a TTY')
    .option('-q, --quiet', 'Only print output from the remote session')
    .action(async (target: string, command: string[], o: { container?: string; stdin?: boolean; tty?: boolean; quiet?: boolean }) => {
      const c = ctx();
      if (!command.length) throw new CliError('you must specify at least one command for the container');
      const pod = await podFor(c, target, target);
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
      // no -c: the annotated default or the first container, saying so (podcmd.FindOrDefaultContainerByName)
      const container = o.container ?? (containerToAttach(c, pod, undefined, !!o.quiet).name as string);
      if (!pod.spec?.containers?.some((x: { name: string }) => x.name === container)) throw new CliError(`container ${container} not found in pod ${pod.metadata.name}`);
      const tty = !!o.tty && !!o.stdin && !!process.stdin.isTTY;
      // kubectl warns only when a TTY was asked for together with stdin (-ti) and stdin is not one
      if (o.tty && o.stdin && !tty) c.io.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
      const q = new URLSearchParams();
      for (const part of command) q.append('command', part);
      q.set('container', container);
      q.set('stdout', 'true');
      q.set('stderr', String(!tty));
      if (o.stdin) q.set('stdin', 'true');
      if (tty) q.set('tty', 'true');
      const st = await streamRemote(c, resourcePath(R.pods, pod.metadata.namespace, pod.metadata.name, 'exec'), q, { stdin: !!o.stdin, tty });
      if (!st || st.status === 'Success') return;
      const exit = st.details?.causes?.find((x) => x.reason === 'ExitCode')?.message;
      // a failure without an exit code (the command never ran) is an error, not a termination
      if (!exit) throw new CliError(st.message ?? 'exec failed');
      c.io.err(`command terminated with exit code ${exit}\n`);
      throw new ExitError(Number(exit));
    });
}
