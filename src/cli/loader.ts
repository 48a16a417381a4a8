// What bin/mk runs: the CLI bundle (dist/cli.cjs) compiled with V8's code cache.
//
// Node 20 has no compile cache for modules, and a short command spends more time parsing and
// compiling JavaScript than doing its work. So the CLI is one CommonJS bundle run through
// vm.Script with `cachedData`: the first run of each command word saves V8's code (after the
// command ran, so it holds every function that run compiled), later runs start from it.
// The daemon (`mk __daemon`) is long-lived and keeps the ES-module build (dist/mk.js).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

// set by scripts/build.mjs: the bundle's content hash, so a rebuild never meets an old cache
declare const __CLI_BUNDLE_HASH__: string;

/** Global flags that take the next word as their value (the command word is the first other word). */
const FLAGS_WITH_VALUE = new Set(['--kubeconfig', '--context', '-s', '--server', '--token', '-n', '--namespace', '--request-timeout', '-v', '--v', '--cache-dir']);

/** One cache per command word: each holds the code its command compiled. */
function cacheKey(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (FLAGS_WITH_VALUE.has(a)) i++;
    else if (!a.startsWith('-')) return /^[a-z][a-z-]{0,30}$/.test(a) ? a : 'other';
  }
  return 'none';
}

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'mk', 'code');
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes atomically (concurrent mk runs) and drops caches of other builds. */
function writeCache(dir: string, file: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (!f.startsWith(__CLI_BUNDLE_HASH__)) rmSync(join(dir, f), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // a read-only or full home only costs speed
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '__daemon') {
    await import(pathToFileURL(join(__dirname, 'mk.js')).href);
    return;
  }
  const bundle = join(__dirname, 'cli.cjs');
  const dir = cacheDir();
  const file = join(dir, `${__CLI_BUNDLE_HASH__}-${process.version}-${process.arch}-${cacheKey(argv)}.bin`);
  const cached = readCache(file);
  // the build wraps the bundle in CommonJS's function and keeps it ASCII (scripts/build.mjs)
  const source = readFileSync(bundle, 'latin1');
  const script = new Script(source, { filename: bundle, cachedData: cached });
  const mod = { exports: {} as { runCli(argv: string[]): Promise<number> } };
  script.runInThisContext()(mod.exports, require, mod, bundle, dirname(bundle));
  const save = !cached || script.cachedDataRejected;
  if (save) process.once('exit', () => writeCache(dir, file, script.createCachedData()));
  process.exitCode = await mod.exports.runCli(argv);
}

void main();
