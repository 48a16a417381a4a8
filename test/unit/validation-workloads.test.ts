import { describe, expect, it } from 'vitest';
import { errors, formatFieldError } from '../../src/apiserver/errors.js';
import { applyDefaults } from '../../src/apiserver/defaulting/index.js';
import { validateObject } from '../../src/apiserver/validation/index.js';
import { deployment, errorsOf, LABEL_MSG, LABEL_VALUE_MSG, RES, SUBDOMAIN_MSG } from './validation-fixtures.js';

describe('Deployment validation (create)', () => {
  it('accepts what kubectl create deployment sends', () => {
    expect(errorsOf(RES.deployments, deployment())).toEqual([]);
  });

  const cases: [string, ReturnType<typeof deployment>, string[]][] = [
    ['bad name', deployment('Bad_Name'), [`metadata.name: Invalid value: "Bad_Name": ${SUBDOMAIN_MSG}`]],
    [
      'selector does not match the template',
      deployment('web', (d) => (d.spec.template.metadata.labels = { app: 'y', tier: 'x' })),
      ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"y", "tier":"x"}: `selector` does not match template `labels`'],
    ],
    [
      'missing selector',
      deployment('web', (d) => delete d.spec.selector),
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`'],
    ],
    [
      'empty selector',
      deployment('web', (d) => (d.spec.selector = {})),
      ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment'],
    ],
    ['negative replicas', deployment('web', (d) => (d.spec.replicas = -1)), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [
      'bad template label value',
      deployment('web', (d) => (d.spec.template.metadata.labels.tier = '-x')),
      [`spec.template.labels: Invalid value: "-x": ${LABEL_VALUE_MSG}`],
    ],
    [
      'bad container name',
      deployment('web', (d) => (d.spec.template.spec.containers[0].name = 'Web_1')),
      [`spec.template.spec.containers[0].name: Invalid value: "Web_1": ${LABEL_MSG}`],
    ],
    [
      'restartPolicy Never',
      deployment('web', (d) => (d.spec.template.spec.restartPolicy = 'Never')),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
    [
      'Recreate with rollingUpdate',
      deployment('web', (d) => (d.spec.strategy = { type: 'Recreate', rollingUpdate: { maxSurge: 1 } })),
      ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    ],
    [
      'unknown strategy type',
      deployment('web', (d) => (d.spec.strategy = { type: 'BlueGreen' })),
      ['spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"'],
    ],
    [
      'maxSurge and maxUnavailable both 0',
      deployment('web', (d) => (d.spec.strategy = { rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } })),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: may not be 0 when `maxSurge` is 0'],
    ],
    [
      'maxSurge not a percent',
      deployment('web', (d) => (d.spec.strategy = { rollingUpdate: { maxSurge: 'abc' } })),
      [
        "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"abc\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      ],
    ],
    [
      'maxUnavailable over 100%',
      deployment('web', (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '150%' } })),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%'],
    ],
    [
      'negative revisionHistoryLimit',
      deployment('web', (d) => (d.spec.revisionHistoryLimit = -2)),
      ['spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0'],
    ],
    [
      'progressDeadlineSeconds not above minReadySeconds',
      deployment('web', (d) => Object.assign(d.spec, { minReadySeconds: 10, progressDeadlineSeconds: 10 })),
      ['spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds'],
    ],
    [
      'bad selector operator',
      deployment('web', (d) => (d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'Is', values: ['web'] }] })),
      [
        'spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator',
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Is", Values:[]string{"web"}}}}: invalid label selector',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, obj, want) => {
    expect(errorsOf(RES.deployments, obj)).toEqual(want);
  });

  it('formats the whole Status message like kube-apiserver', () => {
    const obj = deployment('Bad_Name', (d) => (d.spec.replicas = -1));
    applyDefaults(RES.deployments, obj);
    const errs = validateObject(RES.deployments, obj);
    const st = errors.invalid('Deployment', 'apps', 'Bad_Name', errs).status;
    expect(st.message).toBe(
      `Deployment.apps "Bad_Name" is invalid: [metadata.name: Invalid value: "Bad_Name": ${SUBDOMAIN_MSG}, spec.replicas: Invalid value: -1: must be greater than or equal to 0]`,
    );
    expect(st.details?.causes?.[1]).toEqual({ reason: 'FieldValueInvalid', message: 'Invalid value: -1: must be greater than or equal to 0', field: 'spec.replicas' });
  });
});

describe('Deployment validation (update)', () => {
  it('rejects a selector change', () => {
    const old = deployment();
    const next = deployment('web', (d) => {
      d.spec.selector.matchLabels = { app: 'web', v: '2' };
      d.spec.template.metadata.labels = { app: 'web', v: '2' };
    });
    expect(errorsOf(RES.deployments, next, old)).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "v":"2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });

  it('allows image and replica changes', () => {
    const next = deployment('web', (d) => {
      d.spec.replicas = 3;
      d.spec.template.spec.containers[0].image = 'nginx:1.27';
    });
    expect(errorsOf(RES.deployments, next, deployment())).toEqual([]);
  });

  it('does not re-check the name format on update', () => {
    // the stored name cannot change; only ObjectMetaUpdate rules apply
    const old = deployment('web');
    const next = deployment('web', (d) => (d.metadata.generation = 1));
    expect(errorsOf(RES.deployments, next, old)).toEqual([]);
  });
});

describe('ReplicaSet validation', () => {
  it('uses the deployment wording for an empty selector', () => {
    const rs = deployment('web-1', (d) => {
      d.kind = 'ReplicaSet';
      delete d.spec.strategy;
      d.spec.selector = { matchLabels: {} };
    });
    expect(errorsOf(RES.replicasets, rs)).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it('reports activeDeadlineSeconds in templates', () => {
    const rs = deployment('web-1', (d) => {
      delete d.spec.strategy;
      d.spec.template.spec.activeDeadlineSeconds = 5;
    });
    expect(errorsOf(RES.replicasets, rs)).toEqual(['spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported']);
  });

  it('keeps duplicates in causes but not in the message', () => {
    const errs = [
      { type: 'FieldValueRequired' as const, field: 'a', hasValue: false },
      { type: 'FieldValueRequired' as const, field: 'a', hasValue: false },
    ];
    const st = errors.invalid('ReplicaSet', 'apps', 'x', errs).status;
    expect(st.message).toBe('ReplicaSet.apps "x" is invalid: a: Required value');
    expect(st.details?.causes).toHaveLength(2);
    expect(formatFieldError(errs[0])).toBe('a: Required value');
  });
});
