// Emptying one node for `kubectl drain` (kubectl/pkg/drain/drain.go + cmd/drain): list its
// pods, apply the filters, then evict (or delete) the chosen ones and wait until each is gone.
import { ApiError } from '../client/http-client.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { aggregateMessage, classifyPods, drainErrors, drainWarnings, podsToDelete, shouldSkipPod, type DrainOptions } from './drain-filters.js';
import type { DryRun } from './output.js';
import { durationFlag } from './go-duration.js';

export interface DrainRunOptions extends DrainOptions {
  gracePeriod: number;
  /** ms; 0 waits forever */
  timeout: number;
  podSelector?: string;
  disableEviction: boolean;
  dryRun: DryRun;
}

/** A failure to report as its message (kubectl's err.Error()); `parts` when it aggregates several. */
export class DrainError extends Error {
  constructor(
    message: string,
    readonly parts?: string[],
  ) {
    super(message);
  }
}

const apiMessage = (e: unknown): string => (e instanceof ApiError ? e.status.message ?? e.message : e instanceof Error ? e.message : String(e));
const isStatus = (e: unknown, code: number) => e instanceof ApiError && e.code === code;

/** Go's time.Duration String() for whole seconds and above: 1m0s, 90s → 1m30s, 1h0m0s. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const total = ms / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = +(total % 60).toFixed(9);
  if (h) return `${h}h${m}m${s}s`;
  if (m) return `${m}m${s}s`;
  return `${s}s`;
}

/** drain's --timeout: Go's time.ParseDuration, a bad value reported as pflag does. */
export function parseGoDuration(s: string | undefined): number {
  return durationFlag(s, '--timeout', 'mk drain');
}

export class NodeDrainer {
  constructor(
    private c: CliContext,
    private o: DrainRunOptions,
  ) {}

