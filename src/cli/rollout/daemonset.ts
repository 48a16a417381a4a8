// `rollout status|history|undo` for DaemonSets (kubectl polymorphichelpers: the
// DaemonSetStatusViewer, DaemonSetHistoryViewer and DaemonSetRollbacker).
import { isDeepStrictEqual } from 'node:util';
import type { HttpClient } from '../../client/http-client.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { printPodTemplate } from '../describe/index.js';
import { CliError } from '../errors.js';
import { tabwrite } from '../printers/tabwriter.js';
import { CHANGE_CAUSE } from '../record.js';
import { selectorString } from './replicasets.js';
import type { RolloutState } from './status.js';

export function daemonSetStatus(ds: KubeObject): RolloutState {
  const name = JSON.stringify(ds.metadata.name ?? '');
  const st = ds.status ?? {};
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') return { message: '', done: true, error: 'rollout status is only available for RollingUpdate strategy type' };
  if ((ds.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  const desired = st.desiredNumberScheduled ?? 0;
  const updated = st.updatedNumberScheduled ?? 0;
  const available = st.numberAvailable ?? 0;
  if (updated < desired) return { message: `Waiting for daemon set ${name} rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`, done: false };
  if (available < desired) return { message: `Waiting for daemon set ${name} rollout to finish: ${available} of ${desired} updated pods are available...\n`, done: false };
  return { message: `daemon set ${name} successfully rolled out\n`, done: true };
}

/** daemonSetHistory: the ControllerRevisions the DaemonSet controls. */
export async function daemonSetRevisions(client: HttpClient, ds: KubeObject): Promise<KubeObject[]> {
  const list = await client.list(R.controllerrevisions, ds.metadata.namespace, { labelSelector: selectorString(ds.spec?.selector) });
  return list.items.filter((r) => r.metadata.ownerReferences?.some((o) => o.controller && o.uid === ds.metadata.uid));
}

const revisionOf = (r: KubeObject): number => Number(r.revision ?? 0);

/** The template a revision restores (its data replaces spec.template). */
function revisionTemplate(r: KubeObject): KubeObject {
  const { $patch: _drop, ...template } = r.data?.spec?.template ?? {};
  return template as KubeObject;
}

/** printHistory: the revision table, or one revision's pod template. */
export function daemonSetHistoryText(revisions: KubeObject[], revision: number): string {
  const byRevision = new Map<number, KubeObject>();
  for (const r of revisions) byRevision.set(revisionOf(r), r);
  if (!byRevision.size) return 'No rollout history found.';
  if (revision > 0) {
    const r = byRevision.get(revision);
    if (!r) throw new CliError('unable to find the specified revision');
    return printPodTemplate(revisionTemplate(r));
  }
  const rows = [...byRevision.keys()].sort((a, b) => a - b).map((n) => `${n}\t${byRevision.get(n)!.metadata.annotations?.[CHANGE_CAUSE] || '<none>'}\n`);
  return tabwrite(['REVISION\tCHANGE-CAUSE\n', ...rows].join(''), { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' });
}

/** getDaemonSetPatch: what a revision of this DaemonSet's current template would hold. */
const currentData = (ds: KubeObject) => ({ spec: { template: { ...structuredClone(ds.spec?.template ?? {}), $patch: 'replace' } } });

/**
 * DaemonSetRollbacker: the revision to restore (0: the one before the newest), or the skip
 * message when the DaemonSet already runs it. The caller patches with the returned data.
 */
export function daemonSetRollback(ds: KubeObject, revisions: KubeObject[], toRevision: number): { skipped: string } | { patch: unknown } {
  const notFound = () => new CliError(`unable to find specified revision ${toRevision} in history`);
  if (toRevision < 0) throw notFound();
  if (toRevision === 0 && revisions.length <= 1) throw new CliError('no last revision to roll back to');
  const sorted = [...revisions].sort((a, b) => revisionOf(a) - revisionOf(b));
  const target = toRevision === 0 ? sorted[sorted.length - 2] : sorted.find((r) => revisionOf(r) === toRevision);
  if (!target) throw notFound();
  // kubectl prints the revision asked for, 0 included
  if (isDeepStrictEqual(target.data ?? null, currentData(ds))) return { skipped: `skipped rollback (current template already matches revision ${toRevision})` };
  return { patch: target.data };
}
