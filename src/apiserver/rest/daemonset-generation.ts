// The DaemonSet strategy's template generation. apps/v1 carries the internal
// spec.templateGeneration in an annotation; the apiserver owns it: 1 on create,
// +1 whenever an update changes spec.template. The controller labels pods with it.
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';

export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

function parsed(obj: KubeObject): number {
  const v = obj.metadata?.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  return typeof v === 'string' && /^[+-]?\d+$/.test(v) ? Number(v) : 0;
}

function setGeneration(obj: KubeObject, gen: number): void {
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [TEMPLATE_GENERATION_ANNOTATION]: String(gen) };
}

export function prepareDaemonSetCreate(obj: KubeObject): void {
  // these four counters have no omitempty in the Go type
  obj.status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
  obj.metadata ??= {};
  setGeneration(obj, Math.max(1, parsed(obj)));
}

/** A spec update: a client may not set the generation, only a template change moves it. */
export function prepareDaemonSetUpdate(obj: KubeObject, old: KubeObject): void {
  const before = parsed(old);
  setGeneration(obj, isDeepStrictEqual(obj.spec?.template, old.spec?.template) ? before : before + 1);
}
