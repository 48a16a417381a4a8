// mk create poddisruptionbudget|pdb NAME --selector=SEL --min-available=N|--max-unavailable=N
// (kubectl 1.33 create_pdb.go): validated client-side, built as policy/v1.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import { CliError, UsageError } from '../errors.js';
import type { CliContext } from '../context.js';
import { generatorFlags, mapped, submit, withParentFlags, type GenFlags } from './create-generators.js';

interface PdbFlags extends GenFlags {
  selector?: string;
  minAvailable?: string;
  maxUnavailable?: string;
}

// numbers and percentages, nothing else (10, 30%, not 10Pa)
const BOUND_RE = /^[0-9]+%?$/;

/** PodDisruptionBudgetOpts.Validate: the same checks in the same order. */
export function validatePdbFlags(o: PdbFlags): void {
  if (!o.selector) throw new CliError('a selector must be specified');
  if (!o.maxUnavailable && !o.minAvailable) throw new CliError('one of min-available or max-unavailable must be specified');
  if (o.maxUnavailable && o.minAvailable) throw new CliError('min-available and max-unavailable cannot be both specified');
  if (o.maxUnavailable && !BOUND_RE.test(o.maxUnavailable)) throw new CliError('invalid format specified for max-unavailable');
  if (o.minAvailable && !BOUND_RE.test(o.minAvailable)) throw new CliError('invalid format specified for min-available');
}

/** Splits on commas outside parentheses. */
function requirements(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((r) => r !== '');
}

/** metav1.ParseToLabelSelector: equalities become matchLabels, set operators matchExpressions (values sorted); != is refused. */
export function parseToLabelSelector(text: string): KubeObject {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: { key: string; operator: string; values?: string[] }[] = [];
  for (const req of requirements(text)) {
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=(),]+)\s+(in|notin)\s+\((.*)\)$/.exec(req))) {
      const values = [...new Set(m[3].split(',').map((v) => v.trim()))].sort();
      matchExpressions.push({ key: m[1], operator: m[2] === 'in' ? 'In' : 'NotIn', values });
    } else if (/^[^\s!=]+\s*!=/.test(req)) throw new CliError('"!=" is not a valid label selector operator');
    else if ((m = /^([^\s!=<>]+)\s*([<>])/.exec(req))) throw new CliError(`"${m[2] === '<' ? 'lt' : 'gt'}" isn't supported in label selectors`);
    else if ((m = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(req))) matchLabels[m[1]] = m[2];
    else if ((m = /^!\s*([^\s!=]+)$/.exec(req))) matchExpressions.push({ key: m[1], operator: 'DoesNotExist' });
    else if (/^[^\s!=(),]+$/.test(req)) matchExpressions.push({ key: req, operator: 'Exists' });
    else throw new CliError(`unable to parse requirement: ${req}`);
  }
  return { ...(Object.keys(matchLabels).length ? { matchLabels } : {}), ...(matchExpressions.length ? { matchExpressions } : {}) } as KubeObject;
}

/** intstr.Parse: digits are an integer, anything else a string. */
const intOrString = (v: string): number | string => (/^[0-9]+$/.test(v) ? Number(v) : v);

export function pdbObject(name: string, o: PdbFlags): KubeObject {
  const spec: Record<string, unknown> = {};
  if (o.minAvailable) spec.minAvailable = intOrString(o.minAvailable);
  spec.selector = parseToLabelSelector(o.selector ?? '');
  if (!o.minAvailable && o.maxUnavailable) spec.maxUnavailable = intOrString(o.maxUnavailable);
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, creationTimestamp: null },
    spec,
    // the status counters have no omitempty; PodDisruptionBudgetStatus's field order (--save-config keeps it)
    status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
  };
}

export function registerCreatePdb(create: Command, ctx: () => CliContext): void {
  generatorFlags(
    create
      .command('poddisruptionbudget')
      .alias('pdb')
      .description('Create a pod disruption budget with the specified name.')
      .argument('[names...]')
      .option('--selector <selector>', 'A label selector to use for this budget. Only equality-based selector requirements are supported.')
      .option('--min-available <n>', 'The minimum number or percentage of available pods this budget requires.')
      .option('--max-unavailable <n>', 'The maximum number or percentage of unavailable pods this budget requires.')
  ).action(async (names: string[], own: PdbFlags, cmd: Command) => {
    const o = withParentFlags(own, cmd);
    if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`, 'mk create poddisruptionbudget');
    validatePdbFlags(o);
    const pdb = pdbObject(names[0], o);
    await submit(ctx(), mapped(R.poddisruptionbudgets, 'PodDisruptionBudget'), pdb, o, 'kubectl-create', 'failed to create poddisruptionbudgets: ');
  });
}
