// Jobs: printJob (pkg/printers/internalversion/printers.go, 1.33): STATUS from the
// conditions, COMPLETIONS succeeded/desired, DURATION from start to completion (or now).
import type { KubeObject } from '../../client/types.js';
import { fieldOf, getType } from '../schema/registry.js';
import { age, ageColumn, column, containerCells, formatLabelSelector, int, nameColumn, parseTime, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';
import { CONTAINERS_DESCRIPTION, IMAGES_DESCRIPTION } from './deployments.js';
import { humanDuration } from './duration.js';

const doc = (type: string, name: string): string => {
  const t = getType(`io.k8s.api.batch.v1.${type}`);
  return (t && fieldOf(t, name)?.description) ?? '';
};

const conditionTrue = (job: KubeObject, type: string): boolean =>
  ((job.status?.conditions ?? []) as KubeObject[]).some((c) => c.type === type && c.status === 'True');

export function jobStatusText(job: KubeObject): string {
  if (conditionTrue(job, 'Complete')) return 'Complete';
  if (conditionTrue(job, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (conditionTrue(job, 'Suspended')) return 'Suspended';
  if (conditionTrue(job, 'FailureTarget')) return 'FailureTarget';
  if (conditionTrue(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

export function jobCompletions(job: KubeObject): string {
  const succeeded = int(job.status?.succeeded);
  const completions = job.spec?.completions;
  if (typeof completions === 'number') return `${succeeded}/${completions}`;
  const parallelism = int(job.spec?.parallelism);
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

export function jobDuration(job: KubeObject, now: Date): string {
  const start = parseTime(job.status?.startTime);
  if (!start) return '';
  const end = parseTime(job.status?.completionTime);
  return humanDuration((end ?? now).getTime() - start.getTime());
}

function printJob(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const cells: unknown[] = [str(obj.metadata?.name), jobStatusText(obj), jobCompletions(obj), jobDuration(obj, ctx.now), age(obj, ctx)];
  if (ctx.wide) {
    const [names, images] = containerCells(obj.spec?.template?.spec?.containers);
    cells.push(names, images, formatLabelSelector(obj.spec?.selector));
  }
  return { cells };
}

export const jobPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Status', 'string', 'Status of the job.'),
    column('Completions', 'string', doc('JobStatus', 'succeeded')),
    column('Duration', 'string', 'Time required to complete the job.'),
    ageColumn(),
    column('Containers', 'string', CONTAINERS_DESCRIPTION, 1),
    column('Images', 'string', IMAGES_DESCRIPTION, 1),
    column('Selector', 'string', doc('JobSpec', 'selector'), 1),
  ],
  printRow: printJob,
};
