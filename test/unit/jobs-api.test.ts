// batch/v1 Job on the API side: defaulting, selector generation, validation, the table.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { applyDefaults } from '../../src/apiserver/defaulting/index.js';
import { formatFieldError } from '../../src/apiserver/errors.js';
import { findResource } from '../../src/apiserver/resources.js';
import { prepareJobForCreate } from '../../src/apiserver/rest/job-strategy.js';
import { jobCompletions, jobDuration, jobPrinter, jobStatusText } from '../../src/apiserver/tables/jobs.js';
import { validateObject } from '../../src/apiserver/validation/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const JOBS = findResource('batch', 'v1', 'jobs')!;
const UID = '0c8a2a5e-1b7e-4d7e-9b1a-4e8f4f6b7c11';

function job(mutate: (j: Obj) => void = () => {}): KubeObject {
  const j: Obj = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', namespace: 'default', uid: UID },
    spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl:5.34.0' }], restartPolicy: 'Never' } } },
  };
  mutate(j);
  return j as KubeObject;
}

/** What the registry does on create: defaults, PrepareForCreate, validation. */
function created(j: KubeObject): { obj: KubeObject; errors: string[] } {
  const obj = structuredClone(j);
  applyDefaults(JOBS, obj);
  prepareJobForCreate(obj);
  return { obj, errors: validateObject(JOBS, obj).map(formatFieldError) };
}

describe('Job defaulting and selector generation', () => {
  it('defaults the spec as SetDefaults_Job does and selects its pods by uid', () => {
    const { obj, errors } = created(job());
    expect(errors).toEqual([]);
    const { template, ...rest } = obj.spec;
    expect(rest).toEqual({
      parallelism: 1,
      completions: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      podReplacementPolicy: 'TerminatingOrFailed',
      manualSelector: false,
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': UID } },
    });
    expect(template.metadata.labels).toEqual({
      'batch.kubernetes.io/controller-uid': UID,
      'batch.kubernetes.io/job-name': 'pi',
      'controller-uid': UID,
      'job-name': 'pi',
    });
    expect(obj.status).toEqual({});
  });

  it('leaves completions unset when only parallelism is given; uses Failed with a pod failure policy', () => {
    const { obj } = created(job((j) => {
      j.spec.parallelism = 3;
      j.spec.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] };
    }));
    expect(obj.spec.completions).toBeUndefined();
    expect(obj.spec.podReplacementPolicy).toBe('Failed');
    expect(obj.spec.podFailurePolicy.rules[0].onPodConditions[0].status).toBe('True');
  });
});

describe('Job validation', () => {
  it('requires OnFailure or Never', () => {
    expect(created(job((j) => delete j.spec.template.spec.restartPolicy)).errors).toEqual([
      'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
  });

  it('reports negative counts and an Indexed job without completions', () => {
    const { errors } = created(job((j) => {
      j.spec.parallelism = -1;
      j.spec.backoffLimit = -2;
      j.spec.completionMode = 'Indexed';
    }));
    expect(errors).toEqual([
      'spec.parallelism: Invalid value: -1: must be greater than or equal to 0',
      'spec.backoffLimit: Invalid value: -2: must be greater than or equal to 0',
      'spec.completions: Required value: when completion mode is Indexed',
    ]);
  });

  it('rejects a conflicting generated label', () => {
    const { errors } = created(job((j) => (j.spec.template.metadata = { labels: { 'job-name': 'other' } })));
    expect(errors[0]).toBe(
      `spec.template.metadata.labels[job-name]: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"${UID}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${UID}", "job-name":"other"}: must be 'pi'`,
    );
  });

  it('keeps the selector, completions and template immutable but lets parallelism change', () => {
    const old = created(job()).obj;
    const scaled = structuredClone(old);
    scaled.spec.parallelism = 4;
    expect(validateObject(JOBS, scaled, old)).toEqual([]);
    const changed = structuredClone(old);
    changed.spec.completions = 2;
    changed.spec.template.spec.containers[0].image = 'perl:5.36';
    const messages = validateObject(JOBS, changed, old).map(formatFieldError);
    expect(messages).toContain('spec.completions: Invalid value: (*int32)(0xc000a1c0f0): field is immutable');
    expect(messages.some((m) => m.startsWith('spec.template: Invalid value: ') && m.endsWith('field is immutable'))).toBe(true);
  });
});

describe('Job table (printJob)', () => {
  const now = new Date('2025-01-01T00:10:00Z');
  const done = job((j) => {
    j.metadata.creationTimestamp = '2025-01-01T00:00:00Z';
    j.spec.completions = 1;
    j.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': UID } };
    j.status = {
      startTime: '2025-01-01T00:00:00Z',
      completionTime: '2025-01-01T00:00:07Z',
      succeeded: 1,
      conditions: [{ type: 'SuccessCriteriaMet', status: 'True' }, { type: 'Complete', status: 'True' }],
    };
  });

  it('prints NAME STATUS COMPLETIONS DURATION AGE and the wide columns', () => {
    expect(jobPrinter.columns.map((c) => c.name)).toEqual(['Name', 'Status', 'Completions', 'Duration', 'Age', 'Containers', 'Images', 'Selector']);
    expect(jobPrinter.printRow(done, { now, wide: true }).cells).toEqual(['pi', 'Complete', '1/1', '7s', '10m', 'pi', 'perl:5.34.0', `batch.kubernetes.io/controller-uid=${UID}`]);
  });

  it('derives the status and completions like printers.go', () => {
    const running = job((j) => (j.spec.parallelism = 3));
    expect(jobStatusText(running)).toBe('Running');
    expect(jobCompletions(running)).toBe('0/1 of 3');
    expect(jobDuration(running, now)).toBe('');
    const failing = job((j) => (j.status = { conditions: [{ type: 'FailureTarget', status: 'True' }] }));
    expect(jobStatusText(failing)).toBe('FailureTarget');
    const suspended = job((j) => (j.status = { conditions: [{ type: 'Suspended', status: 'True' }] }));
    expect(jobStatusText(suspended)).toBe('Suspended');
  });
});
