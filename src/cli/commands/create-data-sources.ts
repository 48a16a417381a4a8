// The --from-file / --from-literal / --from-env-file sources of `create configmap` and
// `create secret generic`, read as kubectl reads them (create_configmap.go, create_secret.go,
// util.ParseFileSource/ParseLiteralSource, cmdutil.AddFromEnvFile): files first, then literals,
// then env files; directories contribute their regular files; duplicate keys are refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isConfigMapKey, isEnvVarName } from '../../apiserver/validation/names.js';
import { CliError } from '../errors.js';
import { toGoJsonCompact } from '../printers/json.js';

export interface DataSources {
  fromFile?: string[];
  fromLiteral?: string[];
  fromEnvFile?: string[];
}

/** Where keys go: a ConfigMap keeps text and binary apart, a Secret keeps bytes. */
interface Sink {
  addText(key: string, value: string): void;
  addFile(key: string, bytes: Buffer): void;
}

export function checkSources(o: DataSources): void {
  if (o.fromEnvFile?.length && (o.fromFile?.length || o.fromLiteral?.length))
    throw new CliError('from-env-file cannot be combined with from-file or from-literal');
}

/** util.ParseFileSource: `path` (key = base name) or `key=path`. */
function parseFileSource(source: string): [string, string] {
  const separators = source.split('=').length - 1;
  if (separators === 0) return [posix.basename(source.replace(/\\/g, '/')), source];
  if (separators === 1 && source.startsWith('=')) throw new CliError(`key name for file path ${source.slice(1)} missing`);
  if (separators === 1 && source.endsWith('=')) throw new CliError(`file path for key name ${source.slice(0, -1)} missing`);
  if (separators > 1) throw new CliError("key names or file paths cannot contain '='");
  const [key, path] = source.split('=');
  return [key, path];
}

/** util.ParseLiteralSource: split at the first '='; the key must not be empty. */
function parseLiteralSource(source: string): [string, string] {
  const i = source.indexOf('=');
  if (i <= 0) throw new CliError(`invalid literal source ${source}, expected key=value`);
  return [source.slice(0, i), source.slice(i + 1)];
}

/** os.Stat with Go's "error reading PATH: <errno text>". */
function statOrFail(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const text = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`error reading ${path}: ${text}`);
  }
}

function readFileSources(sources: string[], sink: Sink): void {
  for (const source of sources) {
    const [key, path] = parseFileSource(source);
    if (!statOrFail(path).isDirectory()) {
      sink.addFile(key, readFileSync(path));
      continue;
    }
    if (source.includes('=')) throw new CliError('cannot give a key name for a directory path');
    // os.ReadDir's order: sorted by name
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isFile()) sink.addFile(entry.name, readFileSync(join(path, entry.name)));
    }
  }
}

/** cmdutil.AddFromEnvFile: KEY=VALUE lines; `#` comments and blank lines skipped; a bare KEY takes the environment's value. */
function readEnvFiles(sources: string[], sink: Sink): void {
  for (const path of sources) {
    if (statOrFail(path).isDirectory()) throw new CliError('env config file cannot be a directory');
    const lines = readFileSync(path).toString('utf8').replace(/^\uFEFF/, '').split('\n');
    for (const raw of lines) {
      const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
      if (!line || line.startsWith('#')) continue;
      const i = line.indexOf('=');
      const key = i < 0 ? line : line.slice(0, i);
      const errs = isEnvVarName(key);
      if (errs.length) throw new CliError(`${JSON.stringify(key)} is not a valid key name: ${errs.join(';')}`);
      sink.addText(key, i < 0 ? (process.env[key] ?? '') : line.slice(i + 1));
    }
  }
}

function readAll(o: DataSources, sink: Sink): void {
  checkSources(o);
  readFileSources(o.fromFile ?? [], sink);
  for (const source of o.fromLiteral ?? []) sink.addText(...parseLiteralSource(source));
  readEnvFiles(o.fromEnvFile ?? [], sink);
}

/** A ConfigMap's data (valid UTF-8) and binaryData (base64 of anything else). */
export function configMapData(name: string, o: DataSources): { data: Record<string, string>; binaryData: Record<string, string> } {
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  const check = (key: string) => {
    const errs = isConfigMapKey(key);
    if (errs.length) throw new CliError(`${JSON.stringify(key)} is not a valid key name for a ConfigMap: ${errs.join(',')}`);
    if (key in data) throw new CliError(`cannot add key ${JSON.stringify(key)}, another key by that name already exists in Data for ConfigMap ${JSON.stringify(name)}`);
    if (key in binaryData) throw new CliError(`cannot add key ${JSON.stringify(key)}, another key by that name already exists in BinaryData for ConfigMap ${JSON.stringify(name)}`);
  };
  readAll(o, {
    addText(key, value) {
      check(key);
      data[key] = value;
    },
    addFile(key, bytes) {
      check(key);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      try {
        data[key] = text.decode(bytes);
      } catch {
        binaryData[key] = bytes.toString('base64');
      }
    },
  });
  return { data, binaryData };
}

/** A Secret's data, base64-encoded. */
export function secretData(o: DataSources): Record<string, string> {
  const data: Record<string, string> = {};
  const add = (key: string, bytes: Buffer) => {
    const errs = isConfigMapKey(key);
    if (errs.length) throw new CliError(`${JSON.stringify(key)} is not valid key name for a Secret ${errs.join(';')}`);
    if (key in data) throw new CliError(`cannot add key ${key}, another key by that name already exists`);
    data[key] = bytes.toString('base64');
  };
  readAll(o, { addText: (key, value) => add(key, Buffer.from(value)), addFile: add });
  return data;
}

/** hash.encodeHash: the first ten hex digits, with the vowel-like ones swapped out. */
function encodeHash(hex: string): string {
  const swap: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
  return [...hex.slice(0, 10)].map((c) => swap[c] ?? c).join('');
}

/** --append-hash: NAME-<hash of kind, name and data> (kubectl's hash.ConfigMapHash / SecretHash). */
export function nameWithHash(name: string, fields: Record<string, unknown>): string {
  return `${name}-${encodeHash(createHash('sha256').update(toGoJsonCompact({ name, ...fields })).digest('hex'))}`;
}
