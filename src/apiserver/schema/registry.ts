// Lookup of the API type tables (see model.ts).
//
// Convention beyond model.ts: a Go struct embedded with `json:",inline"` (Probe's
// ProbeHandler, Volume's VolumeSource, EphemeralContainer's common part) appears as
// a field with name '' whose `proto` is the embedded message's wire number, followed
// by copies of the embedded struct's fields with `proto: 0` (JSON-only: they never
// appear on the wire at that level). JSON consumers skip name ''; the protobuf decoder
// merges the embedded message into its parent and skips proto 0.
import type { FieldDef, TypeDef } from './model.js';
import { APPS_TYPES } from './apps.js';
import { APPS_REVISION_TYPES } from './apps-revisions.js';
import { APPS_STATEFULSET_TYPES } from './apps-statefulsets.js';
import { APPS_DAEMONSET_TYPES } from './apps-daemonset.js';
import { AUTOSCALING_TYPES } from './autoscaling.js';
import { AUTOSCALING_V1_HPA_TYPES } from './autoscaling-v1-hpa.js';
import { AUTOSCALING_V2_TYPES } from './autoscaling-v2.js';
import { BATCH_CRONJOB_TYPES } from './batch-cronjob.js';
import { BATCH_JOB_TYPES } from './batch-job.js';
import { CORE_CONTAINER_TYPES } from './core-containers.js';
import { CORE_NODE_TYPES } from './core-nodes.js';
import { CORE_OBJECT_TYPES } from './core-objects.js';
import { CORE_PVC_TYPES } from './core-pvc.js';
import { CORE_PV_TYPES } from './core-pv.js';
import { CORE_PV_SOURCE_TYPES } from './core-pv-sources.js';
import { CORE_POD_STATUS_TYPES } from './core-pod-status.js';
import { CORE_POD_TYPES } from './core-pods.js';
import { CORE_PROBE_TYPES } from './core-probes.js';
import { CORE_SERVICE_TYPES } from './core-services.js';
import { CORE_VOLUME_PLUGIN_TYPES } from './core-volume-plugins.js';
import { CORE_VOLUME_TYPES } from './core-volumes.js';
import { DISCOVERY_TYPES } from './discovery.js';
import { COORDINATION_TYPES } from './coordination.js';
import { META_TYPES } from './meta.js';
import { POLICY_TYPES } from './policy.js';
import { POLICY_PDB_TYPES } from './policy-pdb.js';
import { STORAGE_CLASS_TYPES } from './storage-class.js';
import { NETWORKING_INGRESS_TYPES } from './networking-ingress.js';

const TYPES: TypeDef[] = [
  ...META_TYPES,
  ...CORE_NODE_TYPES,
  ...CORE_POD_TYPES,
  ...CORE_POD_STATUS_TYPES,
  ...CORE_CONTAINER_TYPES,
  ...CORE_PROBE_TYPES,
  ...CORE_VOLUME_TYPES,
  ...CORE_VOLUME_PLUGIN_TYPES,
  ...CORE_SERVICE_TYPES,
  ...CORE_OBJECT_TYPES,
  ...CORE_PVC_TYPES,
  ...CORE_PV_TYPES,
  ...CORE_PV_SOURCE_TYPES,
  ...APPS_TYPES,
  ...APPS_REVISION_TYPES,
  ...APPS_STATEFULSET_TYPES,
  ...APPS_DAEMONSET_TYPES,
  ...AUTOSCALING_TYPES,
  ...AUTOSCALING_V1_HPA_TYPES,
  ...AUTOSCALING_V2_TYPES,
  ...BATCH_CRONJOB_TYPES,
  ...BATCH_JOB_TYPES,
  ...DISCOVERY_TYPES,
  ...COORDINATION_TYPES,
  ...POLICY_TYPES,
  ...POLICY_PDB_TYPES,
  ...STORAGE_CLASS_TYPES,
  ...NETWORKING_INGRESS_TYPES,
];
const byName = new Map(TYPES.map((t) => [t.name, t]));
const byKind = new Map(TYPES.filter((t) => t.gvk).map((t) => [kindKey(t.gvk!.group, t.gvk!.version, t.gvk!.kind), t]));
const fieldIndex = new WeakMap<TypeDef, Map<string, FieldDef>>();

function kindKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

export function getType(name: string): TypeDef | undefined {
  return byName.get(name);
}

export function typeForKind(group: string, version: string, kind: string): TypeDef | undefined {
  return byKind.get(kindKey(group, version, kind));
}

export function allTypes(): TypeDef[] {
  return TYPES;
}

/** The field with this json name (inline-embedded fields included); never the '' inline marker. */
export function fieldOf(type: TypeDef, jsonName: string): FieldDef | undefined {
  let index = fieldIndex.get(type);
  if (!index) {
    index = new Map(type.fields.filter((f) => f.name !== '').map((f) => [f.name, f]));
    fieldIndex.set(type, index);
  }
  return index.get(jsonName);
}
