// metrics.k8s.io/v1beta1 (PodMetrics, NodeMetrics; get and list), served the way metrics-server
// serves it through API aggregation, so `kubectl top` and `mk top` work. Usage is measured from
// the pods' processes (metrics-usage.ts); the group is added to /apis discovery here too.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Component, ComponentContext } from '../cluster/components.js';
import { nodeName } from '../cluster/bootstrap.js';
import { paths } from '../cluster/paths.js';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { errors } from './errors.js';
import { aggregatedDiscovery, apiGroupList, wantsAggregated } from './discovery.js';
import { sendError, sendJSON } from './http/respond.js';
import type { RawHandler } from './server.js';
import { containerPids, UsageSampler } from './metrics-usage.js';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';
const GV = `${METRICS_GROUP}/${METRICS_VERSION}`;
const PREFIX = `/apis/${GV}`;

const RESOURCES = [
  { name: 'nodes', kind: 'NodeMetrics', namespaced: false },
  { name: 'pods', kind: 'PodMetrics', namespaced: true },
];

function apiGroup() {
  const v = { groupVersion: GV, version: METRICS_VERSION };
  return { name: METRICS_GROUP, versions: [v], preferredVersion: v };
}

function resourceList() {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: GV,
    resources: RESOURCES.map((r) => ({ name: r.name, singularName: '', namespaced: r.namespaced, kind: r.kind, verbs: ['get', 'list'] })),
  };
}

function aggregatedItem() {
  return {
    metadata: { name: METRICS_GROUP, creationTimestamp: null },
    versions: [
      {
        version: METRICS_VERSION,
        resources: RESOURCES.map((r) => ({ resource: r.name, responseKind: { group: '', version: '', kind: r.kind }, scope: r.namespaced ? 'Namespaced' : 'Cluster', singularResource: '', verbs: ['get', 'list'] })),
        freshness: 'Current',
      },
    ],
  };
}

const rfc3339 = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Go's time.Duration.String() for a window such as 10.5s. */
const window = (ms: number) => `${Number((ms / 1000).toFixed(3))}s`;
const cpuQuantity = (nanocores: number) => (nanocores > 0 ? `${nanocores}n` : '0');
const memoryQuantity = (bytes: number) => (bytes > 0 ? `${Math.round(bytes / 1024)}Ki` : '0');

interface PodUsage {
  pod: KubeObject;
  containers: { name: string; cpu: number; memory: number }[];
}

export class MetricsApi {
  private sampler = new UsageSampler();

  constructor(
    private client: ApiClient,
    private podsDir: string,
  ) {}

