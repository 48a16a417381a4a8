// --record: the deprecated change-cause annotation.
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export function recordChangeCause(obj: KubeObject, commandLine: string): KubeObject {
  const out = structuredClone(obj);
  out.metadata.annotations = { ...(out.metadata.annotations ?? {}), [CHANGE_CAUSE]: commandLine };
  return out;
}

export function warnRecordDeprecated(c: CliContext): void {
  c.io.err('Flag --record has been deprecated, --record will be removed in the future\n');
}
