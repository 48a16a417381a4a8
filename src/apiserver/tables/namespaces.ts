// Namespaces: printNamespace (STATUS is status.phase).
import type { KubeObject } from '../../client/types.js';
import { age, ageColumn, column, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

function printNamespace(ns: KubeObject, ctx: PrintContext): PrintedRow {
  return { cells: [str(ns.metadata?.name), str(ns.status?.phase), age(ns, ctx)] };
}

export const namespacePrinter: TablePrinter = {
  columns: [nameColumn(), column('Status', 'string', 'The status of the namespace'), ageColumn()],
  printRow: printNamespace,
};
