// The resource endpoints: /api/v1/..., /apis/<group>/<version>/...
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeleteOptions, KubeObject, PatchType } from '../../client/types.js';
import { errors } from '../errors.js';
import { findResource, type ResourceInfo } from '../resources.js';
import type { Registry } from '../rest/registry.js';
import { evictPod } from '../rest/eviction.js';
import { buildTable } from '../tables/index.js';
import { decodeBody, mediaType, readBody } from './body.js';
import type { ResourceRequest } from './request-info.js';
import { negotiate, sendJSON, successStatus, type Negotiated } from './respond.js';
import { serveWatch } from './watch.js';
import { checkFields } from './field-validation.js';

export type SubresourceHandler = (req: IncomingMessage, res: ServerResponse, r: ResourceRequest, q: URLSearchParams) => Promise<void> | void;

const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/json-patch+json': 'json',
  'application/apply-patch+yaml': 'apply',
  'application/apply-patch+cbor': 'apply',
};

export class ResourceHandler {
  constructor(
    private registry: Registry,
    private subresources: Map<string, SubresourceHandler>,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse, r: ResourceRequest, q: URLSearchParams): Promise<void> {
    const info = findResource(r.group, r.version, r.resource);
    if (!info) throw errors.notFoundPath();
    if (info.namespaced === false && r.namespace !== undefined && r.resource !== 'namespaces') throw errors.notFoundPath();
    // "/api/v1/namespaces/x" is the namespace itself, not a namespaced collection
    let ns = info.namespaced ? r.namespace : undefined;
    let name = r.name;
    if (r.resource === 'namespaces' && r.namespace !== undefined) throw errors.notFoundPath();
    if (r.subresource) {
      const subName = r.subresource.split(':')[0];
      const sub = info.subresources.find((s) => s.name === subName);
      if (!sub || !name) throw errors.notFoundPath();
      const custom = this.subresources.get(`${info.resource}/${sub.name}`);
      if (custom) return custom(req, res, { ...r, namespace: ns }, q);
    }
    const neg = negotiate(req);
    const method = req.method ?? 'GET';
    const watching = q.get('watch') === 'true' || q.get('watch') === '1';
    if (method === 'GET' && watching) return serveWatch(req, res, this.registry, info, ns, q, neg, name);
    if (method === 'GET' && name) return this.sendObject(res, info, this.registry.get(info, ns, name, r.subresource), neg, q, 200);
    if (method === 'GET') {
      const list = this.registry.list(info, ns, { labelSelector: q.get('labelSelector') ?? undefined, fieldSelector: q.get('fieldSelector') ?? undefined });
      if (neg.table) return sendJSON(res, 200, buildTable(info, list.items.map((o) => ({ ...o, apiVersion: list.apiVersion.replace(/List$/, ''), kind: info.kind })), tableOpts(q, list.metadata.resourceVersion)));
      return sendJSON(res, 200, list);
    }
    const dryRun = q.getAll('dryRun').includes('All');
    const fieldValidation = (q.get('fieldValidation') ?? 'Warn') as 'Strict' | 'Warn' | 'Ignore';
    if (method === 'POST' && name && r.subresource === 'binding') {
      const body = decodeBody(await readBody(req), mediaType(req)) as KubeObject;
      return sendJSON(res, 201, this.registry.create(info, ns, { ...body, metadata: { ...(body?.metadata ?? {}), name } }, { subresource: 'binding' }));
    }
    if (method === 'POST' && name && r.subresource === 'eviction') {
      const body = (decodeBody(await readBody(req), mediaType(req)) ?? {}) as KubeObject;
      return sendJSON(res, 201, evictPod(this.registry, info, ns, name, body, dryRun));
    }
    if (method === 'POST' && !name) {
      const body = await this.objectBody(req, info, fieldValidation, res);
      return this.sendObject(res, info, this.registry.create(info, ns, body, { dryRun }), neg, q, 201);
    }
    if (method === 'PUT' && name) {
      const body = await this.objectBody(req, info, fieldValidation, res, r.subresource);
      return this.sendObject(res, info, this.registry.update(info, ns, name, body, { subresource: r.subresource, dryRun }), neg, q, 200);
    }
    if (method === 'PATCH' && name) {
      const type = PATCH_TYPES[mediaType(req)];
      if (!type) throw errors.unsupportedMediaType(mediaType(req));
      const patch = decodeBody(await readBody(req), type === 'apply' ? 'application/yaml' : 'application/json');
      if (patch === undefined || patch === null) throw errors.badRequest('the body of the request was empty');
      if (type !== 'json' && !r.subresource) checkFields(info, patch as KubeObject, fieldValidation, res, true);
      const existed = type === 'apply' ? this.exists(info, ns, name) : true;
      const out = this.registry.patch(info, ns, name, type, patch, { subresource: r.subresource, dryRun, force: q.get('force') === 'true' });
      return this.sendObject(res, info, out, neg, q, existed ? 200 : 201);
    }
    if (method === 'DELETE' && name) {
      const opts = ((decodeBody(await readBody(req), deleteBodyType(req)) ?? {}) as DeleteOptions);
      if (q.get('propagationPolicy')) opts.propagationPolicy = q.get('propagationPolicy') as DeleteOptions['propagationPolicy'];
      if (q.get('gracePeriodSeconds')) opts.gracePeriodSeconds = Number(q.get('gracePeriodSeconds'));
      if (dryRun) opts.dryRun = ['All'];
      const out = this.registry.delete(info, ns, name, opts);
      const gone = !this.exists(info, ns, name) || dryRun;
      if (gone && info.resource !== 'pods' && !dryRun)
        return sendJSON(res, 200, successStatus({ name, ...(info.group ? { group: info.group } : {}), kind: info.resource, uid: out.metadata.uid }));
      return sendJSON(res, 200, out);
    }
    if (method === 'DELETE' && !name) {
      const opts = ((decodeBody(await readBody(req), deleteBodyType(req)) ?? {}) as DeleteOptions);
      const list = this.registry.deleteCollection(info, ns, { ...opts, labelSelector: q.get('labelSelector') ?? undefined, fieldSelector: q.get('fieldSelector') ?? undefined });
      return sendJSON(res, 200, list);
    }
    throw errors.methodNotSupported(info, method.toLowerCase());
  }

