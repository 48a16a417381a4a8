// SetDefaults_HorizontalPodAutoscaler (pkg/apis/autoscaling/v2/defaults.go, 1.33): minReplicas 1,
// the CPU 80% metric when none, and a given behavior completed with the default rules.
// The alpha tolerance field is dropped (HPAConfigurableTolerance is off, as in 1.33).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const DEFAULT_CPU_UTILIZATION = 80;
const scaleUpDefaults = (): Obj => ({
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
});
// no stabilization window: the controller's --horizontal-pod-autoscaler-downscale-stabilization applies
const scaleDownDefaults = (): Obj => ({ selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });

const set = (v: unknown): boolean => v !== undefined && v !== null;

function completeRules(given: Obj | undefined | null, defaults: Obj): Obj {
  if (!given) return defaults;
  const out: Obj = { ...defaults };
  if (set(given.stabilizationWindowSeconds)) out.stabilizationWindowSeconds = given.stabilizationWindowSeconds;
  if (set(given.selectPolicy)) out.selectPolicy = given.selectPolicy;
  if (set(given.policies)) out.policies = given.policies;
  return out;
}

export function defaultHorizontalPodAutoscaler(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (!set(spec.minReplicas)) spec.minReplicas = 1;
  if (!spec.metrics?.length)
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  if (spec.behavior) {
    spec.behavior = { scaleUp: completeRules(spec.behavior.scaleUp, scaleUpDefaults()), scaleDown: completeRules(spec.behavior.scaleDown, scaleDownDefaults()) };
  }
}
