// `kubectl describe statefulset` (describeStatefulSet and describeVolumeClaimTemplates).
import type { KubeObject } from '../../client/types.js';
import { LEVEL_0, LEVEL_1, tabbed, type PrefixWriter } from './prefix-writer.js';
import { intOrString, labelSelectorString, rfc1123z } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writePodTemplate } from './pod-template.js';
import { writeEvents } from './events.js';
import { canonicalQuantity } from './quantity.js';
import { podPhaseCounts } from './workloads.js';

export interface StatefulSetRelated {
  /** pods matching the selector; only those controlled by this StatefulSet count */
  pods?: KubeObject[];
  events?: KubeObject[];
  now?: number;
}

/** storageutil.GetPersistentVolumeClaimClass: the beta annotation wins over the field. */
function claimClass(pvc: KubeObject): string {
  return pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? '';
}

function writeVolumeClaimTemplates(w: PrefixWriter, templates: KubeObject[] | undefined): void {
  if (!templates?.length) {
    w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Volume Claims:\n');
  for (const pvc of templates) {
    w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
    w.write(LEVEL_1, `StorageClass:\t${claimClass(pvc)}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
    printLabelsMultiline(w, 'Annotations', pvc.metadata?.annotations, '  ');
    const storage = pvc.spec?.resources?.requests?.storage;
    w.write(LEVEL_1, `Capacity:\t${storage !== undefined && storage !== null ? canonicalQuantity(storage) : '<default>'}\n`);
    w.write(LEVEL_1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
  }
}

export function describeStatefulSet(set: KubeObject, related: StatefulSetRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = set.metadata ?? {};
  const spec = set.spec ?? {};
  const selector = labelSelectorString(spec.selector);
  if (selector === undefined) throw new Error('invalid label selector');
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Selector:\t${selector}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Replicas:\t${spec.replicas ?? 0} desired | ${set.status?.replicas ?? 0} total\n`);
    w.write(LEVEL_0, `Update Strategy:\t${spec.updateStrategy?.type ?? ''}\n`);
    const ru = spec.updateStrategy?.rollingUpdate;
    if (ru && ru.partition !== undefined && ru.partition !== null) {
      w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) w.write(LEVEL_1, `MaxUnavailable:\t${intOrString(ru.maxUnavailable)}\n`);
    }
    const c = podPhaseCounts(related.pods ?? [], meta.uid);
    w.write(LEVEL_0, `Pods Status:\t${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed\n`);
    writePodTemplate(spec.template ?? {}, w);
    writeVolumeClaimTemplates(w, spec.volumeClaimTemplates);
    if (related.events) writeEvents(w, related.events, now);
  });
}
