// kube-proxy for a process-based cluster: a TCP listener per node port (on every node's
// loopback address) that spreads connections over the service's ready endpoints, reaching
// each pod through the kubelet's port map.
import { createServer, type Server, type Socket } from 'node:net';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { Informer } from '../controllers/framework/informer.js';
import { podEndpoint } from '../kubelet/port-map.js';
import { Balancer, type Backend } from './balancer.js';
import { affinitySeconds, backendsFor, listenerKey, listenersFor, type ListenerSpec } from './service-backends.js';
import { relay } from './tcp-relay.js';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

interface Listener {
  spec: ListenerSpec;
  server?: Server;
  retry?: NodeJS.Timeout;
  sockets: Set<Socket>;
}

export class KubeProxy {
  readonly services: Informer;
  readonly slices: Informer;
  private listeners = new Map<string, Listener>();
  private balancers = new Map<string, Balancer>();
  private backendCache = new Map<string, Backend[]>();
  private pending = false;
  private stopped = false;
  /** listeners whose bind failure was already logged (retries stay quiet) */
  private warned = new Set<string>();

  constructor(
    client: ApiClient,
    private nodeIPs: string[],
    private log: (msg: string) => void = (m) => console.error(m),
  ) {
    this.services = new Informer(client, R.services);
    this.slices = new Informer(client, R.endpointslices);
    const servicesChanged = () => {
      this.backendCache.clear();
      this.scheduleSync();
    };
    this.services.on({ add: servicesChanged, update: servicesChanged, delete: servicesChanged });
    const slicesChanged = () => this.backendCache.clear();
    this.slices.on({ add: slicesChanged, update: slicesChanged, delete: slicesChanged });
  }

  async start(): Promise<void> {
    await Promise.all([this.services.start(), this.slices.start()]);
    this.sync();
  }

  private scheduleSync(): void {
    if (this.pending || this.stopped) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.sync();
    });
  }

  /** Opens the listeners services ask for and closes the rest. */
  sync(): void {
    if (this.stopped) return;
    const want = new Map(listenersFor(this.services.list(), this.nodeIPs).map((l) => [listenerKey(l), l]));
    for (const [k, l] of this.listeners) {
      if (!want.has(k)) this.close(k, l);
    }
    for (const [k, spec] of want) {
      const cur = this.listeners.get(k);
      if (cur) cur.spec = spec;
      else this.open(k, spec);
    }
  }

  /** The current endpoints of a service port (cached until slices or services change). */
  backends(service: string, portName: string): Backend[] {
    const key = `${service}:${portName}`;
    let b = this.backendCache.get(key);
    if (!b) {
      const [ns, name] = service.split('/');
      b = backendsFor(this.slices.list(ns).filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === name), portName);
      this.backendCache.set(key, b);
    }
    return b;
  }

  private balancer(service: string, portName: string): Balancer {
    const key = `${service}:${portName}`;
    const [ns, name] = service.split('/');
    const affinity = affinitySeconds(this.services.get(ns, name) as KubeObject | undefined);
    let b = this.balancers.get(key);
    if (!b) this.balancers.set(key, (b = new Balancer(affinity)));
    b.affinitySeconds = affinity;
    return b;
  }

  private open(key: string, spec: ListenerSpec): void {
    const l: Listener = { spec, sockets: new Set() };
    this.listeners.set(key, l);
    const server = createServer({ pauseOnConnect: true, allowHalfOpen: true }, (socket) => this.accept(l, socket));
    server.on('error', (e: NodeJS.ErrnoException) => {
      if (this.listeners.get(key) !== l) return;
      l.server = undefined;
      if (e.code === 'EACCES') return this.log(`kube-proxy: cannot listen on ${key}: ${e.message}`);
      // the port may be held by a listener that is still closing, or by another program
      if (!this.warned.has(key)) this.log(`kube-proxy: listen ${key} for ${spec.service}: ${e.message}; retrying`);
      this.warned.add(key);
      l.retry = setTimeout(() => {
        if (this.listeners.get(key) === l) {
          this.listeners.delete(key);
          this.open(key, l.spec);
        }
      }, 2000);
    });
    server.listen(spec.port, spec.host, () => this.warned.delete(key));
    l.server = server;
  }

  private close(key: string, l: Listener): void {
    this.listeners.delete(key);
    clearTimeout(l.retry);
    l.server?.close();
  }

  private accept(l: Listener, socket: Socket): void {
    const { service, portName } = l.spec;
    const clientIP = socket.remoteAddress ?? '';
    const balancer = this.balancer(service, portName);
    const order = balancer.order(this.backends(service, portName), clientIP);
    l.sockets.add(socket);
    socket.once('close', () => l.sockets.delete(socket));
    socket.setNoDelay(true);
    relay(
      socket,
      order.map((b) => ({ backend: b, address: () => podEndpoint(b.ip, b.port) })),
      { onConnected: (b) => balancer.connected(clientIP, b) },
    );
  }

  /** Addresses currently listening, for tests and `mk service`. */
  listening(): string[] {
    return [...this.listeners.entries()].filter(([, l]) => l.server?.listening).map(([k]) => k);
  }

  stop(): void {
    this.stopped = true;
    this.services.stop();
    this.slices.stop();
    for (const [k, l] of [...this.listeners]) {
      this.close(k, l);
      for (const s of l.sockets) s.destroy();
    }
  }
}
