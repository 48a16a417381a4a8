// The objects a command acts on, found the way kubectl's resource builder finds them with
// ContinueOnError: -f documents (a syntax error kept in its place), TYPE NAME arguments
// fetched one by one, or TYPE with -l / --field-selector / --all listed. Failures to find an
// object become entries of their own so the command can report them where kubectl would.
import { statSync } from 'node:fs';
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { readManifests } from './manifests.js';
import { manifestNamespace, mappingFor, resolveArgs } from './objects.js';
import { NO_RESOURCES } from './arg-errors.js';
import type { MappedResource } from './resource-mapper.js';

export interface VisitItem {
  mapping: MappedResource;
  ns?: string;
  name: string;
  /** the object as read (from the file, or from the server when fetched) */
  object?: KubeObject;
  /** the file it came from */
  source?: string;
}

export type VisitEntry = { item: VisitItem } | { error: unknown };

export interface Visit {
  entries: VisitEntry[];
  /** kubectl's IntoSingleItemImplied: one file path, or one name */
  singleItemImplied: boolean;
}

export interface VisitOptions {
  args: string[];
  filenames?: string[];
  recursive?: boolean;
  selector?: string;
  fieldSelector?: string;
  all?: boolean;
  allNamespaces?: boolean;
  /** fetch -f objects from the server (the builder's Latest()) */
  latest?: boolean;
  /** -f objects only, no server at all (--local) */
  local?: boolean;
  /** NAME arguments are not fetched (delete's RequireObject(false)) */
  namesOnly?: boolean;
}

/** The mapping of a file object without discovery: what --local needs to print `kind.group/name`. */
function localMapping(obj: KubeObject): MappedResource {
  const [group, version] = obj.apiVersion!.includes('/') ? obj.apiVersion!.split('/') : ['', obj.apiVersion!];
  return { group, version, kind: obj.kind!, resource: `${obj.kind!.toLowerCase()}s`, namespaced: true } as MappedResource;
}

async function fetchEntry(c: CliContext, item: VisitItem): Promise<VisitEntry> {
  try {
    return { item: { ...item, object: await c.client.get(item.mapping, item.ns, item.name) } };
  } catch (e) {
    return { error: e };
  }
}

async function fileEntries(c: CliContext, o: VisitOptions): Promise<VisitEntry[]> {
  const manifests = readManifests(o.filenames!, o.recursive, true);
  const entries: VisitEntry[] = [];
  const syntaxBefore = (i: number) => (manifests.syntaxErrors ?? []).filter((s) => s.before === i).map((s) => ({ error: s.error }));
  for (let i = 0; i < manifests.length; i++) {
    entries.push(...syntaxBefore(i));
    const { object, source } = manifests[i];
    if (o.local) {
      entries.push({ item: { mapping: localMapping(object), ns: object.metadata.namespace ?? c.namespace, name: object.metadata.name!, object, source } });
      continue;
    }
    const mapping = await mappingFor(c, object, source);
    const item: VisitItem = { mapping, ns: manifestNamespace(c, mapping, object), name: object.metadata.name!, object, source };
    entries.push(o.latest ? await fetchEntry(c, item) : { item });
  }
  entries.push(...syntaxBefore(manifests.length));
  return entries;
}

export async function visitResources(c: CliContext, o: VisitOptions): Promise<Visit> {
  if (o.filenames?.length) {
    if (o.args.length) throw new CliError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    const onePath = o.filenames.length === 1 && o.filenames[0] !== '-' && !isDirectory(o.filenames[0]);
    return { entries: await fileEntries(c, o), singleItemImplied: onePath };
  }
  if (!o.args.length) throw new CliError(NO_RESOURCES);
  const groups = await resolveArgs(c, o.args);
  const named = groups.flat().filter((t) => t.name);
  if (named.length && (o.selector || o.fieldSelector)) throw new CliError('name cannot be provided when a selector is specified');
  if (named.length && o.allNamespaces) throw new CliError('a resource cannot be retrieved by name across all namespaces');
  const entries: VisitEntry[] = [];
  for (const group of groups) {
    const m = group[0].mapping;
    const ns = m.namespaced ? c.namespace : undefined;
    if (group[0].name) {
      for (const t of group) entries.push(o.namesOnly ? { item: { mapping: m, ns, name: t.name! } } : await fetchEntry(c, { mapping: m, ns, name: t.name! }));
      continue;
    }
    if (!o.selector && !o.fieldSelector && !o.all) throw new CliError('resource(s) were provided, but no name was specified');
    try {
      const list = await c.client.list(m, o.allNamespaces ? undefined : ns, { labelSelector: o.selector, fieldSelector: o.fieldSelector });
      for (const it of list.items) {
        const object = { ...it, apiVersion: it.apiVersion ?? (m.group ? `${m.group}/${m.version}` : m.version), kind: it.kind ?? m.kind };
        entries.push({ item: { mapping: m, ns: it.metadata.namespace, name: it.metadata.name!, object } });
      }
    } catch (e) {
      entries.push({ error: e });
    }
  }
  return { entries, singleItemImplied: named.length === 1 && groups.length === 1 };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export const visitItems = (v: Visit): VisitItem[] => v.entries.flatMap((e) => ('item' in e ? [e.item] : []));
export const visitErrors = (v: Visit): unknown[] => v.entries.flatMap((e) => ('error' in e ? [e.error] : []));
