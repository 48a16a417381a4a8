// `kubectl describe hpa` (describeHorizontalPodAutoscalerV2, 1.33): metrics as current / target,
// bounds, behavior, the target's pod counts, conditions and events. v1 objects are shown
// through their v2 form, as kubectl fetches v2.
import type { KubeObject } from '../../client/types.js';
import { hpaFromV1 } from '../../apiserver/rest/hpa-conversion.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, tabbed, type PrefixWriter } from './prefix-writer.js';
import { rfc1123z } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writeEvents } from './events.js';
import { canonicalQuantity } from './quantity.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const q = (v: unknown): string => (v === undefined || v === null ? '0' : canonicalQuantity(v as string));
const set = (v: unknown): boolean => v !== undefined && v !== null;

function writeResourceMetric(w: PrefixWriter, label: string, target: Obj, current: Obj | undefined): void {
  w.write(LEVEL_1, label);
  if (set(target?.averageValue)) {
    w.write(LEVEL_0, `:\t${current ? q(current.current?.averageValue) : '<unknown>'} / ${q(target.averageValue)}\n`);
    return;
  }
  const util = current?.current?.averageUtilization;
  const cur = current && set(util) ? `${util}% (${q(current.current?.averageValue)})` : '<unknown>';
  const want = set(target?.averageUtilization) ? `${target.averageUtilization}%` : '<auto>';
  w.write(LEVEL_1, `(as a percentage of request):\t${cur} / ${want}\n`);
}

function writeMetric(w: PrefixWriter, m: Obj, s: Obj | undefined): void {
  switch (m.type) {
    case 'External': {
      const t = m.external?.target ?? {};
      const name = JSON.stringify(m.external?.metric?.name ?? '');
      if (set(t.averageValue)) {
        const cur = set(s?.external?.current?.averageValue) ? q(s!.external.current.averageValue) : '<unknown>';
        w.write(LEVEL_1, `${name} (target average value):\t${cur} / ${q(t.averageValue)}\n`);
      } else w.write(LEVEL_1, `${name} (target value):\t${s?.external ? q(s.external.current?.value) : '<unknown>'} / ${q(t.value)}\n`);
      return;
    }
    case 'Pods':
      w.write(LEVEL_1, `${JSON.stringify(m.pods?.metric?.name ?? '')} on pods:\t${s?.pods ? q(s.pods.current?.averageValue) : '<unknown>'} / ${q(m.pods?.target?.averageValue)}\n`);
      return;
    case 'Object': {
      const o = m.object ?? {};
      w.write(LEVEL_1, `"${o.metric?.name ?? ''}" on ${o.describedObject?.kind ?? ''}/${o.describedObject?.name ?? ''} `);
      if (o.target?.type === 'AverageValue') w.write(LEVEL_0, `(target average value):\t${s?.object ? q(s.object.current?.averageValue) : '<unknown>'} / ${q(o.target.averageValue)}\n`);
      else w.write(LEVEL_0, `(target value):\t${s?.object ? q(s.object.current?.value) : '<unknown>'} / ${q(o.target?.value)}\n`);
      return;
    }
    case 'Resource':
      writeResourceMetric(w, `resource ${m.resource?.name ?? ''} on pods`, m.resource?.target, s?.resource);
      return;
    case 'ContainerResource':
      writeResourceMetric(w, `resource ${m.containerResource?.name ?? ''} of container "${m.containerResource?.container ?? ''}" on pods`, m.containerResource?.target, s?.containerResource);
      return;
    default:
      w.write(LEVEL_1, `<unknown metric type ${JSON.stringify(m.type ?? '')}>\n`);
  }
}

function writeDirection(w: PrefixWriter, direction: string, rules: Obj | undefined): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (set(rules.stabilizationWindowSeconds)) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  const policies: Obj[] = rules.policies ?? [];
  if (!policies.length) return;
  w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
  w.write(LEVEL_2, 'Policies:\n');
  for (const p of policies) w.write(LEVEL_3, `- Type: ${p.type ?? ''}\tValue: ${p.value ?? 0}\tPeriod: ${p.periodSeconds ?? 0} seconds\n`);
}

export function describeHorizontalPodAutoscaler(obj: KubeObject, related: { events?: KubeObject[]; now?: number } = {}): string {
  const hpa = obj.apiVersion === 'autoscaling/v1' ? hpaFromV1(obj) : obj;
  const meta = hpa.metadata ?? {};
  const spec: Obj = hpa.spec ?? {};
  const status: Obj = hpa.status ?? {};
  const ref = spec.scaleTargetRef ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Reference:\t${ref.kind ?? ''}/${ref.name ?? ''}\n`);
    w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
    const current: Obj[] = status.currentMetrics ?? [];
    (spec.metrics ?? []).forEach((m: Obj, i: number) => writeMetric(w, m, current[i]));
    w.write(LEVEL_0, `Min replicas:\t${set(spec.minReplicas) ? spec.minReplicas : '<unset>'}\n`);
    w.write(LEVEL_0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
    if (spec.behavior) {
      w.write(LEVEL_0, 'Behavior:\n');
      writeDirection(w, 'Scale Up', spec.behavior.scaleUp);
      writeDirection(w, 'Scale Down', spec.behavior.scaleDown);
    }
    w.write(LEVEL_0, `${ref.kind ?? ''} pods:\t`);
    w.write(LEVEL_0, `${status.currentReplicas ?? 0} current / ${status.desiredReplicas ?? 0} desired\n`);
    const conditions: Obj[] = status.conditions ?? [];
    if (conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------\t-------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type ?? ''}\t${c.status ?? ''}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    if (related.events) writeEvents(w, related.events, related.now ?? Date.now());
  });
}
