// Parsed kubeconfig files, kept as JSON next to the code caches and used while the file is the
// same (device, inode, size, mtime and ctime all unchanged). Loading the YAML parser and parsing
// the file cost a short command a few ms on every run; the file rarely changes between runs.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { emptyKubeconfig, kubeconfigFiles, type Kubeconfig } from '../client/kubeconfig-context.js';
import { CliError } from './errors.js';

interface Entry {
  stamp: string;
  config: Kubeconfig;
}

function cacheFile(path: string): string | undefined {
  const name = path.replace(/[^A-Za-z0-9._-]/g, '_');
  if (name.length > 200) return undefined;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mk', 'kubeconfig', `${name}.json`);
}

function stampOf(path: string): string | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return [st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join(':');
  } catch {
    return undefined;
  }
}

async function readOne(path: string): Promise<Kubeconfig> {
  const stamp = stampOf(path);
  if (!stamp) return emptyKubeconfig();
  const file = cacheFile(path);
  if (file) {
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
      if (entry.stamp === stamp) return entry.config;
    } catch {
      // no cache yet, or a damaged one: parse the file
    }
  }
  const { readKubeconfig } = await import('../client/kubeconfig.js');
  let config: Kubeconfig;
  try {
    config = readKubeconfig(path);
  } catch (e) {
    // client-go's loader: the file named, then go-yaml's words
    const { goYamlError } = await import('./yaml-errors.js');
    const why = goYamlError(readFileSync(path, 'utf8')) ?? (e as Error).message;
    throw new CliError(`error loading config file ${JSON.stringify(path)}: ${why}`);
  }
  // the file may have changed while it was read: keep the entry only if the stamp still holds
  if (file && stampOf(path) === stamp) {
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ stamp, config } satisfies Entry), { mode: 0o600 });
      renameSync(tmp, file);
    } catch {
      // an unwritable cache only costs speed
    }
  }
  return config;
}

/** Every kubeconfig file the flags name, parsed (from the cache when unchanged). */
export async function loadKubeconfigs(explicit?: string): Promise<Map<string, Kubeconfig>> {
  const files = kubeconfigFiles(explicit);
  const configs = await Promise.all(files.map(readOne));
  return new Map(files.map((f, i) => [f, configs[i]]));
}
