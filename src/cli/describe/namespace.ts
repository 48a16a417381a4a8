// `kubectl describe namespace`, with its resource quota and limit range summaries.
import type { KubeObject } from '../../client/types.js';
import { LEVEL_0, LEVEL_1, tabbed, type PrefixWriter } from './prefix-writer.js';
import { rfc1123z, sortedKeys } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { canonicalQuantity } from './quantity.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface NamespaceRelated {
  /** undefined: the server has no quotas (section omitted) */
  resourceQuotas?: KubeObject[];
  limitRanges?: KubeObject[];
}

const SCOPE_HELP: Record<string, string> = {
  Terminating:
    'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating:
    'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort:
    'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

const byName = (a: KubeObject, b: KubeObject): number => {
  const x = a.metadata?.name ?? '';
  const y = b.metadata?.name ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

export function writeResourceQuotas(quotas: KubeObject[], w: PrefixWriter): void {
  if (quotas.length === 0) {
    w.write(LEVEL_0, 'No resource quota.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Quotas\n');
  for (const q of [...quotas].sort(byName)) {
    w.write(LEVEL_1, `Name:\t${q.metadata?.name ?? ''}\n`);
    const scopes = [...((q.spec?.scopes ?? []) as string[])].sort();
    if (scopes.length > 0) {
      w.write(LEVEL_1, `Scopes:\t${scopes.join(', ')}\n`);
      for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_1, `* ${SCOPE_HELP[s]}\n`);
    }
    w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_1, '--------\t---\t---\n');
    const hard = q.status?.hard ?? {};
    const used = q.status?.used ?? {};
    for (const r of sortedKeys(hard)) w.write(LEVEL_1, `${r}\t${canonicalQuantity(used[r] ?? '0')}\t${canonicalQuantity(hard[r])}\n`);
  }
}

export function writeLimitRanges(ranges: KubeObject[], w: PrefixWriter): void {
  if (ranges.length === 0) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const lr of ranges) {
    for (const item of (lr.spec?.limits ?? []) as any[]) {
      const lists = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio];
      // kubectl iterates a Go map here (random order); sorted is the stable choice
      const names = [...new Set(lists.flatMap((l) => Object.keys(l ?? {})))].sort();
      for (const n of names) {
        const cells = lists.map((l) => (l && l[n] !== undefined ? canonicalQuantity(l[n]) : '-'));
        w.write(LEVEL_0, ` ${item.type ?? ''}\t${n}\t${cells.join('\t')}\n`);
      }
    }
  }
}

export function describeNamespace(ns: KubeObject, related: NamespaceRelated = {}): string {
  const meta = ns.metadata ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
    const conditions: any[] = ns.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
      for (const c of conditions)
        w.write(LEVEL_1, `${c.type ?? ''}\t${c.status ?? ''}\t${rfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    if (related.resourceQuotas) {
      w.write(LEVEL_0, '\n');
      writeResourceQuotas(related.resourceQuotas, w);
    }
    if (related.limitRanges) {
      w.write(LEVEL_0, '\n');
      writeLimitRanges(related.limitRanges, w);
    }
  });
}
