// The robfig/cron v3 ParseStandard port: next activations (incl. DST in a zone),
// descriptors, and the exact parse errors kube-apiserver shows for bad schedules.
import { describe, expect, it } from 'vitest';
import { GO_ZERO_TIME, parseStandard } from '../../src/util/cron/cron-schedule.js';
import { formatRfc3339InZone } from '../../src/util/cron/time-zone.js';
import { validateCronJobObject } from '../../src/apiserver/validation/batch-cronjob.js';
import { formatFieldError } from '../../src/apiserver/errors.js';
import { defaultCronJob } from '../../src/apiserver/defaulting/cronjob.js';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const at = (s: string) => Date.parse(s);

function nextN(spec: string, zone: string, from: string, n: number): string[] {
  const s = parseStandard(spec, zone);
  const out: string[] = [];
  let t = at(from);
  for (let i = 0; i < n; i++) out.push(iso((t = s.next(t))));
  return out;
}

describe('cron schedule: next activations', () => {
  it('steps, ranges, lists and names', () => {
    expect(nextN('*/15 * * * *', 'UTC', '2024-01-01T10:07:30Z', 3)).toEqual(['2024-01-01T10:15:00Z', '2024-01-01T10:30:00Z', '2024-01-01T10:45:00Z']);
    expect(nextN('0 9-17/4 * * mon-fri', 'UTC', '2024-01-05T16:00:00Z', 3)).toEqual(['2024-01-05T17:00:00Z', '2024-01-08T09:00:00Z', '2024-01-08T13:00:00Z']);
    expect(nextN('5,10 0 1 JAN,jul *', 'UTC', '2024-01-01T00:05:00Z', 2)).toEqual(['2024-01-01T00:10:00Z', '2024-07-01T00:05:00Z']);
    // strictly after: a time on the schedule is not its own next
    expect(nextN('* * * * *', 'UTC', '2024-01-01T00:00:00Z', 1)).toEqual(['2024-01-01T00:01:00Z']);
  });

  it('combines day-of-month and day-of-week with OR unless one is *', () => {
    // the 13th, or any Friday
    expect(nextN('0 0 13 * 5', 'UTC', '2024-09-01T00:00:00Z', 3)).toEqual(['2024-09-06T00:00:00Z', '2024-09-13T00:00:00Z', '2024-09-20T00:00:00Z']);
    // any Friday (dom is *)
    expect(nextN('0 0 * * 5', 'UTC', '2024-09-01T00:00:00Z', 2)).toEqual(['2024-09-06T00:00:00Z', '2024-09-13T00:00:00Z']);
  });

  it('descriptors and @every', () => {
    expect(nextN('@hourly', 'UTC', '2024-01-01T10:07:00Z', 1)).toEqual(['2024-01-01T11:00:00Z']);
    expect(nextN('@daily', 'UTC', '2024-01-01T10:07:00Z', 1)).toEqual(['2024-01-02T00:00:00Z']);
    expect(nextN('@midnight', 'UTC', '2024-01-01T10:07:00Z', 1)).toEqual(['2024-01-02T00:00:00Z']);
    expect(nextN('@weekly', 'UTC', '2024-01-01T10:07:00Z', 1)).toEqual(['2024-01-07T00:00:00Z']);
    expect(nextN('@monthly', 'UTC', '2024-01-15T00:00:00Z', 1)).toEqual(['2024-02-01T00:00:00Z']);
    expect(nextN('@yearly', 'UTC', '2024-01-15T00:00:00Z', 1)).toEqual(['2025-01-01T00:00:00Z']);
    expect(nextN('@annually', 'UTC', '2024-01-15T00:00:00Z', 1)).toEqual(['2025-01-01T00:00:00Z']);
    expect(iso(parseStandard('@every 1h30m').next(at('2024-01-01T00:00:00.500Z')))).toBe('2024-01-01T01:30:00Z');
  });

  it('runs in the given zone across DST changes', () => {
    // spring forward (America/New_York, 2024-03-10): 02:30 does not exist that day
    expect(nextN('30 2 * * *', 'America/New_York', '2024-03-09T00:00:00Z', 2)).toEqual(['2024-03-09T07:30:00Z', '2024-03-11T06:30:00Z']);
    // fall back (2024-11-03): 01:30 happens twice, in EDT then EST
    expect(nextN('30 1 * * *', 'America/New_York', '2024-11-02T12:00:00Z', 3)).toEqual(['2024-11-03T05:30:00Z', '2024-11-03T06:30:00Z', '2024-11-04T06:30:00Z']);
    // midnight in Berlin across the March change
    expect(nextN('0 0 * * *', 'Europe/Berlin', '2024-03-30T12:00:00Z', 2)).toEqual(['2024-03-30T23:00:00Z', '2024-03-31T22:00:00Z']);
    expect(nextN('TZ=Asia/Tokyo 0 9 * * *', 'UTC', '2024-01-01T00:00:00Z', 1)).toEqual(['2024-01-02T00:00:00Z']);
  });

  it('finds rare dates and gives Go zero time for impossible ones', () => {
    expect(nextN('0 0 29 2 *', 'UTC', '2024-03-01T00:00:00Z', 1)).toEqual(['2028-02-29T00:00:00Z']);
    expect(parseStandard('0 0 31 2 *', 'UTC').next(at('2024-01-01T00:00:00Z'))).toBe(GO_ZERO_TIME);
  });

  it('formats the scheduled-timestamp annotation in the zone', () => {
    expect(formatRfc3339InZone(at('2024-07-01T12:00:00Z'), undefined)).toBe('2024-07-01T12:00:00Z');
    expect(formatRfc3339InZone(at('2024-07-01T12:00:00Z'), 'America/New_York')).toBe('2024-07-01T08:00:00-04:00');
    expect(formatRfc3339InZone(at('2024-01-01T12:00:00Z'), 'Europe/London')).toBe('2024-01-01T12:00:00Z');
  });
});

