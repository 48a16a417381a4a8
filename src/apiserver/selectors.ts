// Label and field selectors (apimachinery labels.Parse / fields.ParseSelector).
import type { KubeObject } from '../client/types.js';
import { errors } from './errors.js';
import { labelSelectorString, type LabelSelector } from '../util/label-selector.js';

type Op = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!';
interface Requirement {
  key: string;
  op: Op;
  values: string[];
}

export type Matcher = (labels: Record<string, string> | undefined) => boolean;

/** Splits on commas that are not inside parentheses. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

export function parseLabelSelector(selector: string | undefined): Matcher {
  if (!selector || !selector.trim()) return () => true;
  const reqs: Requirement[] = splitTerms(selector).map(parseRequirement);
  return (labels) => reqs.every((r) => matches(r, labels ?? {}));
}

function parseRequirement(term: string): Requirement {
  let m = /^!\s*([A-Za-z0-9./_-]+)$/.exec(term);
  if (m) return { key: m[1], op: '!', values: [] };
  m = /^([A-Za-z0-9./_-]+)\s+(in|notin)\s+\((.*)\)$/.exec(term);
  if (m) return { key: m[1], op: m[2] as Op, values: m[3].split(',').map((v) => v.trim()) };
  m = /^([A-Za-z0-9./_-]+)\s*(==|!=|=)\s*([A-Za-z0-9._-]*)$/.exec(term);
  if (m) return { key: m[1], op: m[2] as Op, values: [m[3]] };
  m = /^([A-Za-z0-9./_-]+)$/.exec(term);
  if (m) return { key: m[1], op: 'exists', values: [] };
  throw errors.badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
}

function matches(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = labels[r.key];
  switch (r.op) {
    case '=':
    case '==':
      return has && v === r.values[0];
    case '!=':
      return !has || v !== r.values[0];
    case 'in':
      return has && r.values.includes(v);
    case 'notin':
      return !has || !r.values.includes(v);
    case 'exists':
      return has;
    case '!':
      return !has;
  }
}

/** A matcher for a metav1.LabelSelector; an empty selector matches everything, an invalid one nothing. */
export function labelSelectorMatcher(sel: LabelSelector | undefined | null): Matcher {
  const text = labelSelectorString(sel);
  return text === undefined ? () => false : parseLabelSelector(text);
}

// ---- field selectors ----

/** The fields each kind can be selected by (the apiserver's GetAttrs functions). */
function fieldValue(kind: string, obj: KubeObject, path: string): string | undefined {
  const md = obj.metadata;
  if (path === 'metadata.name') return md.name ?? '';
  if (path === 'metadata.namespace') return md.namespace ?? '';
  const get = (p: string): string => {
    let cur: unknown = obj;
    for (const seg of p.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    return cur === undefined || cur === null ? '' : String(cur);
  };
  const allowed: Record<string, string[]> = {
    Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
    Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
    Namespace: ['status.phase'],
    Node: ['spec.unschedulable'],
    Secret: ['type'],
    ReplicaSet: ['status.replicas'],
  };
  if (kind === 'Event' && path === 'source') return obj.source?.component ?? '';
  if (kind === 'Job' && path === 'status.successful') return String(obj.status?.succeeded ?? 0);
  if (allowed[kind]?.includes(path)) return get(path);
  return undefined;
}

export type ObjectMatcher = (obj: KubeObject) => boolean;

export function parseFieldSelector(kind: string, selector: string | undefined): ObjectMatcher {
  if (!selector || !selector.trim()) return () => true;
  const terms = selector.split(',').map((t) => t.trim()).filter(Boolean).map((t) => {
    const m = /^([^!=]+)(==|!=|=)(.*)$/.exec(t);
    if (!m) throw errors.badRequest(`invalid selector: '${selector}'; can't understand '${t}'`);
    return { path: m[1].trim(), op: m[2], value: m[3].trim() };
  });
  return (obj) =>
    terms.every((t) => {
      const v = fieldValue(kind, obj, t.path);
      if (v === undefined) throw errors.badRequest(`"${t.path}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
      return t.op === '!=' ? v !== t.value : v === t.value;
    });
}

/** Validates a field selector up front so a bad one fails the request, not a later event. */
export function checkFieldSelector(kind: string, selector: string | undefined): void {
  if (!selector) return;
  for (const t of selector.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^([^!=]+)(==|!=|=)(.*)$/.exec(t);
    if (!m) throw errors.badRequest(`invalid selector: '${selector}'; can't understand '${t}'`);
    if (fieldValue(kind, { metadata: {} } as KubeObject, m[1].trim()) === undefined)
      throw errors.badRequest(`field label not supported: ${m[1].trim()}`);
  }
}
