// One pod on one node: gives it an IP, keeps its containers running as its spec and restart
// policy say (with crash-loop back-off), reports its status, and tears it down on deletion.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import type { EventRecorder } from '../controllers/framework/events.js';
import { paths } from '../cluster/paths.js';
import { Backoff, goSeconds } from './backoff.js';
import type { IpAllocator } from './ip-allocator.js';
import type { ImagePuller, PullEvents } from './image-puller.js';
import { RunningContainer } from './container-instance.js';
import type { ExitInfo } from './runtime.js';
import { generatePodStatus, rfc3339, type ContainerRecord, type TerminatedState } from './status.js';
import { startContainer } from './container-start.js';
import { effectiveRestartPolicy, initSpecs, isSidecar } from './init-containers.js';
import { appsFinished, currentPhase, nextInitStep, recordsOf, type PodView } from './pod-progress.js';
import { restoreRecords } from './pod-restore.js';

export interface NodeContext {
  nodeName: string;
  hostIP: string;
  home: string;
  client: ApiClient;
  recorder: EventRecorder;
  ips: IpAllocator;
  puller: ImagePuller;
  crashBackoff: Backoff;
  /** every service in the cluster (for the service environment variables) */
  services(): KubeObject[];
}

const REMOVED_GRACE_MS = 2000;
const SHUTDOWN_GRACE_MS = 2000;

export class PodWorker {
  pod: KubeObject;
  readonly uid: string;
  podIP?: string;
  startTime?: string;
  readonly records = new Map<string, ContainerRecord>();
  readonly running = new Map<string, RunningContainer>();
  /** containers started by this worker: only their states count for init progress (a daemon restart starts over) */
  private ranHere = new Set<string>();
  /** precise exit times (status times have second precision) for crash back-off */
  private finishedMs = new Map<string, number>();
  private syncing = false;
  private dirty = false;
  private exitedSinceSync = false;
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private finished = false;
  /** set by the kubelet: called once the pod has left this node */
  onDone?: () => void;

  constructor(readonly ctx: NodeContext, pod: KubeObject) {
    this.pod = pod;
    this.uid = pod.metadata.uid!;
    this.restore(pod);
  }

  get name(): string {
    return this.pod.metadata.name!;
  }

  get namespace(): string {
    return this.pod.metadata.namespace ?? 'default';
  }

  get dir(): string {
    return join(paths.pods(this.ctx.home), this.uid);
  }

  logPath(container: string, containerID: string): string {
    return join(this.dir, 'logs', container, `${containerID.replace(/^containerd:\/\//, '')}.log`);
  }

