// Finding or creating the new ReplicaSet, resizing ReplicaSets, proportional scaling,
// pause conditions and history cleanup (pkg/controller/deployment/sync.go).
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { controllerRef, errorCode, errorMessage, isAlreadyExists, isNotFound, newControllerRef, replicasOf } from '../replicaset/controller-utils.js';
import { desiredReplicasAnnotation, maxRevision, REVISION, replicasAnnotationsNeedUpdate, setNewReplicaSetAnnotations, setReplicasAnnotations } from './annotations.js';
import { getCondition, hasProgressDeadline, newCondition, PROGRESSING, REASON, setCondition, type DeploymentStatus } from './conditions.js';
import { latest, latestAll, setDeploymentRevision, updateReplicaSet, writeStatus, type DeploymentRun } from './context.js';
import { desiredReplicas, isRollingUpdate, maxSurge, scaledValue } from './fenceposts.js';
import { computeHash } from './hash.js';
import { syncDeploymentStatus } from './progress.js';
import { proportionalScale } from './proportion.js';
import { activeReplicaSets, byRevision, findActiveOrLatest, findNewReplicaSet, findOldReplicaSets, isSaturated, specReplicas } from './replicasets.js';
import { equalIgnoreHash, POD_TEMPLATE_HASH } from './template.js';

const MAX_INT32 = 2147483647;

export interface RolloutSets {
  newRS: KubeObject | undefined;
  oldRSs: KubeObject[];
}

const statusCopy = (d: KubeObject): DeploymentStatus => structuredClone(d.status ?? {});

/** The new RS (created when asked to) and all old RSes, with revisions kept in step. */
export async function getAllReplicaSetsAndSyncRevision(run: DeploymentRun, rsList: KubeObject[], create: boolean): Promise<RolloutSets> {
  const rss = latestAll(run, rsList);
  const oldRSs = findOldReplicaSets(rss, findNewReplicaSet(run.d, rss));
  const newRS = await getNewReplicaSet(run, rss, oldRSs, create);
  return { newRS, oldRSs };
}

/** NewRSNewReplicas: how big the new RS may be now. */
export function newRSNewReplicas(d: KubeObject, allRSs: KubeObject[], newRS: KubeObject): number {
  const want = desiredReplicas(d);
  if (!isRollingUpdate(d)) return want;
  const surge = scaledValue(d.spec?.strategy?.rollingUpdate?.maxSurge ?? '25%', want, true);
  const current = specReplicas(allRSs);
  const maxTotal = want + surge;
  if (current >= maxTotal) return replicasOf(newRS);
  return replicasOf(newRS) + Math.min(maxTotal - current, want - replicasOf(newRS));
}

async function getNewReplicaSet(run: DeploymentRun, rss: KubeObject[], oldRSs: KubeObject[], create: boolean): Promise<KubeObject | undefined> {
  const d = run.d;
  const want = desiredReplicas(d);
  const existing = findNewReplicaSet(d, rss);
  const newRevision = maxRevision(oldRSs) + 1;
  if (existing) {
    let rs = structuredClone(existing);
    const annotationsUpdated = setNewReplicaSetAnnotations(d, rs, newRevision, true, want, want + maxSurge(d));
    const mrs = d.spec?.minReadySeconds ?? 0;
    const mrsChanged = (rs.spec?.minReadySeconds ?? 0) !== mrs;
    if (mrsChanged) rs.spec.minReadySeconds = mrs;
    if (annotationsUpdated || mrsChanged) rs = await updateReplicaSet(run, rs);
    await setDeploymentRevision(run, rs.metadata.annotations?.[REVISION] ?? '');
    if (hasProgressDeadline(run.d) && !getCondition(run.d.status, PROGRESSING)) {
      const status = statusCopy(run.d);
      setCondition(status, newCondition(PROGRESSING, 'True', REASON.foundNewRS, `Found new replica set "${rs.metadata.name}"`));
      await writeStatus(run, status);
    }
    return rs;
  }
  if (!create) return undefined;

  const hash = computeHash(d.spec.template, d.status?.collisionCount);
  const template = structuredClone(d.spec.template);
  template.metadata ??= {};
  template.metadata.labels = { ...(template.metadata.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const selector = structuredClone(d.spec.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const newRS: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: { ...template.metadata.labels },
      ownerReferences: [newControllerRef(d, 'apps/v1', 'Deployment')],
    },
    spec: { replicas: 0, ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}), selector, template },
  };
  const count = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
  newRS.spec.replicas = count;
  setNewReplicaSetAnnotations(d, newRS, newRevision, false, want, want + maxSurge(d));

  let created: KubeObject;
  let alreadyExists = false;
  try {
    created = await run.client.create(R.replicasets, d.metadata.namespace, newRS);
  } catch (e) {
    if (isAlreadyExists(e)) {
      const found = await run.client.get(R.replicasets, d.metadata.namespace, newRS.metadata.name!);
      if (controllerRef(found)?.uid === d.metadata.uid && equalIgnoreHash(d.spec.template, found.spec?.template)) {
        created = found;
        alreadyExists = true;
      } else {
        // a hash collision: bump collisionCount so the next attempt gets another name
        const status = statusCopy(d);
        status.collisionCount = (status.collisionCount ?? 0) + 1;
        await writeStatus(run, status);
        throw e;
      }
    } else {
      if (errorCode(e) === 403 && /being terminated/.test(errorMessage(e))) throw e;
      const msg = `Failed to create new replica set "${newRS.metadata.name}": ${errorMessage(e)}`;
      if (hasProgressDeadline(d)) {
        const status = statusCopy(d);
        setCondition(status, newCondition(PROGRESSING, 'False', REASON.failedRSCreate, msg));
        await writeStatus(run, status);
      }
      await run.recorder.record(d, 'Warning', REASON.failedRSCreate, msg);
      throw e;
    }
  }
  run.written.set(created.metadata.uid!, created);
  if (!alreadyExists && count > 0) {
    await run.recorder.record(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${count}`);
  }
  await setDeploymentRevision(run, String(newRevision));
  if (!alreadyExists && hasProgressDeadline(run.d)) {
    const status = statusCopy(run.d);
    setCondition(status, newCondition(PROGRESSING, 'True', REASON.newRSCreated, `Created new replica set "${created.metadata.name}"`));
    await writeStatus(run, status);
  }
  return created;
}

/** Resizes an RS and keeps its replica annotations current; records the event when the size changed. */
export async function scaleReplicaSet(run: DeploymentRun, rs: KubeObject, newScale: number): Promise<{ scaled: boolean; rs: KubeObject }> {
  const d = run.d;
  const want = desiredReplicas(d);
  const max = want + maxSurge(d);
  const oldScale = replicasOf(rs);
  const sizeChanged = oldScale !== newScale;
  if (!sizeChanged && !replicasAnnotationsNeedUpdate(rs, want, max)) return { scaled: false, rs };
  const copy = structuredClone(rs);
  copy.spec.replicas = newScale;
  setReplicasAnnotations(copy, want, max);
  const saved = await updateReplicaSet(run, copy);
  if (sizeChanged) {
    const verb = oldScale < newScale ? 'up' : 'down';
    await run.recorder.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${verb} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`);
  }
  return { scaled: sizeChanged, rs: saved };
}

