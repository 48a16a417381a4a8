// metav1.Status errors with kube-apiserver's codes, reasons and messages.
import { qualifiedResource } from './resources.js';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, unknown>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: { name?: string; group?: string; kind?: string; uid?: string; causes?: StatusCause[]; retryAfterSeconds?: number };
  code: number;
}

export class StatusError extends Error {
  constructor(public readonly status: Status) {
    super(status.message ?? status.reason ?? 'error');
  }
  get code(): number {
    return this.status.code;
  }
  get reason(): string | undefined {
    return this.status.reason;
  }
}

function failure(code: number, reason: string, message: string, details?: Status['details']): StatusError {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details) s.details = details;
  return new StatusError(s);
}

type GR = { group: string; resource: string };
const grDetails = (gr: GR, name: string) => (gr.group ? { name, group: gr.group, kind: gr.resource } : { name, kind: gr.resource });

export const errors = {
  notFound: (gr: GR, name: string) => failure(404, 'NotFound', `${qualifiedResource(gr)} "${name}" not found`, grDetails(gr, name)),
  alreadyExists: (gr: GR, name: string) =>
    failure(409, 'AlreadyExists', `${qualifiedResource(gr)} "${name}" already exists`, grDetails(gr, name)),
  conflict: (gr: GR, name: string, why = 'the object has been modified; please apply your changes to the latest version and try again') =>
    failure(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(gr)} "${name}": ${why}`, grDetails(gr, name)),
  invalid: (kind: string, group: string, name: string, errs: FieldError[]) => {
    const qualifiedKind = group ? `${kind}.${group}` : kind;
    // utilerrors.Aggregate drops repeated messages (the causes keep them)
    const msgs = [...new Set(errs.map(formatFieldError))];
    const agg = msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`;
    const details: Status['details'] = {
      name,
      ...(group ? { group } : {}),
      kind,
      causes: errs.map((e) => ({ reason: e.type, message: fieldErrorBody(e), field: e.field })),
    };
    return failure(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${agg}`, details);
  },
  badRequest: (message: string) => failure(400, 'BadRequest', message),
  unauthorized: () => failure(401, 'Unauthorized', 'Unauthorized'),
  forbidden: (message: string) => failure(403, 'Forbidden', message),
  notFoundPath: () => failure(404, 'NotFound', 'the server could not find the requested resource', {}),
  methodNotSupported: (gr: GR, verb: string) =>
    failure(405, 'MethodNotAllowed', `${verb} is not supported on resources of kind "${qualifiedResource(gr)}"`, {
      ...(gr.group ? { group: gr.group } : {}),
      kind: gr.resource,
    }),
  gone: (message: string) => failure(410, 'Expired', message),
  unsupportedMediaType: (ct: string) => failure(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf; got ${ct}`),
  notAcceptable: (message: string) => failure(406, 'NotAcceptable', message),
  internal: (message: string) => failure(500, 'InternalError', `Internal error occurred: ${message}`, { causes: [{ message }] }),
  serviceUnavailable: (message: string) => failure(503, 'ServiceUnavailable', message),
};

// ---- field errors (k8s.io/apimachinery/pkg/util/validation/field) ----

export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** omitted for types that print no value (Required, Forbidden, TooMany...) */
  badValue?: unknown;
  hasValue: boolean;
  detail?: string;
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
};

/**
 * A bad value already rendered as kube-apiserver 1.33 prints it: field errors format
 * structs, maps and slices with Go's %#v (`map[string]string{"app":"x"}`), not JSON.
 */
export class GoValue {
  constructor(readonly text: string) {}
  toJSON(): string {
    return this.text;
  }
}

function printValue(v: unknown): string {
  if (v instanceof GoValue) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  return JSON.stringify(v);
}

/** The error text without the field path (the cause message). */
export function fieldErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if (e.hasValue) s += `: ${printValue(e.badValue)}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

export function formatFieldError(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

export const field = {
  invalid: (f: string, value: unknown, detail?: string): FieldError => ({ type: 'FieldValueInvalid', field: f, badValue: value, hasValue: true, detail }),
  required: (f: string, detail?: string): FieldError => ({ type: 'FieldValueRequired', field: f, hasValue: false, detail }),
  duplicate: (f: string, value: unknown): FieldError => ({ type: 'FieldValueDuplicate', field: f, badValue: value, hasValue: true }),
  notSupported: (f: string, value: unknown, valid: string[]): FieldError => ({
    type: 'FieldValueNotSupported',
    field: f,
    badValue: value,
    hasValue: true,
    detail: valid.length ? `supported values: ${valid.map((v) => JSON.stringify(v)).join(', ')}` : undefined,
  }),
  forbidden: (f: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field: f, hasValue: false, detail }),
  notFound: (f: string, value: unknown): FieldError => ({ type: 'FieldValueNotFound', field: f, badValue: value, hasValue: true }),
  tooLong: (f: string, maxLength: number): FieldError => ({
    type: 'FieldValueTooLong',
    field: f,
    hasValue: false,
    detail: `may not be more than ${maxLength} bytes`,
  }),
};
