// SetDefaults_DaemonSet (pkg/apis/apps/v1/defaults.go, 1.33).
import type { KubeObject } from '../../client/types.js';
import { defaultPodTemplate } from './podspec.js';

const missing = (v: unknown): boolean => v === undefined || v === null;

export function defaultDaemonSet(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  const strategy = (spec.updateStrategy ??= {});
  if (missing(strategy.type) || strategy.type === '') strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    if (missing(ru.maxUnavailable)) ru.maxUnavailable = 1;
    if (missing(ru.maxSurge)) ru.maxSurge = 0;
  }
  if (missing(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
  defaultPodTemplate((spec.template ??= {}));
}
