// mk get: server-side Tables for humans, structured output for -o yaml|json|..., and -w.
import type { Command } from 'commander';
import { ApiError, TABLE_ACCEPT } from '../../client/http-client.js';
import { resourcePath, query } from '../../client/paths.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, UsageError, errorText } from '../errors.js';
import { resolveArgs, type TypedName } from '../objects.js';
import { kindGroup, resourceGroup, type MappedResource } from '../resource-mapper.js';
import { parseOutput, printStructured } from '../output.js';
import { renderTables, type ServerTable } from '../printers/table.js';
import { clientSideTable, rawGet } from '../get-extras.js';
import { watchGet } from '../get-watch.js';
import { mappingFor, manifestNamespace } from '../objects.js';
import { sortObjects, sortTableRows, UnsortableError } from '../sort-by.js';

interface GetFlags {
  output?: string;
  selector?: string;
  fieldSelector?: string;
  allNamespaces?: boolean;
  showLabels?: boolean;
  labelColumns?: string[];
  watch?: boolean;
  watchOnly?: boolean;
  headers?: boolean;
  showKind?: boolean;
  ignoreNotFound?: boolean;
  template?: string;
  filename?: string[];
  sortBy?: string;
  chunkSize?: string;
  raw?: string;
  outputWatchEvents?: boolean;
  serverPrint?: boolean;
  showManagedFields?: boolean;
  allowMissingTemplateKeys?: boolean;
}

const HUMAN_FORMATS = ['', 'wide'];

export function registerGet(program: Command, ctx: () => CliContext): void {
  program
    .command('get')
    .description('Display one or many resources')
    .argument('[args...]')
    .option('-o, --output <format>', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide).')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on')
    .option('--field-selector <selector>', 'Selector (field query) to filter on')
    .option('-A, --all-namespaces', 'If present, list the requested object(s) across all namespaces.')
    .option('--show-labels', 'When printing, show all labels as the last column')
    .option('-L, --label-columns <labels>', 'Accepts a comma separated list of labels that are going to be presented as columns.', (v: string, prev: string[] = []) => [...prev, ...v.split(',')])
    .option('-w, --watch', 'After listing/getting the requested object, watch for changes.')
    .option('--watch-only', 'Watch for changes to the requested object(s), without listing/getting first.')
    .option('--no-headers', "When using the default or custom-column output format, don't print headers.")
    .option('--show-kind', 'If present, list the resource type for the requested object(s).')
    .option('--ignore-not-found', 'If set to true, suppress NotFound error for specific objects that do not exist.')
    .option('--template <template>', 'Template string or path to template file to use when -o=go-template, -o=go-template-file.')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files identifying the resource to get from a server.', (v: string, prev: string[] = []) => [...prev, v])
    .option('--sort-by <field>', 'If non-empty, sort list types using this field specification.')
    .option('--chunk-size <n>', 'Return large lists in chunks rather than all at once.')
    .option('--raw <path>', 'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.')
    .option('--output-watch-events', 'Output watch event objects when --watch or --watch-only is used.')
    .option('--server-print', 'If true, have the server return the appropriate table output.')
    .option('--no-server-print', 'If true, have the server return the appropriate table output.')
    // the server keeps no managedFields, so there are none to show or hide
    .option('--show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.')
    .option('--allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template.')
    .option('--no-allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template.')
    .action(async (args: string[], o: GetFlags) => {
      const c = ctx();
      if (o.raw !== undefined) {
        if (args.length) throw new CliError('arguments may not be passed when --raw is specified');
        return rawGet(c, o.raw);
      }
      if (o.sortBy === '') o.sortBy = undefined;
      if (o.sortBy && (o.watch || o.watchOnly)) c.io.err(o.watch ? 'warning: --watch requested, --sort-by will be ignored for watch events received\n' : 'warning: --watch-only requested, --sort-by will be ignored\n');
      let groups: TypedName[][];
      // a syntax error after some documents: tables show those documents, then the error (as a
      // line of kubectl's aggregate, without "error: "); other outputs fail outright
      let syntaxErrors: string[] = [];
      if (o.filename?.length) {
        groups = [];
        // loaded only for -f: it brings the YAML parser
        const { readManifests } = await import('../manifests.js');
        const manifests = readManifests(o.filename, false, true);
        syntaxErrors = (manifests.syntaxErrors ?? []).map((s) => s.error.message);
        for (const { object, source } of manifests) {
          const m = await mappingFor(c, object, source);
          manifestNamespace(c, m, object);
          groups.push([{ mapping: m, name: object.metadata.name }]);
        }
      } else {
        if (!args.length)
          throw new UsageError(
            'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
            'mk get',
            'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n',
          );
        groups = await resolveArgs(c, args);
      }
      const { format } = parseOutput(o.output, o.template);
      const tables = HUMAN_FORMATS.includes(format) && format !== 'name' && !o.watch && !o.watchOnly;
      if (syntaxErrors.length && !tables) throw new CliError(syntaxErrors[0]);
      try {
        if (o.watch || o.watchOnly) return await watchGet(c, groups, o);
        if (tables) return await getTables(c, groups, o, args, syntaxErrors);
        return await getStructured(c, groups, o);
      } catch (e) {
        if (!(e instanceof UnsortableError)) throw e;
        // kubectl dies through klog.Exitf here
        c.io.err(e.klogLine());
        throw new ExitError(1);
      }
    });
}

