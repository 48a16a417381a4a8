// Kubernetes protobuf request bodies (`k8s\0` + runtime.Unknown) decoded, by the type
// tables, into the JSON object kube-apiserver would have seen.
//
// Zero values: gogo-protobuf writes every non-pointer Go field, zero or not, but a
// pointer field only when it is set. So a field's presence on the wire means something
// only for pointer fields (POINTER_FIELDS). The rule:
//   - pointer field present on the wire: kept as is, zero included (`replicas: 0`,
//     `emptyDir: {}`, `privileged: false`);
//   - non-pointer field: dropped when it is "", 0, false, a zero Time or a message that
//     decodes to {} (what `omitempty` plus our defaulting make equivalent);
//   - list elements and map values are always kept (`labels: {a: ""}`).
import protobuf from 'protobufjs/minimal.js';
import type { FieldDef, FieldType, TypeDef } from '../schema/model.js';
import { getType, typeForKind } from '../schema/registry.js';
import { POINTER_FIELDS } from './pointer-fields.js';
import { K8S_MAGIC, formatTime, int64ToNumber, splitApiVersion } from './wire-values.js';

const { Reader } = protobuf;
type Reader = protobuf.Reader;

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;

export function decodeKubernetesProtobuf(body: Uint8Array): Record<string, unknown> {
  if (body.length < 4 || !K8S_MAGIC.every((b, i) => body[i] === b)) {
    throw new Error('provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]');
  }
  const unknown = decodeUnknown(body.subarray(4));
  if (unknown.contentEncoding) throw new Error(`unsupported protobuf content encoding "${unknown.contentEncoding}"`);
  if (!unknown.kind || !unknown.apiVersion) throw new Error('Object \'Kind\' is missing in protobuf request body');
  const { group, version } = splitApiVersion(unknown.apiVersion);
  const type = typeForKind(group, version, unknown.kind);
  if (!type) throw new Error(`no kind "${unknown.kind}" is registered for version "${unknown.apiVersion}"`);
  return { apiVersion: unknown.apiVersion, kind: unknown.kind, ...decodeMessage(unknown.raw, type) };
}

interface RuntimeUnknown {
  apiVersion: string;
  kind: string;
  raw: Uint8Array;
  contentEncoding: string;
}

/** runtime.Unknown {1 TypeMeta{1 apiVersion, 2 kind}, 2 raw, 3 contentEncoding, 4 contentType}. */
function decodeUnknown(buf: Uint8Array): RuntimeUnknown {
  const out: RuntimeUnknown = { apiVersion: '', kind: '', raw: new Uint8Array(), contentEncoding: '' };
  const r = Reader.create(buf);
  while (r.pos < r.len) {
    const tag = r.uint32();
    const num = tag >>> 3;
    if (num === 1 && (tag & 7) === WIRE_BYTES) {
      const tm = Reader.create(r.bytes());
      while (tm.pos < tm.len) {
        const t = tm.uint32();
        if (t >>> 3 === 1 && (t & 7) === WIRE_BYTES) out.apiVersion = tm.string();
        else if (t >>> 3 === 2 && (t & 7) === WIRE_BYTES) out.kind = tm.string();
        else tm.skipType(t & 7);
      }
    } else if (num === 2 && (tag & 7) === WIRE_BYTES) out.raw = r.bytes();
    else if (num === 3 && (tag & 7) === WIRE_BYTES) out.contentEncoding = r.string();
    else r.skipType(tag & 7);
  }
  return out;
}

const wireFields = new WeakMap<TypeDef, Map<number, FieldDef>>();
function fieldByNumber(type: TypeDef, num: number): FieldDef | undefined {
  let m = wireFields.get(type);
  if (!m) wireFields.set(type, (m = new Map(type.fields.filter((f) => f.proto > 0).map((f) => [f.proto, f]))));
  return m.get(num);
}

/** Decodes one message of `type`, applying the zero-value rule in the file header. */
export function decodeMessage(buf: Uint8Array, type: TypeDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const inlined: Record<string, unknown> = {}; // already zero-filtered by the embedded type's own rule
  const r = Reader.create(buf);
  while (r.pos < r.len) {
    const tag = r.uint32();
    const wire = tag & 7;
    const f = fieldByNumber(type, tag >>> 3);
    if (!f) {
      r.skipType(wire);
      continue;
    }
    if (f.name === '') {
      Object.assign(inlined, decodeInline(r.bytes(), f));
      continue;
    }
    if (f.type.kind === 'map') {
      const entries = (out[f.name] ??= {}) as Record<string, unknown>;
      const [k, v] = decodeMapEntry(r.bytes(), f.type.value);
      entries[k] = v;
    } else if (f.repeated) {
      const list = (out[f.name] ??= []) as unknown[];
      if (wire === WIRE_BYTES && isPackable(f.type)) {
        const end = r.uint32() + r.pos;
        while (r.pos < end) list.push(readValue(r, f.type));
      } else list.push(readValue(r, f.type));
    } else {
      out[f.name] = readValue(r, f.type);
    }
  }
  dropZeroValues(out, type);
  return Object.assign(out, inlined);
}

