// `kubectl describe deployment` and `describe replicaset`.
import type { KubeObject } from '../../client/types.js';
import { LEVEL_0, LEVEL_1, tabbed, type PrefixWriter } from './prefix-writer.js';
import { formatLabelSelector, intOrString, labelSelectorString, rfc1123z } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writePodTemplate } from './pod-template.js';
import { writeEvents } from './events.js';
import { controlledBy } from './pod.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface DeploymentRelated {
  newRS?: KubeObject | null;
  oldRSes?: KubeObject[];
  /** undefined: no Events section */
  events?: KubeObject[];
  now?: number;
}

export interface ReplicaSetRelated {
  /** pods matching the selector; only those controlled by this ReplicaSet count */
  pods?: KubeObject[];
  /** set when listing pods failed: printed as "error in fetching pods: <message>" */
  podsError?: string;
  events?: KubeObject[];
  now?: number;
}

/** "name (status/spec replicas created)" joined by ", ", `<none>` when empty. */
function replicaSetList(rses: KubeObject[]): string {
  const list = rses.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`);
  return list.length > 0 ? list.join(', ') : '<none>';
}

/** Conditions table of workloads: trailing space after Type. */
function writeWorkloadConditions(w: PrefixWriter, conditions: any[] | undefined): void {
  if (!conditions || conditions.length === 0) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of conditions) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''}\t${c.reason ?? ''}\n`);
}

export function describeDeployment(d: KubeObject, related: DeploymentRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = d.metadata ?? {};
  const spec = d.spec ?? {};
  const status = d.status ?? {};
  const selector = labelSelectorString(spec.selector);
  if (selector === undefined) throw new Error('invalid label selector');
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Selector:\t${selector}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${spec.replicas ?? 0} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ` +
        `${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${intOrString(ru.maxUnavailable)} max unavailable, ${intOrString(ru.maxSurge)} max surge\n`);
    writePodTemplate(spec.template ?? {}, w);
    writeWorkloadConditions(w, status.conditions);
    const oldRSes = related.oldRSes ?? [];
    const newRSes = related.newRS ? [related.newRS] : [];
    if (oldRSes.length > 0 || newRSes.length > 0) {
      w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetList(oldRSes)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetList(newRSes)}\n`);
    }
    if (related.events) writeEvents(w, related.events, now);
  });
}

/** Phase counts of the pods this controller owns (kubectl getPodStatusForController). */
export function podPhaseCounts(pods: KubeObject[], ownerUid: string | undefined) {
  const counts = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const pod of pods) {
    const ref = (pod.metadata?.ownerReferences ?? []).find((r) => r.controller === true);
    if (!ref || ref.uid !== ownerUid) continue;
    const phase = pod.status?.phase;
    if (phase === 'Running') counts.running++;
    else if (phase === 'Pending') counts.waiting++;
    else if (phase === 'Succeeded') counts.succeeded++;
    else if (phase === 'Failed') counts.failed++;
  }
  return counts;
}

export function describeReplicaSet(rs: KubeObject, related: ReplicaSetRelated = {}): string {
  const now = related.now ?? Date.now();
  const meta = rs.metadata ?? {};
  const spec = rs.spec ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const owner = controlledBy(rs);
    if (owner) w.write(LEVEL_0, `Controlled By:\t${owner}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${spec.replicas ?? 0} desired\n`);
    w.write(LEVEL_0, 'Pods Status:\t');
    if (related.podsError !== undefined) {
      w.write(LEVEL_0, `error in fetching pods: ${related.podsError}\n`);
    } else {
      const c = podPhaseCounts(related.pods ?? [], meta.uid);
      w.write(LEVEL_0, `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed\n`);
    }
    writePodTemplate(spec.template ?? {}, w);
    writeWorkloadConditions(w, rs.status?.conditions);
    if (related.events) writeEvents(w, related.events, now);
  });
}
