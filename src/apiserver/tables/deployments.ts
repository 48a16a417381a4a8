// Deployments: printDeployment (READY is ready/desired; wide adds containers, images, selector).
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, ageColumn, column, containerCells, int, labelSelectorString, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

export const CONTAINERS_DESCRIPTION = 'Names of each container in the template.';
export const IMAGES_DESCRIPTION = 'Images referenced by each container in the template.';

/** spec.replicas as the server sees it: defaulting makes a missing value 1. */
export function desiredReplicas(obj: KubeObject): number {
  return obj.spec?.replicas == null ? 1 : int(obj.spec.replicas);
}

function printDeployment(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const status = obj.status ?? {};
  const cells: unknown[] = [
    str(obj.metadata?.name),
    `${int(status.readyReplicas)}/${desiredReplicas(obj)}`,
    int(status.updatedReplicas),
    int(status.availableReplicas),
    age(obj, ctx),
  ];
  if (ctx.wide) {
    const [names, images] = containerCells(obj.spec?.template?.spec?.containers);
    // Deployments print LabelSelectorAsSelector(...).String() directly: "" when empty.
    cells.push(names, images, labelSelectorString(obj.spec?.selector) ?? '<invalid>');
  }
  return { cells };
}

export const deploymentPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Ready', 'string', 'Number of the pod with ready state'),
    column('Up-to-date', 'string', DESCRIPTIONS.deploymentUpdatedReplicas),
    column('Available', 'string', DESCRIPTIONS.deploymentAvailableReplicas),
    ageColumn(),
    column('Containers', 'string', CONTAINERS_DESCRIPTION, 1),
    column('Images', 'string', IMAGES_DESCRIPTION, 1),
    column('Selector', 'string', DESCRIPTIONS.deploymentSelector, 1),
  ],
  printRow: printDeployment,
};
