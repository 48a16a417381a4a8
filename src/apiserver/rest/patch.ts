// Applies the four patch types to a stored object.
import type { KubeObject, PatchType } from '../../client/types.js';
import { errors } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import { applyMergePatch } from '../../patch/merge-patch.js';
import { applyJsonPatch } from '../../patch/json-patch.js';
import { applyStrategicMergePatch } from '../../patch/strategic-merge.js';
import { patchSchemaForType } from '../../patch/schema.js';
import { typeForKind } from '../schema/registry.js';

export function applyPatch(info: ResourceInfo, target: KubeObject, type: PatchType, patch: unknown): KubeObject {
  const original = structuredClone(target);
  try {
    switch (type) {
      case 'merge':
        return applyMergePatch(original as never, patch as never) as KubeObject;
      case 'json':
        if (!Array.isArray(patch)) throw errors.badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
        return applyJsonPatch(original as never, patch) as KubeObject;
      case 'strategic':
      case 'apply': {
        const t = original.kind === 'Scale' ? typeForKind('autoscaling', 'v1', 'Scale') : typeForKind(info.group, info.version, info.kind);
        const schema = patchSchemaForType(t?.name ?? '');
        return applyStrategicMergePatch(original as never, patch as never, schema) as KubeObject;
      }
    }
  } catch (e) {
    if (e instanceof Error && !(e as { status?: unknown }).status) throw errors.badRequest(e.message);
    throw e;
  }
}
