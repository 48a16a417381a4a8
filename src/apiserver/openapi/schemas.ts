// JSON Schemas for the API types, generated from the type tables; shared by the
// OpenAPI v3 (JSON) and v2 (gnostic protobuf) documents, which differ only in how a
// reference is spelled.
import type { FieldDef, FieldType, TypeDef } from '../schema/model.js';
import { getType } from '../schema/registry.js';

export interface JsonSchema {
  type?: string;
  format?: string;
  description?: string;
  $ref?: string;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  required?: string[];
  'x-kubernetes-group-version-kind'?: { group: string; kind: string; version: string }[];
  'x-kubernetes-patch-merge-key'?: string;
  'x-kubernetes-patch-strategy'?: string;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

export type RefStyle = 'v2' | 'v3';

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
/** Names of the schemas that stand for the model's built-in value kinds. */
const BUILTIN_REF: Partial<Record<FieldType['kind'], string>> = {
  time: `${META}Time`,
  intOrString: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  quantity: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  rawExtension: 'io.k8s.apimachinery.pkg.runtime.RawExtension',
};

const BUILTIN_SCHEMAS: Record<string, JsonSchema> = {
  [`${META}Time`]: {
    type: 'string',
    format: 'date-time',
    description: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.',
  },
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {
    format: 'int-or-string',
    'x-kubernetes-int-or-string': true,
    description: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
  },
  'io.k8s.apimachinery.pkg.api.resource.Quantity': {
    'x-kubernetes-int-or-string': true,
    description: 'Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.',
  },
  [`${META}Patch`]: {
    type: 'object',
    description: 'Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.',
  },
  'io.k8s.apimachinery.pkg.runtime.RawExtension': {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
    description: 'RawExtension is used to hold extensions in external versions.',
  },
};

const TYPE_META_PROPS: Record<string, JsonSchema> = {
  apiVersion: {
    type: 'string',
    description: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
  },
  kind: {
    type: 'string',
    description: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
  },
};

export function refTo(name: string, style: RefStyle): string {
  return style === 'v3' ? `#/components/schemas/${name}` : `#/definitions/${name}`;
}

/** The schema names `roots` need, roots first, then everything they reference. */
export function schemaClosure(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const t = getType(name);
    for (const f of t?.fields ?? []) for (const r of referencedNames(f.type)) visit(r);
  };
  roots.forEach(visit);
  return [...seen];
}

function referencedNames(t: FieldType): string[] {
  if (t.kind === 'message') return [t.type];
  if (t.kind === 'map') return referencedNames(t.value);
  const builtin = BUILTIN_REF[t.kind];
  return builtin ? [builtin] : [];
}

/** The schema of a named definition (a type table or a built-in value type). */
export function definitionSchema(name: string, style: RefStyle): JsonSchema | undefined {
  const builtin = BUILTIN_SCHEMAS[name];
  if (builtin) return builtin['x-kubernetes-int-or-string'] ? intOrStringLike(builtin, style) : builtin;
  const t = getType(name);
  return t ? typeSchema(t, style) : undefined;
}

/**
 * IntOrString and Quantity: v3 gives no `type` (so `kubectl explain` names them
 * `<IntOrString>`/`<Quantity>`) but the alternatives; Swagger 2.0 can only say string.
 */
function intOrStringLike(s: JsonSchema, style: RefStyle): JsonSchema {
  const isQuantity = s.format !== 'int-or-string';
  if (style === 'v2') return { description: s.description, type: 'string', ...(isQuantity ? {} : { format: 'int-or-string' }) };
  return { ...s, oneOf: isQuantity ? [{ type: 'string' }, { type: 'number' }] : [{ type: 'integer' }, { type: 'string' }] };
}

function typeSchema(t: TypeDef, style: RefStyle): JsonSchema {
  const props: Record<string, JsonSchema> = t.gvk ? { ...TYPE_META_PROPS } : {};
  for (const f of t.fields) if (f.name) props[f.name] = fieldSchema(f, style);
  const sorted = Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out: JsonSchema = { description: t.description, type: 'object', properties: sorted };
  if (t.required?.length) out.required = t.required;
  if (t.gvk) out['x-kubernetes-group-version-kind'] = [{ group: t.gvk.group, kind: t.gvk.kind, version: t.gvk.version }];
  if (!out.description) delete out.description;
  return out;
}

function fieldSchema(f: FieldDef, style: RefStyle): JsonSchema {
  const value = valueSchema(f.type, style);
  let out: JsonSchema;
  if (f.repeated) out = { type: 'array', items: value };
  else if (value.$ref && style === 'v3') out = { allOf: [value] }; // v3 keeps a description next to a $ref this way
  else out = { ...value };
  if (f.description) out.description = f.description;
  if (f.patchMergeKey) out['x-kubernetes-patch-merge-key'] = f.patchMergeKey;
  if (f.patchStrategy) out['x-kubernetes-patch-strategy'] = f.patchStrategy;
  if (f.listType) out['x-kubernetes-list-type'] = f.listType;
  if (f.listMapKeys) out['x-kubernetes-list-map-keys'] = f.listMapKeys;
  return out;
}

function valueSchema(t: FieldType, style: RefStyle): JsonSchema {
  switch (t.kind) {
    case 'string':
      return { type: 'string' };
    case 'bytes':
      return { type: 'string', format: 'byte' };
    case 'int32':
    case 'int64':
      return { type: 'integer', format: t.kind };
    case 'bool':
      return { type: 'boolean' };
    case 'double':
      return { type: 'number', format: 'double' };
    case 'message':
      return { $ref: refTo(t.type, style) };
    case 'map':
      return { type: 'object', additionalProperties: valueSchema(t.value, style) };
    default:
      return { $ref: refTo(BUILTIN_REF[t.kind]!, style) };
  }
}
