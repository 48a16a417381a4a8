// `kubectl describe daemonset` (DaemonSetDescriber / describeDaemonSet, kubectl 1.33).
import type { KubeObject } from '../../client/types.js';
import { writeEvents } from './events.js';
import { formatLabels, labelSelectorString } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writePodTemplate } from './pod-template.js';
import { LEVEL_0, tabbed } from './prefix-writer.js';
import { podPhaseCounts, type ReplicaSetRelated } from './workloads.js';

export function describeDaemonSet(ds: KubeObject, related: ReplicaSetRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = ds.metadata ?? {};
  const spec = ds.spec ?? {};
  const status = ds.status ?? {};
  const selector = labelSelectorString(spec.selector);
  if (selector === undefined) throw new Error('invalid label selector');
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${selector}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(spec.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${status.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${status.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${status.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${status.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${status.numberMisscheduled ?? 0}\n`);
    const c = podPhaseCounts(related.pods ?? [], meta.uid);
    w.write(LEVEL_0, `Pods Status:\t${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed\n`);
    writePodTemplate(spec.template ?? {}, w);
    if (related.events) writeEvents(w, related.events, now);
  });
}
