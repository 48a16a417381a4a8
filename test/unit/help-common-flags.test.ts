// The shared flag definitions the help pages are built from (src/cli/help/texts/common-flags.ts).
import { describe, expect, it } from 'vitest';
import { formatFlag } from '../../src/cli/help/flag-help.js';
import { HELP_TEXTS } from '../../src/cli/help/texts/index.js';
import { deleteFlags, fieldManagerFlag, filenameOptionFlags, outputFlag, OUTPUT_FORMATS, printFlags } from '../../src/cli/help/texts/common-flags.js';

const names = (flags: { name: string }[]) => flags.map((f) => f.name);

describe('common help flags', () => {
  it('no page lists a flag twice (a shared group must not overlap what the page adds)', () => {
    for (const [key, page] of Object.entries(HELP_TEXTS)) {
      const all = names(page.flags);
      expect(all.filter((n, i) => all.indexOf(n) !== i), key).toEqual([]);
    }
  });

  it('builds the groups kubectl adds together', () => {
    expect(names(printFlags()).sort()).toEqual(['allow-missing-template-keys', 'output', 'show-managed-fields', 'template']);
    expect(names(filenameOptionFlags('x'))).toEqual(['filename', 'kustomize', 'recursive']);
    expect(names(deleteFlags('x', true)).sort()).toEqual(['cascade', 'filename', 'force', 'grace-period', 'kustomize', 'recursive', 'timeout', 'wait']);
  });

  it('prints the parameterised flags as kubectl does', () => {
    expect(formatFlag(fieldManagerFlag('kubectl-run'))).toBe("    --field-manager='kubectl-run':\n\tName of the manager used to track field ownership.\n\n");
    expect(formatFlag(outputFlag(OUTPUT_FORMATS, 'yaml'))).toBe(
      "    -o, --output='yaml':\n\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n\n",
    );
    expect(formatFlag(filenameOptionFlags('to use to edit the resource')[0])).toBe('    -f, --filename=[]:\n\tFilename, directory, or URL to files to use to edit the resource\n\n');
    const [filename, kustomize] = deleteFlags('containing the resource to delete.', true);
    expect(filename.usage).toBe('containing the resource to delete.');
    expect(kustomize.usage).toBe("Process a kustomization directory. This flag can't be used together with -f or -R.");
    expect(deleteFlags('x', false).find((f) => f.name === 'wait')?.default).toEqual({ kind: 'bool', value: false });
  });

  it('the pages use them: create and its generators share one field manager, rollout pause its own', () => {
    for (const key of ['create', 'create deployment', 'create service nodeport']) {
      expect(HELP_TEXTS[key].flags.find((f) => f.name === 'field-manager')?.default, key).toEqual({ kind: 'string', value: 'kubectl-create' });
    }
    expect(HELP_TEXTS['rollout pause'].flags.find((f) => f.name === 'field-manager')?.default).toEqual({ kind: 'string', value: 'kubectl-rollout' });
  });
});
