// Patch engines shared by the API server (PATCH) and the CLI (apply, edit, set).
export { applyMergePatch, applyMergePatchToObject, createMergePatch, createThreeWayJsonMergePatch } from './merge-patch.js';
export { applyJsonPatch, MAX_JSON_PATCH_OPERATIONS, type JsonPatchOperation } from './json-patch.js';
export { applyStrategicMergePatch, createThreeWayMergePatch, createTwoWayMergePatch } from './strategic-merge.js';
export { patchSchemaForType, patchSchemaFromTypes, patchSchemaFromLookup, EMPTY_SCHEMA } from './schema.js';
export type { PatchField, PatchSchema, TypeLookup } from './schema.js';
export { PatchError, type PatchErrorKind } from './errors.js';
export { goJsonStringify, sortKeysDeep, deepEqual, type JsonObject, type JsonValue } from './json-value.js';