  private async listPods(node: string): Promise<KubeObject[]> {
    return (await this.c.client.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${node}`, labelSelector: this.o.podSelector })).items;
  }

  private async classify(node: string) {
    const pods = await this.listPods(node);
    return classifyPods(pods, this.o, async (ns, name) => {
      try {
        await this.c.client.get({ group: 'apps', version: 'v1', resource: 'daemonsets' }, ns, name);
        return undefined;
      } catch (e) {
        return { notFound: isStatus(e, 404), message: apiMessage(e) };
      }
    });
  }

  /** Evicts or deletes what may go from the node; rejects with the reason it could not. */
  async drain(node: string): Promise<void> {
    const list = await this.classify(node);
    const errs = drainErrors(list);
    if (errs.length) throw new DrainError(aggregateMessage(errs));
    const warnings = drainWarnings(list);
    if (warnings) this.c.io.err(`Warning: ${warnings}\n`);
    const pods = podsToDelete(list);
    if (this.o.dryRun === 'client') {
      for (const p of pods) this.c.io.out(`evicting pod ${p.metadata.namespace}/${p.metadata.name} (dry run)\n`);
      return;
    }
    try {
      await this.deleteOrEvict(pods);
    } catch (e) {
      await this.reportPending(node, e);
      throw e;
    }
  }

  private async reportPending(node: string, err: unknown): Promise<void> {
    try {
      const pending = podsToDelete(await this.classify(node));
      if (!pending.length) return;
      this.c.io.err(`There are pending pods in node "${node}" when an error occurred: ${apiMessage(err)}\n`);
      for (const p of pending) this.c.io.err(`pod/${p.metadata.name}\n`);
    } catch (e) {
      this.c.io.err(`Following errors occurred while getting the list of pods to delete:\n${apiMessage(e)}`);
    }
  }

  private async deleteOrEvict(pods: KubeObject[]): Promise<void> {
    if (!pods.length) return;
    if (!this.o.disableEviction && (await this.evictionSupported())) return this.evictAll(pods);
    return this.deleteAll(pods);
  }

  /** kubectl looks for pods/eviction (kind Eviction, with a group/version) in /api/v1. */
  private async evictionSupported(): Promise<boolean> {
    const list = await this.c.client.request<{ resources?: { name: string; kind: string; group?: string; version?: string }[] }>('GET', '/api/v1');
    return (list.resources ?? []).some((r) => r.name === 'pods/eviction' && r.kind === 'Eviction' && !!r.group && !!r.version);
  }

  private deleteOptions(): Record<string, unknown> {
    return {
      ...(this.o.gracePeriod >= 0 ? { gracePeriodSeconds: this.o.gracePeriod } : {}),
      ...(this.o.dryRun === 'server' ? { dryRun: ['All'] } : {}),
    };
  }

  private async evictAll(pods: KubeObject[]): Promise<void> {
    const deadline = this.o.timeout ? Date.now() + this.o.timeout : Infinity;
    // one goroutine per pod upstream: errors aggregate in the order they happen
    const errs: string[] = [];
    await Promise.all(pods.map((p) => this.evictOne(p, deadline).catch((e: Error) => void errs.push(e.message))));
    if (errs.length) throw new DrainError(aggregateMessage(errs), errs);
  }

  private async evictOne(pod: KubeObject, deadline: number): Promise<void> {
    const { name, namespace } = pod.metadata;
    const server = this.o.dryRun === 'server';
    for (;;) {
      this.c.io.out(`evicting pod ${namespace}/${name}${server ? ' (server dry run)' : ''}\n`);
      if (Date.now() > deadline) throw new DrainError(`error when evicting pods/"${name}" -n "${namespace}": global timeout reached: ${goDuration(this.o.timeout)}`);
      try {
        const eviction = { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace }, deleteOptions: this.deleteOptions() };
        await this.c.client.create(R.pods, namespace, eviction, { subresource: 'eviction' });
        break;
      } catch (e) {
        if (isStatus(e, 404)) return;
        if (!isStatus(e, 429)) throw new DrainError(`error when evicting pods/"${name}" -n "${namespace}": ${apiMessage(e)}`);
        // a disruption budget said not now
        this.c.io.err(`error when evicting pods/"${name}" -n "${namespace}" (will retry after 5s): ${apiMessage(e)}\n`);
        await new Promise((r) => setTimeout(r, 5000));
      }
    }
    if (server) return;
    try {
      await this.waitForDelete([pod], deadline, 'evicted');
    } catch (e) {
      throw new DrainError(`error when waiting for pod "${name}" in namespace "${namespace}" to terminate: ${(e as Error).message}`);
    }
  }

  private async deleteAll(pods: KubeObject[]): Promise<void> {
    for (const p of pods) {
      try {
        await this.c.client.delete(R.pods, p.metadata.namespace, p.metadata.name!, this.deleteOptions());
      } catch (e) {
        if (!isStatus(e, 404)) throw e;
      }
    }
    await this.waitForDelete(pods, this.o.timeout ? Date.now() + this.o.timeout : Infinity, 'deleted');
  }

  /** Polls every second until each pod is gone or replaced (new uid), printing each as it goes. */
  private async waitForDelete(pods: KubeObject[], deadline: number, verb: string): Promise<void> {
    let pending = pods;
    for (;;) {
      const still: KubeObject[] = [];
      for (const p of pending) {
        let cur: KubeObject | undefined;
        try {
          cur = await this.c.client.get(R.pods, p.metadata.namespace, p.metadata.name!);
        } catch (e) {
          if (!isStatus(e, 404)) throw e;
        }
        if (!cur || cur.metadata.uid !== p.metadata.uid) {
          this.c.io.out(`pod/${p.metadata.name} ${verb}\n`);
          continue;
        }
        if (shouldSkipPod(cur, this.o.skipWaitForDeleteTimeout)) {
          this.c.io.out(`pod "${p.metadata.name}" has DeletionTimestamp older than ${this.o.skipWaitForDeleteTimeout} seconds, skipping\n`);
          continue;
        }
        still.push(p);
      }
      pending = still;
      if (!pending.length) return;
      if (Date.now() + 1000 > deadline) throw new Error(`global timeout reached: ${goDuration(this.o.timeout)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
