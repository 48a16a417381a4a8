// The pod's required node affinity as kube-scheduler's NodeAffinity filter reads it
// (component-helpers nodeaffinity.GetRequiredNodeAffinity): spec.nodeSelector AND
// requiredDuringSchedulingIgnoredDuringExecution, whose terms are ORed; inside a term the
// matchExpressions (node labels) and matchFields (only metadata.name) are ANDed.
import type { KubeObject } from '../../client/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PodSpec = Record<string, any> | undefined;

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}

interface Term {
  matchExpressions?: Requirement[];
  matchFields?: Requirement[];
}

/** Gt and Lt compare integers; a value that is no integer never matches. */
function compareInt(actual: string, bound: string | undefined, gt: boolean): boolean {
  if (!/^-?\d+$/.test(actual) || bound === undefined || !/^-?\d+$/.test(bound)) return false;
  return gt ? Number(actual) > Number(bound) : Number(actual) < Number(bound);
}

function requirementMatches(r: Requirement, values: Record<string, string>): boolean {
  const present = Object.prototype.hasOwnProperty.call(values, r.key);
  const v = values[r.key];
  const list = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return present && list.includes(v);
    case 'NotIn':
      return !present || !list.includes(v);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    case 'Gt':
      return present && compareInt(v, list[0], true);
    case 'Lt':
      return present && compareInt(v, list[0], false);
    default:
      return false;
  }
}

/** A term with no requirements at all matches no node. */
function termMatches(term: Term, node: KubeObject): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  const labels: Record<string, string> = node.metadata.labels ?? {};
  const nodeFields: Record<string, string> = { 'metadata.name': node.metadata.name ?? '' };
  return exprs.every((r) => requirementMatches(r, labels)) && fields.every((r) => r.key === 'metadata.name' && requirementMatches(r, nodeFields));
}

export function nodeSelectorMatches(podSpec: PodSpec, node: KubeObject): boolean {
  const sel: Record<string, string> = podSpec?.nodeSelector ?? {};
  const labels: Record<string, string> = node.metadata.labels ?? {};
  return Object.entries(sel).every(([k, v]) => labels[k] === v);
}

export function requiredAffinityMatches(podSpec: PodSpec, node: KubeObject): boolean {
  const required = podSpec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  const terms: Term[] = required.nodeSelectorTerms ?? [];
  return terms.some((t) => termMatches(t, node));
}

/** nodeSelector and required node affinity both hold. */
export const podFitsNodeAffinity = (podSpec: PodSpec, node: KubeObject): boolean =>
  nodeSelectorMatches(podSpec, node) && requiredAffinityMatches(podSpec, node);
