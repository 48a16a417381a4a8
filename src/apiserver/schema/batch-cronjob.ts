// batch/v1: cron jobs and the job template they stamp Jobs from.
// From k8s.io/api (release-1.33) batch/v1 generated.proto and types.go: json names,
// protobuf numbers, doc comments and list markers. JobSpec lives in batch-job.ts.
import type { TypeDef } from './model.js';
import { BOOL, INT32, INT64, STRING, TIME, core, message, meta } from './field-kinds.js';

const batch = message('io.k8s.api.batch.v1.');
const SPEC_AND_STATUS = 'More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status';
const METADATA = 'More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata';

export const BATCH_CRONJOB_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.batch.v1.CronJob',
    gvk: { group: 'batch', version: 'v1', kind: 'CronJob' },
    description: 'CronJob represents the configuration of a single cron job.',
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: `Standard object's metadata. ${METADATA}` },
      { name: 'spec', proto: 2, type: batch('CronJobSpec'), description: `Specification of the desired behavior of a cron job, including the schedule. ${SPEC_AND_STATUS}` },
      { name: 'status', proto: 3, type: batch('CronJobStatus'), description: `Current status of a cron job. ${SPEC_AND_STATUS}` },
    ],
  },
  {
    name: 'io.k8s.api.batch.v1.CronJobSpec',
    description: 'CronJobSpec describes how the job execution will look like and when it will actually run.',
    required: ['schedule', 'jobTemplate'],
    fields: [
      { name: 'schedule', proto: 1, type: STRING, description: 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.' },
      { name: 'timeZone', proto: 8, type: STRING, description: 'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process. The set of valid time zone names and the time zone offset is loaded from the system-wide time zone database by the API server during CronJob validation and the controller manager during execution. If no system-wide time zone database can be found a bundled version of the database is used instead. If the time zone name becomes invalid during the lifetime of a CronJob or due to a change in host configuration, the controller will stop creating new new Jobs and will create a system event with the reason UnknownTimeZone. More information can be found in https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones' },
      { name: 'startingDeadlineSeconds', proto: 2, type: INT64, description: 'Optional deadline in seconds for starting the job if it misses scheduled time for any reason.  Missed jobs executions will be counted as failed ones.' },
      { name: 'concurrencyPolicy', proto: 3, type: STRING, description: 'Specifies how to treat concurrent executions of a Job. Valid values are:\n\n- "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent runs, skipping next run if previous run hasn\'t finished yet; - "Replace": cancels currently running job and replaces it with a new one\n\nPossible enum values:\n - `"Allow"` allows CronJobs to run concurrently.\n - `"Forbid"` forbids concurrent runs, skipping next run if previous hasn\'t finished yet.\n - `"Replace"` cancels currently running job and replaces it with a new one.' },
      { name: 'suspend', proto: 4, type: BOOL, description: 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.' },
      { name: 'jobTemplate', proto: 5, type: batch('JobTemplateSpec'), description: 'Specifies the job that will be created when executing a CronJob.' },
      { name: 'successfulJobsHistoryLimit', proto: 6, type: INT32, description: 'The number of successful finished jobs to retain. Value must be non-negative integer. Defaults to 3.' },
      { name: 'failedJobsHistoryLimit', proto: 7, type: INT32, description: 'The number of failed finished jobs to retain. Value must be non-negative integer. Defaults to 1.' },
    ],
  },
  {
    name: 'io.k8s.api.batch.v1.CronJobStatus',
    description: 'CronJobStatus represents the current state of a cron job.',
    fields: [
      { name: 'active', proto: 1, type: core('ObjectReference'), repeated: true, listType: 'atomic', description: 'A list of pointers to currently running jobs.' },
      { name: 'lastScheduleTime', proto: 4, type: TIME, description: 'Information when was the last time the job was successfully scheduled.' },
      { name: 'lastSuccessfulTime', proto: 5, type: TIME, description: 'Information when was the last time the job successfully completed.' },
    ],
  },
  {
    name: 'io.k8s.api.batch.v1.CronJobList',
    gvk: { group: 'batch', version: 'v1', kind: 'CronJobList' },
    description: 'CronJobList is a collection of cron jobs.',
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: `Standard list metadata. ${METADATA}` },
      { name: 'items', proto: 2, type: batch('CronJob'), repeated: true, description: 'items is the list of CronJobs.' },
    ],
  },
  {
    name: 'io.k8s.api.batch.v1.JobTemplateSpec',
    description: 'JobTemplateSpec describes the data a Job should have when created from a template',
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: `Standard object's metadata of the jobs created from this template. ${METADATA}` },
      { name: 'spec', proto: 2, type: batch('JobSpec'), description: `Specification of the desired behavior of the job. ${SPEC_AND_STATUS}` },
    ],
  },
];
