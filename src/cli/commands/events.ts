// mk events [--for TYPE/NAME] [-A] [--types=Warning,Normal] [-w]: kubectl events' table
// (LAST SEEN TYPE REASON OBJECT MESSAGE), sorted by when each event was last seen.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { printStructured } from '../output.js';
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter.js';
import { humanDuration } from '../../apiserver/tables/duration.js';
import { goSort } from '../../util/go-sort.js';

interface EventsFlags {
  allNamespaces?: boolean;
  for?: string;
  types?: string[];
  watch?: boolean;
  headers?: boolean;
  output?: string;
}

const isZero = (ts: unknown) => !ts || ts === '0001-01-01T00:00:00Z';

function since(ts: unknown, now: number): string {
  if (isZero(ts)) return '<unknown>';
  return humanDuration(now - Date.parse(String(ts)));
}

/** getInterval: "5m", or "5m (x3 over 10m)" for repeated events and series. */
export function eventInterval(e: KubeObject, now: number): string {
  const first = isZero(e.eventTime) ? since(e.firstTimestamp, now) : since(e.eventTime, now);
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** Cells stop at the first line break, as kubectl's escapeCell does. */
function cell(s: unknown): string {
  const str = String(s ?? '');
  const i = str.search(/[\f\n\r]/);
  return i >= 0 ? str.slice(0, i) + '...' : str;
}

export function eventRow(e: KubeObject, now: number, allNamespaces: boolean): string {
  const io = e.involvedObject ?? {};
  return `${allNamespaces ? `${e.metadata.namespace ?? ''}\t` : ''}${eventInterval(e, now)}\t${cell(e.type)}\t${cell(e.reason)}\t${cell(io.kind)}/${cell(io.name)}\t${cell(String(e.message ?? '').trim())}\n`;
}

export const eventsHeader = (allNamespaces: boolean) => `${allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`;

/** The time kubectl sorts by: series last observed, else lastTimestamp, else eventTime. */
function sortTime(e: KubeObject): number {
  const ts = e.series?.lastObservedTime ?? (!isZero(e.lastTimestamp) ? e.lastTimestamp : e.eventTime);
  const t = isZero(ts) ? NaN : Date.parse(String(ts));
  return Number.isNaN(t) ? -Infinity : t;
}

/** sort.Sort(SortableEvents): Go's unstable sort, so ties come out in kubectl's order. */
export function sortEvents(events: KubeObject[]): KubeObject[] {
  return goSort([...events], (a, b) => sortTime(a) < sortTime(b));
}

async function forSelector(c: CliContext, forObject: string): Promise<string> {
  if (!forObject.includes('/')) throw new CliError('--for must be in resource/name form');
  const seg = forObject.split('/');
  if (seg.length !== 2) throw new CliError('arguments in resource/name form may not have more than one slash');
  const m = await c.mapper.find(seg[0]);
  if (!m) throw new CliError(`the server doesn't have a resource type "${seg[0]}"`);
  return `involvedObject.kind=${m.kind},involvedObject.name=${seg[1]}`;
}

export function registerEvents(program: Command, ctx: () => CliContext): void {
  program
    .command('events')
    .description('List events')
    .option('-A, --all-namespaces', 'If present, list the requested object(s) across all namespaces.')
    .option('--for <kind/name>', 'Filter events to only those pertaining to the specified resource.')
    .option('--types <types>', 'Output only events of given types.', (v: string, prev: string[] = []) => [...prev, ...v.split(',').filter(Boolean)])
    .option('-w, --watch', 'After listing the requested events, watch for more events.')
    .option('--no-headers', "When using the default output format, don't print headers.")
    .option('-o, --output <format>', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).')
    .action(async (o: EventsFlags) => {
      const c = ctx();
      const types = [...new Set(o.types ?? [])].sort();
      for (const t of types) if (!['normal', 'warning'].includes(t.toLowerCase())) throw new CliError('valid --types are Normal or Warning');
      const wanted = (e: KubeObject) => !types.length || types.some((t) => t.toLowerCase() === String(e.type ?? '').toLowerCase());
      const ns = o.allNamespaces ? undefined : c.namespace;
      const fieldSelector = o.for ? await forSelector(c, o.for) : undefined;
      const all = !!o.allNamespaces;
      if (o.watch) return watchEvents(c, ns, fieldSelector, all, o.headers !== false, wanted);
      const list = await c.client.list(R.events, ns, { fieldSelector });
      const items = list.items.filter(wanted);
      if (!items.length) {
        c.io.err(all ? 'No events found.\n' : `No events found in ${c.namespace} namespace.\n`);
        return;
      }
      const sorted = sortEvents(items);
      if (o.output) {
        const doc = { kind: 'EventList', apiVersion: 'v1', metadata: list.metadata ?? {}, items: sorted.map((e) => ({ ...e, apiVersion: e.apiVersion ?? 'v1', kind: e.kind ?? 'Event' })) };
        if (o.output === 'name') {
          for (const e of sorted) c.io.out(`event/${e.metadata.name}\n`);
          return;
        }
        if (printStructured(c, doc, o.output)) return;
        throw new CliError(`unable to match a printer suitable for the output format "${o.output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
      }
      const w = new TabWriter(GET_TABWRITER, c.io.out);
      const now = Date.now();
      if (o.headers !== false) w.write(eventsHeader(all));
      for (const e of sorted) w.write(eventRow(e, now, all));
      w.flush();
    });
}

async function watchEvents(c: CliContext, ns: string | undefined, fieldSelector: string | undefined, all: boolean, headers: boolean, wanted: (e: KubeObject) => boolean): Promise<void> {
  const w = new TabWriter(GET_TABWRITER, c.io.out);
  let printedHeader = !headers;
  const h = c.client.watch(R.events, ns, { fieldSelector }, (ev) => {
    // events are deleted after an hour; that is not news
    if (ev.type === 'DELETED' || ev.type === 'BOOKMARK' || ev.type === 'ERROR' || !wanted(ev.object)) return;
    if (!printedHeader) {
      w.write(eventsHeader(all));
      printedHeader = true;
    }
    w.write(eventRow(ev.object, Date.now(), all));
    w.flush();
  });
  const stop = () => h.stop();
  process.once('SIGINT', stop);
  try {
    await h.done;
  } finally {
    process.off('SIGINT', stop);
  }
}
