// Parse-tree nodes of Go's text/template, with Go's String() forms (shown in execution errors).
import { GoNum } from './gotemplate-fmt.js';

export type Node =
  | { t: 'text'; pos: number; text: string }
  | { t: 'action'; pos: number; line: number; pipe: PipeNode }
  | { t: 'if' | 'with' | 'range'; pos: number; line: number; pipe: PipeNode; list: ListNode; elseList?: ListNode }
  | { t: 'template'; pos: number; line: number; name: string; pipe?: PipeNode }
  | { t: 'break' | 'continue'; pos: number; line: number };

export type ControlNode = Extract<Node, { t: 'if' | 'with' | 'range' }>;

export interface ListNode {
  t: 'list';
  pos: number;
  nodes: Node[];
}

export interface PipeNode {
  t: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}

export interface CommandNode {
  t: 'command';
  pos: number;
  args: ArgNode[];
}

export interface VariableNode {
  t: 'variable';
  pos: number;
  ident: string[];
}

export type ArgNode =
  | VariableNode
  | PipeNode
  | { t: 'field'; pos: number; ident: string[] }
  | { t: 'chain'; pos: number; node: ArgNode; field: string[] }
  | { t: 'identifier'; pos: number; ident: string }
  | { t: 'dot' | 'nil'; pos: number }
  | { t: 'bool'; pos: number; value: boolean }
  | { t: 'number'; pos: number; text: string; value: number | GoNum; isInt: boolean; isFloat: boolean }
  | { t: 'string'; pos: number; quoted: string; text: string };

export type AnyNode = Node | ListNode | ArgNode | CommandNode;

export function nodeString(n: AnyNode): string {
  switch (n.t) {
    case 'text':
      return n.text;
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'if':
    case 'with':
    case 'range':
      return `{{${n.t} ${nodeString(n.pipe)}}}${nodeString(n.list)}${n.elseList ? `{{else}}${nodeString(n.elseList)}` : ''}{{end}}`;
    case 'template':
      return n.pipe ? `{{template ${JSON.stringify(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${JSON.stringify(n.name)}}}`;
    case 'break':
    case 'continue':
      return `{{${n.t}}}`;
    case 'pipe': {
      const decl = n.decl.length ? n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ') : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args.map((a) => (a.t === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'variable':
      return n.ident.join('.');
    case 'field':
      return '.' + n.ident.join('.');
    case 'chain':
      return (n.node.t === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + '.' + n.field.join('.');
    case 'identifier':
      return n.ident;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
  }
}
