// Endpoints and EndpointSlices: formatEndpoints / formatDiscoveryPorts / formatDiscoveryEndpoints.
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { age, ageColumn, column, int, nameColumn, str } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

const MAX_SHOWN = 3;

interface Subset {
  addresses?: { ip?: string }[];
  ports?: { name?: string; port?: number }[];
}

/** net.JoinHostPort: brackets around IPv6 hosts. */
function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** formatEndpoints(ep, nil): up to 3 ready ip:port values, then " + N more...". */
export function formatEndpoints(subsets: Subset[] | undefined): string {
  if (!subsets || subsets.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      // Headless services may have no ports: show bare IPs.
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === MAX_SHOWN) {
          more = true;
          break;
        }
        list.push(str(a.ip));
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === MAX_SHOWN) {
          more = true;
          break;
        }
        list.push(joinHostPort(str(a.ip), int(port.port)));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - MAX_SHOWN} more...` : ret;
}

function listWithMore(list: string[], more: boolean, count: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - MAX_SHOWN} more...`;
  return ret === '' ? '<unset>' : ret;
}

function formatDiscoveryPorts(ports: { name?: string | null; port?: number | null }[] | undefined): string {
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const p of ports ?? []) {
    if (list.length < MAX_SHOWN) list.push(p.port != null ? String(int(p.port)) : p.name != null ? p.name : '*');
    else if (list.length === MAX_SHOWN) more = true;
    count++;
  }
  return listWithMore(list, more, count);
}

function formatDiscoveryEndpoints(endpoints: { addresses?: string[] }[] | undefined): string {
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ep of endpoints ?? []) {
    for (const address of ep.addresses ?? []) {
      if (list.length < MAX_SHOWN) list.push(address);
      else if (list.length === MAX_SHOWN) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count);
}

function printEndpoints(obj: KubeObject, ctx: PrintContext): PrintedRow {
  return { cells: [str(obj.metadata?.name), formatEndpoints(obj.subsets), age(obj, ctx)] };
}

function printEndpointSlice(obj: KubeObject, ctx: PrintContext): PrintedRow {
  return {
    cells: [
      str(obj.metadata?.name),
      str(obj.addressType),
      formatDiscoveryPorts(obj.ports),
      formatDiscoveryEndpoints(obj.endpoints),
      age(obj, ctx),
    ],
  };
}

export const endpointsPrinter: TablePrinter = {
  columns: [nameColumn(), column('Endpoints', 'string', DESCRIPTIONS.endpointsSubsets), ageColumn()],
  printRow: printEndpoints,
};

export const endpointSlicePrinter: TablePrinter = {
  columns: [
    nameColumn(),
    column('AddressType', 'string', DESCRIPTIONS.endpointSliceAddressType),
    column('Ports', 'string', DESCRIPTIONS.endpointSlicePorts),
    column('Endpoints', 'string', DESCRIPTIONS.endpointSliceEndpoints),
    ageColumn(),
  ],
  printRow: printEndpointSlice,
};
