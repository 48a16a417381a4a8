// Shared pieces of the printers: column helpers, timestamps, label formatting.
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { humanDuration } from './duration.js';
import type { TableColumnDefinition, TableRowCondition } from './types.js';

export interface PrintContext {
  now: Date;
  /** The server always prints wide (GenerateOptions{Wide: true}); kept for the few cells that differ. */
  wide: boolean;
}

export interface PrintedRow {
  cells: unknown[];
  conditions?: TableRowCondition[];
}

/** One kind's printer: its columns and how to turn an object into a row of cells. */
export interface TablePrinter {
  columns: TableColumnDefinition[];
  printRow(obj: KubeObject, ctx: PrintContext): PrintedRow;
}

export function column(name: string, type: string, description: string, priority = 0, format = ''): TableColumnDefinition {
  return { name, type, format, description, priority };
}

export const nameColumn = (): TableColumnDefinition => column('Name', 'string', DESCRIPTIONS.objectName, 0, 'name');
export const ageColumn = (): TableColumnDefinition => column('Age', 'string', DESCRIPTIONS.creationTimestamp);

/** Parses an RFC3339 timestamp; undefined for missing or unparsable values (Go's zero Time). */
export function parseTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** translateTimestampSince: HumanDuration(now - t), or "<unknown>" for a zero time. */
export function timestampSince(value: unknown, now: Date): string {
  const t = parseTime(value);
  return t ? humanDuration(now.getTime() - t.getTime()) : '<unknown>';
}

export function age(obj: KubeObject, ctx: PrintContext): string {
  return timestampSince(obj.metadata?.creationTimestamp, ctx.now);
}

/** labels.FormatLabels: sorted "k=v" pairs joined by ",", "<none>" when empty. */
export { labelSelectorString, formatLabelSelector } from '../../util/label-selector.js';

export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}


/** layoutContainerCells: container names and images, each comma-joined. */
export function containerCells(containers: { name?: string; image?: string }[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name ?? '').join(','), list.map((c) => c.image ?? '').join(',')];
}

/** An int32/int64 field as Go prints it: absent means 0. */
export function int(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