/** One thing kubectl's builder hands the printers: a Table per list or name, or (without server printing) an object. */
interface GetInfo {
  mapping: MappedResource;
  table: ServerTable;
  /** what --sort-by evaluates when ordering infos: the Table itself, or the plain object */
  sortView: unknown;
}

async function fetchInfos(c: CliContext, m: MappedResource, ns: string | undefined, name: string | undefined, o: GetFlags): Promise<GetInfo[]> {
  // sorting a Table looks at each row's object, so ask for whole objects
  const includeObject = o.sortBy && o.serverPrint !== false ? 'Object' : undefined;
  const path = resourcePath(m, ns, name) + query(name ? { includeObject } : { labelSelector: o.selector, fieldSelector: o.fieldSelector, limit: o.sortBy ? undefined : 500, includeObject });
  if (o.serverPrint !== false) {
    const table = await c.client.request<ServerTable>('GET', path, { accept: TABLE_ACCEPT });
    return [{ mapping: m, table, sortView: table }];
  }
  const got = await c.client.request<KubeObject & { items?: KubeObject[] }>('GET', path);
  return (name ? [got] : (got.items ?? [])).map((obj) => ({ mapping: m, table: clientSideTable([obj]), sortView: obj }));
}

/** --sort-by for tables: infos ordered among themselves (strictly), then each Table's rows (a failure hides that Table, as in kubectl). */
function sortInfos(infos: GetInfo[], sortBy: string | undefined): GetInfo[] {
  if (!sortBy) return infos;
  const ordered = infos.length >= 2 ? sortObjects(infos, sortBy, (i) => i.sortView) : infos;
  for (const info of ordered) {
    try {
      sortTableRows(info.table, sortBy);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      info.table = { ...info.table, rows: [] };
    }
  }
  return ordered;
}

