// create configmap / secret generic from files, directories, literals and env files (and
// --append-hash): mk's output, errors and exit codes equal kubectl 1.33's for the same sources.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster } from '../helpers/cluster.js';

const c = new TestCluster();
const dir = mkdtempSync(join(tmpdir(), 'mk-data-sources-'));
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  mkdirSync(at('game'));
  writeFileSync(at('game/game.properties'), 'enemies=aliens\nlives=3\n');
  writeFileSync(at('game/ui.properties'), 'color.good=purple\n');
  mkdirSync(at('game/nested'));
  writeFileSync(at('bin.dat'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
  writeFileSync(at('bom.txt'), '\uFEFFhello');
  writeFileSync(at('game.env'), '\uFEFF# a comment\n\n  spaced=1\r\nFROM_ENV\nquoted="kept"\nempty=\n');
  writeFileSync(at('digit.env'), '1abc=2\n');
  await c.start();
}, 90_000);

afterAll(async () => {
  await c.destroy();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const env = { FROM_ENV: 'from the environment' };
const DRY = ['--dry-run=client', '-o', 'yaml'];

const cases: [string, string[]][] = [
  ['a directory, a binary file and a literal', ['create', 'configmap', 'game', `--from-file=${at('game')}`, `--from-file=${at('bin.dat')}`, '--from-literal=x="y"', ...DRY]],
  ['a file with a BOM keeps it', ['create', 'configmap', 'bom', `--from-file=${at('bom.txt')}`, ...DRY]],
  ['an env file: comments, blank lines, spaces, a bare key from the environment', ['create', 'configmap', 'env', `--from-env-file=${at('game.env')}`, ...DRY]],
  ['a secret from a directory and a binary file', ['create', 'secret', 'generic', 's', `--from-file=${at('game')}`, `--from-file=${at('bin.dat')}`, ...DRY]],
  ['a secret from an env file', ['create', 'secret', 'generic', 's', `--from-env-file=${at('game.env')}`, ...DRY]],
  ['--append-hash on a configmap with text and binary data', ['create', 'configmap', 'h', '--from-literal=b=<&>', `--from-file=${at('bin.dat')}`, '--append-hash', ...DRY]],
  ['--append-hash on an empty configmap', ['create', 'configmap', 'h', '--append-hash', ...DRY]],
  ['--append-hash on a typed secret', ['create', 'secret', 'generic', 'h', '--from-literal=a=1', '--type=kubernetes.io/basic-auth', '--append-hash', ...DRY]],
  ['env files do not mix with other sources', ['create', 'configmap', 'e', `--from-env-file=${at('game.env')}`, '--from-literal=a=b', ...DRY]],
  ['a key name for a directory', ['create', 'configmap', 'e', `--from-file=k=${at('game')}`, ...DRY]],
  ['a missing file', ['create', 'configmap', 'e', `--from-file=${at('nope')}`, ...DRY]],
  ['a directory as env file', ['create', 'configmap', 'e', `--from-env-file=${at('game')}`, ...DRY]],
  ['an env key starting with a digit', ['create', 'configmap', 'e', `--from-env-file=${at('digit.env')}`, ...DRY]],
  ['duplicate configmap keys', ['create', 'configmap', 'e', '--from-literal=a=1', '--from-literal=a=2', ...DRY]],
  ['duplicate secret keys', ['create', 'secret', 'generic', 's', '--from-literal=a=1', '--from-literal=a=2', ...DRY]],
  ['an invalid configmap key', ['create', 'configmap', 'e', '--from-literal=b@d=1', ...DRY]],
  ['an invalid secret key', ['create', 'secret', 'generic', 's', '--from-literal=b@d=1', ...DRY]],
  ['a literal without a key', ['create', 'configmap', 'e', '--from-literal==x', ...DRY]],
  ['a literal without =', ['create', 'configmap', 'e', '--from-literal=x', ...DRY]],
  ['a file source with two =', ['create', 'configmap', 'e', '--from-file=a=b=c', ...DRY]],
  ['a file source without a path', ['create', 'configmap', 'e', '--from-file=x=', ...DRY]],
];

describe('create configmap|secret generic data sources, as kubectl 1.33 reads them', () => {
  it.each(cases)('%s', async (_what, args) => {
    const mine = await c.mk(args, { env });
    const theirs = await c.kubectl('1.33', args, { env });
    expect(mine).toEqual(theirs);
  });

  it('creates the configmap on the server and refuses a second one as kubectl does', async () => {
    const args = ['create', 'configmap', 'game', `--from-file=${at('game')}`];
    expect((await c.mk(args)).stdout).toBe('configmap/game created\n');
    const again = await c.mk(args);
    expect(again).toEqual(await c.kubectl('1.33', args));
    expect(again.stderr).toBe('error: failed to create configmap: configmaps "game" already exists\n');
  });
});
