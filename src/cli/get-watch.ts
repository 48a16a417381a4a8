// kubectl get -w / --watch-only: the initial state, then one print per watch event, as a
// Table (EVENT column with --output-watch-events) or through -o's printer (each event's
// object, or a {"type","object"} WatchEvent with --output-watch-events).
import { TABLE_ACCEPT } from '../client/http-client.js';
import { query, resourcePath } from '../client/paths.js';
import type { KubeObject, WatchEvent } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import type { TypedName } from './objects.js';
import { parseOutput, printStructured } from './output.js';
import { goJsonString, toGoJsonCompact } from './printers/json.js';
import { TableWatchPrinter, type ServerTable } from './printers/table.js';
import { YamlPrinter } from './printers/yaml.js';
import { kindGroup, type MappedResource } from './resource-mapper.js';
import { clientSideTable } from './get-extras.js';
import { customColumnsPrinter } from './printers/customcolumns.js';
import { GET_TABWRITER, TabWriter } from './printers/tabwriter.js';
import { sortTableRows } from './sort-by.js';

export interface WatchFlags {
  output?: string;
  template?: string;
  selector?: string;
  fieldSelector?: string;
  allNamespaces?: boolean;
  showLabels?: boolean;
  labelColumns?: string[];
  watchOnly?: boolean;
  headers?: boolean;
  outputWatchEvents?: boolean;
  serverPrint?: boolean;
  allowMissingTemplateKeys?: boolean;
  sortBy?: string;
}

type Print = (obj: KubeObject, eventType: string) => void;

/** -o's printer for one object at a time (json, yaml, name, templates, custom columns). */
function structuredPrinter(c: CliContext, m: MappedResource, o: WatchFlags): Print {
  const { format } = parseOutput(o.output, o.template);
  if (format === 'custom-columns' || format === 'custom-columns-file') {
    // one printer (headers once) and one tabwriter flushed per event, remembering widths
    const columns = customColumnsPrinter(o.output!, { noHeaders: o.headers === false, template: o.template });
    const w = new TabWriter(GET_TABWRITER, (s) => c.io.out(s));
    return (obj, type) => {
      try {
        columns.printObj(o.outputWatchEvents ? { type, object: obj } : obj, w);
      } finally {
        w.flush();
      }
    };
  }
  const yaml = new YamlPrinter();
  const withEvent = (obj: KubeObject, type: string) => (o.outputWatchEvents ? { type, object: obj } : obj);
  return (obj, type) => {
    if (format === 'name') return c.io.out(`${kindGroup(m)}/${obj.metadata.name}\n`);
    // a WatchEvent goes through json.Marshal: compact, type before object
    if (format === 'json' && o.outputWatchEvents) return c.io.out(`{"type":${goJsonString(type)},"object":${toGoJsonCompact(obj)}}\n`);
    if (format === 'yaml') return c.io.out(yaml.print(withEvent(obj, type)));
    if (!printStructured(c, withEvent(obj, type), o.output, o.template, o.allowMissingTemplateKeys !== false)) {
      throw new CliError(`unable to match a printer suitable for the output format "${o.output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
    }
  };
}

export async function watchGet(c: CliContext, groups: TypedName[][], o: WatchFlags): Promise<void> {
  if (groups.length !== 1) throw new CliError('you may only specify a single resource type');
  const m = groups[0][0].mapping;
  const name = groups[0][0].name;
  const ns = m.namespaced && !o.allNamespaces ? c.namespace : undefined;
  const fieldSelector = [o.fieldSelector, name ? `metadata.name=${name}` : undefined].filter(Boolean).join(',') || undefined;
  const { format } = parseOutput(o.output, o.template);
  const table = format === '' || format === 'wide';
  const serverTable = table && o.serverPrint !== false;
  const listPath = resourcePath(m, ns) + query({ labelSelector: o.selector, fieldSelector });
  const events = (type: string) => (o.outputWatchEvents ? type : undefined);
  let print: Print;
  let initial: { rv?: string; items: KubeObject[]; table?: ServerTable };
  if (table) {
    const printer = new TableWatchPrinter({ wide: o.output === 'wide', noHeaders: o.headers === false, withNamespace: !!o.allNamespaces, showLabels: !!o.showLabels, labelColumns: o.labelColumns ?? [] }, (s) => c.io.out(s));
    print = (obj, type) => printer.print(serverTable ? (obj as unknown as ServerTable) : clientSideTable([obj]), events(type));
    if (serverTable) {
      // the initial Table goes through kubectl's sorting printer; later events are single rows
      const sorting = o.sortBy && !o.watchOnly;
      const t = await c.client.request<ServerTable>('GET', listPath + (sorting ? `${listPath.includes('?') ? '&' : '?'}includeObject=Object` : ''), { accept: TABLE_ACCEPT });
      if (sorting) {
        try {
          sortTableRows(t, o.sortBy!);
        } catch (e) {
          if (e instanceof CliError) throw new CliError(`unable to output the provided object: ${e.message}`);
          throw e;
        }
      }
      initial = { rv: t.metadata?.resourceVersion, items: [], table: t };
      // an empty initial list prints nothing: kubectl just waits for events
      if (!o.watchOnly && t.rows?.length) printer.print(t, events('ADDED'));
    } else {
      const list = await c.client.list(m, ns, { labelSelector: o.selector, fieldSelector });
      initial = { rv: list.metadata?.resourceVersion, items: list.items };
      if (!o.watchOnly && list.items.length) printer.print(clientSideTable(list.items), events('ADDED'));
    }
  } else {
    print = structuredPrinter(c, m, o);
    const list = await c.client.list(m, ns, { labelSelector: o.selector, fieldSelector });
    const apiVersion = m.group ? `${m.group}/${m.version}` : m.version;
    initial = { rv: list.metadata?.resourceVersion, items: list.items.map((it) => ({ apiVersion, kind: m.kind, ...it })) };
    if (!o.watchOnly) for (const it of initial.items) print(it, 'ADDED');
  }
  const handle = c.client.watch(m, ns, { labelSelector: o.selector, fieldSelector, resourceVersion: initial.rv }, (ev: WatchEvent) => {
    if (ev.type === 'ERROR' || ev.type === 'BOOKMARK') return;
    print(ev.object, ev.type);
  }, serverTable ? TABLE_ACCEPT : undefined);
  await handle.done;
}
