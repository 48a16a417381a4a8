// kubectl get's less common modes: --raw (one GET printed as is) and --server-print=false
// (the client's own NAME/AGE table over plain objects).
import type { KubeObject } from '../client/types.js';
import { humanDuration } from '../apiserver/tables/duration.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { rawRequest } from './raw-request.js';
import type { ServerTable } from './printers/table.js';

/** `get --raw PATH`: the response body, byte for byte; errors as kubectl words them. */
export async function rawGet(c: CliContext, path: string): Promise<void> {
  // kubectl parses the path as a request URI: it must be absolute
  if (!path.startsWith('/')) throw new CliError(`--raw must be a valid URL path: parse ${JSON.stringify(path)}: invalid URI for request`);
  await rawRequest(c, 'GET', path);
}

/** The table kubectl prints itself when it does not ask the server for one: NAME and AGE. */
export function clientSideTable(items: KubeObject[]): ServerTable {
  const now = Date.now();
  return {
    kind: 'Table',
    columnDefinitions: [
      { name: 'Name', type: 'string', format: 'name' },
      { name: 'Age', type: 'string', format: '' },
    ],
    rows: items.map((it) => {
      const created = it.metadata?.creationTimestamp ? Date.parse(it.metadata.creationTimestamp) : NaN;
      return { cells: [it.metadata?.name ?? '', Number.isNaN(created) ? '<unknown>' : humanDuration(now - created)], object: { metadata: it.metadata } };
    }),
  };
}
