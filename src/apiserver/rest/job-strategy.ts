// jobStrategy.PrepareForCreate (pkg/registry/batch/job/strategy.go, 1.33): unless the
// selector is manual, the job selects its pods by its own uid through generated labels.
import type { KubeObject } from '../../client/types.js';

export function generateJobSelector(job: KubeObject): void {
  const spec = (job.spec ??= {});
  const template = (spec.template ??= {});
  const md = (template.metadata ??= {});
  const labels: Record<string, string> = (md.labels ??= {});
  const name = String(job.metadata?.name ?? '');
  const uid = String(job.metadata?.uid ?? '');
  // user-set values win here; validation rejects them if they conflict
  for (const key of ['job-name', 'batch.kubernetes.io/job-name']) if (!(key in labels)) labels[key] = name;
  for (const key of ['controller-uid', 'batch.kubernetes.io/controller-uid']) if (!(key in labels)) labels[key] = uid;
  const selector = (spec.selector ??= {});
  const matchLabels: Record<string, string> = (selector.matchLabels ??= {});
  if (!('batch.kubernetes.io/controller-uid' in matchLabels)) matchLabels['batch.kubernetes.io/controller-uid'] = uid;
}

export function prepareJobForCreate(job: KubeObject): void {
  if (job.spec?.manualSelector !== true) generateJobSelector(job);
  job.status = {};
}
