// The DefaultIngressClass admission plugin: a new Ingress without a class gets the
// IngressClass annotated as default (the newest one when several are).
import type { KubeObject } from '../../client/types.js';
import { findResource, type ResourceInfo } from '../resources.js';
import type { Registry } from './registry.js';

export const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
const LEGACY_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

export function admitDefaultIngressClass(registry: Registry, info: ResourceInfo, obj: KubeObject, old: KubeObject | undefined): void {
  if (info.resource !== 'ingresses' || info.group !== 'networking.k8s.io' || old) return;
  if (obj.spec?.ingressClassName != null || obj.metadata?.annotations?.[LEGACY_CLASS_ANNOTATION] !== undefined) return;
  const classes = findResource('networking.k8s.io', 'v1', 'ingressclasses');
  if (!classes) return;
  const defaults = registry
    .list(classes, undefined)
    .items.filter((c) => c.metadata?.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true')
    .sort((a, b) => String(b.metadata.creationTimestamp ?? '').localeCompare(String(a.metadata.creationTimestamp ?? '')));
  if (!defaults.length) return;
  obj.spec = { ...(obj.spec ?? {}), ingressClassName: defaults[0].metadata.name };
}
