// ConfigMaps and Secrets: printConfigMap (DATA counts data + binaryData) and printSecret.
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, ageColumn, column, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const size = (m: unknown): number => (m && typeof m === 'object' ? Object.keys(m).length : 0);

function printConfigMap(cm: KubeObject, ctx: PrintContext): PrintedRow {
  return { cells: [str(cm.metadata?.name), size(cm.data) + size(cm.binaryData), age(cm, ctx)] };
}

function printSecret(secret: KubeObject, ctx: PrintContext): PrintedRow {
  // Defaulting sets type Opaque.
  return { cells: [str(secret.metadata?.name), str(secret.type) || 'Opaque', size(secret.data), age(secret, ctx)] };
}

export const configMapPrinter: TablePrinter = {
  columns: [nameColumn(), column('Data', 'string', DESCRIPTIONS.configMapData), ageColumn()],
  printRow: printConfigMap,
};

export const secretPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Type', 'string', DESCRIPTIONS.secretType),
    column('Data', 'string', DESCRIPTIONS.secretData),
    ageColumn(),
  ],
  printRow: printSecret,
};
