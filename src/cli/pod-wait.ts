// kubectl run's waitForPod: list then watch one pod (fieldSelector metadata.name) until a
// condition holds, with the conditions run.go uses around attach.
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { watchUntil } from './watch-until.js';

/** true: done; false: keep waiting; throws to stop with an error. */
export type PodCondition = (type: string, pod: KubeObject) => boolean;

/** ErrPodCompleted: the pod finished before it could be attached to. */
export class PodCompleted extends Error {
  constructor(readonly pod: KubeObject) {
    super('pod ran to completion');
  }
}

const deleted = () => new CliError('Error from server (NotFound): pods "" not found');
const finished = (p: KubeObject) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

export const podRunningAndReady: PodCondition = (type, pod) => {
  if (type === 'DELETED') throw deleted();
  if (finished(pod)) throw new PodCompleted(pod);
  if (pod.status?.phase !== 'Running') return false;
  return (pod.status?.conditions ?? []).some((c: KubeObject) => c.type === 'Ready' && c.status === 'True');
};

export const podCompleted: PodCondition = (type, pod) => {
  if (type === 'DELETED') throw deleted();
  return finished(pod);
};

export const podSucceeded: PodCondition = (type, pod) => {
  if (type === 'DELETED') throw deleted();
  return pod.status?.phase === 'Succeeded';
};

export async function waitForPod(c: CliContext, ns: string, name: string, timeoutMs: number, cond: PodCondition): Promise<KubeObject> {
  const fieldSelector = `metadata.name=${name}`;
  const list = await c.client.list(R.pods, ns, { fieldSelector });
  for (const p of list.items) if (cond('ADDED', p)) return p;
  return watchUntil(c.client, R.pods, ns, { fieldSelector, resourceVersion: list.metadata?.resourceVersion }, timeoutMs, (ev) => {
    if (!ev.object || ev.type === 'BOOKMARK' || ev.type === 'ERROR') return undefined;
    return cond(ev.type, ev.object) ? ev.object : undefined;
  });
}
