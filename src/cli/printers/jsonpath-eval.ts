// Evaluates parsed JSONPath over decoded JSON like client-go's jsonpath.JSONPath.FindResults,
// including its range/end bookkeeping (an unclosed range runs the rest of the template per item,
// then once more for the outer object, exactly as kubectl does).
import { GoNum, formatV, kindOf, typeName } from './gotemplate-fmt.js';
import { FuncError, jsonPathCompare } from './gotemplate-funcs.js';
import type { JpList, JpNode } from './jsonpath-parse.js';

export class JsonPathExecError extends Error {}

/** Children of a value for `*` and `..`: array items, map values (by key), or a string's bytes. */
function children(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [...Buffer.from(v)].map((b) => new GoNum(b, 'int'));
  if (v !== null && typeof v === 'object' && !(v instanceof GoNum)) {
    const m = v as Record<string, unknown>;
    return Object.keys(m).sort().map((k) => m[k]);
  }
  return undefined;
}

export class JsonPathEvaluator {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JpNode | undefined;

  constructor(private allowMissingKeys: boolean) {}

  /** One result set per action (and per text node), in template order. */
  findResults(data: unknown, nodes: JpNode[]): unknown[][] {
    const cur = [data];
    const full: unknown[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const results = this.walk(cur, node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length) for (const v of results) full.push(...this.findResults(v, rest));
        else this.findResults(undefined, rest);
        this.inRange--;
        // Resume after the {end} that closed this range, if there was one.
        const k = nodes.indexOf(this.lastEndNode as JpNode, i + 1);
        if (k >= 0) i = k;
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: unknown[], node: JpNode): unknown[] {
    switch (node.t) {
      case 'list':
        return this.evalList(input, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(input, node.name);
      case 'array':
        return this.evalArray(input, node);
      case 'filter':
        return this.evalFilter(input, node);
      case 'number':
      case 'bool':
        return input.map(() => node.value);
      case 'wildcard':
        return input.flatMap((v) => (v === null || v === undefined ? [] : children(v) ?? []));
      case 'recursive':
        return this.evalRecursive(input);
      case 'union':
        return node.lists.flatMap((l) => this.evalList(input, l));
      case 'identifier':
        return this.evalIdentifier(input, node.name);
    }
  }

  evalList(input: unknown[], list: JpList): unknown[] {
    let cur = input;
    for (const n of list.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalIdentifier(input: unknown[], name: string): unknown[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      throw new JsonPathExecError('not in range, nothing to end');
    }
    throw new JsonPathExecError(`unrecognized identifier ${name}`);
  }

  private evalField(input: unknown[], name: string): unknown[] {
    const results: unknown[] = [];
    if (!input.length) return results;
    for (const v of input) {
      if (kindOf(v) !== 'map') continue;
      const m = v as Record<string, unknown>;
      if (Object.prototype.hasOwnProperty.call(m, name)) results.push(m[name]);
    }
    if (!results.length && !this.allowMissingKeys) throw new JsonPathExecError(`${name} is not found`);
    return results;
  }

  private evalArray(input: unknown[], node: Extract<JpNode, { t: 'array' }>): unknown[] {
    const result: unknown[] = [];
    for (const v of input) {
      if (v === null || v === undefined) continue;
      if (!Array.isArray(v)) throw new JsonPathExecError(`${typeName(v)} is not array or slice`);
      const len = v.length;
      const [p0, p1, p2] = node.params.map((p) => ({ ...p }));
      if (!p0.known) p0.value = 0;
      if (p0.value < 0) p0.value += len;
      if (!p1.known) p1.value = len;
      if (p1.value < 0 || (p1.value === 0 && p1.derived)) p1.value += len;
      if (p1.value === p0.value) return result;
      if (p0.value >= len || p0.value < 0) throw new JsonPathExecError(`array index out of bounds: index ${p0.value}, length ${len}`);
      if (p1.value > len || p1.value < 0) throw new JsonPathExecError(`array index out of bounds: index ${p1.value - 1}, length ${len}`);
      if (p0.value > p1.value) throw new JsonPathExecError(`starting index ${p0.value} is greater than ending index ${p1.value}`);
      let step = 1;
      if (p2.known) {
        if (p2.value <= 0) throw new JsonPathExecError('step must be > 0');
        step = p2.value;
      }
      const part = v.slice(p0.value, p1.value);
      for (let i = 0; i < part.length; i += step) result.push(part[i]);
    }
    return result;
  }

  private evalRecursive(input: unknown[]): unknown[] {
    const result: unknown[] = [];
    for (const v of input) {
      if (v === null || v === undefined) continue;
      const kids = children(v) ?? [];
      if (kids.length) {
        result.push(v);
        result.push(...this.evalRecursive(kids));
      }
    }
    return result;
  }

  private evalFilter(input: unknown[], node: Extract<JpNode, { t: 'filter' }>): unknown[] {
    const results: unknown[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) throw new JsonPathExecError(`${v === undefined ? '<invalid reflect.Value>' : formatV(v)} is not array or slice and cannot be filtered`);
      for (const item of v) {
        let lefts: unknown[] = [];
        let leftErr: unknown;
        try {
          lefts = this.evalList([item], node.left);
        } catch (e) {
          leftErr = e;
        }
        if (node.op === 'exists') {
          if (lefts.length) results.push(item);
          continue;
        }
        if (leftErr) throw leftErr;
        if (!lefts.length) continue;
        if (lefts.length > 1) throw new JsonPathExecError('can only compare one element at a time');
        const rights = this.evalList([item], node.right);
        if (!rights.length) continue;
        if (rights.length > 1) throw new JsonPathExecError('can only compare one element at a time');
        let pass: boolean;
        try {
          pass = jsonPathCompare(node.op, lefts[0], rights[0]);
        } catch (e) {
          throw e instanceof FuncError ? new JsonPathExecError(e.message) : e;
        }
        if (pass) results.push(item);
      }
    }
    return results;
  }
}
