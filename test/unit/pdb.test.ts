// PodDisruptionBudgets: validation messages, the disruption controller's arithmetic, the
// eviction decisions against a real registry, printing and the create generator's parsing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/storage/store.js';
import { Registry } from '../../src/apiserver/rest/registry.js';
import { StatusError } from '../../src/apiserver/errors.js';
import { findResource } from '../../src/apiserver/resources.js';
import { evictPod } from '../../src/apiserver/rest/eviction.js';
import { countHealthyPods, disruptionsAllowed, expectedPodCount, liveDisruptedPods, scaledValue, DELETION_TIMEOUT_MS } from '../../src/controllers/disruption/budget-math.js';
import { labelSelectorString } from '../../src/controllers/disruption/selector-string.js';
import { podDisruptionBudgetPrinter } from '../../src/apiserver/tables/pdbs.js';
import { describePodDisruptionBudget } from '../../src/cli/describe/pdb.js';
import { parseToLabelSelector, pdbObject, validatePdbFlags } from '../../src/cli/commands/create-pdb.js';
import type { KubeObject } from '../../src/client/types.js';
import { errorsOf } from './validation-fixtures.js';

const PDB = findResource('policy', 'v1', 'poddisruptionbudgets')!;
const PODS = findResource('', 'v1', 'pods')!;
const NS = findResource('', 'v1', 'namespaces')!;

function pdb(spec: Record<string, unknown>, name = 'web'): KubeObject {
  return { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name, namespace: 'default' }, spec };
}

const readyPod = (name: string, ready = true): KubeObject => ({
  metadata: { name, namespace: 'default', labels: { app: 'web' } },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

describe('PodDisruptionBudget validation', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a valid budget', { minAvailable: 1, selector: { matchLabels: { app: 'web' } } }, []],
    [
      'both bounds',
      { minAvailable: 1, maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } },
      [
        'spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(0xc000a1c0f0), Selector:(*v1.LabelSelector)(0xc000a1c0f0), MaxUnavailable:(*intstr.IntOrString)(0xc000a1c0f0), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set',
      ],
    ],
    ['negative minAvailable', { minAvailable: -1 }, ['spec.minAvailable: Invalid value: -1: must be greater than or equal to 0']],
    ['more than 100%', { maxUnavailable: '150%' }, ['spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%']],
    [
      'no percentage',
      { minAvailable: 'half' },
      [`spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"half"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`],
    ],
    ['unknown eviction policy', { minAvailable: 1, unhealthyPodEvictionPolicy: 'Never' }, ['spec.unhealthyPodEvictionPolicy: Unsupported value: "Never": supported values: "AlwaysAllow", "IfHealthyBudget"']],
  ];
  for (const [title, spec, want] of cases) it(title, () => expect(errorsOf(PDB, pdb(spec))).toEqual(want));

  it('checks names only as path segments, after the spec', () => {
    expect(errorsOf(PDB, pdb({ minAvailable: 1 }, 'Upper_Case'))).toEqual([]);
    expect(errorsOf(PDB, pdb({ minAvailable: 1 }, 'a%b'))).toEqual([`metadata.name: Invalid value: "a%b": may not contain '%'`]);
  });

  it('rejects negative status counters on update', () => {
    const old = { ...pdb({ minAvailable: 1 }), metadata: { ...pdb({}).metadata, resourceVersion: '1' } };
    const upd = { ...old, status: { disruptionsAllowed: -1, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 } };
    expect(errorsOf(PDB, upd, old)).toEqual(['status.disruptionsAllowed: Invalid value: -1: must be greater than or equal to 0']);
  });
});

