// Parser for Go's text/template, following text/template/parse: same grammar, same error texts
// ("template: output:1: unexpected EOF", `function "x" not defined`, ...).
import { GoNum, unquoteGo } from './gotemplate-fmt.js';
import { lex, tokenString, type Token, type TokType } from './gotemplate-lex.js';
import type { ArgNode, CommandNode, ListNode, Node, PipeNode, VariableNode } from './gotemplate-nodes.js';

export class TemplateParseError extends Error {}

export interface ParsedTemplates {
  /** name → body; the main template is under the name passed to parseTemplate. */
  trees: Map<string, ListNode>;
}

type Marker = { t: 'end' | 'else'; pos: number; line: number };

export function parseTemplate(name: string, text: string, funcs: Set<string>): ParsedTemplates {
  return new Parser(name, text, funcs).parse();
}

class Parser {
  private toks: Token[];
  private i = 0;
  private furthest = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private actionLine = 0;
  private trees = new Map<string, ListNode>();

  constructor(private name: string, text: string, private funcs: Set<string>) {
    this.toks = lex(text);
  }

  parse(): ParsedTemplates {
    const root: ListNode = { t: 'list', pos: 0, nodes: [] };
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'left') {
        const save = this.i;
        this.next();
        const kw = this.nextNonSpace();
        if (kw.typ === 'keyword' && kw.val === 'define') {
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n.t === 'end' || n.t === 'else') this.errorf(`unexpected {{${n.t}}}`);
      root.nodes.push(n as Node);
    }
    if (!this.trees.has(this.name) || root.nodes.some((n) => !(n.t === 'text' && /^\s*$/.test(n.text)))) this.trees.set(this.name, root);
    return { trees: this.trees };
  }

  // ---- token plumbing ----
  private next(): Token {
    const t = this.toks[Math.min(this.i, this.toks.length - 1)];
    this.i++;
    this.furthest = Math.max(this.furthest, this.i - 1);
    return t;
  }
  private backup(n = 1): void {
    this.i -= n;
  }
  private peek(): Token {
    const t = this.next();
    this.backup();
    return t;
  }
  private nextNonSpace(): Token {
    let t: Token;
    do t = this.next();
    while (t.typ === 'space');
    return t;
  }
  private peekNonSpace(): Token {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }
  private errorf(msg: string): never {
    const line = this.toks[Math.min(this.furthest, this.toks.length - 1)].line;
    throw new TemplateParseError(`template: ${this.name}:${line}: ${msg}`);
  }
  private unexpected(t: Token, context: string): never {
    if (t.typ === 'error') {
      const extra = this.actionLine !== 0 && this.actionLine !== t.line ? ` in action started at ${this.name}:${this.actionLine}` : '';
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${tokenString(t)} in ${context}`);
  }
  private expect(typ: TokType, context: string): Token {
    const t = this.nextNonSpace();
    if (t.typ !== typ) this.unexpected(t, context);
    return t;
  }

  // ---- structure ----
  private parseDefinition(): void {
    const context = 'define clause';
    const nameTok = this.nextNonSpace();
    const name = this.templateName(nameTok, context);
    this.expect('right', context);
    const [list, end] = this.itemList();
    if (end.t !== 'end') this.errorf(`unexpected {{else}} in ${context}`);
    this.trees.set(name, list);
  }

  private templateName(t: Token, context: string): string {
    if (t.typ === 'string' || t.typ === 'raw') return this.unquote(t);
    this.unexpected(t, context);
  }

  private itemList(): [ListNode, Marker] {
    const list: ListNode = { t: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction();
      if (n.t === 'end' || n.t === 'else') return [list, n as Marker];
      list.nodes.push(n as Node);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node | Marker {
    const t = this.nextNonSpace();
    if (t.typ === 'text') return { t: 'text', pos: t.pos, text: t.val };
    if (t.typ === 'left') {
      this.actionLine = t.line;
      try {
        return this.action();
      } finally {
        this.actionLine = 0;
      }
    }
    this.unexpected(t, 'input');
  }

  private action(): Node | Marker {
    const t = this.nextNonSpace();
    if (t.typ === 'keyword') {
      switch (t.val) {
        case 'block':
          return this.blockControl();
        case 'break':
        case 'continue': {
          const right = this.nextNonSpace();
          if (right.typ !== 'right') this.unexpected(right, `{{${t.val}}}`);
          if (this.rangeDepth === 0) this.errorf(`{{${t.val}}} outside {{range}}`);
          return { t: t.val, pos: t.pos, line: t.line };
        }
        case 'else': {
          const p = this.peekNonSpace();
          if (p.typ === 'keyword' && (p.val === 'if' || p.val === 'with')) return { t: 'else', pos: p.pos, line: p.line };
          const r = this.expect('right', 'else');
          return { t: 'else', pos: r.pos, line: r.line };
        }
        case 'end': {
          const r = this.expect('right', 'end');
          return { t: 'end', pos: r.pos, line: r.line };
        }
        case 'if':
        case 'range':
        case 'with':
          return this.control(t.val);
        case 'template':
          return this.templateControl();
      }
    }
    this.backup();
    const first = this.peek();
    return { t: 'action', pos: first.pos, line: first.line, pipe: this.pipeline('command', 'right') };
  }

  private control(context: 'if' | 'range' | 'with'): Node {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'right');
      if (context === 'range') this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.t === 'else') {
        const p = this.peek();
        if (context !== 'range' && p.typ === 'keyword' && p.val === context) {
          this.next();
          elseList = { t: 'list', pos: next.pos, nodes: [this.control(context)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.t !== 'end') this.errorf('expected end; found {{else}}');
        }
      }
      return { t: context, pos: pipe.pos, line: 0, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private blockControl(): Node {
    const context = 'block clause';
    const nameTok = this.nextNonSpace();
    const name = this.templateName(nameTok, context);
    const pipe = this.pipeline(context, 'right');
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    this.vars = saved;
    if (end.t !== 'end') this.errorf(`unexpected {{else}} in ${context}`);
    this.trees.set(name, list);
    return { t: 'template', pos: nameTok.pos, line: nameTok.line, name, pipe };
  }

  private templateControl(): Node {
    const context = 'template clause';
    const nameTok = this.nextNonSpace();
    const name = this.templateName(nameTok, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== 'right') {
      this.backup();
      pipe = this.pipeline(context, 'right');
    }
    return { t: 'template', pos: nameTok.pos, line: nameTok.line, name, pipe };
  }

  // ---- pipelines ----
  private pipeline(context: string, end: 'right' | 'rparen'): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { t: 'pipe', pos: first.pos, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      const save = this.i;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ t: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
      } else if (next.typ === 'comma') {
        this.nextNonSpace();
        pipe.decl.push({ t: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace();
          if (p.typ === 'variable' || p.typ === 'right' || p.typ === 'rparen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else this.i = save;
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.typ) {
        case 'bool': case 'char': case 'dot': case 'field': case 'identifier': case 'number':
        case 'nil': case 'raw': case 'string': case 'variable': case 'lparen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (!pipe.cmds.length) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].t)) this.errorf(`non executable command in pipeline stage ${i + 2}`);
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { t: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const op = this.operand();
      if (op) cmd.args.push(op);
      const t = this.next();
      if (t.typ === 'space') continue;
      if (t.typ === 'right' || t.typ === 'rparen') this.backup();
      else if (t.typ !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (!cmd.args.length) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
    switch (node.t) {
      case 'field':
        return { t: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { t: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        this.errorf(`unexpected . after term ${JSON.stringify(nodeText(node))}`);
      default:
        return { t: 'chain', pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.typ) {
      case 'identifier':
        if (!this.funcs.has(t.val)) this.errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { t: 'identifier', pos: t.pos, ident: t.val };
      case 'dot':
        return { t: 'dot', pos: t.pos };
      case 'nil':
        return { t: 'nil', pos: t.pos };
      case 'variable':
        if (!this.vars.includes(t.val)) this.errorf(`undefined variable ${JSON.stringify(t.val)}`);
        return { t: 'variable', pos: t.pos, ident: [t.val] } satisfies VariableNode;
      case 'field':
        return { t: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case 'bool':
        return { t: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'char':
      case 'number':
        return this.number(t);
      case 'lparen':
        return this.pipeline('parenthesized pipeline', 'rparen');
      case 'string':
      case 'raw':
        return { t: 'string', pos: t.pos, quoted: t.val, text: this.unquote(t) };
    }
    this.backup();
    return undefined;
  }

  private number(t: Token): ArgNode {
    const text = t.val;
    if (t.typ === 'char') {
      const r = unquoteGo(text.slice(1, -1), "'");
      if (r === undefined || [...r].length !== 1) this.errorf(`malformed character constant: ${text}`);
      return { t: 'number', pos: t.pos, text, value: new GoNum(r.codePointAt(0)!, 'int'), isInt: true, isFloat: false };
    }
    const clean = text.replace(/_/g, '');
    const isHex = /^[+-]?0[xX]/.test(clean);
    let n: number;
    if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(clean) || /^[+-]?0[oO]?[0-7]+$/.test(clean) || /^[+-]?0[bB][01]+$/.test(clean)) {
      const sign = clean.startsWith('-') ? -1 : 1;
      const body = clean.replace(/^[+-]/, '');
      const radix = /^0[xX]/.test(body) ? 16 : /^0[bB]/.test(body) ? 2 : 8;
      n = sign * parseInt(body.replace(/^0[xXbBoO]?/, '') || '0', radix);
    } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(clean)) n = Number(clean);
    else this.errorf(`illegal number syntax: ${JSON.stringify(text)}`);
    const floatSyntax = !isHex && /[.eEpP]/.test(clean);
    return { t: 'number', pos: t.pos, text, value: new GoNum(n, floatSyntax ? 'float64' : 'int'), isInt: Number.isInteger(n), isFloat: true };
  }

  private unquote(t: Token): string {
    if (t.typ === 'raw') return t.val.slice(1, -1).replace(/\r/g, '');
    const s = unquoteGo(t.val.slice(1, -1), '"');
    if (s === undefined) this.errorf('invalid syntax');
    return s;
  }
}

function nodeText(n: ArgNode): string {
  switch (n.t) {
    case 'bool':
      return String(n.value);
    case 'string':
      return n.quoted;
    case 'number':
      return n.text;
    case 'nil':
      return 'nil';
    default:
      return '.';
  }
}
