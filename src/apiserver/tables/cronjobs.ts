// CronJobs: printCronJob (pkg/printers/internalversion/printers.go, 1.33). SUSPEND prints
// the *bool ("<unset>" when nil); wide adds the job template's containers and selector.
import type { KubeObject } from '../../client/types.js';
import { fieldOf, getType } from '../schema/registry.js';
import { age, ageColumn, column, containerCells, formatLabelSelector, nameColumn, str, timestampSince } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';
import { CONTAINERS_DESCRIPTION, IMAGES_DESCRIPTION } from './deployments.js';

const doc = (type: string, name: string): string => {
  const t = getType(`io.k8s.api.batch.v1.${type}`);
  return (t && fieldOf(t, name)?.description) ?? '';
};

const boolPtr = (v: unknown): string => (typeof v === 'boolean' ? (v ? 'True' : 'False') : '<unset>');

function printCronJob(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = obj.spec ?? {};
  const status = obj.status ?? {};
  const last = status.lastScheduleTime ? timestampSince(status.lastScheduleTime, ctx.now) : '<none>';
  const cells: unknown[] = [
    str(obj.metadata?.name),
    str(spec.schedule),
    typeof spec.timeZone === 'string' ? spec.timeZone : '<none>',
    boolPtr(spec.suspend),
    (status.active ?? []).length,
    last,
    age(obj, ctx),
  ];
  if (ctx.wide) {
    const jobSpec = spec.jobTemplate?.spec ?? {};
    const [names, images] = containerCells(jobSpec.template?.spec?.containers);
    cells.push(names, images, formatLabelSelector(jobSpec.selector));
  }
  return { cells };
}

export const cronJobPrinter: TablePrinter = {
  get columns() {
    return [
      nameColumn(),
      column('Schedule', 'string', doc('CronJobSpec', 'schedule')),
      column('Timezone', 'string', doc('CronJobSpec', 'timeZone')),
      column('Suspend', 'boolean', doc('CronJobSpec', 'suspend')),
      column('Active', 'integer', doc('CronJobStatus', 'active')),
      column('Last Schedule', 'string', doc('CronJobStatus', 'lastScheduleTime')),
      ageColumn(),
      column('Containers', 'string', CONTAINERS_DESCRIPTION, 1),
      column('Images', 'string', IMAGES_DESCRIPTION, 1),
      column('Selector', 'string', doc('JobSpec', 'selector'), 1),
    ];
  },
  printRow: printCronJob,
};
