// mk start | stop | status | ip | delete (the cluster): minikube's verbs.
import type { Command } from 'commander';
import { mkHome } from '../../cluster/paths.js';
import { ip, LifecycleError, remove, start, status, stop } from '../../cluster/lifecycle.js';
import { CliError, ExitError } from '../errors.js';
import type { CliContext } from '../context.js';

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`invalid argument "${v}" for "--${name}" flag: must be a positive integer`);
  return n;
};

async function wrap(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof LifecycleError) {
      process.stderr.write(e.message + '\n');
      throw new ExitError(e.exitCode);
    }
    throw e;
  }
}

export function registerLifecycle(program: Command, ctx: () => CliContext): void {
  program
    .command('start')
    .description('Starts a local Kubernetes cluster')
    .option('--nodes <n>', 'The number of nodes to spin up', positiveInt('nodes'))
    .option('--api-port <port>', 'The apiserver listening port', positiveInt('api-port'))
    .action((o: { nodes?: number; apiPort?: number }) => wrap(() => start(mkHome(), { nodes: o.nodes, apiPort: o.apiPort, out: (l) => ctx().io.out(l + '\n') })));
  program
    .command('stop')
    .description('Stops a running local Kubernetes cluster')
    .action(() => wrap(() => stop(mkHome(), (l) => ctx().io.out(l + '\n'))));
  program
    .command('status')
    .description('Gets the status of the local Kubernetes cluster')
    .action(async () => {
      const code = await status(mkHome(), (l) => ctx().io.out(l + '\n'));
      if (code) throw new ExitError(code);
    });
  program
    .command('ip')
    .description('Retrieves the IP address of the node')
    .action(() => wrap(async () => ctx().io.out(ip(mkHome()) + '\n')));
}

/** `mk delete` with nothing to delete removes the cluster, as `minikube delete` does. */
export async function deleteCluster(ctx: CliContext): Promise<void> {
  await wrap(() => remove(mkHome(), (l) => ctx.io.out(l + '\n')));
}
