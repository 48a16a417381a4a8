// The "Pod Template:" block shared by Deployment/ReplicaSet descriptions and
// `kubectl rollout history --revision=N`.
import { LEVEL_0, LEVEL_1, NestedPrefixWriter, PrefixWriter } from './prefix-writer.js';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './multiline.js';
import { describeContainers } from './containers.js';
import { describeVolumes } from './volumes.js';
import { formatLabelSelector, type LabelSelector } from './format.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

export function describeTopologySpreadConstraints(tscs: any[] | undefined, w: PrefixWriter, space: string): void {
  if (!tscs || tscs.length === 0) return;
  const sorted = [...tscs].sort((a, b) => ((a.topologyKey ?? '') < (b.topologyKey ?? '') ? -1 : (a.topologyKey ?? '') > (b.topologyKey ?? '') ? 1 : 0));
  w.write(LEVEL_0, `${space}Topology Spread Constraints:\t`);
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${space}\t`);
    let s = `${t.topologyKey ?? ''}:${t.whenUnsatisfiable ?? ''} when max skew ${t.maxSkew ?? 0} is exceeded`;
    if (t.labelSelector) s += ` for selector ${formatLabelSelector(t.labelSelector as LabelSelector)}`;
    w.write(LEVEL_0, `${s}\n`);
  });
}

/** Writes the Pod Template block (kubectl DescribePodTemplate). */
export function writePodTemplate(template: any, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const meta = template.metadata ?? {};
  const spec = template.spec ?? {};
  printLabelsMultiline(w, '  Labels', meta.labels);
  if (Object.keys(meta.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', meta.annotations);
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length > 0) describeContainers('Init Containers', spec.initContainers, undefined, undefined, w, '  ');
  describeContainers('Containers', spec.containers, undefined, undefined, w, '  ');
  describeVolumes(spec.volumes, w, '  ');
  describeTopologySpreadConstraints(spec.topologySpreadConstraints, w, '  ');
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}

/** The Pod Template block aligned by the tabwriter, as describe prints it, `indent` levels deeper. */
export function describePodTemplate(template: any, indent = 0): string {
  const w = new PrefixWriter();
  writePodTemplate(template, indent > 0 ? new NestedPrefixWriter(w, indent) : w);
  return w.toString();
}

/**
 * The Pod Template block as `kubectl rollout history --revision=N` prints it:
 * no tabwriter, so the literal tabs stay in the text.
 */
export function printPodTemplate(template: any): string {
  const w = new PrefixWriter();
  writePodTemplate(template, w);
  return w.raw();
}
