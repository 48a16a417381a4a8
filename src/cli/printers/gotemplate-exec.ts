// Executes a parsed Go text/template over decoded JSON the way text/template's exec.go does,
// including which node an error is reported "at" and Go's error texts.
import { GoNum, formatV, kindOf, typeName } from './gotemplate-fmt.js';
import { BUILTINS, FuncError, isTrue, type GoFunc, type ParamType } from './gotemplate-funcs.js';
import { nodeString, type AnyNode, type ControlNode, type ArgNode, type CommandNode, type ListNode, type Node, type PipeNode, type VariableNode } from './gotemplate-nodes.js';

export class TemplateExecError extends Error {}

/**
 * A value plus whether Go holds it inside an interface{} (values read out of maps and slices).
 * That decides error wording ("in type interface {}") and nil handling.
 */
interface Val {
  v: unknown;
  iface: boolean;
}

const MISSING: Val = { v: Symbol('missing'), iface: false };
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
const plain = (v: unknown): Val => ({ v, iface: false });

export class TemplateExecutor {
  private vars: { name: string; val: Val }[] = [];
  private node: AnyNode | undefined;
  private tmplName: string;
  readonly out: string[] = [];

  /** missingkey=error (kubectl's --allow-missing-template-keys=false) instead of <no value> */
  missingKeyError = false;

  constructor(private trees: Map<string, ListNode>, private text: string, private parseName: string) {
    this.tmplName = parseName;
  }

  execute(data: unknown): void {
    const root = this.trees.get(this.parseName)!;
    const dot = plain(data);
    this.vars = [{ name: '$', val: dot }];
    this.walk(dot, root);
  }

  // ---- errors ----
  private errorf(msg: string): never {
    if (!this.node) throw new TemplateExecError(`template: ${this.tmplName}: ${msg}`);
    const pos = this.node.pos;
    const before = this.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? pos : pos - (nl + 1);
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    throw new TemplateExecError(`template: ${this.parseName}:${line}:${col}: executing ${JSON.stringify(this.tmplName)} at <${nodeString(this.node)}>: ${msg}`);
  }

