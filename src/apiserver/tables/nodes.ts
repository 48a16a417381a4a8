// Nodes: printNode (STATUS from the Ready condition plus SchedulingDisabled, ROLES from labels).
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, ageColumn, column, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_LABEL_ROLE = 'kubernetes.io/role';

function nodeStatus(node: KubeObject): string {
  const conditions: { type?: string; status?: string }[] = node.status?.conditions ?? [];
  // Go builds a map by type, so the last Ready condition wins.
  let ready: { status?: string } | undefined;
  for (const c of conditions) if (c.type === 'Ready') ready = c;
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable === true) status.push('SchedulingDisabled');
  return status.join(',');
}

/** findNodeRoles: node-role.kubernetes.io/<role> keys and the kubernetes.io/role value, sorted. */
function nodeRoles(labels: Record<string, string> | undefined): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith(NODE_ROLE_PREFIX)) {
      const role = k.slice(NODE_ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === NODE_LABEL_ROLE && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort().join(',') || '<none>';
}

function address(node: KubeObject, type: string): string {
  const found = (node.status?.addresses ?? []).find((a: { type?: string }) => a.type === type);
  return found ? str(found.address) : '<none>';
}

function printNode(node: KubeObject, ctx: PrintContext): PrintedRow {
  const info = node.status?.nodeInfo ?? {};
  const cells: unknown[] = [
    str(node.metadata?.name),
    nodeStatus(node),
    nodeRoles(node.metadata?.labels),
    age(node, ctx),
    str(info.kubeletVersion),
  ];
  if (ctx.wide) {
    cells.push(
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      str(info.osImage) || '<unknown>',
      str(info.kernelVersion) || '<unknown>',
      str(info.containerRuntimeVersion) || '<unknown>',
    );
  }
  return { cells };
}

export const nodePrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('Status', 'string', 'The status of the node'),
    column('Roles', 'string', 'The roles of the node'),
    ageColumn(),
    column('Version', 'string', DESCRIPTIONS.nodeKubeletVersion),
    column('Internal-IP', 'string', DESCRIPTIONS.nodeAddresses, 1),
    column('External-IP', 'string', DESCRIPTIONS.nodeAddresses, 1),
    column('OS-Image', 'string', DESCRIPTIONS.nodeOSImage, 1),
    column('Kernel-Version', 'string', DESCRIPTIONS.nodeKernelVersion, 1),
    column('Container-Runtime', 'string', DESCRIPTIONS.nodeContainerRuntimeVersion, 1),
  ],
  printRow: printNode,
};
