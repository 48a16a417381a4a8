// After a daemon restart: a pod's container records rebuilt from its last API status. What was
// running died with the node (terminated, Unknown); counts and previous states stay.
import type { KubeObject } from '../client/types.js';
import type { ContainerRecord } from './status.js';

export function restoreRecords(statuses: KubeObject[] | undefined, terminal: boolean, now: string): ContainerRecord[] {
  return (statuses ?? []).map((cs) => {
    const rec: ContainerRecord = {
      name: cs.name,
      image: cs.image,
      imageID: cs.imageID ?? '',
      containerID: cs.containerID,
      state: { waiting: { reason: 'ContainerCreating' } },
      last: cs.lastState?.terminated,
      restartCount: cs.restartCount ?? 0,
      started: false,
      ready: false,
    };
    if (cs.state?.running && !terminal) {
      rec.state = { terminated: { exitCode: 255, reason: 'Unknown', startedAt: cs.state.running.startedAt, finishedAt: now, containerID: cs.containerID } };
    } else if (cs.state?.terminated) rec.state = { terminated: cs.state.terminated };
    else if (cs.state?.waiting) rec.state = { waiting: cs.state.waiting };
    return rec;
  });
}
