// What a workload read from a file looks like after kubectl decodes it into its Go type and
// encodes it again (set image --local, --dry-run=client): struct fields without omitempty come
// back as {} and an unset creationTimestamp as null.
import type { KubeObject } from '../client/types.js';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

function metadata(m: unknown): void {
  const md = obj(m);
  if (md && !('creationTimestamp' in md)) md.creationTimestamp = null;
}

function podSpec(s: unknown): void {
  const spec = obj(s);
  if (!spec) return;
  for (const list of ['initContainers', 'containers']) {
    for (const c of (spec[list] as unknown[] | undefined) ?? []) {
      const container = obj(c);
      if (container && !('resources' in container)) container.resources = {};
    }
  }
}

function template(t: unknown): void {
  const tpl = obj(t);
  if (!tpl) return;
  tpl.metadata ??= {};
  metadata(tpl.metadata);
  podSpec(tpl.spec);
}

/** Struct fields of each workload's spec that are never omitted. */
const SPEC_STRUCTS: Record<string, string[]> = {
  Deployment: ['strategy'],
  StatefulSet: ['updateStrategy'],
  DaemonSet: ['updateStrategy'],
};

/** Adds, in place, the fields Go's typed encoding would print; other kinds are left alone. */
export function withTypedZeroFields(o: KubeObject): KubeObject {
  const kind = o.kind ?? '';
  const known = ['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController'];
  if (!known.includes(kind)) return o;
  metadata(o.metadata);
  o.spec ??= {};
  if (kind === 'Pod') podSpec(o.spec);
  else if (kind === 'CronJob') {
    const jt = obj(o.spec.jobTemplate);
    if (jt) {
      jt.metadata ??= {};
      metadata(jt.metadata);
      jt.spec ??= {};
      template(obj(jt.spec)?.template);
    }
  } else {
    for (const f of SPEC_STRUCTS[kind] ?? []) if (!(f in o.spec)) o.spec[f] = {};
    template(o.spec.template);
  }
  if (!('status' in o)) o.status = {};
  return o;
}
