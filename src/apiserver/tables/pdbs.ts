// PodDisruptionBudgets: printPodDisruptionBudget (1.33). An unset bound prints N/A.
import type { KubeObject } from '../../client/types.js';
import { age, ageColumn, column, int, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const bound = (v: unknown): string => (v === undefined || v === null ? 'N/A' : String(v));

function printPodDisruptionBudget(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const spec = obj.spec ?? {};
  return { cells: [str(obj.metadata?.name), bound(spec.minAvailable), bound(spec.maxUnavailable), int(obj.status?.disruptionsAllowed), age(obj, ctx)] };
}

export const podDisruptionBudgetPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Min Available', 'string', 'The minimum number of pods that must be available simultaneously.  This can be either an integer or a string specifying a percentage, e.g. "28%".'),
    column('Max Unavailable', 'string', 'The maximum number of pods that may be unavailable simultaneously.  This can be either an integer or a string specifying a percentage, e.g. "28%".'),
    column('Allowed Disruptions', 'integer', 'Calculated number of pods that may be disrupted at this time.'),
    ageColumn(),
  ],
  printRow: printPodDisruptionBudget,
};
