// The ingress addon's controller, run inside the daemon like kube-proxy (pods in mk cannot
// reach the API server or bind host ports, so there is no ingress-nginx pod). It serves while
// the addon is enabled in the cluster config *and* an IngressClass of controller
// k8s.io/ingress-nginx exists: `mk addons enable ingress` writes the config and creates the
// class, `disable` deletes it, so the API is the switch and the daemon needs no side channel.
// It also publishes the node address in each served Ingress's status.loadBalancer.
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import type { IngressAddonConfig } from '../cluster/paths.js';
import { Informer } from '../controllers/framework/informer.js';
import { WorkQueue } from '../controllers/framework/workqueue.js';
import { EventRecorder } from '../controllers/framework/events.js';
import { IngressProxy } from './ingress-proxy.js';
import { loadBalancerStatus, ownClasses, servedIngresses, statusShows } from './ingress-backends.js';

type Obj = KubeObject;

/** The work-queue key that (re)binds or closes the listener; other keys are Ingresses. */
const LISTENER = '\0listener';
const BIND_RETRY_MS = 2000;

export interface IngressControllerOptions {
  /** the node address to serve on and publish (what `mk ip` prints) */
  nodeIP: string;
  /** the addon's current settings (re-read whenever the IngressClasses change) */
  addon: () => IngressAddonConfig | undefined;
  log?: (msg: string) => void;
}

export class IngressController {
  readonly ingresses: Informer;
  readonly classes: Informer;
  readonly services: Informer;
  readonly slices: Informer;
  private proxy: IngressProxy;
  private queue: WorkQueue;
  private events: EventRecorder;
  /** the port being served, when serving */
  private port?: number;
  /** the bind failure already logged (retries stay quiet) */
  private warned = '';
  /** uid/generation pairs already announced with a Sync event */
  private announced = new Set<string>();
  private log: (msg: string) => void;

  constructor(private client: ApiClient, private opts: IngressControllerOptions) {
    this.log = opts.log ?? ((m) => console.error(m));
    this.ingresses = new Informer(client, R.ingresses);
    this.classes = new Informer(client, R.ingressclasses);
    this.services = new Informer(client, R.services);
    this.slices = new Informer(client, R.endpointslices);
    this.events = new EventRecorder(client, { component: 'nginx-ingress-controller' });
    this.proxy = new IngressProxy({
      served: () => (this.port === undefined ? [] : servedIngresses(this.ingresses.list(), this.classes.list())),
      service: (ns, name) => this.services.get(ns, name) as Obj | undefined,
      slices: (ns) => this.slices.list(ns),
      log: this.log,
    });
    this.queue = new WorkQueue((key) => (key === LISTENER ? this.syncListener() : this.syncIngress(key)), 2, (key, e) => this.log(`ingress: sync ${key}: ${(e as Error).message}`));
    const classChanged = () => this.queue.add(LISTENER);
    this.classes.on({ add: classChanged, update: classChanged, delete: classChanged });
    const ingressChanged = (o: Obj) => this.queue.add(`${o.metadata.namespace}/${o.metadata.name}`);
    this.ingresses.on({ add: ingressChanged, update: (_, o) => ingressChanged(o) });
  }

  async start(): Promise<void> {
    await Promise.all([this.ingresses.start(), this.classes.start(), this.services.start(), this.slices.start()]);
    this.queue.add(LISTENER);
  }

  /** The port served, or undefined (for tests). */
  get servingPort(): number | undefined {
    return this.port;
  }

  private wantedPort(): number | undefined {
    const addon = this.opts.addon();
    if (!addon?.enabled || ownClasses(this.classes.list()).length === 0) return undefined;
    return addon.httpPort;
  }

  private async syncListener(): Promise<void> {
    const want = this.wantedPort();
    if (want === this.port && (want === undefined || this.proxy.listening)) return;
    if (this.port !== undefined) {
      await this.proxy.close();
      this.log(`ingress: stopped serving on ${this.opts.nodeIP}:${this.port}`);
      this.port = undefined;
      this.enqueueAllIngresses(); // withdraw the published address
    }
    if (want === undefined) return;
    try {
      await this.proxy.listen(this.opts.nodeIP, want);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const msg = err.code === 'EACCES'
        ? `ingress: cannot listen on ${this.opts.nodeIP}:${want}: permission denied (ports below 1024 need root or sysctl net.ipv4.ip_unprivileged_port_start); choose another with "mk addons enable ingress --http-port"`
        : `ingress: cannot listen on ${this.opts.nodeIP}:${want}: ${err.message}; retrying`;
      if (this.warned !== msg) this.log(msg);
      this.warned = msg;
      this.queue.addAfter(LISTENER, BIND_RETRY_MS);
      return;
    }
    this.warned = '';
    this.port = want;
    this.log(`ingress: serving HTTP on ${this.opts.nodeIP}:${want}`);
    this.enqueueAllIngresses();
  }

  private enqueueAllIngresses(): void {
    for (const o of this.ingresses.list()) this.queue.add(`${o.metadata.namespace}/${o.metadata.name}`);
  }

  /** Publishes (or withdraws) the node address in one Ingress's status. */
  private async syncIngress(key: string): Promise<void> {
    const [ns, name] = key.split('/');
    const ing = this.ingresses.get(ns, name) as Obj | undefined;
    if (!ing) return;
    const ip = this.opts.nodeIP;
    const served = this.port !== undefined && servedIngresses([ing], this.classes.list()).length === 1;
    if (served) {
      const mark = `${ing.metadata.uid}/${ing.metadata.generation}`;
      if (!this.announced.has(mark)) {
        this.announced.add(mark);
        void this.events.record(ing, 'Normal', 'Sync', 'Scheduled for sync');
      }
      if (statusShows(ing, ip)) return;
      await this.client.update(R.ingresses, ns, { ...ing, status: { ...ing.status, loadBalancer: loadBalancerStatus(ip) } }, { subresource: 'status' });
    } else if ((ing.status?.loadBalancer?.ingress ?? []).some((i: Obj) => i.ip === ip)) {
      await this.client.update(R.ingresses, ns, { ...ing, status: { ...ing.status, loadBalancer: {} } }, { subresource: 'status' });
    }
  }

  async stop(): Promise<void> {
    this.queue.stop();
    for (const i of [this.ingresses, this.classes, this.services, this.slices]) i.stop();
    await this.proxy.close();
  }
}
