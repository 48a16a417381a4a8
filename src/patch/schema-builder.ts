// Strategic-merge metadata (patch strategy and merge key per field) derived
// from the API type model. Kept free of the type registry so it can be used
// with inline TypeDefs.
import type { FieldDef, FieldType, TypeDef } from '../apiserver/schema/model.js';

export interface PatchField {
  /** schema of the value (for lists: of each element); undefined = schemaless (JSON-merge semantics) */
  schema?: PatchSchema;
  patchMergeKey?: string;
  /** x-kubernetes-patch-strategy, e.g. "merge", "replace", "retainKeys", "merge,retainKeys" */
  patchStrategy?: string;
  isList?: boolean;
}

export interface PatchSchema {
  field(name: string): PatchField | undefined;
}

export type TypeLookup = (name: string) => TypeDef | undefined;

/** Builds a lazily-resolved schema rooted at `root`, resolving nested messages through `lookup`. */
export function patchSchemaFromLookup(lookup: TypeLookup, root: string): PatchSchema {
  const cache = new Map<string, PatchSchema | undefined>();

  const forType = (name: string): PatchSchema | undefined => {
    if (cache.has(name)) return cache.get(name);
    const def = lookup(name);
    if (!def) {
      cache.set(name, undefined);
      return undefined;
    }
    const fields = new Map<string, PatchField>();
    const schema: PatchSchema = {
      field(n) {
        if (fields.has(n)) return fields.get(n);
        const fd = def.fields.find((f) => f.name === n);
        if (!fd) return undefined;
        const pf = toPatchField(fd);
        fields.set(n, pf);
        return pf;
      },
    };
    cache.set(name, schema);
    return schema;
  };

  // The schema of a value of the given type; maps become a schema whose every key has the value's schema.
  const forValue = (t: FieldType): PatchSchema | undefined => {
    if (t.kind === 'message') return forType(t.type);
    if (t.kind === 'map') {
      const valueField: PatchField = { schema: forValue(t.value) };
      return { field: () => valueField };
    }
    return undefined;
  };

  const toPatchField = (fd: FieldDef): PatchField => {
    const pf: PatchField = { schema: forValue(fd.type) };
    if (fd.repeated) pf.isList = true;
    if (fd.patchMergeKey) pf.patchMergeKey = fd.patchMergeKey;
    if (fd.patchStrategy) pf.patchStrategy = fd.patchStrategy;
    return pf;
  };

  return forType(root) ?? EMPTY_SCHEMA;
}

/** A schema from a list of TypeDefs (handy for tests and for types outside the registry). */
export function patchSchemaFromTypes(types: TypeDef[], root: string): PatchSchema {
  const byName = new Map(types.map((t) => [t.name, t]));
  return patchSchemaFromLookup((n) => byName.get(n), root);
}

/** Knows no fields: every field merges like a JSON merge patch. */
export const EMPTY_SCHEMA: PatchSchema = { field: () => undefined };

/** Splits a patch strategy into its retainKeys flag and the remaining strategy. */
export function splitStrategy(strategy: string | undefined): { retainKeys: boolean; strategy: string } {
  if (!strategy) return { retainKeys: false, strategy: '' };
  const parts = strategy.split(',');
  const retainKeys = parts.includes('retainKeys');
  const rest = parts.filter((p) => p !== 'retainKeys');
  if (rest.length > 1) throw new Error(`unexpected patch strategy: [${parts.join(' ')}]`);
  return { retainKeys, strategy: rest[0] ?? '' };
}