function decodeInline(buf: Uint8Array, f: FieldDef): Record<string, unknown> {
  const sub = f.type.kind === 'message' ? getType(f.type.type) : undefined;
  return sub ? decodeMessage(buf, sub) : {};
}

function dropZeroValues(out: Record<string, unknown>, type: TypeDef): void {
  const pointers = POINTER_FIELDS[type.name] ?? [];
  for (const [k, v] of Object.entries(out)) {
    if (Array.isArray(v) || pointers.includes(k)) continue;
    const f = type.fields.find((x) => x.name === k);
    if (f?.type.kind === 'map') continue;
    if (isZero(v)) delete out[k];
  }
}

function isZero(v: unknown): boolean {
  if (v === '' || v === 0 || v === false || v === null || v === undefined) return true;
  return typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0;
}

function isPackable(t: FieldType): boolean {
  return t.kind === 'int32' || t.kind === 'int64' || t.kind === 'bool' || t.kind === 'double';
}

function decodeMapEntry(buf: Uint8Array, valueType: FieldType): [string, unknown] {
  const r = Reader.create(buf);
  let key = '';
  let value: unknown = zeroOf(valueType);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1) key = r.string();
    else if (tag >>> 3 === 2) value = readValue(r, valueType);
    else r.skipType(tag & 7);
  }
  return [key, value];
}

/** A map value that is absent from its entry is the type's zero value. */
function zeroOf(t: FieldType): unknown {
  switch (t.kind) {
    case 'string':
    case 'bytes':
    case 'quantity':
      return '';
    case 'int32':
    case 'int64':
    case 'double':
    case 'intOrString':
      return 0;
    case 'bool':
      return false;
    case 'message':
      return {};
    default:
      return null;
  }
}

function readValue(r: Reader, t: FieldType): unknown {
  switch (t.kind) {
    case 'string':
      return r.string();
    case 'bytes':
      return Buffer.from(r.bytes()).toString('base64');
    case 'int32':
      return r.int32();
    case 'int64':
      return int64ToNumber(r.int64());
    case 'bool':
      return r.bool();
    case 'double':
      return r.double();
    case 'intOrString':
      return decodeIntOrString(r.bytes());
    case 'quantity':
      return decodeSingleString(r.bytes());
    case 'time':
      return decodeTime(r.bytes());
    case 'rawExtension':
      return decodeRaw(r.bytes());
    case 'message': {
      const sub = getType(t.type);
      const bytes = r.bytes();
      return sub ? decodeMessage(bytes, sub) : {};
    }
    case 'map':
      throw new Error('map values cannot nest');
  }
}

/** intstr.IntOrString {1 type (0 int, 1 string), 2 intVal, 3 strVal}. */
function decodeIntOrString(buf: Uint8Array): number | string {
  const r = Reader.create(buf);
  let kind = 0;
  let intVal = 0;
  let strVal = '';
  while (r.pos < r.len) {
    const tag = r.uint32();
    const num = tag >>> 3;
    if (num === 1 && (tag & 7) === WIRE_VARINT) kind = int64ToNumber(r.int64());
    else if (num === 2 && (tag & 7) === WIRE_VARINT) intVal = r.int32();
    else if (num === 3 && (tag & 7) === WIRE_BYTES) strVal = r.string();
    else r.skipType(tag & 7);
  }
  return kind === 1 ? strVal : intVal;
}

/** resource.Quantity {1 string}. */
function decodeSingleString(buf: Uint8Array): string {
  const r = Reader.create(buf);
  let s = '';
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === WIRE_BYTES) s = r.string();
    else r.skipType(tag & 7);
  }
  return s;
}

/** metav1.Time / MicroTime {1 seconds, 2 nanos}; the zero time is JSON null. */
function decodeTime(buf: Uint8Array): string | null {
  const r = Reader.create(buf);
  let seconds = 0;
  let nanos = 0;
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === WIRE_VARINT) seconds = int64ToNumber(r.int64());
    else if (tag >>> 3 === 2 && (tag & 7) === WIRE_VARINT) nanos = r.int32();
    else r.skipType(tag & 7);
  }
  return seconds === 0 && nanos === 0 ? null : formatTime(seconds, nanos);
}

/** runtime.RawExtension / metav1.FieldsV1 {1 raw}: embedded JSON. */
function decodeRaw(buf: Uint8Array): unknown {
  const r = Reader.create(buf);
  let raw: Uint8Array | undefined;
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === WIRE_BYTES) raw = r.bytes();
    else r.skipType(tag & 7);
  }
  if (!raw || raw.length === 0) return null;
  const text = Buffer.from(raw).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('embedded raw object is not JSON');
  }
}
