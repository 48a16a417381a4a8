// Server-side Tables (meta.k8s.io/v1), the answer to
// `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`. kube-apiserver always prints
// wide (priority-1 columns included); kubectl hides those unless `-o wide`.
import type { KubeObject } from '../../client/types.js';
import { errors } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import type { PrintContext } from './common.js';
import { printerFor } from './registry.js';
import type { IncludeObjectPolicy, PartialObjectMetadata, Table, TableRow } from './types.js';

export type { IncludeObjectPolicy, PartialObjectMetadata, Table, TableColumnDefinition, TableRow, TableRowCondition } from './types.js';
export { humanDuration, shortHumanDuration } from './duration.js';
export { printerFor } from './registry.js';

export interface BuildTableOptions {
  /** The clock Age and "ago" cells are measured against (default: now). */
  now?: Date;
  /** What each row's `object` holds (default 'Metadata'). */
  includeObject?: IncludeObjectPolicy;
  /** The list's resourceVersion; for a single-object GET, the object's own. */
  resourceVersion?: string;
  continue?: string;
  remainingItemCount?: number;
  /** TableOptions.noHeaders: leave out the column definitions. */
  noHeaders?: boolean;
}

/** meta.AsPartialObjectMetadata, minus managedFields (kubectl never needs them). */
export function asPartialObjectMetadata(obj: KubeObject): PartialObjectMetadata {
  const { managedFields: _ignored, ...metadata } = obj.metadata ?? {};
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata };
}

/** Validates the includeObject query parameter as the apiserver does. */
export function parseIncludeObject(value: string | null | undefined): IncludeObjectPolicy {
  if (value === undefined || value === null || value === '') return 'Metadata';
  if (value === 'None' || value === 'Metadata' || value === 'Object') return value;
  throw errors.badRequest(`unrecognized includeObject value: "${value}"`);
}

function rowObject(obj: KubeObject, policy: IncludeObjectPolicy): unknown {
  if (policy === 'Object') return obj;
  if (policy === 'None') return undefined;
  return asPartialObjectMetadata(obj);
}

export function buildTable(resource: ResourceInfo, objects: KubeObject[], opts: BuildTableOptions = {}): Table {
  const printer = printerFor(resource);
  const ctx: PrintContext = { now: opts.now ?? new Date(), wide: true };
  const policy = opts.includeObject ?? 'Metadata';

  const rows: TableRow[] = objects.map((obj) => {
    const printed = printer.printRow(obj, ctx);
    const row: TableRow = { cells: printed.cells };
    if (printed.conditions) row.conditions = printed.conditions.map((c) => ({ ...c }));
    const object = rowObject(obj, policy);
    if (object !== undefined) row.object = object;
    return row;
  });

  const metadata: Table['metadata'] = {};
  if (opts.resourceVersion) metadata.resourceVersion = opts.resourceVersion;
  if (opts.continue) metadata.continue = opts.continue;
  if (opts.remainingItemCount !== undefined) metadata.remainingItemCount = opts.remainingItemCount;

  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata,
    columnDefinitions: opts.noHeaders ? [] : printer.columns.map((c) => ({ ...c })),
    rows,
  };
}
