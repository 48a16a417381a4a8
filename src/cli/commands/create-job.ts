// mk create job NAME --image=IMAGE [-- COMMAND ARGS] | --from=cronjob/NAME (kubectl 1.33 create_job.go).
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { argsAfterDash, generatorFlags, mapped, submit, withParentFlags, type GenFlags } from './create-generators.js';

/** createJob: the generator's Job, restartPolicy Never and one container named after the job. */
export function jobFromImage(name: string, image: string, command: string[]): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, creationTimestamp: null },
    spec: {
      template: {
        metadata: { creationTimestamp: null },
        spec: { containers: [{ name, image, ...(command.length ? { command } : {}), resources: {} }], restartPolicy: 'Never' },
      },
    },
    status: {},
  };
}

/** createJobFromCronJob: the cron job's template, marked as a manual instantiation. */
export function jobFromCronJob(name: string, cronJob: KubeObject): KubeObject {
  const tmpl = cronJob.spec?.jobTemplate ?? {};
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      creationTimestamp: null,
      ...(tmpl.metadata?.labels ? { labels: tmpl.metadata.labels } : {}),
      annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tmpl.metadata?.annotations ?? {}) },
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata.name!, uid: cronJob.metadata.uid!, controller: true }],
    },
    spec: structuredClone(tmpl.spec ?? {}),
    status: {},
  };
}

async function sourceCronJob(c: CliContext, from: string): Promise<KubeObject> {
  const [type, name] = from.split('/');
  if (!name || !['cronjob', 'cronjobs', 'cj', 'cronjob.batch', 'cronjobs.batch'].includes(type!.toLowerCase()))
    throw new CliError(`from must be an existing cronjob: ${from}`);
  return c.client.get({ group: 'batch', version: 'v1', resource: 'cronjobs' }, c.namespace, name);
}

export function registerCreateJob(create: Command, ctx: () => CliContext): void {
  generatorFlags(
    create
      .command('job')
      .description('Create a job with the specified name.')
      .argument('<name>')
      .argument('[command...]')
      .option('--image <image>', 'Image name to run.')
      .option('--from <resource>', 'The name of the resource to create a Job from (only cronjob is supported).')
  ).action(async (name: string, command: string[], own: GenFlags & { image?: string; from?: string }, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    const named = 1 + command.length - argsAfterDash(cmd);
    if (named !== 1) throw new UsageError(`exactly one NAME is required, got ${named}`, 'mk create job');
    if (!o.image === !o.from) throw new CliError('either --image or --from must be specified');
    if (command.length && o.from) throw new CliError('cannot specify --from and command');
    const c = ctx();
    const job = o.from ? jobFromCronJob(name, await sourceCronJob(c, o.from)) : jobFromImage(name, o.image!, command);
    await submit(c, mapped(R.jobs, 'Job'), job, o, 'kubectl-create', 'failed to create job: ');
  });
}