describe('cron schedule: parse errors (robfig texts)', () => {
  const cases: [string, string][] = [
    ['* * *', 'expected exactly 5 fields, found 3: [* * *]'],
    ['0 0 * * * *', 'expected exactly 5 fields, found 6: [0 0 * * * *]'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['5-2 * * * *', 'beginning of range (5) beyond end of range (2): 5-2'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['a * * * *', 'failed to parse int from a: strconv.Atoi: parsing "a": invalid syntax'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['1/2/3 * * * *', 'too many slashes: 1/2/3'],
    ['@foo', 'unrecognized descriptor: @foo'],
    ['@every 1x', 'failed to parse duration @every 1x: time: unknown unit "x" in duration "1x"'],
    ['@every 5', 'failed to parse duration @every 5: time: missing unit in duration "5"'],
    ['TZ=Foo/Bar * * * * *', 'provided bad location Foo/Bar: unknown time zone Foo/Bar'],
  ];
  it.each(cases)('%s', (spec, message) => {
    expect(() => parseStandard(spec, 'UTC')).toThrow(message);
  });
});

describe('CronJob validation', () => {
  const cronJob = (spec: Record<string, unknown>, name = 'hello') => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, namespace: 'default' },
    spec: {
      schedule: '*/1 * * * *',
      concurrencyPolicy: 'Allow',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox', imagePullPolicy: 'Always', terminationMessagePolicy: 'File' }], dnsPolicy: 'ClusterFirst' } } } },
      ...spec,
    },
  });
  const messages = (obj: ReturnType<typeof cronJob>) => {
    const defaulted = structuredClone(obj);
    defaultCronJob(defaulted);
    return validateCronJobObject(defaulted, undefined).map(formatFieldError);
  };

  it('accepts a valid cron job', () => {
    expect(messages(cronJob({}))).toEqual([]);
    expect(messages(cronJob({ schedule: '@hourly', timeZone: 'Europe/Berlin' }))).toEqual([]);
  });

  it('rejects bad schedules, zones, policies and long names with kube-apiserver texts', () => {
    expect(messages(cronJob({ schedule: 'bad' }))).toEqual(['spec.schedule: Invalid value: "bad": expected exactly 5 fields, found 1: [bad]']);
    expect(messages(cronJob({ schedule: '' }))).toEqual(['spec.schedule: Required value']);
    expect(messages(cronJob({ schedule: 'TZ=UTC * * * * *' }))).toEqual(['spec.schedule: Invalid value: "TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']);
    expect(messages(cronJob({ timeZone: 'Mars/Olympus' }))).toEqual(['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']);
    expect(messages(cronJob({ timeZone: 'Local' }))).toEqual(['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']);
    expect(messages(cronJob({ timeZone: '' }))).toEqual(['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string']);
    expect(messages(cronJob({ concurrencyPolicy: 'Sometimes' }))).toEqual(['spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"']);
    expect(messages(cronJob({ startingDeadlineSeconds: -1, successfulJobsHistoryLimit: -2 }))).toEqual([
      'spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0',
      'spec.successfulJobsHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
    ]);
    expect(messages(cronJob({}, 'x'.repeat(53)))).toEqual([`metadata.name: Invalid value: "${'x'.repeat(53)}": must be no more than 52 characters`]);
  });

  it('checks the job template restart policy and selector', () => {
    const cj = cronJob({});
    (cj.spec.jobTemplate.spec.template.spec as Record<string, unknown>).restartPolicy = 'Always';
    expect(messages(cj)).toEqual(['spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
  });
});
