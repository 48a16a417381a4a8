// The REST operations each served resource offers, in a form both OpenAPI documents
// render: kubectl looks for the PATCH operation tagged with the object's GVK and checks
// that it takes the `fieldValidation` query parameter.
import { RESOURCES, type ResourceInfo } from '../resources.js';
import { typeForKind } from '../schema/registry.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

export interface ApiOperation {
  method: HttpMethod;
  operationId: string;
  action: string;
  /** e.g. "apps_v1", "core_v1" */
  tag: string;
  gvk: { group: string; version: string; kind: string };
  description: string;
  /** type name of the request body (PUT/POST/PATCH/DELETE) */
  body?: string;
  /** type name of the 200 response */
  response?: string;
  query: string[];
  /** 201 Created / 202 Accepted responses too */
  created?: boolean;
  accepted?: boolean;
}

export interface ApiPath {
  path: string;
  pathParams: string[];
  operations: ApiOperation[];
}

export const QUERY_PARAMS: Record<string, { type: 'string' | 'boolean' | 'integer'; description: string }> = {
  pretty: { type: 'string', description: "If 'true', then the output is pretty printed." },
  dryRun: { type: 'string', description: 'When present, indicates that modifications should not be persisted. Valid values are: - All: all dry run stages will be processed' },
  fieldManager: { type: 'string', description: 'fieldManager is a name associated with the actor or entity that is making these changes.' },
  fieldValidation: {
    type: 'string',
    description: 'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore - Warn - Strict',
  },
  force: { type: 'boolean', description: 'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people.' },
  gracePeriodSeconds: { type: 'integer', description: 'The duration in seconds before the object should be deleted.' },
  propagationPolicy: { type: 'string', description: "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'." },
  labelSelector: { type: 'string', description: 'A selector to restrict the list of returned objects by their labels. Defaults to everything.' },
  fieldSelector: { type: 'string', description: 'A selector to restrict the list of returned objects by their fields. Defaults to everything.' },
  limit: { type: 'integer', description: 'limit is a maximum number of responses to return for a list call.' },
  continue: { type: 'string', description: 'The continue option should be set when retrieving more results from the server.' },
  resourceVersion: { type: 'string', description: 'resourceVersion sets a constraint on what resource versions a request may be served from.' },
  timeoutSeconds: { type: 'integer', description: 'Timeout for the list/watch call.' },
  watch: { type: 'boolean', description: 'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.' },
};

const LIST_QUERY = ['pretty', 'labelSelector', 'fieldSelector', 'limit', 'continue', 'resourceVersion', 'timeoutSeconds', 'watch'];
const WRITE_QUERY = ['pretty', 'dryRun', 'fieldManager', 'fieldValidation'];
const DELETE_QUERY = ['pretty', 'dryRun', 'gracePeriodSeconds', 'propagationPolicy'];
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';

