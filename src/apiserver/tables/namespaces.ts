// Namespaces (printNamespace: STATUS is status.phase) and leases.
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

// Leases: printLease (HOLDER is spec.holderIdentity).
export const leasePrinter: TablePrinter = {
  columns: [nameColumn(), column('Holder', 'string', 'The holder of the lease'), ageColumn()],
  printRow: (lease: KubeObject, ctx: PrintContext): PrintedRow => ({ cells: [str(lease.metadata?.name), str(lease.spec?.holderIdentity), age(lease, ctx)] }),
};
