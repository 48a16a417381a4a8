// kubectl's JSONPath subset: fields, indexes, slices, wildcards, range/end, literals.
import { CliError } from '../errors.js';

type Node = { kind: 'text'; text: string } | { kind: 'expr'; path: string } | { kind: 'range'; path: string; body: Node[] };

function parse(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      stack[stack.length - 1].push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1].push({ kind: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}', open);
    if (close < 0) throw new CliError(`error parsing jsonpath ${template}, unclosed action`);
    const body = template.slice(open + 1, close).trim();
    i = close + 1;
    const lit = /^(["'])(.*)\1$/s.exec(body);
    if (lit) stack[stack.length - 1].push({ kind: 'text', text: lit[2].replace(/\\n/g, '\n').replace(/\\t/g, '\t') });
    else if (body.startsWith('range ')) {
      const node: Node = { kind: 'range', path: body.slice(6).trim(), body: [] };
      stack[stack.length - 1].push(node);
      stack.push(node.body);
    } else if (body === 'end') {
      if (stack.length === 1) throw new CliError(`error parsing jsonpath ${template}, not in range, nothing to end`);
      stack.pop();
    } else stack[stack.length - 1].push({ kind: 'expr', path: body });
  }
  return root;
}

/** Evaluates `.a.b[0].c`, `.items[*].x`, `[1:3]`; returns every match. */
export function evaluateJsonPath(expr: string, data: unknown): unknown[][] {
  let cur: unknown[] = [data];
  const path = expr.replace(/^\$/, '');
  const re = /\.\.?([A-Za-z0-9_\-/$]+|\*)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    const next: unknown[] = [];
    for (const v of cur) {
      if (m[1] !== undefined) {
        if (m[1] === '*') {
          if (v && typeof v === 'object') next.push(...Object.values(v as object));
        } else if (v && typeof v === 'object' && m[1] in (v as object)) next.push((v as Record<string, unknown>)[m[1]]);
      } else {
        const idx = m[2].trim();
        if (!Array.isArray(v)) {
          const key = /^['"](.*)['"]$/.exec(idx)?.[1];
          if (key !== undefined && v && typeof v === 'object' && key in (v as object)) next.push((v as Record<string, unknown>)[key]);
          continue;
        }
        if (idx === '*') next.push(...v);
        else if (idx.includes(':')) {
          const [a, b] = idx.split(':').map((x) => (x.trim() === '' ? undefined : Number(x)));
          next.push(...v.slice(a, b));
        } else {
          const n = Number(idx);
          const el = v[n < 0 ? v.length + n : n];
          if (el !== undefined) next.push(el);
        }
      }
    }
    cur = next;
  }
  return [cur];
}

function format(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function run(nodes: Node[], data: unknown, out: string[]): void {
  for (const n of nodes) {
    if (n.kind === 'text') out.push(n.text);
    else if (n.kind === 'expr') out.push(evaluateJsonPath(n.path, data)[0].map(format).join(' '));
    else for (const item of evaluateJsonPath(n.path, data)[0]) run(n.body, item, out);
  }
}

export function executeJsonPath(template: string, data: unknown, _opts: { allowMissingKeys?: boolean } = {}): string {
  const out: string[] = [];
  run(parse(template), data, out);
  return out.join('');
}
