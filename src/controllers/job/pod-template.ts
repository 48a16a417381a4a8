// The pod a job creates (getPodsForJob's counterpart in manageJob): the template, a
// controller reference, the tracking finalizer and, for Indexed jobs, the index.
import type { KubeObject } from '../../client/types.js';
import { newControllerRef } from '../replicaset/controller-utils.js';
import { COMPLETION_INDEX_KEY } from './indexes.js';
import { TRACKING_FINALIZER } from './pod-tracking.js';

const INDEX_ENV = 'JOB_COMPLETION_INDEX';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

function addIndexEnv(container: Obj): void {
  const env: Obj[] = (container.env ??= []);
  if (env.some((e) => e.name === INDEX_ENV)) return;
  env.push({ name: INDEX_ENV, valueFrom: { fieldRef: { fieldPath: `metadata.labels['${COMPLETION_INDEX_KEY}']` } } });
}

/** The pod for a job; `index` set for Indexed completion mode. */
export function buildJobPod(job: KubeObject, index?: number): KubeObject {
  const tmpl: Obj = job.spec?.template ?? {};
  const md: Obj = tmpl.metadata ?? {};
  const labels: Record<string, string> = { ...(md.labels ?? {}) };
  const annotations: Record<string, string> = { ...(md.annotations ?? {}) };
  const spec: Obj = structuredClone(tmpl.spec ?? {});
  const name = job.metadata.name!;
  let generateName = `${name}-`;
  if (index !== undefined) {
    annotations[COMPLETION_INDEX_KEY] = String(index);
    labels[COMPLETION_INDEX_KEY] = String(index);
    generateName = `${name}-${index}-`;
    if (!spec.hostname) spec.hostname = `${name}-${index}`;
    for (const c of spec.initContainers ?? []) addIndexEnv(c);
    for (const c of spec.containers ?? []) addIndexEnv(c);
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName,
      namespace: job.metadata.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
      finalizers: [...new Set([...(md.finalizers ?? []), TRACKING_FINALIZER])],
      ownerReferences: [newControllerRef(job, 'batch/v1', 'Job')],
    },
    spec,
  };
}