describe('disruption controller arithmetic', () => {
  it('scales percentages rounding up', () => {
    expect(scaledValue('50%', 3, true)).toBe(2);
    expect(scaledValue('34%', 3, true)).toBe(2);
    expect(scaledValue('100%', 7, true)).toBe(7);
    expect(scaledValue(2, 10, true)).toBe(2);
  });

  it('counts selected pods for an integer minAvailable and owners for the rest', async () => {
    const pods = [readyPod('a'), readyPod('b')];
    const scale = async () => ({ expectedCount: 5, unmanagedPods: [] });
    expect(await expectedPodCount({ minAvailable: 1 }, pods, scale)).toEqual({ expectedCount: 2, desiredHealthy: 1, unmanagedPods: [] });
    expect(await expectedPodCount({ minAvailable: '50%' }, pods, scale)).toEqual({ expectedCount: 5, desiredHealthy: 3, unmanagedPods: [] });
    expect(await expectedPodCount({ maxUnavailable: '30%' }, pods, scale)).toEqual({ expectedCount: 5, desiredHealthy: 3, unmanagedPods: [] });
    expect(await expectedPodCount({ maxUnavailable: 9 }, pods, scale)).toEqual({ expectedCount: 5, desiredHealthy: 0, unmanagedPods: [] });
  });

  it('allows no disruptions while nothing is expected', () => {
    expect(disruptionsAllowed(3, 2, 3)).toBe(1);
    expect(disruptionsAllowed(3, 3, 3)).toBe(0);
    expect(disruptionsAllowed(1, 2, 3)).toBe(0);
    expect(disruptionsAllowed(3, 0, 0)).toBe(0);
  });

  it('forgets recorded disruptions after the deletion timeout and skips them while they last', () => {
    const now = Date.parse('2025-01-01T00:10:00Z');
    const recent = new Date(now - 30_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const old = new Date(now - DELETION_TIMEOUT_MS - 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const pods = [readyPod('a'), readyPod('b'), readyPod('c', false)];
    const live = liveDisruptedPods(pods, { a: recent, b: old, gone: recent }, now);
    expect(live.disruptedPods).toEqual({ a: recent });
    expect(live.expired.map((p) => p.metadata.name)).toEqual(['b']);
    expect(live.recheckAt).toBe(Date.parse(recent) + DELETION_TIMEOUT_MS);
    expect(countHealthyPods(pods, live.disruptedPods, now)).toBe(1);
  });

  it("prints a selector as the UnmanagedPods event does", () => {
    expect(labelSelectorString({ matchLabels: { b: '2', a: '1' }, matchExpressions: [{ key: 'k', operator: 'In', values: ['x', 'y'] }] })).toBe(
      '&LabelSelector{MatchLabels:map[string]string{a: 1,b: 2,},MatchExpressions:[]LabelSelectorRequirement{LabelSelectorRequirement{Key:k,Operator:In,Values:[x y],},},}',
    );
  });
});

describe('eviction against budgets', () => {
  let dir: string;
  let registry: Registry;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mk-pdb-'));
    registry = new Registry(new Store(join(dir, 'db.sqlite')));
    registry.create(NS, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function runningPod(name: string, ready = true, labels = { app: 'web' }): void {
    const p = registry.create(PODS, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { nodeName: 'mk', containers: [{ name: 'c', image: 'nginx' }] } });
    registry.update(PODS, 'default', name, { ...p, status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] } }, { subresource: 'status' });
  }
  function budget(name: string, spec: Record<string, unknown>, status: Record<string, unknown>): void {
    const created = registry.create(PDB, 'default', pdb(spec, name));
    registry.update(PDB, 'default', name, { ...created, status: { observedGeneration: 1, ...status } }, { subresource: 'status' });
  }
  const evict = (name: string, dryRun = false) => evictPod(registry, PODS, 'default', name, { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name } }, dryRun);
  function refusal(fn: () => unknown): StatusError['status'] {
    try {
      fn();
    } catch (e) {
      if (e instanceof StatusError) return e.status;
      throw e;
    }
    throw new Error('expected a refusal');
  }
  const exists = (name: string) => {
    try {
      return !registry.get(PODS, 'default', name).metadata.deletionTimestamp;
    } catch {
      return false;
    }
  };

  it('refuses with 429 when the budget allows no disruption', () => {
    runningPod('a');
    budget('web', { minAvailable: 1, selector: { matchLabels: { app: 'web' } } }, { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 });
    expect(refusal(() => evict('a'))).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      reason: 'TooManyRequests',
      details: { causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web needs 1 healthy pods and has 1 currently' }] },
      code: 429,
    });
    expect(exists('a')).toBe(true);
  });

  it('uses a disruption and records the pod before deleting it', () => {
    runningPod('b');
    const cur = registry.get(PDB, 'default', 'web');
    registry.update(PDB, 'default', 'web', { ...cur, status: { ...cur.status, disruptionsAllowed: 1, currentHealthy: 2 } }, { subresource: 'status' });
    expect(evict('b', true)).toMatchObject({ status: 'Success' });
    expect(registry.get(PDB, 'default', 'web').status.disruptionsAllowed).toBe(1);
    expect(evict('b')).toMatchObject({ status: 'Success', code: 201 });
    const st = registry.get(PDB, 'default', 'web').status;
    expect(st.disruptionsAllowed).toBe(0);
    expect(Object.keys(st.disruptedPods)).toEqual(['b']);
    expect(st.conditions).toMatchObject([{ type: 'DisruptionAllowed', status: 'False', reason: 'InsufficientPods', message: '' }]);
    expect(exists('b')).toBe(false);
  });

  it('lets an unready pod go without using the budget when the application is healthy', () => {
    runningPod('c', false);
    expect(evict('c')).toMatchObject({ status: 'Success' });
    expect(exists('c')).toBe(false);
  });

  it('answers 429 while the controller has not seen the latest spec', () => {
    const cur = registry.get(PDB, 'default', 'web');
    registry.update(PDB, 'default', 'web', { ...cur, spec: { ...cur.spec, minAvailable: 0 } });
    const s = refusal(() => evict('a'));
    expect(s.code).toBe(429);
    expect(s.details).toEqual({ causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web is still being processed by the server.' }], retryAfterSeconds: 10 });
  });

  it('refuses pods with two budgets with a 500', () => {
    budget('web2', { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } }, { disruptionsAllowed: 1, currentHealthy: 1, desiredHealthy: 0, expectedPods: 1 });
    expect(refusal(() => evict('a'))).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
      code: 500,
    });
  });

  it('ignores budgets for pending pods and pods no budget selects', () => {
    registry.create(PODS, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    expect(evict('p')).toMatchObject({ status: 'Success' });
    runningPod('other', true, { app: 'other' } as { app: string });
    expect(evict('other')).toMatchObject({ status: 'Success' });
  });
});

