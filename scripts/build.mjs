// Bundles the CLI and daemon with esbuild; code split so the CLI's start-up path
// loads only what a command needs.
import { build } from 'esbuild';
import { rmSync, existsSync, readdirSync } from 'node:fs';

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
