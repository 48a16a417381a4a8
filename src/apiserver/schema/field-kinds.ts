// Shorthands for FieldType values, so the type tables stay one line per field.
import type { FieldType } from './model.js';

export const STRING: FieldType = { kind: 'string' };
export const BYTES: FieldType = { kind: 'bytes' };
export const INT32: FieldType = { kind: 'int32' };
export const INT64: FieldType = { kind: 'int64' };
export const BOOL: FieldType = { kind: 'bool' };
export const DOUBLE: FieldType = { kind: 'double' };
export const INT_OR_STRING: FieldType = { kind: 'intOrString' };
export const QUANTITY: FieldType = { kind: 'quantity' };
export const TIME: FieldType = { kind: 'time' };
export const RAW_EXTENSION: FieldType = { kind: 'rawExtension' };

export const mapOf = (value: FieldType): FieldType => ({ kind: 'map', value });
export const message = (prefix: string) => (name: string): FieldType => ({ kind: 'message', type: prefix + name });

export const meta = message('io.k8s.apimachinery.pkg.apis.meta.v1.');
export const core = message('io.k8s.api.core.v1.');
export const apps = message('io.k8s.api.apps.v1.');
export const autoscaling = message('io.k8s.api.autoscaling.v1.');
export const discovery = message('io.k8s.api.discovery.v1.');
