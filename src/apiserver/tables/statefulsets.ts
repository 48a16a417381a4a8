// StatefulSets (printStatefulSet: READY as ready/desired; wide adds the template's containers)
// and ControllerRevisions (printControllerRevision: the controller as kind.group/name).
import type { KubeObject } from '../../client/types.js';
import { age, ageColumn, column, containerCells, int, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';
import { CONTAINERS_DESCRIPTION, IMAGES_DESCRIPTION, desiredReplicas } from './deployments.js';

function printStatefulSet(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const cells: unknown[] = [str(obj.metadata?.name), `${int(obj.status?.readyReplicas)}/${desiredReplicas(obj)}`, age(obj, ctx)];
  if (ctx.wide) cells.push(...containerCells(obj.spec?.template?.spec?.containers));
  return { cells };
}

export const statefulSetPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Ready', 'string', 'Number of the pod with ready state'),
    ageColumn(),
    column('Containers', 'string', CONTAINERS_DESCRIPTION, 1),
    column('Images', 'string', IMAGES_DESCRIPTION, 1),
  ],
  printRow: printStatefulSet,
};

/** formatResourceName with kind: "statefulset.apps/web"; "<none>" without a controller. */
function controllerName(obj: KubeObject): string {
  const ref = (obj.metadata?.ownerReferences ?? []).find((r) => r.controller === true);
  if (!ref) return '<none>';
  const apiVersion = String(ref.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const kind = String(ref.kind ?? '');
  if (!kind && !group) return String(ref.name ?? '');
  return `${(group ? `${kind}.${group}` : kind).toLowerCase()}/${ref.name}`;
}

function printControllerRevision(obj: KubeObject, ctx: PrintContext): PrintedRow {
  return { cells: [str(obj.metadata?.name), controllerName(obj), int(obj.revision), age(obj, ctx)] };
}

export const controllerRevisionPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Controller', 'string', 'Controller of the object'),
    column('Revision', 'string', 'Revision indicates the revision of the state represented by Data.'),
    ageColumn(),
  ],
  printRow: printControllerRevision,
};
