// ConfigMap and Secret (pkg/apis/core/validation, 1.33).
import { isDeepStrictEqual } from 'node:util';
import { field, type FieldError } from '../errors.js';
import { isConfigMapKey } from './names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const MAX_SIZE = 1024 * 1024;

const base64Length = (v: unknown): number => Buffer.from(String(v ?? ''), 'base64').length;

export function validateConfigMapData(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const data: Record<string, string> = obj.data ?? {};
  const binary: Record<string, string> = obj.binaryData ?? {};
  let size = 0;
  for (const [k, v] of Object.entries(data)) {
    errs.push(...isConfigMapKey(k).map((m) => field.invalid(`data[${k}]`, k, m)));
    if (k in binary) errs.push(field.invalid(`data[${k}]`, k, 'duplicate of key present in binaryData'));
    size += Buffer.byteLength(String(v ?? ''));
  }
  for (const [k, v] of Object.entries(binary)) {
    errs.push(...isConfigMapKey(k).map((m) => field.invalid(`binaryData[${k}]`, k, m)));
    size += base64Length(v);
  }
  if (size > MAX_SIZE) errs.push(field.tooLong('', MAX_SIZE));
  return errs;
}

function immutableData(obj: Obj, old: Obj, fields: string[]): FieldError[] {
  if (old.immutable !== true) return [];
  const errs: FieldError[] = [];
  const why = 'field is immutable when `immutable` is set';
  if (obj.immutable !== true) errs.push(field.forbidden('immutable', why));
  for (const f of fields) if (!isDeepStrictEqual(obj[f] ?? {}, old[f] ?? {})) errs.push(field.forbidden(f, why));
  return errs;
}

export const validateConfigMapUpdate = (obj: Obj, old: Obj): FieldError[] => immutableData(obj, old, ['data', 'binaryData']);

const has = (data: Record<string, string>, k: string) => Object.prototype.hasOwnProperty.call(data, k);

function validJSON(b64: string): string | undefined {
  try {
    JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export function validateSecretData(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const data: Record<string, string> = obj.data ?? {};
  let size = 0;
  for (const [k, v] of Object.entries(data)) {
    errs.push(...isConfigMapKey(k).map((m) => field.invalid(`data[${k}]`, k, m)));
    size += base64Length(v);
  }
  if (size > MAX_SIZE) errs.push(field.tooLong('data', MAX_SIZE));
  const need = (k: string) => !has(data, k) && errs.push(field.required(`data[${k}]`, ''));
  switch (obj.type) {
    case 'kubernetes.io/service-account-token':
      if (!obj.metadata.annotations?.['kubernetes.io/service-account.name'])
        errs.push(field.required('metadata.annotations[kubernetes.io/service-account.name]', ''));
      break;
    case 'kubernetes.io/dockercfg':
    case 'kubernetes.io/dockerconfigjson': {
      const key = obj.type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
      if (!has(data, key)) need(key);
      else {
        const err = validJSON(data[key]);
        if (err) errs.push(field.invalid(`data[${key}]`, '<secret contents redacted>', err));
      }
      break;
    }
    case 'kubernetes.io/basic-auth':
      if (!has(data, 'username') && !has(data, 'password')) {
        need('username');
        need('password');
      }
      break;
    case 'kubernetes.io/ssh-auth':
      if (!data['ssh-privatekey']) errs.push(field.required('data[ssh-privatekey]', ''));
      break;
    case 'kubernetes.io/tls':
      need('tls.crt');
      need('tls.key');
      break;
  }
  return errs;
}

export function validateSecretUpdate(obj: Obj, old: Obj): FieldError[] {
  const errs: FieldError[] = [];
  if ((obj.type ?? '') !== (old.type ?? '')) errs.push(field.invalid('type', obj.type ?? '', 'field is immutable'));
  errs.push(...immutableData(obj, old, ['data']));
  return errs;
}
