// Reads objects from -f: files, directories, "-" for stdin, multi-document YAML or JSON.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { KubeObject } from '../client/types.js';
import { CliError } from './errors.js';
import { reportAggregate } from './aggregate-errors.js';
import type { CliContext } from './context.js';
import { loadAllAsKubectl } from './yaml11.js';
import { manifestStream } from './yaml-errors.js';

export interface Manifest {
  source: string;
  object: KubeObject;
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];

function expand(path: string, recursive: boolean): string[] {
  if (path === '-') return ['-'];
  if (/^https?:\/\//.test(path)) throw new CliError(`unable to read URL "${path}": mk works offline; download the file and pass its path`);
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`the path "${path}" does not exist`);
  }
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) {
      if (recursive) out.push(...expand(full, true));
    } else if (EXTENSIONS.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

/** A manifest stream's objects up to its first syntax error, which `error` then holds. */
export interface ParsedDocuments {
  objects: KubeObject[];
  error?: CliError;
}

/** Reads documents as kubectl's stream decoder does; objects before a syntax error still count. */
export function parseDocumentStream(text: string, source: string): ParsedDocuments {
  const objects: KubeObject[] = [];
  for (const item of manifestStream(text)) {
    if ('error' in item) return { objects, error: new CliError(`error parsing ${source}: ${item.error}`) };
    let d: unknown;
    try {
      d = item.json ? JSON.parse(item.text) : loadAllAsKubectl(item.text)[0];
    } catch (e) {
      // go-yaml accepted what js-yaml refuses: say so in go-yaml's frame
      const err = e as yaml.YAMLException;
      const line = err.mark ? `line ${err.mark.line + 1}: ` : '';
      return { objects, error: new CliError(`error parsing ${source}: error converting YAML to JSON: yaml: ${line}${err.reason ?? err.message}`) };
    }
    if (d === null || d === undefined) continue;
    if (typeof d !== 'object' || Array.isArray(d)) throw new CliError(`error validating "${source}": error validating data: invalid object; if you choose to ignore these errors, turn validation off with --validate=false`);
    const obj = d as KubeObject;
    if (obj.kind === 'List' || (obj.kind?.endsWith('List') && Array.isArray(obj.items))) objects.push(...(obj.items as KubeObject[]));
    else objects.push(obj);
  }
  return { objects };
}

export function parseDocuments(text: string, source: string): KubeObject[] {
  const { objects, error } = parseDocumentStream(text, source);
  if (error) throw error;
  return objects;
}

const jsonType = (v: unknown) => (typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'number' : Array.isArray(v) ? 'array' : 'object');

/**
 * kubectl decodes each object's metadata before sending it, so `app: yes` in labels (a YAML 1.1
 * boolean) fails on the client the way encoding/json words it.
 */
function checkMetadataTypes(obj: KubeObject, source: string): void {
  const fail = (field: string, v: unknown, type: string) => {
    throw new CliError(`unable to decode "${source}": json: cannot unmarshal ${jsonType(v)} into Go struct field ObjectMeta.metadata.${field} of type ${type}`);
  };
  const md = obj.metadata as Record<string, unknown>;
  for (const f of ['name', 'namespace', 'generateName']) if (md[f] != null && typeof md[f] !== 'string') fail(f, md[f], 'string');
  for (const f of ['labels', 'annotations']) {
    const map = md[f];
    if (map == null) continue;
    if (typeof map !== 'object' || Array.isArray(map)) fail(f, map, 'map[string]string');
    for (const v of Object.values(map as object)) if (v != null && typeof v !== 'string') fail(f, v, 'string');
  }
}

/** Manifests in visiting order, and where a file's syntax error falls among them. */
export type Manifests = Manifest[] & { syntaxErrors?: { before: number; error: CliError }[] };

/**
 * Reads every -f source. A syntax error throws unless `deferSyntaxErrors`: then, as kubectl's
 * visitors do, the file's objects before it still run and the error is reported in its turn.
 */
export function readManifests(files: string[], recursive = false, deferSyntaxErrors = false): Manifests {
  const out: Manifests = [];
  for (const f of files) {
    for (const path of expand(f, recursive)) {
      const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
      const source = path === '-' ? 'STDIN' : path;
      const { objects, error } = parseDocumentStream(text, source);
      if (error && !deferSyntaxErrors) throw error;
      for (const object of objects) {
        if (!object.apiVersion || !object.kind) {
          const missing = !object.apiVersion ? 'apiVersion' : 'kind';
          throw new CliError(`error validating "${source}": error validating data: ${missing} not set; if you choose to ignore these errors, turn validation off with --validate=false`);
        }
        object.metadata ??= {};
        checkMetadataTypes(object, source);
        out.push({ source, object });
      }
      if (error) (out.syntaxErrors ??= []).push({ before: out.length, error });
    }
  }
  if (!out.length && !out.syntaxErrors) throw new CliError('no objects passed to create');
  return out;
}

/** --validate=strict|warn|ignore (true/false) → the server's fieldValidation. */
export function fieldValidationMode(validate: string | undefined): 'Strict' | 'Warn' | 'Ignore' {
  if (validate === 'false' || validate === 'ignore') return 'Ignore';
  return validate === 'warn' ? 'Warn' : 'Strict';
}

/**
 * Runs `fn` for every manifest as kubectl's resource visitors do: every manifest is tried and
 * its error collected, a file's syntax error in its place; one error is thrown as is, several
 * are printed one per line, then exit 1.
 */
export async function eachManifest(c: CliContext, manifests: Manifests, fn: (m: Manifest) => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  const syntaxErrorsBefore = (i: number) => (manifests.syntaxErrors ?? []).filter((s) => s.before === i).map((s) => s.error);
  for (let i = 0; i < manifests.length; i++) {
    errors.push(...syntaxErrorsBefore(i));
    try {
      await fn(manifests[i]);
      c.flushWarnings();
    } catch (e) {
      c.flushWarnings();
      errors.push(e);
    }
  }
  errors.push(...syntaxErrorsBefore(manifests.length));
  reportAggregate(c, errors);
}
