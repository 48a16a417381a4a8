// /openapi/v2: the Swagger 2.0 document as gnostic protobuf. kubectl 1.27/1.28 use it
// for field validation (a PATCH with `fieldValidation` tagged with the object's GVK)
// and `explain`; apply reads the definitions' patch strategies and merge keys.
import { servedGroups } from '../resources.js';
import { encodeV2Document, type V2Document, type V2Operation, type V2Parameter } from './gnostic.js';
import { QUERY_PARAMS, pathsForGroupVersion, referencedTypes, type ApiOperation, type ApiPath } from './operations.js';
import { definitionSchema, refTo, schemaClosure } from './schemas.js';

const RESPONSE_TYPES = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];
const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'];

let cached: Uint8Array | undefined;

export function openapiV2Protobuf(): Uint8Array {
  cached ??= encodeV2Document(openapiV2Model());
  return cached;
}

/** The document before encoding (exported for tests). */
export function openapiV2Model(): V2Document {
  const apiPaths = servedGroups().flatMap((g) => g.versions.flatMap((v) => pathsForGroupVersion(g.group, v)));
  const names = schemaClosure(referencedTypes(apiPaths)).sort();
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: 'v1.33.1' },
    paths: apiPaths.map(renderPath),
    definitions: names.flatMap((name) => {
      const schema = definitionSchema(name, 'v2');
      return schema ? [{ name, schema }] : [];
    }),
  };
}

function renderPath(p: ApiPath): V2Document['paths'][number] {
  const operations: V2Document['paths'][number]['operations'] = {};
  for (const o of p.operations) operations[o.method] = renderOperation(o);
  const parameters: V2Parameter[] = p.pathParams.map((n) => ({
    name: n,
    in: 'path',
    description: `${n} of the ${n === 'namespace' ? 'namespace' : 'object'}`,
    required: true,
    type: 'string',
    uniqueItems: true,
  }));
  return { name: p.path, operations, parameters };
}

function renderOperation(o: ApiOperation): V2Operation {
  const parameters: V2Parameter[] = o.query.map((n) => ({ name: n, in: 'query', description: QUERY_PARAMS[n].description, type: QUERY_PARAMS[n].type, uniqueItems: true }));
  if (o.body) parameters.unshift({ name: 'body', in: 'body', required: o.method !== 'delete', schema: { $ref: refTo(o.body, 'v2') } });
  const responses: V2Operation['responses'] = [];
  if (o.response) {
    const schema = { $ref: refTo(o.response, 'v2') };
    responses.push({ code: '200', description: 'OK', schema });
    if (o.created) responses.push({ code: '201', description: 'Created', schema });
    if (o.accepted) responses.push({ code: '202', description: 'Accepted', schema });
  }
  responses.push({ code: '401', description: 'Unauthorized' });
  return {
    tags: [o.tag],
    description: o.description,
    operationId: o.operationId,
    consumes: o.method === 'patch' ? PATCH_TYPES : ['*/*'],
    produces: RESPONSE_TYPES,
    parameters,
    responses,
    schemes: ['https'],
    extensions: { 'x-kubernetes-action': o.action, 'x-kubernetes-group-version-kind': o.gvk },
  };
}
