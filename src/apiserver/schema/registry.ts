// Lookup of the API type tables (see model.ts). The tables are filled in by the
// per-group files; a kind without a table is served schemaless.
import type { FieldDef, TypeDef } from './model.js';

const TYPES: TypeDef[] = [];
const byName = new Map(TYPES.map((t) => [t.name, t]));

export function getType(name: string): TypeDef | undefined {
  return byName.get(name);
}

export function typeForKind(group: string, version: string, kind: string): TypeDef | undefined {
  return TYPES.find((t) => t.gvk && t.gvk.group === group && t.gvk.version === version && t.gvk.kind === kind);
}

export function allTypes(): TypeDef[] {
  return TYPES;
}

export function fieldOf(type: TypeDef, jsonName: string): FieldDef | undefined {
  return type.fields.find((f) => f.name === jsonName);
}