async function getTables(c: CliContext, groups: TypedName[][], o: GetFlags, args: string[], syntaxErrors: string[] = []): Promise<void> {
  const infos: GetInfo[] = [];
  const errs: string[] = [...syntaxErrors];
  let failed = syntaxErrors.length > 0;
  const multiKind = groups.length > 1 || args.some((a) => a.includes(',') || a === 'all') || !!o.showKind;
  for (const group of groups) {
    const m = group[0].mapping;
    const ns = m.namespaced && !o.allNamespaces ? c.namespace : undefined;
    if (!group[0].name) {
      infos.push(...(await fetchInfos(c, m, ns, undefined, o)));
      continue;
    }
    for (const t of group) {
      try {
        infos.push(...(await fetchInfos(c, m, m.namespaced ? c.namespace : undefined, t.name, o)));
      } catch (e) {
        if (e instanceof ApiError && e.code === 404 && o.ignoreNotFound) continue;
        failed = true;
        errs.push(errorText(e).text);
      }
    }
  }
  const sections = sortInfos(infos, o.sortBy).map((i) => ({ mapping: i.mapping, table: i.table }));
  const printed = flushSections(c, sections, o, multiKind);
  // kubectl prints what it found first, then the errors
  for (const e of errs) c.io.err(e + '\n');
  if (!printed && !failed && !groups.some((g) => g[0].name)) {
    const ns = groups.every((g) => g[0].mapping.namespaced) && !o.allNamespaces ? c.namespace : undefined;
    c.io.err(ns ? `No resources found in ${ns} namespace.\n` : 'No resources found\n');
  }
  if (failed) throw new ExitError(1);
}

function flushSections(c: CliContext, sections: { mapping: MappedResource; table: ServerTable }[], o: GetFlags, multiKind: boolean): boolean {
  const nonEmpty = sections.filter((s) => s.table.rows?.length);
  if (!nonEmpty.length) return false;
  c.io.out(
    renderTables(
      nonEmpty.map((s) => ({ table: s.table, kindPrefix: multiKind ? kindGroup(s.mapping) : undefined, namespaced: s.mapping.namespaced, resource: resourceGroup(s.mapping) })),
      { wide: o.output === 'wide', noHeaders: o.headers === false, withNamespace: !!o.allNamespaces, showLabels: !!o.showLabels, labelColumns: o.labelColumns ?? [] },
    ),
  );
  return true;
}

async function getStructured(c: CliContext, groups: TypedName[][], o: GetFlags): Promise<void> {
  let items: KubeObject[] = [];
  const errs: string[] = [];
  let single: KubeObject | undefined;
  let failed = false;
  const singleRequest = groups.length === 1 && groups[0].length === 1 && !!groups[0][0].name;
  for (const group of groups) {
    const m = group[0].mapping;
    const ns = m.namespaced && !o.allNamespaces ? c.namespace : undefined;
    if (!group[0].name) {
      const list = await c.client.list(m, ns, { labelSelector: o.selector, fieldSelector: o.fieldSelector });
      for (const it of list.items) items.push({ apiVersion: it.apiVersion ?? list.apiVersion, kind: it.kind ?? m.kind, ...it });
      continue;
    }
    for (const t of group) {
      try {
        const obj = await c.client.get(m, m.namespaced ? c.namespace : undefined, t.name!);
        items.push(obj);
        if (singleRequest) single = obj;
      } catch (e) {
        if (e instanceof ApiError && e.code === 404 && o.ignoreNotFound) continue;
        failed = true;
        errs.push(errorText(e).text);
      }
    }
  }
  const { format } = parseOutput(o.output, o.template);
  // a List is sorted as a whole (printGeneric); a single object asked for by name is printed as is
  if (o.sortBy && !single && items.length) items = sortObjects(items, o.sortBy);
  const namedOnly = groups.every((g) => !!g[0].name);
  if (namedOnly && !items.length) {
    // nothing found by name: only the errors are printed
  } else if (format === 'name') {
    for (const it of items) {
      const m = groups.flat().find((g) => g.mapping.kind === it.kind)?.mapping;
      c.io.out(`${m ? kindGroup(m) : it.kind?.toLowerCase()}/${it.metadata.name}\n`);
    }
  } else if (format === 'custom-columns' || format === 'custom-columns-file') {
    const { printCustomColumns } = await import('../printers/customcolumns.js');
    printCustomColumns(o.output!, items, { noHeaders: o.headers === false }, (s: string) => c.io.out(s));
  } else {
    const data = single ?? { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
    if (!printStructured(c, data, o.output, o.template, o.allowMissingTemplateKeys !== false)) throw new CliError(`unable to match a printer suitable for the output format "${o.output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
  }
  for (const e of errs) c.io.err(e + '\n');
  if (failed) throw new ExitError(1);
}
