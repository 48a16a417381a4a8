// Strategic-merge schemas for the built-in API types, from the type registry.
import { getType } from '../apiserver/schema/registry.js';
import { patchSchemaFromLookup, type PatchSchema } from './schema-builder.js';

export { patchSchemaFromTypes, patchSchemaFromLookup, EMPTY_SCHEMA, splitStrategy } from './schema-builder.js';
export type { PatchField, PatchSchema, TypeLookup } from './schema-builder.js';

/** e.g. patchSchemaForType("io.k8s.api.apps.v1.Deployment"); unknown types give a schemaless (JSON-merge) schema. */
export function patchSchemaForType(typeName: string): PatchSchema {
  return patchSchemaFromLookup(getType, typeName);
}
