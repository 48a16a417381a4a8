import { describe, expect, it } from 'vitest';
import { openapiV2Model, openapiV2Protobuf } from '../../src/apiserver/openapi/v2.js';
import { openapiV3Document, openapiV3Index } from '../../src/apiserver/openapi/v3.js';

type Doc = { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, any> } };

describe('OpenAPI v3', () => {
  it('indexes every served group/version with a stable content hash', () => {
    const index = openapiV3Index() as { paths: Record<string, { serverRelativeURL: string }> };
    expect(Object.keys(index.paths)).toEqual([
      'api/v1',
      'apis/apps/v1',
      'apis/autoscaling/v1',
      'apis/autoscaling/v2',
      'apis/batch/v1',
      'apis/coordination.k8s.io/v1',
      'apis/discovery.k8s.io/v1',
      'apis/networking.k8s.io/v1',
      'apis/policy/v1',
      'apis/storage.k8s.io/v1',
    ]);
    expect(index.paths['apis/apps/v1'].serverRelativeURL).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{128}$/);
    expect(openapiV3Index()).toEqual(index);
    expect(openapiV3Document('apis/rbac.authorization.k8s.io/v1')).toBeUndefined();
  });

  it('tags PATCH operations with the GVK and the fieldValidation parameter', () => {
    const doc = openapiV3Document('apis/apps/v1') as Doc;
    const patch = doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({ group: 'apps', version: 'v1', kind: 'Deployment' });
    expect(patch.parameters.map((p: { name: string }) => p.name)).toContain('fieldValidation');
    expect(doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale'].put['x-kubernetes-group-version-kind']).toEqual({ group: 'autoscaling', version: 'v1', kind: 'Scale' });
    expect(Object.keys(doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments'])).toEqual(['get', 'post', 'delete', 'parameters']);
    const core = openapiV3Document('api/v1') as Doc;
    expect(Object.keys(core.paths['/api/v1/namespaces'])).toEqual(['get', 'post', 'parameters']); // namespaces have no deletecollection
  });

  it('generates component schemas with refs that resolve and strategic-merge extensions', () => {
    const doc = openapiV3Document('api/v1') as Doc;
    const pod = doc.components.schemas['io.k8s.api.core.v1.Pod'];
    expect(pod['x-kubernetes-group-version-kind']).toEqual([{ group: '', kind: 'Pod', version: 'v1' }]);
    expect(pod.properties.spec).toMatchObject({ allOf: [{ $ref: '#/components/schemas/io.k8s.api.core.v1.PodSpec' }] });
    const containers = doc.components.schemas['io.k8s.api.core.v1.PodSpec'].properties.containers;
    expect(containers).toMatchObject({ type: 'array', 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge', 'x-kubernetes-list-type': 'map' });
    const port = doc.components.schemas['io.k8s.api.core.v1.ServicePort'].properties.targetPort;
    expect(port.allOf[0].$ref).toBe('#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString');
    expect(doc.components.schemas['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toMatchObject({ 'x-kubernetes-int-or-string': true, format: 'int-or-string' });
    expect(doc.components.schemas['io.k8s.apimachinery.pkg.apis.meta.v1.Time']).toMatchObject({ type: 'string', format: 'date-time' });
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g)!;
    for (const r of new Set(refs)) expect(doc.components.schemas[r.slice(22, -1)], r).toBeDefined();
  });
});

describe('OpenAPI v2 (gnostic protobuf)', () => {
  it('models PATCH operations and definitions with vendor extensions', () => {
    const model = openapiV2Model();
    const item = model.paths.find((p) => p.name === '/apis/apps/v1/namespaces/{namespace}/deployments/{name}')!;
    expect(item.operations.patch!.extensions['x-kubernetes-group-version-kind']).toEqual({ group: 'apps', version: 'v1', kind: 'Deployment' });
    expect(item.operations.patch!.parameters.some((p) => p.name === 'fieldValidation' && p.in === 'query')).toBe(true);
    const spec = model.definitions.find((d) => d.name === 'io.k8s.api.core.v1.PodSpec')!.schema;
    expect(spec.properties!.containers).toMatchObject({ items: { $ref: '#/definitions/io.k8s.api.core.v1.Container' }, 'x-kubernetes-patch-merge-key': 'name' });
  });

  it('encodes a Document whose first field is swagger "2.0" and whose extensions are YAML', () => {
    const bytes = Buffer.from(openapiV2Protobuf());
    expect([...bytes.subarray(0, 5)]).toEqual([0x0a, 3, 0x32, 0x2e, 0x30]);
    const text = bytes.toString('latin1');
    expect(text).toContain('x-kubernetes-group-version-kind');
    expect(text).toContain('group: apps\nkind: Deployment\nversion: v1\n');
    expect(text).toContain('- group: apps\n  kind: Deployment\n  version: v1\n');
  });
});
