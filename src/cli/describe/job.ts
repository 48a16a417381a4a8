// kubectl 1.33 describeJob (staging/src/k8s.io/kubectl/pkg/describe/describe.go).
import type { KubeObject } from '../../client/types.js';
import { humanDuration } from '../../apiserver/tables/duration.js';
import { writeEvents } from './events.js';
import { labelSelectorString, rfc1123z } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writePodTemplate } from './pod-template.js';
import { controlledBy } from './pod.js';
import { LEVEL_0, tabbed } from './prefix-writer.js';

export interface JobRelated {
  events?: KubeObject[];
  now?: number;
}

const isSet = (v: unknown): boolean => v !== undefined && v !== null;

/** capIndexesListOrNone: the list cut after the first comma past `softLimit` characters. */
export function capIndexes(indexes: string | undefined, softLimit = 50): string {
  if (!indexes) return '<none>';
  let ix = softLimit;
  while (ix < indexes.length && indexes[ix] !== ',') ix++;
  return ix >= indexes.length ? indexes : `${indexes.slice(0, ix + 1)}...`;
}

export function describeJob(job: KubeObject, related: JobRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = job.metadata ?? {};
  const spec = job.spec ?? {};
  const status = job.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${labelSelectorString(spec.selector) ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const owner = controlledBy(job);
    if (owner) w.write(LEVEL_0, `Controlled By:\t${owner}\n`);
    if (isSet(spec.parallelism)) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
    w.write(LEVEL_0, `Completions:\t${isSet(spec.completions) ? spec.completions : '<unset>'}\n`);
    if (isSet(spec.completionMode)) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
    if (isSet(spec.suspend)) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
    if (isSet(spec.backoffLimit)) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (isSet(spec.ttlSecondsAfterFinished)) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
    if (status.completionTime) w.write(LEVEL_0, `Completed At:\t${rfc1123z(status.completionTime)}\n`);
    if (status.startTime && status.completionTime)
      w.write(LEVEL_0, `Duration:\t${humanDuration(Date.parse(status.completionTime) - Date.parse(status.startTime))}\n`);
    if (isSet(spec.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    const counts = `${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed`;
    if (isSet(status.ready)) w.write(LEVEL_0, `Pods Statuses:\t${status.active ?? 0} Active (${status.ready} Ready) / ${counts}\n`);
    else w.write(LEVEL_0, `Pods Statuses:\t${status.active ?? 0} Active / ${counts}\n`);
    if (spec.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexes(status.completedIndexes)}\n`);
    if (isSet(spec.backoffLimitPerIndex)) w.write(LEVEL_0, `Failed Indexes:\t${capIndexes(status.failedIndexes ?? undefined)}\n`);
    writePodTemplate(spec.template ?? {}, w);
    if (related.events) writeEvents(w, related.events, now);
  });
}
