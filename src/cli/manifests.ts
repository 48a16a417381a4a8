// Reads objects from -f: files, directories, "-" for stdin, multi-document YAML or JSON.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { KubeObject } from '../client/types.js';
import { CliError, ExitError, errorText } from './errors.js';
import type { CliContext } from './context.js';
import { loadAllAsKubectl } from './yaml11.js';

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

export function parseDocuments(text: string, source: string): KubeObject[] {
  let docs: unknown[];
  try {
    docs = loadAllAsKubectl(text);
  } catch (e) {
    const err = e as yaml.YAMLException;
    const line = err.mark ? err.mark.line + 1 : undefined;
    throw new CliError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${line ?? '?'}: ${err.reason ?? err.message}`);
  }
  const out: KubeObject[] = [];
  for (const d of docs) {
    if (d === null || d === undefined) continue;
    if (typeof d !== 'object' || Array.isArray(d)) throw new CliError(`error validating "${source}": error validating data: invalid object; if you choose to ignore these errors, turn validation off with --validate=false`);
    const obj = d as KubeObject;
    if (obj.kind === 'List' || (obj.kind?.endsWith('List') && Array.isArray(obj.items))) out.push(...(obj.items as KubeObject[]));
    else out.push(obj);
  }
  return out;
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

export function readManifests(files: string[], recursive = false): Manifest[] {
  const out: Manifest[] = [];
  for (const f of files) {
    for (const path of expand(f, recursive)) {
      const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
      const source = path === '-' ? 'STDIN' : path;
      for (const object of parseDocuments(text, source)) {
        if (!object.apiVersion || !object.kind) {
          const missing = !object.apiVersion ? 'apiVersion' : 'kind';
          throw new CliError(`error validating "${source}": error validating data: ${missing} not set; if you choose to ignore these errors, turn validation off with --validate=false`);
        }
        object.metadata ??= {};
        checkMetadataTypes(object, source);
        out.push({ source, object });
      }
    }
  }
  if (!out.length) throw new CliError('no objects passed to create');
  return out;
}

/** --validate=strict|warn|ignore (true/false) → the server's fieldValidation. */
export function fieldValidationMode(validate: string | undefined): 'Strict' | 'Warn' | 'Ignore' {
  if (validate === 'false' || validate === 'ignore') return 'Ignore';
  return validate === 'warn' ? 'Warn' : 'Strict';
}

/**
 * Runs `fn` for every manifest as kubectl's resource visitors do: one manifest's error is
 * thrown as is; with several, each error is printed and the rest still run, then exit 1.
 */
export async function eachManifest(c: CliContext, manifests: Manifest[], fn: (m: Manifest) => Promise<void>): Promise<void> {
  let failed = false;
  for (const m of manifests) {
    try {
      await fn(m);
      c.flushWarnings();
    } catch (e) {
      if (manifests.length === 1) throw e;
      failed = true;
      c.io.err(errorText(e).text + '\n');
    }
  }
  if (failed) throw new ExitError(1);
}
