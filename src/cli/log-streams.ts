// Reads log requests the way kubectl logs does: one after the other, or all at once when
// following several; whole lines only, each with its `[pod/NAME/CONTAINER] ` prefix if asked.
import { ApiError } from '../client/http-client.js';
import { R } from '../client/interface.js';
import { query, resourcePath } from '../client/paths.js';
import type { CliContext } from './context.js';
import type { LogRequest } from './pod-logs.js';

export interface LogQuery {
  follow?: boolean;
  previous?: boolean;
  timestamps?: boolean;
  tailLines?: number;
  limitBytes?: number;
  sinceSeconds?: number;
  sinceTime?: string;
}

export interface ConsumeOptions {
  prefix: boolean;
  ignoreErrors: boolean;
  /** several streams followed together (parallelConsumeRequest) */
  parallel: boolean;
}

const text = (e: unknown) => (e instanceof ApiError ? (e.status.message ?? e.message) : e instanceof Error ? e.message : String(e));

async function consume(c: CliContext, r: LogRequest, q: LogQuery, prefix: boolean): Promise<void> {
  const path = resourcePath(R.pods, r.pod.metadata.namespace, r.pod.metadata.name, 'log') + query({
    container: r.container,
    follow: q.follow ? 'true' : undefined,
    previous: q.previous ? 'true' : undefined,
    timestamps: q.timestamps ? 'true' : undefined,
    tailLines: q.tailLines !== undefined ? String(q.tailLines) : undefined,
    limitBytes: q.limitBytes !== undefined ? String(q.limitBytes) : undefined,
    sinceSeconds: q.sinceSeconds !== undefined ? String(q.sinceSeconds) : undefined,
    sinceTime: q.sinceTime,
  });
  const head = prefix ? `[pod/${r.pod.metadata.name}/${r.container}] ` : '';
  // a partial line waits for its end, so parallel streams never interleave mid-line
  let pending = '';
  await c.client.stream('GET', path, (chunk) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) c.io.out(`${head}${l}\n`);
  });
  if (pending) c.io.out(`${head}${pending}`);
}

/** Runs the requests; without --ignore-errors the first failure ends the command. */
export async function consumeLogs(c: CliContext, requests: LogRequest[], q: LogQuery, o: ConsumeOptions): Promise<void> {
  const one = async (r: LogRequest) => {
    try {
      await consume(c, r, q, o.prefix);
    } catch (e) {
      if (!o.ignoreErrors) throw e;
      c.io.out(`error: ${text(e)}\n`);
    }
  };
  if (o.parallel) {
    await Promise.all(requests.map(one));
    return;
  }
  for (const r of requests) await one(r);
}
