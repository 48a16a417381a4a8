// /openapi/v3: per group-version documents whose PATCH operations carry the object's
// GVK and the fieldValidation parameter, which is what kubectl checks before apply.
import { createHash } from 'node:crypto';
import { RESOURCES, servedGroups } from '../resources.js';

const gvPath = (group: string, version: string) => (group ? `apis/${group}/${version}` : `api/${version}`);

export function openapiV3Document(path: string): object | undefined {
  const g = servedGroups().flatMap((x) => x.versions.map((v) => ({ group: x.group, version: v }))).find((x) => gvPath(x.group, x.version) === path);
  if (!g) return undefined;
  const paths: Record<string, unknown> = {};
  for (const r of RESOURCES.filter((x) => x.group === g.group && x.version === g.version)) {
    const base = `/${gvPath(r.group, r.version)}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.resource}`;
    const gvk = { group: r.group, version: r.version, kind: r.kind };
    const params = [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }, { name: 'dryRun', in: 'query', schema: { type: 'string' } }, { name: 'fieldManager', in: 'query', schema: { type: 'string' } }];
    const op = (action: string) => ({ 'x-kubernetes-action': action, 'x-kubernetes-group-version-kind': gvk, parameters: params, responses: { '200': { description: 'OK' } } });
    paths[base] = { get: op('list'), post: op('post') };
    paths[`${base}/{name}`] = { get: op('get'), put: op('put'), patch: op('patch'), delete: op('delete') };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.33.1' }, paths, components: { schemas: {} } };
}

export function openapiV3Index(): object {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const g of servedGroups())
    for (const v of g.versions) {
      const p = gvPath(g.group, v);
      const hash = createHash('sha512').update(JSON.stringify(openapiV3Document(p))).digest('hex').slice(0, 128).toUpperCase();
      paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${hash}` };
    }
  return { paths };
}
