// SetObjectDefaults_CronJob (pkg/apis/batch/v1, 1.33): the CronJob's own fields, and in its
// job template only what the generated defaulters reach (pod template, failure-policy
// patterns). SetDefaults_Job does not apply to a template, so no backoffLimit etc. there.
import { defaultPodTemplate } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const absent = (v: unknown): boolean => v === undefined || v === null;

export function defaultCronJob(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (absent(spec.concurrencyPolicy) || spec.concurrencyPolicy === '') spec.concurrencyPolicy = 'Allow';
  if (absent(spec.suspend)) spec.suspend = false;
  if (absent(spec.successfulJobsHistoryLimit)) spec.successfulJobsHistoryLimit = 3;
  if (absent(spec.failedJobsHistoryLimit)) spec.failedJobsHistoryLimit = 1;
  const jobSpec: Obj = ((spec.jobTemplate ??= {}).spec ??= {});
  for (const rule of jobSpec.podFailurePolicy?.rules ?? [])
    for (const pattern of rule?.onPodConditions ?? []) if (pattern && !pattern.status) pattern.status = 'True';
  defaultPodTemplate((jobSpec.template ??= {}));
}
