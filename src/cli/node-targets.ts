// The nodes a cordon/uncordon/drain command names: NODE..., node/NAME..., or -l SELECTOR,
// fetched up front as kubectl's resource builder does (the first failure stops the command).
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError, UsageError } from './errors.js';
import type { MappedResource } from './resource-mapper.js';

export const NODE_MAPPING: MappedResource = {
  group: '',
  version: 'v1',
  resource: 'nodes',
  kind: 'Node',
  namespaced: false,
  shortNames: ['no'],
  categories: [],
  singular: 'node',
  verbs: [],
};

export async function resolveNodes(c: CliContext, verb: string, args: string[], selector: string | undefined): Promise<KubeObject[]> {
  if (!args.length && selector === undefined) throw new UsageError(`USAGE: ${verb} NODE [flags]`, `mk ${verb}`);
  if (args.length && selector) throw new UsageError('cannot specify both a node name and a --selector option', `mk ${verb}`);
  if (selector !== undefined) return (await c.client.list(R.nodes, undefined, { labelSelector: selector })).items;
  const nodes: KubeObject[] = [];
  for (const arg of args) {
    const name = await nodeName(c, arg);
    nodes.push(await c.client.get(R.nodes, undefined, name));
  }
  return nodes;
}

/** "x" is a node name; "node/x" (any spelling of the node type) too. */
async function nodeName(c: CliContext, arg: string): Promise<string> {
  const slash = arg.indexOf('/');
  if (slash < 0) return arg;
  const type = arg.slice(0, slash);
  const m = await c.mapper.find(type);
  if (!m) throw new CliError(`the server doesn't have a resource type "${type}"`);
  if (m.kind !== 'Node' || m.group !== '') {
    // the builder fetches whatever was named before checking its type
    await c.client.get(m, m.namespaced ? c.namespace : undefined, arg.slice(slash + 1));
    const gvr = `${m.group ? `${m.group}/` : '/'}${m.version}, Resource=${m.resource}`;
    throw new CliError(`error: expected resource of type node, got "${gvr}"`);
  }
  return arg.slice(slash + 1);
}
