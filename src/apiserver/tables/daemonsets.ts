// DaemonSets: printDaemonSet (the five counters as integers, the template's node selector;
// wide adds the template's containers and the selector). The column descriptions are
// extensions/v1beta1's, as kube-apiserver 1.33's printers use them.
import type { KubeObject } from '../../client/types.js';
import { age, ageColumn, column, containerCells, formatLabelSelector, formatLabels, int, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';
import { CONTAINERS_DESCRIPTION, IMAGES_DESCRIPTION } from './deployments.js';

const MORE_INFO = ' More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/';
const D = {
  desired: `The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).${MORE_INFO}`,
  current: `The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.${MORE_INFO}`,
  ready: 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.',
  updated: 'The total number of nodes that are running updated daemon pod',
  available: 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)',
  nodeSelector: "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
  selector: 'A label query over pods that are managed by the daemon set. Must match in order to be controlled. If empty, defaulted to labels on Pod template. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
};

function printDaemonSet(obj: KubeObject, ctx: PrintContext): PrintedRow {
  const status = obj.status ?? {};
  const cells: unknown[] = [
    str(obj.metadata?.name),
    int(status.desiredNumberScheduled),
    int(status.currentNumberScheduled),
    int(status.numberReady),
    int(status.updatedNumberScheduled),
    int(status.numberAvailable),
    formatLabels(obj.spec?.template?.spec?.nodeSelector),
    age(obj, ctx),
  ];
  if (ctx.wide) {
    const [names, images] = containerCells(obj.spec?.template?.spec?.containers);
    cells.push(names, images, formatLabelSelector(obj.spec?.selector));
  }
  return { cells };
}

export const daemonSetPrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Desired', 'integer', D.desired),
    column('Current', 'integer', D.current),
    column('Ready', 'integer', D.ready),
    column('Up-to-date', 'integer', D.updated),
    column('Available', 'integer', D.available),
    column('Node Selector', 'string', D.nodeSelector),
    ageColumn(),
    column('Containers', 'string', CONTAINERS_DESCRIPTION, 1),
    column('Images', 'string', IMAGES_DESCRIPTION, 1),
    column('Selector', 'string', D.selector, 1),
  ],
  printRow: printDaemonSet,
};
