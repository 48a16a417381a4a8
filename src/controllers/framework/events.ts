// Records core/v1 Events, folding repeats into a count as client-go's recorder does.
import type { ApiClient } from '../../client/interface.js';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export class EventRecorder {
  private recent = new Map<string, { name: string; namespace: string; count: number; at: number }>();

  constructor(
    private client: ApiClient,
    private source: { component: string; host?: string },
  ) {}

  async record(obj: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): Promise<void> {
    const md = obj.metadata;
    const namespace = md.namespace ?? 'default';
    const involvedObject = { kind: obj.kind, namespace: md.namespace, name: md.name, uid: md.uid, apiVersion: obj.apiVersion, resourceVersion: md.resourceVersion, ...(fieldPath ? { fieldPath } : {}) };
    const dedup = `${md.uid}|${fieldPath ?? ''}|${type}|${reason}|${message}`;
    const prev = this.recent.get(dedup);
    const t = now();
    try {
      if (prev && Date.now() - prev.at < 10 * 60_000) {
        prev.count++;
        prev.at = Date.now();
        await this.client.patch(R.events, prev.namespace, prev.name, 'merge', { count: prev.count, lastTimestamp: t });
        return;
      }
      const name = `${md.name}.${(BigInt(Date.now()) * 1_000_000n + BigInt(Math.floor(Math.random() * 1e6))).toString(16)}`;
      await this.client.create(R.events, namespace, {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace },
        involvedObject,
        reason,
        message,
        source: this.source,
        firstTimestamp: t,
        lastTimestamp: t,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: this.source.component,
        reportingInstance: this.source.host ?? '',
      });
      this.recent.set(dedup, { name, namespace, count: 1, at: Date.now() });
      if (this.recent.size > 5000) this.recent.delete(this.recent.keys().next().value!);
    } catch {
      // events are best effort, as in Kubernetes
    }
  }
}
