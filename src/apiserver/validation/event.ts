// core/v1 Event (legacyValidateEvent, pkg/apis/core/validation/events.go).
import type { KubeObject } from '../../client/types.js';
import { field, type FieldError } from '../errors.js';
import { isDNS1123Subdomain, isQualifiedName } from './names.js';

const LIMITS: [string, number][] = [
  ['reportingInstance', 128],
  ['action', 128],
  ['reason', 128],
];

export function validateEvent(obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const ns = obj.metadata.namespace ?? '';
  const involvedNs = obj.involvedObject?.namespace ?? '';
  const mismatch = () => field.invalid('involvedObject.namespace', involvedNs, 'does not match event.namespace');
  if (!obj.eventTime) {
    // old-style events: the involved object's namespace must agree with the event's
    if (!involvedNs) {
      if (ns !== '' && ns !== 'default') errs.push(mismatch());
    } else if (ns !== involvedNs) errs.push(mismatch());
  } else {
    if (!involvedNs && ns !== 'default' && ns !== 'kube-system') errs.push(mismatch());
    const controller = String(obj.reportingComponent ?? '');
    if (!controller) errs.push(field.required('reportingComponent', ''));
    errs.push(...isQualifiedName(controller).map((m) => field.invalid('reportingComponent', controller, m)));
    for (const [f, max] of LIMITS) {
      const v = String(obj[f] ?? '');
      if (!v) errs.push(field.required(f, ''));
      if (v.length > max) errs.push(field.invalid(f, '', `can have at most ${max} characters`));
    }
    if (String(obj.message ?? '').length > 1024) errs.push(field.invalid('message', '', 'can have at most 1024 characters'));
  }
  errs.push(...isDNS1123Subdomain(ns).map((m) => field.invalid('namespace', ns, m)));
  return errs;
}
