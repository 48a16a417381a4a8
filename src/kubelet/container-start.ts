// Starting one container of a pod: pull, environment, ports, the runc-like start check,
// then the process, with the Created/Started events and the new container status.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { KubeObject } from '../client/types.js';
import { executableNotFound, programCommand } from './images/command.js';
import { ContainerConfigError, containerEnv, expand, serviceEnv } from './env.js';
import { allocateHostPort, releaseHostPort } from './port-map.js';
import { RunningContainer } from './container-instance.js';
import { newContainerId } from './runtime.js';
import { prepareRootfs } from './rootfs.js';
import { preparePodLocalhost } from './pod-localhost.js';
import { podVolumes } from './volumes-registry.js';
import { rfc3339, type ContainerRecord } from './status.js';
import type { PodWorker } from './pod-worker.js';

const CONFIG_RETRY_MS = 10_000;

/** Variables a program of ours needs but that a container's `env` should not show. */
export const isInternalVar = (k: string): boolean => k.startsWith('MK_') || k === 'UV_THREADPOOL_SIZE';

export async function startContainer(w: PodWorker, c: KubeObject, rec: ContainerRecord, hadRun: boolean): Promise<void> {
  const ev = w.events(c.name);
  const podIP = w.podIP!;
  const moveToLast = () => {
    if ('terminated' in rec.state) rec.last = rec.state.terminated;
  };
  // the pod's volumes come first: a failed mount holds it in ContainerCreating (volumes.ts)
  const volumes = podVolumes(w);
  const mounted = await volumes.setUp(w.pod);
  if (!mounted.ready) {
    if (mounted.retryMs) w.after(mounted.retryMs);
    return;
  }
  const pulled = w.ctx.puller.pull(w.uid, c, ev);
  if ('waiting' in pulled) {
    moveToLast();
    rec.state = { waiting: pulled.waiting };
    if (pulled.retryAt) w.after(pulled.retryAt - Date.now() + 20);
    return;
  }
  const img = pulled.image;

  const podForEnv = { ...w.pod, status: { ...(w.pod.status ?? {}), podIP, podIPs: [{ ip: podIP }], hostIP: w.ctx.hostIP, hostIPs: [{ ip: w.ctx.hostIP }] } };
  const svcEnv = serviceEnv(w.ctx.services(), w.namespace, w.pod.spec.enableServiceLinks !== false);
  let userEnv: Record<string, string>;
  try {
    userEnv = await containerEnv(w.ctx.client, podForEnv, c, svcEnv);
  } catch (e) {
    if (!(e instanceof ContainerConfigError)) throw e;
    ev.warning('Failed', `Error: ${e.message}`);
    moveToLast();
    rec.state = { waiting: { reason: 'CreateContainerConfigError', message: e.message } };
    w.after(CONFIG_RETRY_MS);
    return;
  }
  const vars = { ...svcEnv, ...userEnv };
  const expanded = { ...c, command: c.command?.map((s: string) => expand(s, vars)), args: c.args?.map((s: string) => expand(s, vars)) };

  // pod-IP ports: every declared TCP port, plus the one the image's program listens on
  const hostPorts = new Map<number, number>();
  for (const p of (c.ports ?? []) as KubeObject[]) {
    if ((p.protocol ?? 'TCP') === 'TCP' && !hostPorts.has(p.containerPort)) hostPorts.set(p.containerPort, await allocateHostPort());
  }
  const declared = new Set(hostPorts.keys());
  if (img.defaultPort > 0 && !hostPorts.has(img.defaultPort)) hostPorts.set(img.defaultPort, await allocateHostPort());
  const listenPort = img.defaultPort > 0 ? hostPorts.get(img.defaultPort) : undefined;
  const prog = programCommand(img, expanded, { listenPort, podIP, podName: w.name, mounts: volumes.mountMap(c, vars) });
  if (!prog.runsImageServer && img.defaultPort > 0 && !declared.has(img.defaultPort)) {
    releaseHostPort(hostPorts.get(img.defaultPort)!);
    hostPorts.delete(img.defaultPort);
  }
  const env: Record<string, string> = { ...prog.env, HOSTNAME: w.name, ...svcEnv, ...userEnv };
  env.HOME ??= '/root';
  // curl inside the pod reaches the pod's own ports at localhost (pod-localhost.ts); unlike the
  // MK_* variables this one must reach exec'd shells, so `env` shows it
  env.CURL_HOME ??= preparePodLocalhost(w.dir, podIP);

  const id = newContainerId();
  moveToLast();
  if (hadRun) rec.restartCount++;
  rec.containerID = `containerd://${id}`;
  rec.image = img.ref;
  rec.imageID = img.imageId;
  rec.ready = false;
  rec.started = false;

  const missing = prog.runsImageServer ? undefined : executableNotFound(prog.argv[0], env.PATH ?? '');
  ev.normal('Created', `Created container: ${c.name}`);
  if (missing) {
    for (const p of hostPorts.values()) releaseHostPort(p);
    const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${missing}: unknown`;
    ev.warning('Failed', `Error: ${message}`);
    rec.state = { terminated: { exitCode: 128, reason: 'StartError', message, startedAt: '1970-01-01T00:00:00Z', finishedAt: rfc3339(), containerID: rec.containerID } };
    w.failedStart(c.name, Date.now());
    return;
  }

  // the image's files under a fresh root; processes start in its WORKDIR (rootfs.ts)
  const { root, cwd } = prepareRootfs(join(w.dir, c.name), img, w.pod, podIP);
  env.MK_ROOTFS = root;
  volumes.linkInto(root, c, vars);
  const logDir = join(w.dir, 'logs', c.name);
  mkdirSync(logDir, { recursive: true });
  let run: RunningContainer | undefined;
  run = new RunningContainer(
    {
      id,
      command: prog.command,
      args: prog.args,
      env,
      cwd,
      logPath: join(logDir, `${id}.log`),
      pidFile: join(w.dir, `${c.name}.pid`),
      stdin: c.stdin === true,
      stdinOnce: c.stdinOnce === true,
      container: expanded,
      podIP,
      hostPorts,
      listenPort: prog.runsImageServer ? listenPort : undefined,
      imageServer: prog.runsImageServer,
      stopSignal: img.stopSignal,
      podDir: w.dir,
    },
    {
      ready: (ok) => w.containerChanged(c.name, run!, { ready: ok }),
      started: () => w.containerChanged(c.name, run!, { started: true }),
      restart: (message) => w.restartContainer(c.name, run!, message),
      unhealthy: (message) => ev.warning('Unhealthy', message),
    },
  );
  ev.normal('Started', `Started container ${c.name}`);
  rec.state = { running: { startedAt: rfc3339(run.proc.startedAt) } };
  w.track(c.name, run);
}
