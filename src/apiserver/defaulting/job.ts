// SetDefaults_Job (pkg/apis/batch/v1/defaults.go, 1.33) plus the pod template defaults.
import { defaultPodTemplate } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const MAX_INT32 = 2147483647;
const absent = (v: unknown): boolean => v === undefined || v === null;

/** Defaults a JobSpec in place (also usable for a CronJob's job template spec). */
export function defaultJobSpec(spec: Obj): void {
  if (absent(spec.completions) && absent(spec.parallelism)) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  if (absent(spec.parallelism)) spec.parallelism = 1;
  if (absent(spec.backoffLimit)) spec.backoffLimit = absent(spec.backoffLimitPerIndex) ? 6 : MAX_INT32;
  if (absent(spec.completionMode)) spec.completionMode = 'NonIndexed';
  if (absent(spec.suspend)) spec.suspend = false;
  for (const rule of spec.podFailurePolicy?.rules ?? [])
    for (const pattern of rule?.onPodConditions ?? []) if (pattern && !pattern.status) pattern.status = 'True';
  if (absent(spec.podReplacementPolicy)) spec.podReplacementPolicy = spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  if (absent(spec.manualSelector)) spec.manualSelector = false;
  defaultPodTemplate((spec.template ??= {}));
}

export function defaultJob(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  defaultJobSpec(spec);
  // a job without labels takes its pod template's (before the generated ones are added)
  const templateLabels = spec.template?.metadata?.labels;
  if (templateLabels && Object.keys(obj.metadata?.labels ?? {}).length === 0) obj.metadata = { ...(obj.metadata ?? {}), labels: { ...templateLabels } };
}
