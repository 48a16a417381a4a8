// Replays output captured from real kubectl 1.33 (fixtures/templates/capture.py) through our
// jsonpath and go-template printers and demands byte-identical stdout and stderr.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/cli/errors.js';
import { renderGoTemplate } from '../../src/cli/printers/gotemplate.js';
import { executeJsonPath } from '../../src/cli/printers/jsonpath.js';

interface Case {
  kind: 'jsonpath' | 'jsonpath-as-json' | 'go-template';
  template: string;
  stdout: string;
  stderr: string;
  rc: number;
}

/** What our CLI prints for a thrown error (see src/cli/index.ts). */
function stderrOf(e: unknown): string {
  const { text } = errorText(e);
  return text.endsWith('\n') ? text : text + '\n';
}

function run(c: Case, data: unknown): { stdout: string; stderr: string } {
  if (c.kind === 'go-template') {
    try {
      const r = renderGoTemplate(c.template, data);
      return { stdout: r.stdout, stderr: r.error ? stderrOf(r.error) : '' };
    } catch (e) {
      return { stdout: '', stderr: stderrOf(e) };
    }
  }
  try {
    return { stdout: executeJsonPath(c.template, data, { allowMissingKeys: true, outputJson: c.kind === 'jsonpath-as-json' }), stderr: '' };
  } catch (e) {
    return { stdout: '', stderr: stderrOf(e) };
  }
}

for (const name of ['holder', 'bundle']) {
  const fixture = JSON.parse(readFileSync(new URL(`../../fixtures/templates/${name}.json`, import.meta.url), 'utf8')) as { data: unknown; cases: Case[] };
  describe(`kubectl 1.33 ${name} fixtures`, () => {
    for (const c of fixture.cases) {
      it(`${c.kind} ${JSON.stringify(c.template)}`, () => {
        const got = run(c, fixture.data);
        expect(got).toEqual({ stdout: c.stdout, stderr: c.stderr });
      });
    }
  });
}