  /** Usage of every running pod's containers (all of them, so one sample serves every query). */
  private async podUsage(): Promise<{ at: number; windowMs: number; pods: PodUsage[] }> {
    const all = (await this.client.list(R.pods, undefined)).items.filter((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp);
    const roots: { pod: KubeObject; container: string; pid: number }[] = [];
    for (const pod of all) {
      const pids = containerPids(this.podsDir, pod.metadata.uid!);
      for (const c of pod.spec?.containers ?? []) {
        const pid = pids.get(c.name);
        if (pid) roots.push({ pod, container: c.name, pid });
      }
    }
    const { windowMs, usage } = await this.sampler.measure([...roots.map((r) => r.pid), process.pid]);
    const byPod = new Map<string, PodUsage>();
    for (const r of roots) {
      const u = usage.get(r.pid) ?? { cpu: 0, memory: 0 };
      let entry = byPod.get(r.pod.metadata.uid!);
      if (!entry) byPod.set(r.pod.metadata.uid!, (entry = { pod: r.pod, containers: [] }));
      entry.containers.push({ name: r.container, ...u });
    }
    const self = usage.get(process.pid);
    if (self) this.daemonUsage = self;
    return { at: Date.now(), windowMs, pods: [...byPod.values()] };
  }

  /** The daemon (API server, controllers, kubelets) runs on the control-plane node. */
  private daemonUsage = { cpu: 0, memory: 0 };

  private podMetrics(u: PodUsage, at: number, windowMs: number) {
    const md = u.pod.metadata;
    return {
      metadata: { name: md.name, namespace: md.namespace, creationTimestamp: rfc3339(at), ...(md.labels ? { labels: md.labels } : {}) },
      timestamp: rfc3339(at - windowMs),
      window: window(windowMs),
      containers: u.containers.map((c) => ({ name: c.name, usage: { cpu: cpuQuantity(c.cpu), memory: memoryQuantity(c.memory) } })),
    };
  }

  async pods(ns: string | undefined, name: string | undefined, q: URLSearchParams): Promise<unknown> {
    const { at, windowMs, pods } = await this.podUsage();
    if (name) {
      const u = pods.find((p) => p.pod.metadata.name === name && p.pod.metadata.namespace === ns);
      if (!u) throw errors.notFound({ group: METRICS_GROUP, resource: 'podmetrics' }, `${ns}/${name}`);
      return { kind: 'PodMetrics', apiVersion: GV, ...this.podMetrics(u, at, windowMs) };
    }
    // the selectors are the pods' own: let the pods API apply them
    const wanted = new Set((await this.client.list(R.pods, ns, { labelSelector: q.get('labelSelector') ?? undefined, fieldSelector: q.get('fieldSelector') ?? undefined })).items.map((p) => p.metadata.uid));
    const items = pods.filter((p) => wanted.has(p.pod.metadata.uid)).map((p) => this.podMetrics(p, at, windowMs));
    items.sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
    return { kind: 'PodMetricsList', apiVersion: GV, metadata: {}, items };
  }

  async nodes(name: string | undefined, q: URLSearchParams): Promise<unknown> {
    const { at, windowMs, pods } = await this.podUsage();
    const nodes = (await this.client.list(R.nodes, undefined, { labelSelector: q.get('labelSelector') ?? undefined })).items;
    const control = nodeName(0);
    const items = nodes
      .filter((n) => !name || n.metadata.name === name)
      .map((n) => {
        let cpu = n.metadata.name === control ? this.daemonUsage.cpu : 0;
        let memory = n.metadata.name === control ? this.daemonUsage.memory : 0;
        for (const p of pods) {
          if (p.pod.spec?.nodeName !== n.metadata.name) continue;
          for (const c of p.containers) {
            cpu += c.cpu;
            memory += c.memory;
          }
        }
        return {
          metadata: { name: n.metadata.name, creationTimestamp: rfc3339(at), ...(n.metadata.labels ? { labels: n.metadata.labels } : {}) },
          timestamp: rfc3339(at - windowMs),
          window: window(windowMs),
          usage: { cpu: cpuQuantity(cpu), memory: memoryQuantity(memory) },
        };
      });
    if (name) {
      if (!items.length) throw errors.notFound({ group: METRICS_GROUP, resource: 'nodemetrics' }, name);
      return { kind: 'NodeMetrics', apiVersion: GV, ...items[0] };
    }
    return { kind: 'NodeMetricsList', apiVersion: GV, metadata: {}, items };
  }

  /** The raw route: true when it answered the request. */
  readonly handler: RawHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (path === '/apis') return this.discovery(req, res);
    if (path !== `/apis/${METRICS_GROUP}` && !path.startsWith(`/apis/${METRICS_GROUP}/`)) return false;
    return this.serve(req, res, url, path);
  };

  private async serve(req: IncomingMessage, res: ServerResponse, url: URL, path: string): Promise<boolean> {
    try {
      if (req.method !== 'GET') throw errors.methodNotSupported({ group: METRICS_GROUP, resource: 'pods' }, String(req.method).toLowerCase());
      if (path === `/apis/${METRICS_GROUP}`) return sendJSON(res, 200, { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup() }), true;
      if (path === PREFIX) return sendJSON(res, 200, resourceList()), true;
      if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') throw errors.methodNotSupported({ group: METRICS_GROUP, resource: 'pods' }, 'watch');
      const rest = path.slice(PREFIX.length + 1).split('/').map(decodeURIComponent);
      let ns: string | undefined;
      if (rest[0] === 'namespaces' && rest.length >= 3) {
        ns = rest[1];
        rest.splice(0, 2);
      }
      const [resource, name, extra] = rest;
      if (extra !== undefined) throw errors.notFoundPath();
      if (resource === 'pods') sendJSON(res, 200, await this.pods(ns, name, url.searchParams));
      else if (resource === 'nodes' && !ns) sendJSON(res, 200, await this.nodes(name, url.searchParams));
      else throw errors.notFoundPath();
    } catch (e) {
      sendError(res, e);
    }
    return true;
  }

  /** /apis with the metrics group added, in whichever form the client asked for. */
  private discovery(req: IncomingMessage, res: ServerResponse): boolean {
    const agg = wantsAggregated(String(req.headers.accept ?? ''));
    if (agg) {
      const doc = aggregatedDiscovery(false, agg);
      (doc.items as unknown[]).push(aggregatedItem());
      sendJSON(res, 200, doc, `application/json;g=apidiscovery.k8s.io;v=${agg};as=APIGroupDiscoveryList`);
      return true;
    }
    const list = apiGroupList();
    (list.groups as unknown[]).push(apiGroup());
    sendJSON(res, 200, list);
    return true;
  }
}

/** Daemon component: serves metrics.k8s.io on the API server through ApiServer.routes. */
export const metricsComponent: Component = {
  name: 'metrics-server',
  async start(ctx: ComponentContext) {
    const api = new MetricsApi(ctx.client, paths.pods(ctx.home));
    ctx.api.routes.push(api.handler);
    return {
      stop() {
        const i = ctx.api.routes.indexOf(api.handler);
        if (i >= 0) ctx.api.routes.splice(i, 1);
      },
    };
  },
};
