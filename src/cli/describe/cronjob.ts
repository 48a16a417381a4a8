// kubectl 1.33 describeCronJob / describeJobTemplate / printActiveJobs (describe.go).
import type { KubeObject } from '../../client/types.js';
import { writeEvents } from './events.js';
import { labelSelectorString, rfc1123z } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writePodTemplate } from './pod-template.js';
import { LEVEL_0, tabbed, type PrefixWriter } from './prefix-writer.js';

export interface CronJobRelated {
  events?: KubeObject[];
  now?: number;
}

const isSet = (v: unknown): boolean => v !== undefined && v !== null;
const boolPtr = (v: unknown): string => (typeof v === 'boolean' ? (v ? 'True' : 'False') : '<unset>');

/** The job template part, shared in kubectl with nothing else but kept apart for clarity. */
function writeJobTemplate(template: KubeObject | undefined, w: PrefixWriter): void {
  const spec = template?.spec ?? {};
  if (isSet(spec.selector)) w.write(LEVEL_0, `Selector:\t${labelSelectorString(spec.selector) ?? ''}\n`);
  else w.write(LEVEL_0, 'Selector:\t<unset>\n');
  w.write(LEVEL_0, `Parallelism:\t${isSet(spec.parallelism) ? spec.parallelism : '<unset>'}\n`);
  w.write(LEVEL_0, `Completions:\t${isSet(spec.completions) ? spec.completions : '<unset>'}\n`);
  if (isSet(spec.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  writePodTemplate(spec.template ?? {}, w);
}

function writeActiveJobs(w: PrefixWriter, title: string, jobs: { name?: string }[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (!jobs?.length) {
    w.writeLine('<none>');
    return;
  }
  w.write(LEVEL_0, jobs.map((j) => j.name ?? '').join(', '));
  w.writeLine('');
}

export function describeCronJob(cj: KubeObject, related: CronJobRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = cj.metadata ?? {};
  const spec = cj.spec ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Schedule:\t${spec.schedule ?? ''}\n`);
    w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Suspend:\t${boolPtr(spec.suspend)}\n`);
    w.write(LEVEL_0, `Successful Job History Limit:\t${isSet(spec.successfulJobsHistoryLimit) ? spec.successfulJobsHistoryLimit : '<unset>'}\n`);
    w.write(LEVEL_0, `Failed Job History Limit:\t${isSet(spec.failedJobsHistoryLimit) ? spec.failedJobsHistoryLimit : '<unset>'}\n`);
    w.write(LEVEL_0, `Starting Deadline Seconds:\t${isSet(spec.startingDeadlineSeconds) ? `${spec.startingDeadlineSeconds}s` : '<unset>'}\n`);
    writeJobTemplate(spec.jobTemplate, w);
    const last = cj.status?.lastScheduleTime;
    w.write(LEVEL_0, `Last Schedule Time:\t${last ? rfc1123z(last) : '<unset>'}\n`);
    writeActiveJobs(w, 'Active Jobs', cj.status?.active);
    if (related.events) writeEvents(w, related.events, now);
  });
}