export function gvPathOf(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

/** "apps" -> "AppsV1", "" -> "CoreV1", "discovery.k8s.io" -> "DiscoveryV1" (operationId infix). */
function opInfix(group: string, version: string): string {
  const g = group ? group.split('.')[0] : 'core';
  return g[0].toUpperCase() + g.slice(1) + version[0].toUpperCase() + version.slice(1);
}

export function pathsForGroupVersion(group: string, version: string): ApiPath[] {
  return RESOURCES.filter((r) => r.group === group && r.version === version).flatMap(resourcePaths);
}

function resourcePaths(r: ResourceInfo): ApiPath[] {
  const gvk = { group: r.group, version: r.version, kind: r.kind };
  const type = typeForKind(r.group, r.version, r.kind)?.name;
  const listType = typeForKind(r.group, r.version, r.listKind)?.name;
  const scope = r.namespaced ? 'Namespaced' : '';
  const id = (verb: string, suffix = '') => `${verb}${opInfix(r.group, r.version)}${scope}${r.kind}${suffix}`;
  const base = `/${gvPathOf(r.group, r.version)}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.resource}`;
  const nsParams = r.namespaced ? ['namespace'] : [];
  const can = (v: string) => r.verbs.includes(v);
  const op = (method: HttpMethod, action: string, operationId: string, description: string, extra: Partial<ApiOperation>): ApiOperation => ({
    method,
    action,
    tag: `${r.group ? r.group.split('.')[0] : 'core'}_${r.version}`,
    operationId,
    gvk,
    description,
    query: [],
    ...extra,
  });

  const collection: ApiOperation[] = [];
  if (can('list')) collection.push(op('get', 'list', id('list'), `list or watch objects of kind ${r.kind}`, { response: listType, query: LIST_QUERY }));
  if (can('create')) collection.push(op('post', 'post', id('create'), `create a ${r.kind}`, { body: type, response: type, query: WRITE_QUERY, created: true, accepted: true }));
  if (can('deletecollection'))
    collection.push(op('delete', 'deletecollection', id('deleteCollection'), `delete collection of ${r.kind}`, { body: `${META}DeleteOptions`, response: `${META}Status`, query: [...DELETE_QUERY, ...LIST_QUERY.slice(1)] }));

  const item: ApiOperation[] = [];
  if (can('get')) item.push(op('get', 'get', id('read'), `read the specified ${r.kind}`, { response: type, query: ['pretty'] }));
  if (can('update')) item.push(op('put', 'put', id('replace'), `replace the specified ${r.kind}`, { body: type, response: type, query: WRITE_QUERY, created: true }));
  if (can('patch')) item.push(op('patch', 'patch', id('patch'), `partially update the specified ${r.kind}`, { body: `${META}Patch`, response: type, query: [...WRITE_QUERY, 'force'], created: true }));
  if (can('delete')) item.push(op('delete', 'delete', id('delete'), `delete a ${r.kind}`, { body: `${META}DeleteOptions`, response: `${META}Status`, query: DELETE_QUERY, accepted: true }));

  const out: ApiPath[] = [
    { path: base, pathParams: nsParams, operations: collection },
    { path: `${base}/{name}`, pathParams: ['name', ...nsParams], operations: item },
  ];
  if (r.namespaced && can('list'))
    out.push({ path: `/${gvPathOf(r.group, r.version)}/${r.resource}`, pathParams: [], operations: [op('get', 'list', `list${opInfix(r.group, r.version)}${r.kind}ForAllNamespaces`, `list or watch objects of kind ${r.kind}`, { response: listType, query: LIST_QUERY })] });

  for (const sub of r.subresources.filter((s) => s.name === 'status' || s.name === 'scale')) {
    const subGvk = { group: sub.group, version: sub.version, kind: sub.kind };
    const subType = typeForKind(sub.group, sub.version, sub.kind)?.name;
    const suffix = sub.name === 'status' ? 'Status' : 'Scale';
    const ops: ApiOperation[] = [
      { ...op('get', 'get', id('read', suffix), `read ${sub.name} of the specified ${r.kind}`, { response: subType, query: ['pretty'] }), gvk: subGvk },
      { ...op('put', 'put', id('replace', suffix), `replace ${sub.name} of the specified ${r.kind}`, { body: subType, response: subType, query: WRITE_QUERY, created: true }), gvk: subGvk },
      { ...op('patch', 'patch', id('patch', suffix), `partially update ${sub.name} of the specified ${r.kind}`, { body: `${META}Patch`, response: subType, query: [...WRITE_QUERY, 'force'], created: true }), gvk: subGvk },
    ];
    out.push({ path: `${base}/{name}/${sub.name}`, pathParams: ['name', ...nsParams], operations: ops });
  }
  return out.filter((p) => p.operations.length > 0);
}

/** The type names the paths of a group/version mention (the roots of its schema closure). */
export function referencedTypes(paths: ApiPath[]): string[] {
  const names = new Set<string>();
  for (const p of paths) for (const o of p.operations) for (const n of [o.body, o.response]) if (n) names.add(n);
  names.add(`${META}Status`);
  return [...names];
}