export async function scaleReplicaSetAndRecordEvent(run: DeploymentRun, rs: KubeObject, newScale: number): Promise<{ scaled: boolean; rs: KubeObject }> {
  if (replicasOf(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(run, rs, newScale);
}

/** scale: a resize of the Deployment, spread over its ReplicaSets. */
export async function scale(run: DeploymentRun, newRS: KubeObject | undefined, oldRSs: KubeObject[]): Promise<void> {
  const d = run.d;
  const want = desiredReplicas(d);
  const single = findActiveOrLatest(latest(run, newRS), latestAll(run, oldRSs));
  if (single) {
    if (replicasOf(single) !== want) await scaleReplicaSetAndRecordEvent(run, single, want);
    return;
  }
  if (isSaturated(d, latest(run, newRS))) {
    for (const old of activeReplicaSets(latestAll(run, oldRSs))) await scaleReplicaSetAndRecordEvent(run, old, 0);
    return;
  }
  if (!isRollingUpdate(d)) return;
  const plan = proportionalScale(d, activeReplicaSets(latestAll(run, [...oldRSs, ...(newRS ? [newRS] : [])])));
  for (const { rs, size } of plan.sizes) await scaleReplicaSet(run, rs, size);
}

/** cleanupDeployment: delete the oldest fully scaled-down RSes beyond revisionHistoryLimit. */
export async function cleanupDeployment(run: DeploymentRun, oldRSs: KubeObject[]): Promise<void> {
  const limit = run.d.spec?.revisionHistoryLimit;
  if (limit === undefined || limit === null || limit === MAX_INT32) return;
  const alive = latestAll(run, oldRSs).filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = alive.length - limit;
  if (diff <= 0) return;
  alive.sort(byRevision);
  for (const rs of alive.slice(0, diff)) {
    const st = rs.status ?? {};
    if ((st.replicas ?? 0) !== 0 || replicasOf(rs) !== 0 || (rs.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) continue;
    try {
      await run.client.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name!);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}

/** A scaling event: some active RS was sized for a different spec.replicas. */
export async function isScalingEvent(run: DeploymentRun, rsList: KubeObject[]): Promise<boolean> {
  const { newRS, oldRSs } = await getAllReplicaSetsAndSyncRevision(run, rsList, false);
  const want = desiredReplicas(run.d);
  return activeReplicaSets([...oldRSs, newRS]).some((rs) => {
    const desired = desiredReplicasAnnotation(rs);
    return desired !== undefined && desired !== want;
  });
}

/** Progressing Unknown DeploymentPaused / DeploymentResumed, unless it already timed out. */
export async function checkPausedConditions(run: DeploymentRun): Promise<void> {
  const d = run.d;
  if (!hasProgressDeadline(d)) return;
  const cond = getCondition(d.status, PROGRESSING);
  if (cond?.reason === REASON.timedOut) return;
  const pausedCond = cond?.reason === REASON.paused;
  const status = statusCopy(d);
  if (d.spec?.paused && !pausedCond) setCondition(status, newCondition(PROGRESSING, 'Unknown', REASON.paused, 'Deployment is paused'));
  else if (!d.spec?.paused && pausedCond) setCondition(status, newCondition(PROGRESSING, 'Unknown', REASON.resumed, 'Deployment is resumed'));
  else return;
  await writeStatus(run, status);
}

/** sync: scaling and paused Deployments; no rollout happens here. */
export async function syncScaleOnly(run: DeploymentRun, rsList: KubeObject[]): Promise<void> {
  const { newRS, oldRSs } = await getAllReplicaSetsAndSyncRevision(run, rsList, false);
  await scale(run, newRS, oldRSs);
  if (run.d.spec?.paused) await cleanupDeployment(run, oldRSs);
  await syncDeploymentStatus(run, latestAll(run, [...oldRSs, ...(newRS ? [newRS] : [])]), latest(run, newRS));
}
