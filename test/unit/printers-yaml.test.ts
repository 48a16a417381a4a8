import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toKubectlYaml, YamlPrinter, yamlKeyLess } from '../../src/cli/printers/yaml.js';
import { toKubectlJson } from '../../src/cli/printers/json.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/printers/${name}`, import.meta.url), 'utf8');

describe('toKubectlYaml against kubectl 1.33', () => {
  const input = JSON.parse(fixture('yaml-cases.json'));
  const expected = fixture('yaml-cases.kubectl.yaml');

  it('prints the tricky-strings object byte for byte', () => {
    expect(toKubectlYaml(input)).toBe(expected);
  });

  it('matches line by line (for a readable diff)', () => {
    const got = toKubectlYaml(input).split('\n');
    const want = expected.split('\n');
    for (let i = 0; i < want.length; i++) expect(`${i + 1}: ${got[i]}`).toBe(`${i + 1}: ${want[i]}`);
  });
});
