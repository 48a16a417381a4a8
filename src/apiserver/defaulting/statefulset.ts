// SetDefaults_StatefulSet (pkg/apis/apps/v1/defaults.go) plus what encoding the Go type adds:
// serviceName has no omitempty, and each volumeClaimTemplate is a full PersistentVolumeClaim
// (SetDefaults_PersistentVolumeClaim{,Spec}: phase Pending, volumeMode Filesystem).
import { defaultPodTemplate } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const missing = (v: unknown): boolean => v === undefined || v === null;
const emptyString = (v: unknown): boolean => missing(v) || v === '';

function defaultClaimTemplate(claim: Obj): void {
  claim.metadata ??= {};
  if (!('creationTimestamp' in claim.metadata)) claim.metadata.creationTimestamp = null;
  const spec: Obj = (claim.spec ??= {});
  if (emptyString(spec.volumeMode)) spec.volumeMode = 'Filesystem';
  const status: Obj = (claim.status ??= {});
  if (emptyString(status.phase)) status.phase = 'Pending';
}

export function defaultStatefulSet(obj: Obj): void {
  const spec: Obj = (obj.spec ??= {});
  if (emptyString(spec.podManagementPolicy)) spec.podManagementPolicy = 'OrderedReady';
  const strategy: Obj = (spec.updateStrategy ??= {});
  if (emptyString(strategy.type)) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate && missing(strategy.rollingUpdate.partition)) {
    strategy.rollingUpdate.partition = 0;
  }
  const retention: Obj = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  if (emptyString(retention.whenDeleted)) retention.whenDeleted = 'Retain';
  if (emptyString(retention.whenScaled)) retention.whenScaled = 'Retain';
  if (missing(spec.replicas)) spec.replicas = 1;
  if (missing(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
  if (missing(spec.serviceName)) spec.serviceName = '';
  if (spec.ordinals && missing(spec.ordinals.start)) spec.ordinals.start = 0;
  for (const claim of spec.volumeClaimTemplates ?? []) if (claim && typeof claim === 'object') defaultClaimTemplate(claim);
  defaultPodTemplate((spec.template ??= {}));
}