  /** After a daemon restart: keep the pod's IP and counts; what was running died with the node. */
  private restore(pod: KubeObject): void {
    const st = pod.status ?? {};
    const terminal = st.phase === 'Succeeded' || st.phase === 'Failed';
    if (st.podIP && !terminal && this.ctx.ips.reserve(st.podIP, this.uid)) this.podIP = st.podIP;
    this.startTime = st.startTime;
    const now = rfc3339();
    for (const rec of restoreRecords([...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])], terminal, now)) this.records.set(rec.name, rec);
  }

  private isInit(name: string): boolean {
    return initSpecs(this.pod.spec).some((c) => c.name === name);
  }

  /** A new version of the pod: only spec and deletion changes need a sync (not our own status writes). */
  update(pod: KubeObject): void {
    if (pod.metadata.uid !== this.uid) return;
    const before = this.pod;
    this.pod = pod;
    const md = (p: KubeObject) => [p.metadata.deletionTimestamp, p.metadata.deletionGracePeriodSeconds];
    if (JSON.stringify(before.spec) !== JSON.stringify(pod.spec) || JSON.stringify(md(before)) !== JSON.stringify(md(pod))) this.kick();
  }

  kick(): void {
    if (this.closed) return;
    if (this.syncing) {
      this.dirty = true;
      return;
    }
    this.syncing = true;
    void (async () => {
      try {
        do {
          this.dirty = false;
          await this.sync();
        } while (this.dirty && !this.closed);
      } catch (e) {
        if (process.env.MK_DEBUG) console.error(`kubelet: sync ${this.namespace}/${this.name}:`, e);
        this.after(5000);
      } finally {
        this.syncing = false;
      }
    })();
  }

  after(ms: number): void {
    if (this.closed) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.kick();
    }, Math.max(0, ms));
    this.timers.add(t);
  }

  events(container: string): PullEvents {
    const fieldPath = `spec.${this.isInit(container) ? 'initContainers' : 'containers'}{${container}}`;
    return {
      normal: (reason, message) => void this.ctx.recorder.record(this.pod, 'Normal', reason, message, fieldPath),
      warning: (reason, message) => void this.ctx.recorder.record(this.pod, 'Warning', reason, message, fieldPath),
    };
  }

  private async sync(): Promise<void> {
    const pod = this.pod;
    if (pod.metadata.deletionTimestamp) return this.terminate();
    // a container that just stopped shows as terminated before it restarts
    if (this.exitedSinceSync) {
      this.exitedSinceSync = false;
      await this.pushStatus();
    }
    const phase = pod.status?.phase;
    if ((phase === 'Succeeded' || phase === 'Failed') && !this.running.size) return;
    if (!this.podIP) {
      this.podIP = this.ctx.ips.allocate(this.uid);
      this.startTime ??= rfc3339();
      // with init containers, every container waits as PodInitializing until it is created
      const reason = initSpecs(pod.spec).length ? 'PodInitializing' : 'ContainerCreating';
      for (const c of [...initSpecs(pod.spec), ...pod.spec.containers] as KubeObject[]) {
        if (!this.records.has(c.name)) this.records.set(c.name, newRecord(c, reason));
      }
      await this.pushStatus();
    }
    this.startTime ??= rfc3339();
    mkdirSync(this.dir, { recursive: true });
    const gone = () => this.closed || !!this.pod.metadata.deletionTimestamp;
    const plan = nextInitStep(this.view);
    for (const name of plan.start) {
      if (gone()) break;
      await this.syncContainer((pod.spec.initContainers as KubeObject[]).find((c) => c.name === name)!, true);
    }
    if (plan.initialized) {
      for (const c of pod.spec.containers as KubeObject[]) {
        if (gone()) break;
        await this.syncContainer(c, false);
      }
    }
    // a failed initialization, or app containers done for good: the sidecars stop too (KillPod)
    if (plan.failed || appsFinished(this.view)) await this.stopSidecars();
    await this.pushStatus();
    // a finished pod keeps its IP in the status, but the address goes back to the pool
    const done = currentPhase(this.view);
    if ((done === 'Succeeded' || done === 'Failed') && !this.running.size && this.podIP) this.ctx.ips.release(this.podIP, this.uid);
  }

  /** The worker's records as the pod-progress helpers read them. */
  private get view(): PodView {
    return { spec: this.pod.spec, records: this.records, ranHere: this.ranHere, running: this.running };
  }

  private async stopSidecars(): Promise<void> {
    const runs = initSpecs(this.pod.spec).filter(isSidecar).map((c) => this.running.get(c.name)).filter((r) => r && !r.stopping) as RunningContainer[];
    for (const run of runs) {
      this.events(run.spec.container.name).normal('Killing', `Stopping container ${run.spec.container.name}`);
      run.stopping = 'delete';
    }
    await Promise.all(runs.map((run) => run.proc.stop(this.graceMs(), run.spec.stopSignal)));
    if (runs.length) await settle();
  }

  private async syncContainer(c: KubeObject, isInit: boolean): Promise<void> {
    let rec = this.records.get(c.name);
    if (!rec) this.records.set(c.name, (rec = newRecord(c)));
    const run = this.running.get(c.name);
    let forceRestart = false;
    if (run) {
      if (run.spec.container.image === c.image) return;
      // only the image of a pod's container can change: kill it and start the new one
      this.events(c.name).normal('Killing', `Container ${c.name} definition changed, will be restarted`);
      run.stopping = 'changed';
      await run.proc.stop(this.graceMs(), run.spec.stopSignal);
      await settle();
      forceRestart = true;
    }
    // an init container from before a daemon restart runs again in the new sandbox
    if (isInit && !this.ranHere.has(c.name)) forceRestart = true;
    const term = 'terminated' in rec.state ? rec.state.terminated : rec.last;
    const hasRun = !!term && ('terminated' in rec.state || !!rec.last);
    if (hasRun && !forceRestart) {
      const policy = effectiveRestartPolicy(this.pod.spec.restartPolicy ?? 'Always', { restartPolicy: c.restartPolicy }, isInit);
      const restart = policy === 'Always' || (policy === 'OnFailure' && term!.exitCode !== 0);
      if (!restart) return;
      const key = `${this.uid}/${c.name}`;
      const finished = this.finishedMs.get(c.name) ?? Date.parse(term!.finishedAt);
      if (this.ctx.crashBackoff.isInBackOffSince(key, finished)) {
        if ('terminated' in rec.state) rec.last = rec.state.terminated;
        const delay = this.ctx.crashBackoff.get(key);
        const who = `${this.name}_${this.namespace}(${this.uid})`;
        rec.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${goSeconds(delay)} restarting failed container=${c.name} pod=${who}` } };
        this.events(c.name).warning('BackOff', `Back-off restarting failed container ${c.name} in pod ${who}`);
        this.after(finished + delay - Date.now() + 20);
        return;
      }
      this.ctx.crashBackoff.next(key, finished);
    }
    await startContainer(this, c, rec, hasRun);
  }

  /** Called by startContainer once the process runs. */
  track(name: string, run: RunningContainer): void {
    this.running.set(name, run);
    this.ranHere.add(name);
    void run.proc.exited.then((exit) => this.onExit(name, run, exit));
    this.pruneLogs(name);
  }

  /** A start that failed like runc does (StartError): counts as a run that ended at once. */
  failedStart(name: string, at: number): void {
    this.ranHere.add(name);
    this.finishedMs.set(name, at);
    this.exitedSinceSync = true;
    this.after(0);
  }

  private onExit(name: string, run: RunningContainer, exit: ExitInfo): void {
    run.dispose();
    if (this.running.get(name) === run) this.running.delete(name);
    if (run.stopping === 'shutdown' || run.stopping === 'removed') return;
    const rec = this.records.get(name);
    if (!rec) return;
    const oom = exit.oomKilled || run.proc.oomKilled;
    const state: TerminatedState = {
      exitCode: oom ? 137 : exit.exitCode,
      reason: oom ? 'OOMKilled' : exit.exitCode === 0 ? 'Completed' : 'Error',
      startedAt: rfc3339(run.proc.startedAt),
      finishedAt: rfc3339(exit.finishedAt),
      containerID: rec.containerID,
    };
    rec.state = { terminated: state };
    rec.ready = false;
    rec.started = false;
    this.finishedMs.set(name, exit.finishedAt.getTime());
    if (run.stopping !== 'delete' && run.stopping !== 'changed') this.exitedSinceSync = true;
    this.kick();
  }

  graceMs(): number {
    return (this.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  }

  /** Readiness or start-up changed for a running instance. */
  containerChanged(name: string, run: RunningContainer, change: { ready?: boolean; started?: boolean }): void {
    const rec = this.records.get(name);
    if (!rec || this.running.get(name) !== run) return;
    if (change.started !== undefined) rec.started = change.started;
    if (change.ready !== undefined) rec.ready = change.ready && rec.started;
    this.kick();
  }

  /** A probe wants the container restarted. */
  restartContainer(name: string, run: RunningContainer, message: string): void {
    if (run.stopping || this.running.get(name) !== run) return;
    this.events(name).normal('Killing', message);
    run.stopping = 'liveness';
    void run.proc.stop(this.graceMs(), run.spec.stopSignal);
  }

  private async terminate(): Promise<void> {
    const grace = (this.pod.metadata.deletionGracePeriodSeconds ?? this.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
    const stops: Promise<unknown>[] = [];
    for (const [name, run] of this.running) {
      if (run.stopping !== 'delete') {
        this.events(name).normal('Killing', `Stopping container ${name}`);
        run.stopping = 'delete';
      }
      stops.push(run.proc.stop(grace, run.spec.stopSignal));
    }
    await Promise.all(stops);
    await settle();
    this.closed = true;
    await this.pushStatus(false).catch(() => undefined);
    try {
      await this.ctx.client.delete(R.pods, this.namespace, this.name, { gracePeriodSeconds: 0, preconditions: { uid: this.uid } });
    } catch (e) {
      const code = (e as { code?: number }).code;
      if (code !== 404 && code !== 409) throw e;
    }
    this.finish();
  }

  /** The pod left the API while it ran here (force delete): stop everything. */
  async removed(): Promise<void> {
    if (this.finished) return;
    this.closed = true;
    this.clearTimers();
    await Promise.all(
      [...this.running.values()].map((run) => {
        if (!run.stopping) run.stopping = 'removed';
        return run.proc.stop(REMOVED_GRACE_MS, run.spec.stopSignal);
      }),
    );
    this.finish();
  }

  /** The daemon stops: kill the processes, leave the API alone. */
  async shutdown(): Promise<void> {
    this.closed = true;
    this.clearTimers();
    await Promise.all(
      [...this.running.values()].map((run) => {
        run.stopping = 'shutdown';
        return run.proc.stop(SHUTDOWN_GRACE_MS, run.spec.stopSignal);
      }),
    );
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.closed = true;
    this.clearTimers();
    if (this.podIP) this.ctx.ips.release(this.podIP, this.uid);
    this.ctx.puller.forgetPod(this.uid);
    this.ctx.crashBackoff.forgetPrefix(`${this.uid}/`);
    rmSync(this.dir, { recursive: true, force: true });
    this.onDone?.();
  }

  /** Keeps the logs of the current and the previous instance only. */
  private pruneLogs(name: string): void {
    const rec = this.records.get(name);
    const keep = new Set([rec?.containerID, rec?.last?.containerID].filter(Boolean).map((id) => `${id!.replace(/^containerd:\/\//, '')}.log`));
    const dir = join(this.dir, 'logs', name);
    try {
      for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { force: true });
    } catch {
      // nothing logged yet
    }
  }

  /** Writes the status if it changed (retrying on conflicts). */
  async pushStatus(sandboxReady = true): Promise<void> {
    const records = recordsOf(this.view, this.pod.spec.containers);
    const initRecords = recordsOf(this.view, this.pod.spec.initContainers);
    for (let attempt = 0; attempt < 5; attempt++) {
      let fresh: KubeObject;
      try {
        fresh = await this.ctx.client.get(R.pods, this.namespace, this.name);
      } catch {
        return;
      }
      if (fresh.metadata.uid !== this.uid) return;
      const status = generatePodStatus(fresh, {
        records,
        initRecords,
        hostIP: this.ctx.hostIP,
        podIP: this.podIP,
        sandboxReady: sandboxReady && !!this.podIP,
        startTime: this.startTime,
      });
      // a terminal phase is final
      const oldPhase = fresh.status?.phase;
      if ((oldPhase === 'Succeeded' || oldPhase === 'Failed') && status.phase !== oldPhase) status.phase = oldPhase;
      if (JSON.stringify(status) === JSON.stringify(fresh.status)) return;
      try {
        await this.ctx.client.update(R.pods, this.namespace, { ...fresh, status }, { subresource: 'status' });
        return;
      } catch (e) {
        const code = (e as { code?: number }).code;
        if (code === 404) return;
        if (code !== 409) throw e;
      }
    }
  }
}

export function newRecord(c: KubeObject, reason = 'ContainerCreating'): ContainerRecord {
  return { name: c.name, image: c.image, imageID: '', state: { waiting: { reason } }, restartCount: 0, started: false, ready: false };
}

/** Lets exit handlers queued on settled promises run. */
const settle = () => new Promise<void>((r) => setImmediate(r));
