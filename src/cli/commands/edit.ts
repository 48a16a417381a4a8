// mk edit TYPE NAME: opens $KUBE_EDITOR/$EDITOR on the YAML, patches the difference on save,
// and reopens the file with the error on top when the server rejects it, as kubectl does.
import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { goYamlError } from '../yaml-errors.js';
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, errorText } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { kindGroup } from '../resource-mapper.js';
import { toKubectlYaml } from '../printers/yaml.js';
import { createTwoWayMergePatch } from '../../patch/strategic-merge.js';
import { patchSchemaForType } from '../../patch/schema.js';
import { typeForKind } from '../../apiserver/schema/registry.js';

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

function runEditor(file: string): void {
  const editor = process.env.KUBE_EDITOR || process.env.EDITOR || 'vi';
  const r = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'editor', file], { stdio: 'inherit' });
  if (r.status !== 0) throw new CliError(`there was a problem with the editor "${editor}"`);
}

const stripComments = (text: string) => text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');

export function registerEdit(program: Command, ctx: () => CliContext): void {
  program
    .command('edit')
    .description('Edit a resource on the server')
    .argument('<args...>')
    .option('-o, --output <format>', 'Output format. One of: yaml|json.', 'yaml')
    .action(async (args: string[]) => {
      const c = ctx();
      const [t] = (await resolveArgs(c, args)).flat();
      if (!t?.name) throw new CliError('resource(s) were provided, but no name was specified');
      const ns = t.mapping.namespaced ? c.namespace : undefined;
      const original = await c.client.get(t.mapping, ns, t.name);
      const dir = mkdtempSync(join(tmpdir(), 'mk-edit-'));
      const file = join(dir, `${t.mapping.resource}-${t.name}.yaml`);
      try {
        let errorLines = '';
        let lastEdited: string | undefined;
        for (;;) {
          const body = lastEdited ?? toKubectlYaml(original);
          writeFileSync(file, HEADER + errorLines + body);
          runEditor(file);
          const text = stripComments(readFileSync(file, 'utf8'));
          if (!text.trim()) {
            c.io.err('Edit cancelled, no changes made.\n');
            return;
          }
          // a syntax error (go-yaml's words, lines counted without the comments) reopens the file like an invalid object
          const syntax = goYamlError(text);
          if (syntax !== undefined && !(lastEdited !== undefined && text === stripComments(lastEdited))) {
            lastEdited = text;
            errorLines = `# ${kindGroup(t.mapping).replace(/^(\w+)/, '$1s')} "${t.name}" was not valid:\n# * <nil>: Invalid value: "The edited file failed validation": ${syntax}\n#\n`;
            if (!process.stdin.isTTY && !process.env.KUBE_EDITOR && !process.env.EDITOR) throw new CliError(syntax);
            c.io.err(`A copy of your changes has been stored to "${file}"\n`);
            continue;
          }
          let edited: KubeObject;
          try {
            edited = syntax === undefined ? (yaml.load(text) as KubeObject) : original;
          } catch (e) {
            throw new CliError(`error: ${(e as Error).message}`);
          }
          if (isDeepStrictEqual(edited, original) || (lastEdited !== undefined && text === stripComments(lastEdited))) {
            if (errorLines) {
              c.io.err(`error: ${kindGroup(t.mapping).replace(/^(\w+)/, '$1s')} "${t.name}" is invalid\n`);
              throw new CliError('Edit cancelled, no valid changes were saved.');
            }
            c.io.err('Edit cancelled, no changes made.\n');
            return;
          }
          const type = typeForKind(t.mapping.group, t.mapping.version, t.mapping.kind);
          const patch = createTwoWayMergePatch(original as never, edited as never, patchSchemaForType(type?.name ?? ''));
          try {
            await c.client.patch(t.mapping, ns, t.name, 'strategic', patch, { fieldManager: 'kubectl-edit', fieldValidation: 'Strict' });
            c.io.out(`${kindGroup(t.mapping)}/${t.name} edited\n`);
            return;
          } catch (e) {
            lastEdited = text;
            errorLines = `# ${errorText(e).text.split('\n').join('\n# ')}\n#\n`;
            if (!process.stdin.isTTY && !process.env.KUBE_EDITOR && !process.env.EDITOR) throw e;
            c.io.err(`A copy of your changes has been stored to "${file}"\n`);
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
}