  private exists(info: ResourceInfo, ns: string | undefined, name: string): boolean {
    try {
      this.registry.get(info, ns, name);
      return true;
    } catch {
      return false;
    }
  }

  private async objectBody(req: IncomingMessage, info: ResourceInfo, fv: 'Strict' | 'Warn' | 'Ignore', res: ServerResponse, subresource?: string): Promise<KubeObject> {
    const body = decodeBody(await readBody(req), mediaType(req)) as KubeObject | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw errors.badRequest('the body of the request was in an unknown format');
    body.metadata ??= {};
    const expectKind = subresource === 'scale' ? 'Scale' : info.kind;
    if (body.kind && body.kind !== expectKind)
      throw errors.badRequest(`the API version in the data (${body.apiVersion}) does not match the expected API version (${info.group ? info.group + '/' : ''}${info.version})`);
    if (subresource !== 'scale') checkFields(info, body, fv, res, false);
    return body;
  }

  private sendObject(res: ServerResponse, info: ResourceInfo, obj: KubeObject, neg: Negotiated, q: URLSearchParams, code: number): void {
    if (neg.table && obj.kind === info.kind) return sendJSON(res, code, buildTable(info, [obj], tableOpts(q, obj.metadata.resourceVersion)));
    sendJSON(res, code, obj);
  }
}

/** DeleteOptions come as JSON, or as protobuf from typed clients (kubectl ≥1.32, drain --disable-eviction). */
function deleteBodyType(req: IncomingMessage): string {
  const type = mediaType(req);
  return type === 'application/vnd.kubernetes.protobuf' ? type : 'application/json';
}

function tableOpts(q: URLSearchParams, resourceVersion?: string) {
  const includeObject = (q.get('includeObject') as 'None' | 'Metadata' | 'Object' | null) ?? undefined;
  return { includeObject, resourceVersion };
}
