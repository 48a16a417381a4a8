// Kinds served in more than one version but stored once (kube-apiserver's storage
// version): requests in another version convert at the REST boundary.
import type { KubeObject } from '../../client/types.js';
import { findResource, type ResourceInfo } from '../resources.js';
import { hpaFromV1, hpaToV1 } from './hpa-conversion.js';

export interface VersionConverter {
  /** the resource as stored */
  storage: ResourceInfo;
  toStorage(obj: KubeObject): KubeObject;
  fromStorage(obj: KubeObject): KubeObject;
}

const CONVERSIONS: Record<string, { storageVersion: string; toStorage: (o: KubeObject) => KubeObject; fromStorage: (o: KubeObject) => KubeObject }> = {
  'autoscaling/v1/horizontalpodautoscalers': { storageVersion: 'v2', toStorage: hpaFromV1, fromStorage: hpaToV1 },
};

/** The converter when `info` is not the stored version of its resource. */
export function converterFor(info: ResourceInfo): VersionConverter | undefined {
  const c = CONVERSIONS[`${info.group}/${info.version}/${info.resource}`];
  if (!c) return undefined;
  const storage = findResource(info.group, c.storageVersion, info.resource);
  return storage && { storage, toStorage: c.toStorage, fromStorage: c.fromStorage };
}
