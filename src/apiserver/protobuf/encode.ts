// The inverse of decode.ts: a JSON object to a Kubernetes protobuf body. kube-apiserver
// never needs this for clients; it exists so tests can round-trip and build fixtures.
// Every field present in the JSON is written (so pointer zero values survive).
import protobuf from 'protobufjs/minimal.js';
import type { FieldDef, FieldType, TypeDef } from '../schema/model.js';
import { getType, typeForKind } from '../schema/registry.js';
import { K8S_MAGIC, parseTime, splitApiVersion } from './wire-values.js';

const { Writer } = protobuf;
type Writer = protobuf.Writer;

export function encodeKubernetesProtobuf(obj: Record<string, unknown>): Uint8Array {
  const apiVersion = String(obj.apiVersion ?? '');
  const kind = String(obj.kind ?? '');
  const { group, version } = splitApiVersion(apiVersion);
  const type = typeForKind(group, version, kind);
  if (!type) throw new Error(`no kind "${kind}" is registered for version "${apiVersion}"`);
  const unknown = Writer.create();
  unknown.uint32((1 << 3) | 2).fork();
  unknown.uint32((1 << 3) | 2).string(apiVersion);
  unknown.uint32((2 << 3) | 2).string(kind);
  unknown.ldelim();
  unknown.uint32((2 << 3) | 2).bytes(encodeMessage(obj, type));
  const body = unknown.finish();
  const out = new Uint8Array(4 + body.length);
  out.set(K8S_MAGIC, 0);
  out.set(body, 4);
  return out;
}

export function encodeMessage(obj: Record<string, unknown>, type: TypeDef): Uint8Array {
  const w = Writer.create();
  writeFields(w, obj, type);
  return w.finish();
}

function writeFields(w: Writer, obj: Record<string, unknown>, type: TypeDef): void {
  for (const f of type.fields) {
    if (f.proto === 0) continue;
    if (f.name === '') {
      const sub = f.type.kind === 'message' ? getType(f.type.type) : undefined;
      if (sub) w.uint32((f.proto << 3) | 2).bytes(encodeMessage(obj, sub));
      continue;
    }
    const v = obj[f.name];
    if (v === undefined || v === null) continue;
    if (f.type.kind === 'map') writeMap(w, f, v as Record<string, unknown>, f.type.value);
    else if (f.repeated) for (const item of v as unknown[]) writeValue(w, f.proto, f.type, item);
    else writeValue(w, f.proto, f.type, v);
  }
}

function writeMap(w: Writer, f: FieldDef, entries: Record<string, unknown>, valueType: FieldType): void {
  for (const [k, v] of Object.entries(entries)) {
    w.uint32((f.proto << 3) | 2).fork();
    w.uint32((1 << 3) | 2).string(k);
    if (v !== null && v !== undefined) writeValue(w, 2, valueType, v);
    w.ldelim();
  }
}

function writeValue(w: Writer, num: number, t: FieldType, v: unknown): void {
  const varint = (num << 3) | 0;
  const bytes = (num << 3) | 2;
  switch (t.kind) {
    case 'string':
      return void w.uint32(bytes).string(String(v));
    case 'bytes':
      return void w.uint32(bytes).bytes(Buffer.from(String(v), 'base64'));
    case 'int32':
      return void w.uint32(varint).int32(Number(v));
    case 'int64':
      return void w.uint32(varint).int64(Number(v));
    case 'bool':
      return void w.uint32(varint).bool(Boolean(v));
    case 'double':
      return void w.uint32((num << 3) | 1).double(Number(v));
    case 'intOrString': {
      w.uint32(bytes).fork();
      if (typeof v === 'string') w.uint32(8).int64(1).uint32(26).string(v);
      else w.uint32(8).int64(0).uint32(16).int32(Number(v));
      return void w.ldelim();
    }
    case 'quantity':
      return void w.uint32(bytes).fork().uint32(10).string(String(v)).ldelim();
    case 'time': {
      const t = parseTime(String(v));
      if (!t) throw new Error(`invalid time ${JSON.stringify(v)}`);
      w.uint32(bytes).fork().uint32(8).int64(t.seconds);
      if (t.nanos) w.uint32(16).int32(t.nanos);
      return void w.ldelim();
    }
    case 'rawExtension':
      return void w.uint32(bytes).fork().uint32(10).bytes(Buffer.from(JSON.stringify(v))).ldelim();
    case 'message': {
      const sub = getType(t.type);
      if (sub) w.uint32(bytes).bytes(encodeMessage(v as Record<string, unknown>, sub));
      return;
    }
    case 'map':
      throw new Error('map values cannot nest');
  }
}
