// CronJob validation (pkg/apis/batch/validation, 1.33): ValidateCronJobCreate and
// ValidateCronJobUpdate, with robfig/cron's parse errors as the schedule messages.
import type { KubeObject } from '../../client/types.js';
import { parseStandard } from '../../util/cron/cron-schedule.js';
import { loadLocationError } from '../../util/cron/time-zone.js';
import { field, type FieldError } from '../errors.js';
import { validateJobSpecCommon } from './batch-job.js';
import { nameIsDNSSubdomain } from './names.js';
import { selectorValue, validateObjectMeta, validateObjectMetaUpdate } from './objectmeta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const present = (v: unknown): boolean => v !== undefined && v !== null;
const POLICIES = ['Allow', 'Forbid', 'Replace'];
/** DNS-1035 label max (63) minus the controller's "-<unix minutes>" job-name suffix. */
const MAX_NAME = 52;
// IANA naming rules for one path component (digits and + tolerated for legacy names)
const TZ_COMPONENT = /^[A-Za-z.\-_0-9+]{1,14}$/;

function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [field.invalid(path, v, 'must be greater than or equal to 0')] : [];
}

function validateSchedule(schedule: string, allowTZ: boolean, timeZone: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  try {
    parseStandard(schedule, 'UTC');
  } catch (e) {
    errs.push(field.invalid(path, schedule, (e as Error).message));
  }
  if (allowTZ && schedule.includes('TZ') && present(timeZone))
    errs.push(field.invalid(path, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  else if (!allowTZ && schedule.includes('TZ')) errs.push(field.invalid(path, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  return errs;
}

export function validateTimeZone(tz: unknown, path: string): FieldError[] {
  if (!present(tz)) return [];
  const name = String(tz);
  if (name.length === 0) return [field.invalid(path, name, 'timeZone must be nil or non-empty string')];
  for (const part of name.split('/'))
    if (part === '.' || part === '..' || part.startsWith('-') || !TZ_COMPONENT.test(part)) return [field.invalid(path, name, `unknown time zone ${name}`)];
  const errs: FieldError[] = [];
  if (name.toLowerCase() === 'local') errs.push(field.invalid(path, name, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  const loadErr = loadLocationError(name);
  if (loadErr) errs.push(field.invalid(path, name, loadErr));
  return errs;
}

/** ValidateJobTemplateSpec: the Job rules plus a selector the controller generates itself. */
function validateJobTemplateSpec(template: Obj, path: string): FieldError[] {
  const spec: Obj = template?.spec ?? {};
  const errs = validateJobSpecCommon(spec, `${path}.spec`);
  if (present(spec.selector)) errs.push(field.invalid(`${path}.spec.selector`, selectorValue(spec.selector), '`selector` will be auto-generated'));
  if (spec.manualSelector === true) errs.push(field.notSupported(`${path}.spec.manualSelector`, true, ['nil', 'false']));
  return errs;
}

function validateCronJobSpec(spec: Obj, old: Obj | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const schedule: string = spec.schedule ?? '';
  if (schedule.length === 0) errs.push(field.required('spec.schedule', ''));
  else errs.push(...validateSchedule(schedule, old ? String(old.schedule ?? '').includes('TZ') : false, spec.timeZone, 'spec.schedule'));
  if (present(spec.startingDeadlineSeconds)) errs.push(...nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  if (!old || (old.timeZone ?? null) !== (spec.timeZone ?? null)) errs.push(...validateTimeZone(spec.timeZone, 'spec.timeZone'));
  const policy = spec.concurrencyPolicy ?? '';
  if (policy === '') errs.push(field.required('spec.concurrencyPolicy', ''));
  else if (!POLICIES.includes(policy)) errs.push(field.notSupported('spec.concurrencyPolicy', policy, POLICIES));
  errs.push(...validateJobTemplateSpec(spec.jobTemplate ?? {}, 'spec.jobTemplate'));
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  return errs;
}

export function validateCronJobObject(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  if (old) return [...validateObjectMetaUpdate(obj.metadata ?? {}, old.metadata ?? {}), ...validateCronJobSpec(obj.spec ?? {}, old.spec ?? {})];
  const errs = [...validateObjectMeta(obj.metadata ?? {}, nameIsDNSSubdomain), ...validateCronJobSpec(obj.spec ?? {}, undefined)];
  const name: string = obj.metadata?.name ?? '';
  if (name.length > MAX_NAME) errs.push(field.invalid('metadata.name', name, `must be no more than ${MAX_NAME} characters`));
  return errs;
}
