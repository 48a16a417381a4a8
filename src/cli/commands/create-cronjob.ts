// mk create cronjob NAME --image=IMG --schedule=SPEC [--restart=…] [-- COMMAND ARGS]
// (kubectl 1.33 create_cronjob.go). `create job --from=cronjob/NAME` lives in create-job.ts.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { argsAfterDash, generatorFlags, mapped, submit, withParentFlags, type GenFlags } from './create-generators.js';

type CronJobFlags = GenFlags & { image?: string; schedule?: string; restart?: string };

/** What kubectl builds: only what the flags say, in the Go structs' field order. */
export function cronJobFromFlags(name: string, image: string, schedule: string, restart: string, command: string[]): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, creationTimestamp: null },
    spec: {
      schedule,
      jobTemplate: {
        metadata: { name, creationTimestamp: null },
        spec: {
          template: {
            metadata: { creationTimestamp: null },
            spec: { containers: [{ name, image, ...(command.length ? { command } : {}), resources: {} }], restartPolicy: restart },
          },
        },
      },
    },
    status: {},
  };
}

export function registerCreateCronJob(create: Command, ctx: () => CliContext): void {
  generatorFlags(
    create
      .command('cronjob')
      .alias('cj')
      .description('Create a cron job with the specified name.')
      .argument('[name]')
      .argument('[command...]')
      .option('--image <image>', 'Image name to run.')
      .option('--schedule <schedule>', 'A schedule in the Cron format the job should be run with.')
      .option('--restart <policy>', "job's restart policy. supported values: OnFailure, Never")
  ).action(async (name: string | undefined, command: string[], own: CronJobFlags, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    // cobra checks required flags (in flag-name order) before anything else
    const missing = [o.image === undefined ? 'image' : '', o.schedule === undefined ? 'schedule' : ''].filter(Boolean);
    if (missing.length) throw new CliError(`required flag(s) ${missing.map((f) => `"${f}"`).join(', ')} not set`);
    const all = name === undefined ? [] : [name, ...command];
    const named = all.length - argsAfterDash(cmd);
    if (named !== 1) throw new UsageError(`exactly one NAME is required, got ${named}`, 'mk create cronjob');
    const obj = cronJobFromFlags(name!, o.image!, o.schedule!, o.restart || 'OnFailure', command);
    await submit(ctx(), mapped(R.cronjobs, 'CronJob'), obj, o, 'kubectl-create', 'failed to create cronjob: ');
  });
}
