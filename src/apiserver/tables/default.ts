// The generic apiserver's defaultTableConvertor, used for kinds without a printer:
// Name and "Created At" (RFC3339 in UTC; Go's zero time when unset).
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { column, nameColumn, parseTime, str } from './common.js';
import type { PrintedRow, TablePrinter } from './common.js';

const ZERO_TIME_RFC3339 = '0001-01-01T00:00:00Z';

/** time.RFC3339 formatting in UTC: whole seconds, "Z" suffix. */
export function formatRFC3339(value: unknown): string {
  const t = parseTime(value);
  if (!t) return ZERO_TIME_RFC3339;
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function printDefault(obj: KubeObject): PrintedRow {
  return { cells: [str(obj.metadata?.name), formatRFC3339(obj.metadata?.creationTimestamp)] };
}

export const defaultPrinter: TablePrinter = {
  columns: [nameColumn(), column('Created At', 'date', DESCRIPTIONS.creationTimestamp)],
  printRow: printDefault,
};
