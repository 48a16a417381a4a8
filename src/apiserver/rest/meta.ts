// Object metadata helpers: uids, timestamps, generated names, storage keys.
import { randomUUID } from 'node:crypto';
import { randomSuffix } from '../../util/names.js';
import type { KubeObject } from '../../client/types.js';
import type { ResourceInfo } from '../resources.js';

/** RFC3339 with second precision, as metav1.Time marshals. */
export function nowTimestamp(d = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const newUid = (): string => randomUUID();

const MAX_GENERATED_BASE = 58;

export function generateName(base: string): string {
  return base.slice(0, MAX_GENERATED_BASE) + randomSuffix();
}

/** Storage key of a resource: "apps/deployments", "/pods". */
export const kindKey = (info: Pick<ResourceInfo, 'group' | 'resource'>): string => `${info.group}/${info.resource}`;

export function setTypeMeta(info: ResourceInfo, obj: KubeObject): KubeObject {
  obj.apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
  obj.kind = info.kind;
  return obj;
}

export function deepClone<T>(v: T): T {
  return v === undefined ? v : structuredClone(v);
}
