// `kubectl describe pdb` (describePodDisruptionBudgetV1, 1.33): one bound, the selector, the
// status counters and events. No labels or annotations are shown.
import type { KubeObject } from '../../client/types.js';
import { formatLabelSelector } from '../../util/label-selector.js';
import { LEVEL_0, LEVEL_2, tabbed } from './prefix-writer.js';
import { writeEvents } from './events.js';

const set = (v: unknown): boolean => v !== undefined && v !== null;

export function describePodDisruptionBudget(pdb: KubeObject, related: { events?: KubeObject[]; now?: number }): string {
  return tabbed((w) => {
    const spec = pdb.spec ?? {};
    const st = pdb.status ?? {};
    w.write(LEVEL_0, `Name:\t${pdb.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${pdb.metadata.namespace ?? ''}\n`);
    if (set(spec.minAvailable)) w.write(LEVEL_0, `Min available:\t${spec.minAvailable}\n`);
    else if (set(spec.maxUnavailable)) w.write(LEVEL_0, `Max unavailable:\t${spec.maxUnavailable}\n`);
    w.write(LEVEL_0, `Selector:\t${set(spec.selector) ? formatLabelSelector(spec.selector) : '<unset>'}\n`);
    w.write(LEVEL_0, 'Status:\n');
    w.write(LEVEL_2, `Allowed disruptions:\t${st.disruptionsAllowed ?? 0}\n`);
    w.write(LEVEL_2, `Current:\t${st.currentHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Desired:\t${st.desiredHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Total:\t${st.expectedPods ?? 0}\n`);
    if (related.events) writeEvents(w, related.events, related.now ?? Date.now());
  });
}
