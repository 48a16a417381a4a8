// Completion indexes of Indexed jobs (pkg/controller/job/indexed_job_utils.go): the
// "1,3-5,7" text of status.completedIndexes and the index a pod carries.
import type { KubeObject } from '../../client/types.js';

export const COMPLETION_INDEX_KEY = 'batch.kubernetes.io/job-completion-index';

/** The pod's completion index, from the annotation (the label is informational); -1 when absent or bad. */
export function podCompletionIndex(pod: KubeObject): number {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX_KEY] ?? pod.metadata.labels?.[COMPLETION_INDEX_KEY];
  if (v === undefined || !/^\d+$/.test(v)) return -1;
  return Number(v);
}

/** Parses "0,2-4" into the sorted set of indexes below `limit`. */
export function parseIndexes(text: string | undefined, limit: number): Set<number> {
  const out = new Set<number>();
  for (const part of (text ?? '').split(',')) {
    if (!part) continue;
    const [a, b] = part.split('-');
    const from = Number(a);
    const to = b === undefined ? from : Number(b);
    if (!Number.isInteger(from) || !Number.isInteger(to)) continue;
    for (let i = from; i <= to && i < limit; i++) out.add(i);
  }
  return out;
}

/** Formats a set of indexes as ranges: {0,1,2,4} → "0-2,4". */
export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((x, y) => x - y);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The lowest indexes in [0, completions) that are neither completed nor held by an active pod. */
export function indexesToCreate(completions: number, completed: Set<number>, activePods: KubeObject[], count: number): number[] {
  const busy = new Set(activePods.map(podCompletionIndex));
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!completed.has(i) && !busy.has(i)) out.push(i);
  return out;
}
