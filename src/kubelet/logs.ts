// GET /api/v1/namespaces/NS/pods/NAME/log: container logs with kube-apiserver's checks and
// the kubelet's options (container, follow, previous, timestamps, tailLines, sinceSeconds,
// sinceTime, limitBytes).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { errors } from '../apiserver/errors.js';
import type { ResourceRequest } from '../apiserver/http/request-info.js';
import type { SubresourceHandler } from '../apiserver/http/resources.js';
import { formatRecord, parseLogFile, renderLog, type LogReadOptions, type LogRecord } from './log-file.js';
import { containerStatusJSON } from './status.js';
import type { PodWorker } from './pod-worker.js';

export type WorkerLookup = (pod: KubeObject) => PodWorker | undefined;

/** The container a request means: the named one, or the only one (kube-apiserver's rules). */
export function pickContainer(pod: KubeObject, requested: string | null): string {
  const name = pod.metadata.name!;
  const containers = ((pod.spec?.containers ?? []) as KubeObject[]).map((c) => c.name as string);
  const inits = ((pod.spec?.initContainers ?? []) as KubeObject[]).map((c) => c.name as string);
  if (!requested) {
    if (containers.length === 1) return containers[0];
    let msg = `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`;
    if (inits.length) msg += ` or one of the init containers: [${inits.join(' ')}]`;
    throw errors.badRequest(msg);
  }
  if (!containers.includes(requested) && !inits.includes(requested)) throw errors.badRequest(`container ${requested} is not valid for pod ${name}`);
  return requested;
}

/** kubelet's validateContainerLogStatus: the container ID whose log to read, or the error it gives. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function logContainerID(podName: string, cs: Record<string, any> | undefined, container: string, previous: boolean): string {
  if (!cs) throw errors.badRequest(`container "${container}" in pod "${podName}" is not available`);
  const last = cs.lastState?.terminated;
  const { waiting, running, terminated } = cs.state ?? {};
  if (previous) {
    if (!last?.containerID) throw errors.badRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
    return last.containerID;
  }
  if (running) return cs.containerID;
  if (terminated) {
    if (terminated.containerID) return terminated.containerID;
    if (last?.containerID) return last.containerID;
    throw errors.badRequest(`container "${container}" in pod "${podName}" is terminated`);
  }
  if (last) {
    if (!last.containerID) throw errors.badRequest(`container "${container}" in pod "${podName}" is terminated`);
    return last.containerID;
  }
  if (waiting) {
    if (waiting.reason === 'ErrImagePull') throw errors.badRequest(`container "${container}" in pod "${podName}" is waiting to start: image can't be pulled`);
    if (waiting.reason === 'ImagePullBackOff') throw errors.badRequest(`container "${container}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
    throw errors.badRequest(`container "${container}" in pod "${podName}" is waiting to start: ${waiting.reason}`);
  }
  throw errors.badRequest(`container "${container}" in pod "${podName}" is waiting to start - no logs yet`);
}

const bool = (v: string | null) => v === 'true' || v === '1';

function intParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw errors.badRequest(`strconv.ParseInt: parsing "${v}": invalid syntax`);
  return n;
}

export function readOptions(q: URLSearchParams): LogReadOptions & { follow: boolean; previous: boolean } {
  const sinceSeconds = intParam(q, 'sinceSeconds');
  const sinceTime = q.get('sinceTime');
  let sinceMs: number | undefined;
  if (sinceSeconds !== undefined) sinceMs = Date.now() - sinceSeconds * 1000;
  else if (sinceTime) sinceMs = Date.parse(sinceTime);
  return {
    follow: bool(q.get('follow')),
    previous: bool(q.get('previous')),
    timestamps: bool(q.get('timestamps')),
    tailLines: intParam(q, 'tailLines'),
    limitBytes: intParam(q, 'limitBytes'),
    sinceMs,
  };
}

export function podLogHandler(client: ApiClient, lookup: WorkerLookup): SubresourceHandler {
  return async (req: IncomingMessage, res: ServerResponse, r: ResourceRequest, q: URLSearchParams) => {
    if ((req.method ?? 'GET') !== 'GET') throw errors.methodNotSupported({ group: '', resource: 'pods' } as never, (req.method ?? '').toLowerCase());
    const ns = r.namespace ?? 'default';
    const pod = await client.get(R.pods, ns, r.name!);
    const name = pod.metadata.name!;
    const container = pickContainer(pod, q.get('container'));
    if (!pod.spec?.nodeName) throw errors.badRequest(`pod ${name} does not have a host assigned`);
    const opts = readOptions(q);
    const worker = lookup(pod);
    const rec = worker?.records.get(container);
    const cs = rec ? containerStatusJSON(rec) : ([...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])] as KubeObject[]).find((c) => c.name === container);
    const cid = logContainerID(name, cs, container, opts.previous);
    const path = worker ? worker.logPath(container, cid) : '';
    const live = worker?.running.get(container);
    const writer = live && `containerd://${live.proc.id}` === cid && !live.proc.log.closed ? live.proc.log : undefined;

    res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
    const existing = renderLog(path ? parseLogFile(path) : [], opts);
    if (!opts.follow || !writer) return void res.end(existing);
    res.flushHeaders();
    let sent = existing.length;
    const limit = opts.limitBytes;
    if (existing.length) res.write(existing);
    const done = () => {
      writer.off('record', onRecord);
      writer.off('close', done);
      res.end();
    };
    const onRecord = (rec: LogRecord) => {
      let chunk = formatRecord(rec, !!opts.timestamps);
      if (limit !== undefined) {
        chunk = chunk.subarray(0, Math.max(0, limit - sent));
        sent += chunk.length;
      }
      if (chunk.length) res.write(chunk);
      if (limit !== undefined && sent >= limit) done();
    };
    if (limit !== undefined && sent >= limit) return void res.end();
    writer.on('record', onRecord);
    writer.once('close', done);
    res.once('close', () => {
      writer.off('record', onRecord);
      writer.off('close', done);
    });
  };
}
