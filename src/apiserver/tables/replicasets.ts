// ReplicaSets: printReplicaSet (DESIRED, CURRENT, READY as integers; wide adds the template).
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, ageColumn, column, containerCells, formatLabelSelector, int, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';
import { CONTAINERS_DESCRIPTION, IMAGES_DESCRIPTION, desiredReplicas } from './deployments.js';

function printReplicaSet(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const status = obj.status ?? {};
  const cells: unknown[] = [
    str(obj.metadata?.name),
    desiredReplicas(obj),
    int(status.replicas),
    int(status.readyReplicas),
    age(obj, ctx),
  ];
  if (ctx.wide) {
    const [names, images] = containerCells(obj.spec?.template?.spec?.containers);
    cells.push(names, images, formatLabelSelector(obj.spec?.selector));
  }
  return { cells };
}

export const replicaSetPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Desired', 'integer', DESCRIPTIONS.replicaSetSpecReplicas),
    column('Current', 'integer', DESCRIPTIONS.replicaSetStatusReplicas),
    column('Ready', 'integer', DESCRIPTIONS.replicaSetReadyReplicas),
    ageColumn(),
    column('Containers', 'string', CONTAINERS_DESCRIPTION, 1),
    column('Images', 'string', IMAGES_DESCRIPTION, 1),
    column('Selector', 'string', DESCRIPTIONS.replicaSetSelector, 1),
  ],
  printRow: printReplicaSet,
};
