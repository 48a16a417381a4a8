// /openapi/v3: an index of group/versions and one OpenAPI 3.0 document per
// group/version, with the paths of its resources and the schemas of its types. kubectl
// ≥1.29 reads these for field validation (apply, create -f, edit) and for `explain`.
import { createHash } from 'node:crypto';
import { servedGroups } from '../resources.js';
import { QUERY_PARAMS, gvPathOf, pathsForGroupVersion, referencedTypes, type ApiOperation, type ApiPath } from './operations.js';
import { definitionSchema, refTo, schemaClosure, type JsonSchema } from './schemas.js';

const PATCH_TYPES = ['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'];
const RESPONSE_TYPES = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];
const docs = new Map<string, { doc: object; hash: string } | null>();

function servedGroupVersions(): { group: string; version: string }[] {
  return servedGroups().flatMap((g) => g.versions.map((version) => ({ group: g.group, version })));
}

export function openapiV3Index(): object {
  // kube-apiserver marshals the index from a Go map, so its keys come out sorted.
  const keys = servedGroupVersions().map((gv) => gvPathOf(gv.group, gv.version)).sort();
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const p of keys) paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${cached(p)!.hash}` };
  return { paths };
}

/** The document for "api/v1" or "apis/apps/v1"; undefined for a group/version not served. */
export function openapiV3Document(gvPath: string): object | undefined {
  return cached(gvPath.replace(/^\/+|\/+$/g, ''))?.doc;
}

function cached(gvPath: string): { doc: object; hash: string } | undefined {
  if (!docs.has(gvPath)) {
    const gv = servedGroupVersions().find((x) => gvPathOf(x.group, x.version) === gvPath);
    const doc = gv ? buildDocument(gv.group, gv.version) : undefined;
    // Like kube-apiserver, the hash is a SHA-512 of the document, so clients cache by content.
    docs.set(gvPath, doc ? { doc, hash: createHash('sha512').update(JSON.stringify(doc)).digest('hex').toUpperCase() } : null);
  }
  return docs.get(gvPath) ?? undefined;
}

function buildDocument(group: string, version: string): object {
  const apiPaths = pathsForGroupVersion(group, version);
  const paths: Record<string, object> = {};
  for (const p of apiPaths) paths[p.path] = renderPath(p);
  const schemas: Record<string, JsonSchema> = {};
  for (const name of schemaClosure(referencedTypes(apiPaths)).sort()) {
    const s = definitionSchema(name, 'v3');
    if (s) schemas[name] = s;
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.33.1' },
    paths,
    components: {
      schemas,
      securitySchemes: { BearerToken: { type: 'apiKey', description: 'Bearer Token authentication', name: 'authorization', in: 'header' } },
    },
  };
}

function renderPath(p: ApiPath): object {
  const out: Record<string, unknown> = {};
  for (const o of p.operations) out[o.method] = renderOperation(o);
  out.parameters = [
    ...p.pathParams.map((n) => ({ name: n, in: 'path', description: `${n} of the ${n === 'namespace' ? 'namespace' : 'object'}`, required: true, schema: { type: 'string', uniqueItems: true } })),
  ];
  return out;
}

function renderOperation(o: ApiOperation): object {
  const content = (types: string[], ref: string) => Object.fromEntries(types.map((t) => [t, { schema: { $ref: refTo(ref, 'v3') } }]));
  const responses: Record<string, object> = {};
  if (o.response) {
    responses['200'] = { description: 'OK', content: content(RESPONSE_TYPES, o.response) };
    if (o.created) responses['201'] = { description: 'Created', content: content(RESPONSE_TYPES, o.response) };
    if (o.accepted) responses['202'] = { description: 'Accepted', content: content(RESPONSE_TYPES, o.response) };
  }
  responses['401'] = { description: 'Unauthorized' };
  const op: Record<string, unknown> = {
    tags: [o.tag],
    description: o.description,
    operationId: o.operationId,
    parameters: o.query.map((n) => ({ name: n, in: 'query', description: QUERY_PARAMS[n].description, schema: { type: QUERY_PARAMS[n].type, uniqueItems: true } })),
  };
  if (o.body) {
    const types = o.method === 'patch' ? PATCH_TYPES : ['*/*'];
    op.requestBody = { content: content(types, o.body), required: o.method !== 'delete' };
  }
  op.responses = responses;
  op['x-kubernetes-action'] = o.action;
  op['x-kubernetes-group-version-kind'] = o.gvk;
  return op;
}
