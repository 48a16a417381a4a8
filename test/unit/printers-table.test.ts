import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noResourcesMessage, renderTables, TableWatchPrinter, type ServerTable, type TableSection } from '../../src/cli/printers/table.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/printers/${name}`, import.meta.url), 'utf8'));
const tables: Record<string, ServerTable> = fixture('table-cases.tables.json');
const captured: Record<string, { args: string[]; stdout: string; stderr: string }> = fixture('table-cases.kubectl.json');

const KINDS: Record<string, { plural: string; prefix: string; group: string; namespaced: boolean }> = {
  pods: { plural: 'pods', prefix: 'pod', group: '', namespaced: true },
  deploy: { plural: 'deployments', prefix: 'deployment.apps', group: 'apps', namespaced: true },
  svc: { plural: 'services', prefix: 'service', group: '', namespaced: true },
  nodes: { plural: 'nodes', prefix: 'node', group: '', namespaced: false },
  cm: { plural: 'configmaps', prefix: 'configmap', group: '', namespaced: true },
  configmaps: { plural: 'configmaps', prefix: 'configmap', group: '', namespaced: true },
};

/** A tiny model of `kubectl get` over the stand-in server: which Tables, in which sections. */
function simulateGet(args: string[]): { stdout: string; stderr: string } {
  const flag = (f: string) => args.includes(f);
  const labelColumns: string[] = [];
  args.forEach((a, i) => a === '-L' && labelColumns.push(...args[i + 1].split(',')));
  const positional = args.filter((a, i) => i > 0 && !a.startsWith('-') && !['-o', '-L'].includes(args[i - 1]));
  const kinds = positional[0].split(',').map((k) => KINDS[k]);
  const names = positional.slice(1);
  const all = flag('-A');
  if (flag('-w') || flag('--watch-only')) return simulateWatch(args, positional[0], all, labelColumns);
  const multi = kinds.length > 1 || flag('--show-kind');
  const sections: TableSection[] = kinds.map((k) => {
    const base = `${k.group ? `/apis/${k.group}/v1` : '/api/v1'}${k.namespaced && !all ? '/namespaces/default' : ''}/${k.plural}`;
    let table = structuredClone(tables[base]);
    if (names.length) {
      table = structuredClone(tables[`${base}/${names[0]}`]);
      for (const n of names.slice(1)) table.rows!.push(...tables[`${base}/${n}`].rows!);
    }
    return { table, namespaced: k.namespaced, kindPrefix: multi ? k.prefix : undefined, resource: k.plural };
  });
  const stdout = renderTables(sections, { wide: args.includes('wide'), noHeaders: flag('--no-headers'), withNamespace: all, showLabels: flag('--show-labels'), labelColumns });
  const stderr = stdout ? '' : noResourcesMessage(kinds.every((k) => k.namespaced) && !all ? 'default' : undefined);
  return { stdout, stderr };
}

/** get -w over the stand-in server: the list, then every stored event, through one TableWatchPrinter. */
function simulateWatch(args: string[], kind: string, all: boolean, labelColumns: string[]): { stdout: string; stderr: string } {
  const path = `/api/v1${all ? '' : '/namespaces/default'}/${KINDS[kind].plural}`;
  let stdout = '';
  const p = new TableWatchPrinter(
    { wide: args.includes('wide'), noHeaders: args.includes('--no-headers'), withNamespace: all, showLabels: args.includes('--show-labels'), labelColumns },
    (s) => (stdout += s),
  );
  const withEvents = args.includes('--output-watch-events');
  if (!args.includes('--watch-only')) p.print(structuredClone(tables[path]), withEvents ? 'ADDED' : undefined);
  const events = (tables as unknown as Record<string, { type: string; object: ServerTable }[]>)[`WATCH ${path}`];
  for (const ev of structuredClone(events)) p.print(ev.object, withEvents ? ev.type : undefined);
  return { stdout, stderr: '' };
}

describe('renderTables and TableWatchPrinter against kubectl 1.33 get', () => {
  // the -o yaml|json|name|custom-columns captures belong to printers-output.test.ts
  const humanReadable = Object.entries(captured).filter(([, c]) => !c.args.includes('-o') || c.args[c.args.indexOf('-o') + 1] === 'wide');
  for (const [name, c] of humanReadable) {
    it(`${name}: kubectl ${c.args.join(' ')}`, () => {
      expect(simulateGet(c.args)).toEqual({ stdout: c.stdout, stderr: c.stderr });
    });
  }
});

describe('TableWatchPrinter', () => {
  const cols = [
    { name: 'Name', type: 'string', format: 'name' },
    { name: 'Ready', type: 'string' },
    { name: 'Age', type: 'string' },
  ];
  const row = (name: string, ready: string) => ({ cells: [name, ready, '1s'], object: { metadata: { name, namespace: 'default' } } });

  it('prints the header once and keeps column widths from earlier events', () => {
    let out = '';
    const p = new TableWatchPrinter({ wide: false, noHeaders: false, withNamespace: false, showLabels: false, labelColumns: [] }, (s) => (out += s));
    p.print({ columnDefinitions: cols, rows: [row('a-very-long-pod-name', '0/1')] });
    p.print({ columnDefinitions: [], rows: [row('b', '1/1')] });
    p.print({ columnDefinitions: cols, rows: [row('c', '1/1')] });
    expect(out).toBe(
      'NAME                   READY   AGE\n' +
        'a-very-long-pod-name   0/1     1s\n' +
        'b                      1/1     1s\n' +
        'c                      1/1     1s\n',
    );
  });

  it('adds the EVENT column for --output-watch-events', () => {
    let out = '';
    const p = new TableWatchPrinter({ wide: false, noHeaders: false, withNamespace: true, showLabels: false, labelColumns: [] }, (s) => (out += s));
    p.print({ columnDefinitions: cols, rows: [row('a', '0/1')] }, 'ADDED');
    p.print({ rows: [row('a', '1/1')] }, 'MODIFIED');
    expect(out).toBe('EVENT      NAMESPACE   NAME   READY   AGE\nADDED      default     a      0/1     1s\nMODIFIED   default     a      1/1     1s\n');
  });

  it('prints nothing, not even headers, for an empty table', () => {
    let out = '';
    const p = new TableWatchPrinter({ wide: false, noHeaders: false, withNamespace: false, showLabels: false, labelColumns: [] }, (s) => (out += s));
    p.print({ columnDefinitions: cols, rows: [] });
    expect(out).toBe('');
    p.print({ columnDefinitions: cols, rows: [row('x', '1/1')] });
    expect(out).toBe('NAME   READY   AGE\nx      1/1     1s\n');
  });
});
