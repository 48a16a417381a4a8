// One running instance of a container: its process, host ports, probes and memory watch.
import type { KubeObject } from '../client/types.js';
import { ContainerProcess, type SpawnSpec } from './runtime.js';
import { ProbeWorker, waitListening, type ProbeTarget } from './probes.js';
import { removePodPorts, setPodPorts } from './port-map.js';
import { parseQuantity, treeRssBytes } from './process-tree.js';
import { writePodLocalhost } from './pod-localhost.js';

export interface InstanceEvents {
  /** readiness changed (probe verdict, or the program started listening) */
  ready(ok: boolean): void;
  /** the startup probe passed */
  started(): void;
  /** a liveness/startup probe says restart; `message` is the Killing event text */
  restart(message: string): void;
  /** a probe attempt failed (Unhealthy event) */
  unhealthy(message: string): void;
}

export type StopCause = 'liveness' | 'delete' | 'shutdown' | 'removed' | 'changed';

export interface InstanceSpec extends SpawnSpec {
  container: KubeObject;
  podIP: string;
  /** containerPort → host port */
  hostPorts: Map<number, number>;
  /** the host port the image's program listens on, if it serves */
  listenPort?: number;
  /** true when the image's own server runs (memory counts growth only; see watchMemory) */
  imageServer: boolean;
  stopSignal: NodeJS.Signals;
  /** the pod's directory, whose localhost/.curlrc follows the pod's ports (pod-localhost.ts) */
  podDir?: string;
}

const MEMORY_SAMPLE_MS = 1000;

export class RunningContainer {
  readonly proc: ContainerProcess;
  stopping?: StopCause;
  private probes: ProbeWorker[] = [];
  private timers: NodeJS.Timeout[] = [];
  private disposed = false;

  constructor(readonly spec: InstanceSpec, private events: InstanceEvents) {
    // ports first, so the process finds localhost:<port> mapped from its first instruction
    if (spec.hostPorts.size) setPodPorts(spec.podIP, spec.hostPorts);
    if (spec.podDir) writePodLocalhost(spec.podDir, spec.podIP);
    this.proc = new ContainerProcess(spec);
    this.watchMemory();
    // callbacks start after the caller has recorded this instance
    setImmediate(() => this.begin());
  }

  private begin(): void {
    if (this.disposed) return;
    const { spec, events } = this;
    const startup = spec.container.startupProbe;
    if (startup) {
      this.probe('startup', startup, (ok) => {
        if (ok) {
          events.started();
          this.startMainProbes();
        } else events.restart(`Container ${spec.container.name} failed startup probe, will be restarted`);
      });
    } else {
      events.started();
      this.startMainProbes();
    }
  }

  get env(): Record<string, string> {
    return this.spec.env;
  }

  get cwd(): string {
    return this.spec.cwd;
  }

  private target(): ProbeTarget {
    return { podIP: this.spec.podIP, ports: this.spec.container.ports ?? [], env: this.spec.env, cwd: this.spec.cwd };
  }

  private probe(kind: 'startup' | 'readiness' | 'liveness', spec: KubeObject, onChange: (ok: boolean) => void): void {
    const label = kind === 'startup' ? 'Startup' : kind === 'readiness' ? 'Readiness' : 'Liveness';
    const w = new ProbeWorker(kind, spec, this.target(), onChange, (msg) => this.events.unhealthy(`${label} probe failed: ${msg}`));
    this.probes.push(w);
    w.start(this.proc.startedAt.getTime());
  }

  private startMainProbes(): void {
    if (this.disposed) return;
    const c = this.spec.container;
    if (c.readinessProbe) this.probe('readiness', c.readinessProbe, (ok) => this.events.ready(ok));
    else if (this.spec.listenPort) {
      const t = waitListening(this.spec.listenPort, () => this.disposed || !this.proc.running, () => this.events.ready(true));
      if (t) this.timers.push(t);
    } else this.events.ready(true);
    if (c.livenessProbe) {
      this.probe('liveness', c.livenessProbe, (ok) => {
        if (!ok) this.events.restart(`Container ${c.name} failed liveness probe, will be restarted`);
      });
    }
  }

  /** Memory limits: over the limit, the kernel's OOM killer would SIGKILL the container. */
  private watchMemory(): void {
    const limit = parseQuantity(this.spec.container.resources?.limits?.memory);
    if (!limit) return;
    let baseline: number | undefined;
    const t = setInterval(() => {
      const pid = this.proc.pid;
      if (!pid || !this.proc.running) return;
      const rss = treeRssBytes(pid);
      // a simulated image's runtime (node) is not what the image would use: count its growth only
      if (this.spec.imageServer) baseline ??= rss;
      const used = rss - (baseline ?? 0);
      if (used > limit) {
        this.proc.oomKilled = true;
        this.proc.signal('SIGKILL');
      }
    }, MEMORY_SAMPLE_MS);
    t.unref();
    this.timers.push(t);
  }

  /** Stops probes and timers and unpublishes the ports (the process is handled by the caller). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.probes) p.stop();
    for (const t of this.timers) clearTimeout(t);
    if (this.spec.hostPorts.size) {
      removePodPorts(this.spec.podIP, this.spec.hostPorts.keys());
      // a freed host port may go to another pod: localhost must not lead there
      if (this.spec.podDir) writePodLocalhost(this.spec.podDir, this.spec.podIP);
    }
  }
}