describe('printing and the create generator', () => {
  const ctx = { now: new Date('2025-01-01T00:00:10Z'), wide: false } as Parameters<typeof podDisruptionBudgetPrinter.printRow>[1];
  it('prints N/A for the unset bound', () => {
    const obj = { ...pdb({ maxUnavailable: '25%' }), metadata: { name: 'web', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' }, status: { disruptionsAllowed: 2 } };
    expect(podDisruptionBudgetPrinter.printRow(obj, ctx).cells).toEqual(['web', 'N/A', '25%', 2, '10s']);
    expect(podDisruptionBudgetPrinter.columns.map((c) => c.name)).toEqual(['Name', 'Min Available', 'Max Unavailable', 'Allowed Disruptions', 'Age']);
  });

  it('describes like kubectl', () => {
    const obj = { ...pdb({ minAvailable: 2, selector: { matchLabels: { app: 'web' } } }), status: { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2, expectedPods: 3 } };
    expect(describePodDisruptionBudget(obj, { events: [] })).toBe(
      'Name:           web\nNamespace:      default\nMin available:  2\nSelector:       app=web\nStatus:\n    Allowed disruptions:  1\n    Current:              3\n    Desired:              2\n    Total:                3\nEvents:                   <none>\n',
    );
  });

  it('validates flags in kubectl order and parses selectors', () => {
    expect(() => validatePdbFlags({ minAvailable: '1' })).toThrow('a selector must be specified');
    expect(() => validatePdbFlags({ selector: 'a=b' })).toThrow('one of min-available or max-unavailable must be specified');
    expect(() => validatePdbFlags({ selector: 'a=b', minAvailable: '1', maxUnavailable: '1' })).toThrow('min-available and max-unavailable cannot be both specified');
    expect(() => validatePdbFlags({ selector: 'a=b', minAvailable: '1Pa' })).toThrow('invalid format specified for min-available');
    expect(parseToLabelSelector('app=web,tier notin (db),env in (b,a),x,!y')).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'NotIn', values: ['db'] },
        { key: 'env', operator: 'In', values: ['a', 'b'] },
        { key: 'x', operator: 'Exists' },
        { key: 'y', operator: 'DoesNotExist' },
      ],
    });
    expect(() => parseToLabelSelector('a!=b')).toThrow('"!=" is not a valid label selector operator');
    expect(pdbObject('p', { selector: 'app=x', minAvailable: '50%' }).spec).toEqual({ minAvailable: '50%', selector: { matchLabels: { app: 'x' } } });
  });
});