  // ---- variables ----
  private varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].val;
    this.errorf(`undefined variable: ${name}`);
  }
  private setVar(name: string, val: Val): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].val = val;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // ---- walking ----
  private walk(dot: Val, node: Node | ListNode): void {
    this.node = node;
    switch (node.t) {
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'text':
        this.out.push(node.text);
        return;
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (!node.pipe.decl.length) {
          this.node = node;
          this.out.push(val.v === undefined ? '<no value>' : formatV(val.v));
        }
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const val = this.evalPipeline(dot, node.pipe);
        if (isTrue(val.v)) this.walk(node.t === 'with' ? val : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'template':
        this.walkTemplate(dot, node);
        return;
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
    }
  }

  private walkRange(dot: Val, r: ControlNode): void {
    this.node = r;
    const outer = this.vars.length;
    const val = this.evalPipeline(dot, r.pipe);
    const mark = this.vars.length;
    const decl = r.pipe.decl.length;
    // Returns false when the body executed {{break}}.
    const oneIteration = (index: Val, elem: Val): boolean => {
      if (decl > 0) this.vars[this.vars.length - 1].val = elem;
      if (decl > 1) this.vars[this.vars.length - 2].val = index;
      try {
        this.walk(elem, r.list);
      } catch (e) {
        if (e === BREAK) return false;
        if (e !== CONTINUE) throw e;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    const v = val.v;
    let ran = false;
    switch (kindOf(v)) {
      case 'slice':
        (v as unknown[]).every((e, i) => ((ran = true), oneIteration(plain(new GoNum(i, 'int')), { v: e, iface: true })));
        break;
      case 'map': {
        const m = v as Record<string, unknown>;
        Object.keys(m).sort().every((k) => ((ran = true), oneIteration(plain(k), { v: m[k], iface: true })));
        break;
      }
      case 'int': {
        if (decl > 1) this.errorf(`can't use ${formatV(v)} to iterate over more than one variable`);
        const n = Number((v as GoNum).value ?? v);
        for (let i = 0; i < n; i++) {
          ran = true;
          if (!oneIteration(plain(new GoNum(i, 'int')), plain(new GoNum(i, 'int')))) break;
        }
        break;
      }
      case 'invalid':
      case 'nil':
        break;
      default:
        this.errorf(`range can't iterate over ${formatV(v)}`);
    }
    if (!ran && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = outer;
  }

  private walkTemplate(dot: Val, t: Extract<Node, { t: 'template' }>): void {
    this.node = t;
    const tree = this.trees.get(t.name);
    if (!tree) this.errorf(`template ${JSON.stringify(t.name)} not defined`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : plain(undefined);
    const saved = { vars: this.vars, name: this.tmplName };
    this.vars = [{ name: '$', val: newDot }];
    this.tmplName = t.name;
    try {
      this.walk(newDot, tree);
    } finally {
      this.vars = saved.vars;
      this.tmplName = saved.name;
    }
  }

  // ---- evaluation ----
  private evalPipeline(dot: Val, pipe: PipeNode): Val {
    this.node = pipe;
    let value = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // Go digs one level into interface{} values; a nil interface becomes "no value".
      if (value.iface) value = plain(value.v === null ? undefined : value.v);
    }
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.ident[0], value);
      else this.vars.push({ name: d.ident[0], val: value });
    }
    return value;
  }

  private notAFunction(args: ArgNode[], final: Val): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalCommand(dot: Val, cmd: CommandNode, final: Val): Val {
    const first = cmd.args[0];
    switch (first.t) {
      case 'field':
        this.node = first;
        return this.evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    switch (first.t) {
      case 'bool':
        return plain(first.value);
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      case 'number':
        return plain(first.value);
      case 'string':
        return plain(first.text);
    }
  }

  private evalChain(dot: Val, chain: Extract<ArgNode, { t: 'chain' }>, args: ArgNode[], final: Val): Val {
    this.node = chain;
    if (chain.node.t === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const recv = this.evalArg(dot, 'any', chain.node);
    return this.evalFieldChain(dot, recv, chain, chain.field, args, final);
  }

  private evalVariable(dot: Val, v: VariableNode, args: ArgNode[], final: Val): Val {
    this.node = v;
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: Val, recv: Val, node: AnyNode, ident: string[], args: ArgNode[], final: Val): Val {
    for (let i = 0; i < ident.length - 1; i++) recv = this.evalField(ident[i], [], MISSING, recv);
    return this.evalField(ident[ident.length - 1], args, final, recv);
  }

  private evalField(name: string, args: ArgNode[], final: Val, recv: Val): Val {
    if (recv.v === undefined) return plain(undefined);
    const typ = recv.iface ? 'interface {}' : typeName(recv.v);
    if (recv.v === null) this.errorf(`nil pointer evaluating ${typ}.${name}`);
    if (kindOf(recv.v) === 'map') {
      if (args.length > 1 || final !== MISSING) this.errorf(`${name} is not a method but has arguments`);
      const m = recv.v as Record<string, unknown>;
      if (Object.prototype.hasOwnProperty.call(m, name)) return { v: m[name], iface: true };
      if (this.missingKeyError) this.errorf(`map has no entry for key ${JSON.stringify(name)}`);
      return plain(undefined);
    }
    this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  private evalFunction(dot: Val, id: Extract<ArgNode, { t: 'identifier' }>, cmd: AnyNode, args: ArgNode[], final: Val): Val {
    this.node = id;
    const fn = BUILTINS[id.ident];
    if (!fn) this.errorf(`${JSON.stringify(id.ident)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, id.ident, args, final);
  }

  private evalCall(dot: Val, fn: GoFunc, node: AnyNode, name: string, allArgs: ArgNode[], final: Val): Val {
    const args = allArgs.slice(1);
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    const fixed = fn.params.length;
    if (fn.variadic) {
      if (numIn < fixed) this.errorf(`wrong number of args for ${name}: want at least ${fixed} got ${args.length}`);
    } else if (numIn !== fixed) this.errorf(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
    if (name === 'and' || name === 'or') {
      let v: Val = plain(undefined);
      for (const a of args) {
        v = this.evalArg(dot, 'any', a);
        if (isTrue(v.v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, 'any');
      return v;
    }
    const paramType = (i: number): ParamType => (i < fixed ? fn.params[i] : fn.variadic!);
    const argv = args.map((a, i) => this.evalArg(dot, paramType(i), a).v);
    if (final !== MISSING) argv.push(this.validateType(final, paramType(argv.length)).v);
    try {
      const result = fn.call(argv);
      // index hands back map/slice elements as interface{} values; a nil one prints as <no value>.
      return { v: result, iface: result === null };
    } catch (e) {
      if (!(e instanceof FuncError)) throw e;
      this.node = node;
      this.errorf(`error calling ${name}: ${e.message}`);
    }
  }

  private validateType(value: Val, typ: ParamType): Val {
    if (value.v === undefined) {
      if (typ === 'string') this.errorf('invalid value; expected string');
      return value;
    }
    if (typ === 'string' && typeof value.v !== 'string') {
      const got = value.iface && value.v === null ? 'interface {}' : typeName(value.v);
      this.errorf(`wrong type for value; expected string; got ${got}`);
    }
    return value;
  }

  private evalArg(dot: Val, typ: ParamType, n: ArgNode): Val {
    this.node = n;
    switch (n.t) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'string') this.errorf('cannot assign nil to string');
        return plain(undefined);
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n, n.ident, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariable(dot, n, [], MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, [n], MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChain(dot, n, [], MISSING), typ);
    }
    if (typ === 'string') {
      if (n.t === 'string') return plain(n.text);
      this.errorf(`expected string; found ${nodeString(n)}`);
    }
    switch (n.t) {
      case 'bool':
        return plain(n.value);
      case 'number':
        return plain(n.value);
      default:
        return plain(n.text);
    }
  }
}
