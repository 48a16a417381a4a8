// Bundles with esbuild: the daemon and pod programs as code-split ES modules (dist/mk.js,
// dist/servers/), and the CLI as one CommonJS file (dist/cli.cjs) that dist/cli-loader.cjs runs
// with V8's code cache (see src/cli/loader.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { rmSync, existsSync, readdirSync, readFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const entryPoints = { mk: 'src/main.ts' };
// programs the kubelet runs as container processes
const serversDir = 'src/kubelet/images/servers';
if (existsSync(serversDir)) {
  for (const f of readdirSync(serversDir)) {
    const m = /^(.*)\.(ts|mjs|js)$/.exec(f);
    if (m && !f.endsWith('.d.ts') && !f.includes('.test.')) entryPoints[`servers/${m[1]}`] = `${serversDir}/${f}`;
  }
}
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3'],
  sourcemap: false,
  minifyWhitespace: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __mkCreateRequire } from 'node:module'; const require = __mkCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// commander gets a lazily loading child_process (src/cli/lazy/child-process.ts)
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('/node_modules/commander/') ? { path: new URL('../src/cli/lazy/child-process.ts', import.meta.url).pathname } : undefined));
  },
};
const cjs = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, keepNames: true, logLevel: 'warning', plugins: [lazyChildProcess] };
// the CLI: commands stay lazily initialised inside the bundle (esbuild wraps dynamic imports)
// wrapped as the function CommonJS would wrap it, so the loader hands the file to V8 as is
await build({ ...cjs, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.cjs', external: ['better-sqlite3'], banner: { js: '(function (exports, require, module, __filename, __dirname) {' }, footer: { js: '})' } });
// the loader reads it as latin1 (a one-byte string, no UTF-8 decoding): it must be ASCII
const nonAscii = readFileSync('dist/cli.cjs').findIndex((b) => b > 0x7f);
if (nonAscii >= 0) throw new Error(`dist/cli.cjs has a non-ASCII byte at offset ${nonAscii}: write it as an escape in the source`);
const hash = createHash('sha256').update(readFileSync('dist/cli.cjs')).digest('hex').slice(0, 16);
await build({ ...cjs, entryPoints: ['src/cli/loader.ts'], outfile: 'dist/cli-loader.cjs', define: { __CLI_BUNDLE_HASH__: JSON.stringify(hash) } });
