// -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image
import { CliError } from '../errors.js';
import { evaluateJsonPath } from './jsonpath.js';
import { tabwrite } from './tabwriter.js';

export function printCustomColumns(output: string, items: unknown[], o: { noHeaders?: boolean }): string {
  const spec = output.slice(output.indexOf('=') + 1);
  const cols = spec.split(',').map((c) => {
    const i = c.indexOf(':');
    if (i < 0) throw new CliError(`unexpected custom-columns spec: ${c}, expected <header>:<json-path-expr>`);
    return { header: c.slice(0, i), path: c.slice(i + 1).replace(/^\{(.*)\}$/, '$1') };
  });
  const rows: string[][] = o.noHeaders ? [] : [cols.map((c) => c.header)];
  for (const it of items) {
    rows.push(cols.map((c) => {
      const vals = evaluateJsonPath(c.path.startsWith('.') ? c.path : `.${c.path}`, it)[0];
      return vals.length ? vals.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(',') : '<none>';
    }));
  }
  return tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), { minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ' });
}
