// The Go text/template subset kubectl tutorials use: fields, range/if/with/end, index, literals.
import { CliError } from '../errors.js';

type Tok = { kind: 'text'; text: string } | { kind: 'action'; body: string };

function tokenize(t: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < t.length) {
    const open = t.indexOf('{{', i);
    if (open < 0) {
      out.push({ kind: 'text', text: t.slice(i) });
      break;
    }
    let text = t.slice(i, open);
    let start = open + 2;
    if (t[start] === '-') {
      text = text.replace(/\s+$/, '');
      start++;
    }
    if (text) out.push({ kind: 'text', text });
    const close = t.indexOf('}}', start);
    if (close < 0) throw new CliError(`error parsing template ${t}, template: output:1: unclosed action`);
    let body = t.slice(start, close);
    i = close + 2;
    if (body.endsWith('-')) {
      body = body.slice(0, -1);
      while (i < t.length && /\s/.test(t[i])) i++;
    }
    out.push({ kind: 'action', body: body.trim() });
  }
  return out;
}

function goString(v: unknown): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  if (typeof v === 'object') return `map[${Object.keys(v as object).sort().map((k) => `${k}:${goString((v as Record<string, unknown>)[k])}`).join(' ')}]`;
  return String(v);
}

function evalExpr(expr: string, dot: unknown, vars: Map<string, unknown>): unknown {
  expr = expr.trim();
  const paren = /^\((.*)\)(\.[\w.]+)?$/.exec(expr);
  if (paren) return field(evalExpr(paren[1], dot, vars), paren[2] ?? '');
  const str = /^"((?:[^"\\]|\\.)*)"$/.exec(expr);
  if (str) return JSON.parse(`"${str[1]}"`);
  const raw = /^`([^`]*)`$/.exec(expr);
  if (raw) return raw[1];
  if (/^-?\d+$/.test(expr)) return Number(expr);
  const args = splitArgs(expr);
  if (args[0] === 'index') {
    let v = evalExpr(args[1], dot, vars);
    for (const a of args.slice(2)) v = (v as Record<string, unknown>)?.[evalExpr(a, dot, vars) as string];
    return v;
  }
  if (args[0] === 'len') {
    const v = evalExpr(args[1], dot, vars);
    return Array.isArray(v) ? v.length : typeof v === 'string' ? v.length : Object.keys(v ?? {}).length;
  }
  if (args[0] === 'eq') return evalExpr(args[1], dot, vars) === evalExpr(args[2], dot, vars);
  if (args[0] === 'ne') return evalExpr(args[1], dot, vars) !== evalExpr(args[2], dot, vars);
  if (args[0] === 'not') return !truthy(evalExpr(args[1], dot, vars));
  if (expr.startsWith('$')) {
    const m = /^(\$\w*)(.*)$/.exec(expr)!;
    return field(vars.get(m[1]), m[2]);
  }
  if (expr.startsWith('.')) return field(dot, expr === '.' ? '' : expr);
  throw new CliError(`error parsing template ${expr}, template: output:1: function "${args[0]}" not defined`);
}

function splitArgs(s: string): string[] {
  return s.match(/\([^)]*\)[\w.]*|"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g) ?? [];
}

function field(v: unknown, path: string): unknown {
  for (const seg of path.split('.').filter(Boolean)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

const truthy = (v: unknown) => !(v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && !v.length) || (typeof v === 'object' && v && !Object.keys(v).length));

interface Block {
  kind: 'root' | 'range' | 'if' | 'with';
  expr?: string;
  varNames?: string[];
  body: (Tok | Block)[];
  elseBody?: (Tok | Block)[];
}

function build(toks: Tok[]): Block {
  const root: Block = { kind: 'root', body: [] };
  const stack: Block[] = [root];
  const target = () => {
    const b = stack[stack.length - 1];
    return b.elseBody ?? b.body;
  };
  for (const t of toks) {
    if (t.kind === 'text' || t.body.startsWith('/*')) {
      if (t.kind === 'text') target().push(t);
      continue;
    }
    const m = /^(range|if|with)\s+(.*)$/.exec(t.body);
    if (m) {
      const b: Block = { kind: m[1] as Block['kind'], expr: m[2], body: [] };
      const decl = /^(\$\w+)(?:\s*,\s*(\$\w+))?\s*:=\s*(.*)$/.exec(m[2]);
      if (decl) {
        b.varNames = [decl[1], decl[2]].filter(Boolean) as string[];
        b.expr = decl[3];
      }
      target().push(b);
      stack.push(b);
    } else if (t.body === 'else') stack[stack.length - 1].elseBody = [];
    else if (t.body === 'end') {
      if (stack.length === 1) throw new CliError('error parsing template, template: output:1: unexpected {{end}}');
      stack.pop();
    } else target().push(t);
  }
  if (stack.length > 1) throw new CliError('error parsing template, template: output:1: unexpected EOF');
  return root;
}

function exec(nodes: (Tok | Block)[], dot: unknown, vars: Map<string, unknown>, out: string[]): void {
  for (const n of nodes) {
    if ('kind' in n && n.kind === 'text') out.push((n as { text: string }).text);
    else if ('kind' in n && n.kind === 'action') {
      const body = (n as { body: string }).body;
      const decl = /^(\$\w+)\s*:=\s*(.*)$/.exec(body);
      if (decl) vars.set(decl[1], evalExpr(decl[2], dot, vars));
      else out.push(goString(evalExpr(body, dot, vars)));
    } else {
      const b = n as Block;
      const v = evalExpr(b.expr!, dot, vars);
      if (b.kind === 'range') {
        const entries: [unknown, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]) : [];
        if (!entries.length && b.elseBody) exec(b.elseBody, dot, vars, out);
        for (const [k, x] of entries) {
          const scope = new Map(vars);
          if (b.varNames?.length === 2) {
            scope.set(b.varNames[0], k);
            scope.set(b.varNames[1], x);
          } else if (b.varNames?.length === 1) scope.set(b.varNames[0], x);
          exec(b.body, x, scope, out);
        }
      } else if (truthy(v)) exec(b.body, b.kind === 'with' ? v : dot, vars, out);
      else if (b.elseBody) exec(b.elseBody, dot, vars, out);
    }
  }
}

export function executeGoTemplate(template: string, data: unknown): string {
  const out: string[] = [];
  exec(build(tokenize(template)).body, data, new Map([['$', data]]), out);
  return out.join('');
}
