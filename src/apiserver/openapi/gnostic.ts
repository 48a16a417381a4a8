// Protobuf encoding of the gnostic `openapi_v2.Document` (github.com/google/gnostic-models
// openapiv2/OpenAPIv2.proto), the form kube-apiserver serves /openapi/v2 in. Only the
// messages and fields our document uses are written; the numbers are gnostic's.
import yaml from 'js-yaml';
import protobuf from 'protobufjs/minimal.js';
import type { JsonSchema } from './schemas.js';

const { Writer } = protobuf;
type Writer = protobuf.Writer;

export interface V2Parameter {
  name: string;
  in: 'query' | 'path' | 'body';
  description?: string;
  required?: boolean;
  type?: string;
  uniqueItems?: boolean;
  schema?: JsonSchema;
}

export interface V2Operation {
  tags: string[];
  description: string;
  operationId: string;
  consumes: string[];
  produces: string[];
  parameters: V2Parameter[];
  responses: { code: string; description: string; schema?: JsonSchema }[];
  schemes: string[];
  extensions: Record<string, unknown>;
}

export interface V2Document {
  swagger: string;
  info: { title: string; version: string };
  paths: { name: string; operations: Partial<Record<'get' | 'put' | 'post' | 'delete' | 'patch', V2Operation>>; parameters: V2Parameter[] }[];
  definitions: { name: string; schema: JsonSchema }[];
}

const LEN = 2;
const VARINT = 0;
const tag = (w: Writer, num: number, wire: number) => w.uint32((num << 3) | wire);
const str = (w: Writer, num: number, s: string | undefined) => void (s ? tag(w, num, LEN).string(s) : undefined);
const bool = (w: Writer, num: number, b: boolean | undefined) => void (b ? tag(w, num, VARINT).bool(true) : undefined);
/** Writes a length-delimited sub-message filled by `fill`. */
const sub = (w: Writer, num: number, fill: (w: Writer) => void) => {
  tag(w, num, LEN).fork();
  fill(w);
  w.ldelim();
};

export function encodeV2Document(doc: V2Document): Uint8Array {
  const w = Writer.create();
  str(w, 1, doc.swagger);
  sub(w, 2, (i) => (str(i, 1, doc.info.title), str(i, 2, doc.info.version)));
  sub(w, 8, (paths) => {
    for (const p of doc.paths) sub(paths, 2, (named) => (str(named, 1, p.name), sub(named, 2, (item) => pathItem(item, p))));
  });
  sub(w, 9, (defs) => {
    for (const d of doc.definitions) sub(defs, 1, (named) => (str(named, 1, d.name), sub(named, 2, (s) => schema(s, d.schema))));
  });
  return w.finish();
}

const METHOD_FIELD = { get: 2, put: 3, post: 4, delete: 5, patch: 8 } as const;

function pathItem(w: Writer, p: V2Document['paths'][number]): void {
  for (const [m, num] of Object.entries(METHOD_FIELD)) {
    const op = p.operations[m as keyof typeof METHOD_FIELD];
    if (op) sub(w, num, (o) => operation(o, op));
  }
  for (const prm of p.parameters) sub(w, 9, (item) => parametersItem(item, prm));
}

function operation(w: Writer, op: V2Operation): void {
  for (const t of op.tags) str(w, 1, t);
  str(w, 3, op.description);
  str(w, 5, op.operationId);
  for (const t of op.produces) str(w, 6, t);
  for (const t of op.consumes) str(w, 7, t);
  for (const prm of op.parameters) sub(w, 8, (item) => parametersItem(item, prm));
  sub(w, 9, (rs) => {
    for (const r of op.responses)
      sub(rs, 1, (named) => {
        str(named, 1, r.code);
        // ResponseValue{1 Response{1 description, 2 SchemaItem{1 Schema}}}
        sub(named, 2, (rv) => sub(rv, 1, (resp) => {
          str(resp, 1, r.description);
          if (r.schema) sub(resp, 2, (si) => sub(si, 1, (s) => schema(s, r.schema!)));
        }));
      });
  });
  for (const s of op.schemes) str(w, 10, s);
  vendorExtensions(w, 13, op.extensions);
}

/** ParametersItem{1 Parameter{1 BodyParameter | 2 NonBodyParameter{3 query | 4 path}}}. */
function parametersItem(w: Writer, p: V2Parameter): void {
  sub(w, 1, (param) => {
    if (p.in === 'body') {
      sub(param, 1, (b) => {
        str(b, 1, p.description);
        str(b, 2, p.name);
        str(b, 3, p.in);
        bool(b, 4, p.required);
        if (p.schema) sub(b, 5, (s) => schema(s, p.schema!));
      });
      return;
    }
    sub(param, 2, (nb) =>
      sub(nb, p.in === 'query' ? 3 : 4, (q) => {
        // QueryParameterSubSchema and PathParameterSubSchema agree up to `name`; then type is 6 vs 5.
        bool(q, 1, p.required);
        str(q, 2, p.in);
        str(q, 3, p.description);
        str(q, 4, p.name);
        str(q, p.in === 'query' ? 6 : 5, p.type);
        bool(q, p.in === 'query' ? 20 : 19, p.uniqueItems);
      }),
    );
  });
}

const SCHEMA_EXTENSIONS = [
  'x-kubernetes-group-version-kind',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-list-type',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-patch-strategy',
] as const;

function schema(w: Writer, s: JsonSchema): void {
  str(w, 1, s.$ref);
  str(w, 2, s.format);
  str(w, 4, s.description);
  for (const r of s.required ?? []) str(w, 19, r);
  if (s.additionalProperties) sub(w, 21, (ap) => sub(ap, 1, (x) => schema(x, s.additionalProperties!)));
  if (s.type) sub(w, 22, (t) => str(t, 1, s.type));
  if (s.items) sub(w, 23, (it) => sub(it, 1, (x) => schema(x, s.items!)));
  for (const a of s.allOf ?? []) sub(w, 24, (x) => schema(x, a));
  if (s.properties) {
    const props = s.properties;
    sub(w, 25, (ps) => {
      for (const [name, p] of Object.entries(props)) sub(ps, 1, (named) => (str(named, 1, name), sub(named, 2, (x) => schema(x, p))));
    });
  }
  const ext: Record<string, unknown> = {};
  for (const k of SCHEMA_EXTENSIONS) if (s[k] !== undefined) ext[k] = s[k];
  vendorExtensions(w, 31, ext);
}

/** NamedAny{1 name, 2 Any{2 yaml}}: kubectl reads vendor extensions as YAML. */
function vendorExtensions(w: Writer, num: number, ext: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(ext)) {
    sub(w, num, (named) => {
      str(named, 1, name);
      sub(named, 2, (any) => str(any, 2, yaml.dump(value, { sortKeys: true }))); // Go marshals maps key-sorted
    });
  }
}
