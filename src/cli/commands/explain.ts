// mk explain TYPE[.field.path] [--recursive] [--api-version G/V]: kubectl's explain (v2, plaintext
// template) rendered from the server's /openapi/v3 documents, byte for byte.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliError, ExitError } from '../errors.js';
import { formatV } from '../printers/gotemplate-fmt.js';
import type { MappedResource } from '../resource-mapper.js';

type Schema = Record<string, unknown>;
type History = Record<string, number>;

const isMap = (v: unknown): v is Schema => !!v && typeof v === 'object' && !Array.isArray(v);
/** Go template truthiness for the values a JSON document holds. */
const truthy = (v: unknown): boolean => {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
};
const mapOf = (v: unknown): Schema | undefined => (isMap(v) && truthy(v) ? v : undefined);
/** additionalProperties that is a schema (not `true`/`false`). */
const extraProps = (s: Schema): Schema | undefined => mapOf(s.additionalProperties);
const goKeys = (m: Schema): string[] => Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** mitchellh/go-wordwrap v1.0.1 WrapString: breaks at whitespace, counting runes. */
export function wrapString(s: string, lim: number): string {
  let buf = '';
  let current = 0;
  let word = '';
  let wordLen = 0;
  let space = '';
  let spaceLen = 0;
  for (const ch of s) {
    if (ch === '\n') {
      if (!wordLen) {
        if (current + spaceLen > lim) current = 0;
        else buf += space;
      } else buf += space + word;
      space = '';
      spaceLen = 0;
      word = '';
      wordLen = 0;
      buf += ch;
      current = 0;
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (!spaceLen || wordLen) {
        current += spaceLen + wordLen;
        buf += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + spaceLen + wordLen > lim && wordLen < lim) {
        buf += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }
  if (!wordLen) {
    if (current + spaceLen <= lim) buf += space;
  } else buf += space + word;
  return buf;
}

const indent = (n: number, s: string): string => {
  const pad = ' '.repeat(n);
  return pad + s.split('\n').join('\n' + pad);
};

export class ExplainRenderer {
  constructor(private doc: Schema) {}

  resolveRef(ref: unknown): Schema | undefined {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
    let cur: Schema = this.doc;
    for (const k of decodeURIComponent(ref.slice(1)).split('/')) {
      if (!k) continue;
      const next = cur[k.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (!isMap(next)) return undefined;
      cur = next;
    }
    return cur;
  }

  private resolved(s: Schema): Schema {
    return mapOf(this.resolveRef(s.$ref)) ?? s;
  }

  description(schema: Schema): string {
    const r = this.resolved(schema);
    if (!truthy(r)) return '';
    let out = truthy(r.description) ? `${r.description}\n` : '';
    for (const sub of (Array.isArray(r.allOf) ? r.allOf : []) as Schema[]) out += this.description(sub);
    if (mapOf(r.items)) out += this.description(r.items as Schema);
    const ap = extraProps(r);
    if (ap) out += this.description(ap);
    return out;
  }

  private externalDocs(schema: Schema, ind = 0): string {
    const ed = mapOf(schema.externalDocs);
    if (!ed) return '';
    let out = indent(ind, 'EXTERNAL DOCS:') + '\n';
    if (truthy(ed.description)) out += indent(ind + 4, wrapString(String(ed.description), 76 - ind)) + '\n';
    if (truthy(ed.url)) out += indent(ind + 4, `URL: ${ed.url}`) + '\n';
    return out;
  }

  typeGuess(s: Schema): string {
    if (!truthy(s)) throw new CliError("expected schema argument to subtemplate 'typeguess'");
    if (mapOf(s.items)) return '[]' + this.typeGuess(s.items as Schema);
    const ap = extraProps(s);
    if (ap) return 'map[string]' + this.typeGuess(ap);
    if (Array.isArray(s.allOf) && s.allOf.length === 1 && !truthy(s.properties)) return this.typeGuess(s.allOf[0] as Schema);
    if (truthy(s.$ref)) {
      const ref = String(s.$ref);
      const refSchema = this.resolveRef(ref);
      if (!truthy(refSchema) || !truthy(refSchema!.type) || refSchema!.type === 'object') return ref.split('/').pop()!.split('.').pop() || 'Object';
      return String(refSchema!.type);
    }
    if (s.type === 'object') return 'Object';
    return truthy(s.type) ? String(s.type) : 'Object';
  }

  extractEnum(s: Schema, long: boolean, limit: number, ind = 0): string {
    const en = s.enum;
    if (!Array.isArray(en) || !en.length) return '';
    let out = long ? 'ENUM:' : '\n' + ' '.repeat(ind) + 'enum: ';
    for (const [i, el] of en.entries()) {
      if (limit > -1 && i >= limit) {
        out += ', ....';
        break;
      }
      if (i > 0 && !long) out += ', ';
      else if (long) out += '\n    ';
      out += el === '' ? '""' : formatV(el);
    }
    return out;
  }

  private fieldDetail(name: string, parent: Schema, short: boolean, level: number): string {
    const ind = level * 2;
    const f = (parent.properties as Schema)[name] as Schema;
    let out = indent(ind, name) + `\t<${this.typeGuess(f)}>`;
    if (Array.isArray(parent.required) && parent.required.includes(name)) out += ' -required-';
    out += this.extractEnum(f, false, 4, ind) + '\n';
    if (!short) {
      out += indent(ind + 2, wrapString(truthy(f.description) ? String(f.description) : '<no description>', 78 - ind)) + '\n';
      if (mapOf(f.externalDocs)) out += '\n' + this.externalDocs(f, ind + 2);
      out += '\n';
    }
    return out;
  }

  fieldList(schema: Schema, level: number, history: History | undefined, recursive: boolean): string {
    const ref = typeof schema.$ref === 'string' ? schema.$ref : '';
    if (ref && history?.[ref]) return '';
    const next = { ...(history ?? {}), [ref]: 1 };
    const r = this.resolved(schema);
    let out = '';
    const props = isMap(r.properties) ? r.properties : {};
    for (const k of goKeys(props)) {
      out += this.fieldDetail(k, r, recursive, level);
      if (recursive) out += this.fieldList(props[k] as Schema, level + 1, next, recursive);
    }
    for (const sub of (Array.isArray(r.allOf) ? r.allOf : []) as Schema[]) out += this.fieldList(sub, level, next, recursive);
    if (mapOf(r.items)) out += this.fieldList(r.items as Schema, level, next, recursive);
    const ap = extraProps(r);
    if (ap) out += this.fieldList(ap, level, next, recursive);
    return out;
  }

  output(schema: Schema, history: History, path: string[], recursive: boolean): string {
    const ref = typeof schema.$ref === 'string' ? schema.$ref : '';
    const next = { ...history, [ref]: 1 };
    const r = this.resolved(schema);
    if (!path.length) {
      let out = 'DESCRIPTION:\n' + indent(4, wrapString(this.description(r) || '<empty>', 76)) + '\n';
      const ext = this.externalDocs(r);
      if (ext) out += '\n' + ext;
      const fields = this.fieldList(r, 1, undefined, recursive);
      if (fields) out += 'FIELDS:\n' + fields;
      return out;
    }
    if (ref && history[ref]) return '';
    const props = mapOf(r.properties);
    const sub = props && mapOf(props[path[0]]);
    if (sub) {
      let out = '';
      if (path.length === 1) out += `FIELD: ${path[0]} <${this.typeGuess(sub)}>\n` + this.extractEnum(sub, true, -1) + '\n\n';
      return out + this.output(sub, {}, path.slice(1), recursive);
    }
    if (mapOf(r.items)) return this.output(r.items as Schema, next, path, recursive);
    const ap = extraProps(r);
    if (ap) return this.output(ap, next, path, recursive);
    for (const s of (Array.isArray(r.allOf) ? r.allOf : []) as Schema[]) {
      const o = this.output(s, next, path, recursive);
      if (o) return o;
    }
    return '';
  }

  /** The GVK the document's operations on this resource report. */
  private gvkFor(group: string, version: string, resource: string): Schema | undefined {
    const prefix = group ? `/apis/${group}` : '/api';
    const search = [
      [prefix, version, resource],
      [prefix, version, resource, '{name}'],
      [prefix, version, 'namespaces', '{namespace}', resource],
      [prefix, version, 'namespaces', '{namespace}', resource, '{name}'],
    ].map((p) => p.join('/'));
    let gvk: Schema | undefined;
    const paths = (this.doc.paths ?? {}) as Record<string, Schema>;
    for (const p of search) {
      const item = mapOf(paths[p]);
      if (!item) continue;
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const op = mapOf(item[method]);
        const found = op && mapOf(op['x-kubernetes-group-version-kind']);
        if (found) {
          gvk = found;
          break;
        }
      }
    }
    return gvk;
  }

  /** The whole plaintext explanation; throws (after `partial`) like the template's `throw`. */
  render(group: string, version: string, resource: string, path: string[], recursive: boolean, partial: (s: string) => void): string {
    const gvk = this.gvkFor(group, version, resource);
    if (!gvk) throw new CliError(`error: GVR (${group ? `${group}/${version}` : version}, Resource=${resource}) not found in OpenAPI schema`);
    let head = '';
    if (truthy(gvk.group)) head += `GROUP:      ${gvk.group}\n`;
    head += `KIND:       ${gvk.kind}\nVERSION:    ${gvk.version}\n\n`;
    const same = (x: unknown) => isMap(x) && Object.keys(x).length === Object.keys(gvk).length && Object.keys(gvk).every((k) => x[k] === gvk[k]);
    const schemas = ((this.doc.components as Schema | undefined)?.schemas ?? {}) as Record<string, Schema>;
    for (const name of goKeys(schemas)) {
      const s = schemas[name];
      const gvks = s['x-kubernetes-group-version-kind'];
      if (!Array.isArray(gvks) || !gvks.some(same)) continue;
      const body = this.output(s, {}, path, recursive);
      if (!body) {
        partial(head);
        throw new CliError(`error: field "${path[path.length - 1]}" does not exist`);
      }
      return head + body + '\n';
    }
    partial(head);
    throw new CliError(`error: GVK ${goMap(gvk)} not found in OpenAPI schema`);
  }
}

const goMap = (m: Schema) => `map[${goKeys(m).map((k) => `${k}:${m[k]}`).join(' ')}]`;

/** "deployments.apps.spec.replicas" → the longest prefix that names a resource, and the fields after it. */
async function splitResourceRequest(c: CliContext, input: string): Promise<{ mapping: MappedResource; fields: string[] }> {
  const parts = input.split('.');
  for (let i = parts.length; i >= 1; i--) {
    const m = await c.mapper.find(parts.slice(0, i).join('.'));
    if (m) return { mapping: m, fields: parts.slice(i).filter(Boolean) };
  }
  throw new CliError(`the server doesn't have a resource type "${parts[0]}"`);
}

interface OpenApiIndex {
  paths: Record<string, { serverRelativeURL: string }>;
}

export function registerExplain(program: Command, ctx: () => CliContext): void {
  program
    .command('explain')
    .description('Get documentation for a resource')
    .argument('[resource]')
    .option('--recursive', 'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.')
    .option('--api-version <gv>', 'Use given api-version (group/version) of the resource.')
    .option('--output <format>', 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).', 'plaintext')
    .action(async (resource: string | undefined, o: { recursive?: boolean; apiVersion?: string; output?: string }) => {
      const c = ctx();
      if (!resource) throw new CliError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
      if (o.output && o.output !== 'plaintext') throw new CliError(`unsupported output format: ${o.output}`);
      let split: { mapping: MappedResource; fields: string[] };
      try {
        split = await splitResourceRequest(c, resource);
      } catch (e) {
        // kubectl prints this one without the "error: " prefix
        if (e instanceof CliError) {
          c.io.err(e.message + '\n');
          throw new ExitError(1);
        }
        throw e;
      }
      let { group, version, resource: plural } = split.mapping;
      if (o.apiVersion) {
        const gv = o.apiVersion.split('/');
        [group, version] = gv.length === 2 ? gv : ['', gv[0]];
      }
      const key = group ? `apis/${group}/${version}` : `api/${version}`;
      const index = await c.client.request<OpenApiIndex>('GET', '/openapi/v3');
      const entry = index.paths?.[key];
      if (!entry) throw new CliError(`couldn't find resource for "${group ? `${group}/${version}` : version}, Resource=${plural}"`);
      const doc = await c.client.request<Schema>('GET', entry.serverRelativeURL);
      const text = new ExplainRenderer(doc).render(group, version, plural, split.fields, !!o.recursive, (s) => c.io.out(s));
      c.io.out(text);
    });
}
