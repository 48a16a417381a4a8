// HorizontalPodAutoscalers: printHorizontalPodAutoscaler and formatHPAMetrics (1.33).
// v1 objects print through their v2 form, as the apiserver prints its internal type.
import type { KubeObject } from '../../client/types.js';
import { canonicalQuantity } from '../../cli/describe/quantity.js';
import { hpaFromV1 } from '../rest/hpa-conversion.js';
import { age, ageColumn, column, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const MAX_SHOWN = 2;
const quantity = (q: unknown): string => (q === undefined || q === null ? '0' : canonicalQuantity(q as string));

function formatResource(name: string, target: Obj | undefined, current: Obj | undefined, hasStatus: boolean): string {
  if (target?.averageValue !== undefined && target?.averageValue !== null) {
    const cur = hasStatus ? quantity(current?.averageValue) : '<unknown>';
    return `${name}: ${cur}/${quantity(target.averageValue)}`;
  }
  const util = current?.averageUtilization;
  const cur = hasStatus && util !== undefined && util !== null ? `${util}%` : '<unknown>';
  const want = target?.averageUtilization !== undefined && target?.averageUtilization !== null ? `${target.averageUtilization}%` : '<auto>';
  return `${name}: ${cur}/${want}`;
}

/** "cpu: 0%/50%", at most two metrics then "+ N more...". */
export function formatHPAMetrics(specs: Obj[] | undefined, statuses: Obj[] | undefined): string {
  if (!specs?.length) return '<none>';
  const st = statuses ?? [];
  const list = specs.map((spec, i) => {
    const s = st[i];
    switch (spec.type) {
      case 'External': {
        const t = spec.external?.target ?? {};
        if (t.averageValue !== undefined && t.averageValue !== null) {
          const cur = s?.external?.current?.averageValue;
          return `${cur !== undefined && cur !== null ? quantity(cur) : '<unknown>'}/${quantity(t.averageValue)} (avg)`;
        }
        return `${s?.external ? quantity(s.external.current?.value) : '<unknown>'}/${quantity(t.value)}`;
      }
      case 'Pods':
        return `${s?.pods ? quantity(s.pods.current?.averageValue) : '<unknown>'}/${quantity(spec.pods?.target?.averageValue)}`;
      case 'Object': {
        const t = spec.object?.target ?? {};
        if (t.averageValue !== undefined && t.averageValue !== null) {
          const cur = s?.object?.current?.averageValue;
          return `${cur !== undefined && cur !== null ? quantity(cur) : '<unknown>'}/${quantity(t.averageValue)} (avg)`;
        }
        return `${s?.object ? quantity(s.object.current?.value) : '<unknown>'}/${quantity(t.value)}`;
      }
      case 'Resource':
        return formatResource(spec.resource?.name ?? '', spec.resource?.target, s?.resource?.current, !!s?.resource);
      case 'ContainerResource':
        return formatResource(spec.containerResource?.name ?? '', spec.containerResource?.target, s?.containerResource?.current, !!s?.containerResource);
      default:
        return '<unknown type>';
    }
  });
  if (list.length > MAX_SHOWN) return `${list.slice(0, MAX_SHOWN).join(', ')} + ${list.length - MAX_SHOWN} more...`;
  return list.join(', ');
}

function printHorizontalPodAutoscaler(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const hpa = obj.apiVersion === 'autoscaling/v1' ? hpaFromV1(obj) : obj;
  const spec: Obj = hpa.spec ?? {};
  const ref = spec.scaleTargetRef ?? {};
  const min = spec.minReplicas;
  return {
    cells: [
      str(obj.metadata?.name),
      `${ref.kind ?? ''}/${ref.name ?? ''}`,
      formatHPAMetrics(spec.metrics, hpa.status?.currentMetrics ?? undefined),
      min === undefined || min === null ? '<unset>' : String(min),
      spec.maxReplicas ?? 0,
      hpa.status?.currentReplicas ?? 0,
      age(obj, ctx),
    ],
  };
}

export const horizontalPodAutoscalerPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Reference', 'string', 'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.'),
    column('Targets', 'string', 'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).  The desired replica count is calculated multiplying the ratio between the target value and the current value by the current number of pods.  Ergo, metrics used must decrease as the pod count is increased, and vice-versa.  See the individual metric source types for more information about how each type of metric must respond. If not set, the default metric will be set to 80% average CPU utilization.'),
    column('MinPods', 'string', 'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available.'),
    column('MaxPods', 'string', 'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.'),
    column('Replicas', 'string', 'currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler.'),
    ageColumn(),
  ],
  printRow: printHorizontalPodAutoscaler,
};
