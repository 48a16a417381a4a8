import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printCustomColumns, relaxedJsonPath, parseCustomColumnsTemplate } from '../../src/cli/printers/customcolumns.js';
import { goJsonString, toKubectlJson, toGoJsonCompact } from '../../src/cli/printers/json.js';
import { NamePrinter, toKubectlName, withDryRun } from '../../src/cli/printers/name.js';
import { toKubectlYaml, YamlPrinter } from '../../src/cli/printers/yaml.js';

const dir = fileURLToPath(new URL('../../fixtures/printers/', import.meta.url));
const fixture = (name: string) => readFileSync(dir + name, 'utf8');
const objects: Record<string, unknown> = JSON.parse(fixture('table-cases.tables.json'));
const captured: Record<string, { args: string[]; stdout: string; stderr: string }> = JSON.parse(fixture('table-cases.kubectl.json'));

const podList = objects['JSON /api/v1/namespaces/default/pods'] as { items: unknown[] };
const asList = (items: unknown[]) => ({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } });
const emptyList = asList([]);

/** Runs a printer the way kubectl get's printGeneric does: partial output, then `error: …` on stderr. */
function run(print: (write: (s: string) => void) => void): { stdout: string; stderr: string } {
  let stdout = '';
  try {
    print((s) => (stdout += s));
    return { stdout, stderr: '' };
  } catch (e) {
    return { stdout, stderr: `error: ${(e as Error).message}\n` };
  }
}

const outputArg = (name: string) => {
  const args = captured[name].args;
  return args[args.indexOf('-o') + 1];
};

describe('custom-columns against kubectl 1.33', () => {
  const cases: [string, unknown[]][] = [
    ['cc', podList.items],
    ['ccNoHeaders', podList.items],
    ['ccOne', [objects['JSON /api/v1/namespaces/default/pods/db-0']]],
    ['ccEmpty', []],
    ['ccFile', podList.items],
    ['ccBadSpec', podList.items],
    ['ccNoSpec', podList.items],
    ['ccBadPath', podList.items],
    ['ccNoFile', podList.items],
  ];
  for (const [name, items] of cases) {
    it(`${name}: kubectl ${captured[name].args.join(' ')}`, () => {
      let output = outputArg(name);
      if (name === 'ccFile') output = `custom-columns-file=${dir}custom-columns.txt`;
      const noHeaders = captured[name].args.includes('--no-headers');
      const got = run((w) => printCustomColumns(output, items, { noHeaders }, w));
      expect(got).toEqual({ stdout: captured[name].stdout, stderr: captured[name].stderr });
    });
  }

  it('relaxes paths and reads column files', () => {
    expect(['a.b', '.a.b', '{a.b}', '{.a.b}'].map(relaxedJsonPath)).toEqual(Array(4).fill('{.a.b}'));
    expect(parseCustomColumnsTemplate('A B\n.x {.y}\n')).toEqual([
      { header: 'A', fieldSpec: '{.x}' },
      { header: 'B', fieldSpec: '{.y}' },
    ]);
    expect(() => parseCustomColumnsTemplate('A B\n')).toThrow('invalid template, missing spec line.');
    expect(() => parseCustomColumnsTemplate('A B\n.x\n')).toThrow("number of headers (2) and field specifications (1) don't match");
  });
});

describe('-o name / json / yaml against kubectl 1.33 get', () => {
  it('name', () => {
    expect(toKubectlName(asList(podList.items))).toBe(captured.name.stdout);
    expect(toKubectlName(emptyList)).toBe(captured.nameEmpty.stdout);
  });
  it('json', () => {
    expect(toKubectlJson(asList(podList.items))).toBe(captured.json.stdout);
    expect(toKubectlJson(emptyList)).toBe(captured.jsonEmpty.stdout);
  });
  it('yaml', () => {
    expect(toKubectlYaml(asList(podList.items))).toBe(captured.yaml.stdout);
    expect(toKubectlYaml(objects['JSON /api/v1/namespaces/default/pods/db-0'])).toBe(captured.yamlOne.stdout);
    expect(toKubectlYaml(emptyList)).toBe(captured.yamlEmpty.stdout);
  });
  it('json of the tricky-strings object (label --local -o json)', () => {
    expect(toKubectlJson(JSON.parse(fixture('yaml-cases.json')))).toBe(fixture('yaml-cases.kubectl.json'));
  });
});

describe('json details', () => {
  it('escapes like Go encoding/json', () => {
    expect(goJsonString('<a>&b \u2028\u2029 \b\f\n\r\t \u0001 \u007f é 😀')).toBe('"\\u003ca\\u003e\\u0026b \\u2028\\u2029 \\b\\f\\n\\r\\t \\u0001 \u007f é 😀"');
    expect(goJsonString('lone \ud800 x')).toBe('"lone \\ufffd x"');
  });
  it('sorts keys byte-wise unless told to keep struct order', () => {
    expect(toGoJsonCompact({ b: 1, a: { d: [], c: {} }, é: 1, z: 2 })).toBe('{"a":{"c":{},"d":[]},"b":1,"z":2,"é":1}');
    expect(toKubectlJson({ kind: 'X', apiVersion: 'v1' }, { sortKeys: false })).toBe('{\n    "kind": "X",\n    "apiVersion": "v1"\n}\n');
  });
});

describe('name printer', () => {
  it('prints kind.group/name with the operation, dry-run aware', () => {
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } };
    expect(new NamePrinter({ operation: 'created' }).print(d)).toBe('deployment.apps/x created\n');
    expect(new NamePrinter({ operation: withDryRun('configured', 'client') }).print(d)).toBe('deployment.apps/x configured (dry run)\n');
    expect(new NamePrinter({ operation: withDryRun('created', 'server') }).print({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } })).toBe(
      'service/s created (server dry run)\n',
    );
    expect(new NamePrinter({ operation: 'created', shortOutput: true }).print(d)).toBe('deployment.apps/x\n');
    expect(toKubectlName({ apiVersion: 'v1', kind: 'Pod', metadata: {} })).toBe('pod/<unknown>\n');
    expect(() => toKubectlName({ metadata: { name: 'x' } })).toThrow('missing apiVersion or kind');
  });
});

describe('yaml printer', () => {
  it('separates documents with ---', () => {
    const p = new YamlPrinter();
    expect(p.print({ a: 1 }) + p.print({ b: [] })).toBe('a: 1\n---\nb: []\n');
  });
});

describe('Go number formatting', () => {
  it('prints floats like strconv.FormatFloat(f, g, -1, 64) and ints like int64', async () => {
    const { goFormatFloatG, goNumber, goSprint } = await import('../../src/cli/printers/gofmt.js');
    expect([1e21, 1234567.5, 123456.5, 0.0001, 1e-5, -0.25, 1.5e300, 5e-324].map(goFormatFloatG)).toEqual([
      '1e+21', '1.2345675e+06', '123456.5', '0.0001', '1e-05', '-0.25', '1.5e+300', '5e-324',
    ]);
    expect([3, -7, 2 ** 63, 12345678901234567000].map(goNumber)).toEqual(['3', '-7', '9.223372036854776e+18', '1.2345678901234567e+19']);
    expect(goSprint({ b: [1, 'x', null], a: { c: true } })).toBe('map[a:map[c:true] b:[1 x <nil>]]');
  });
});
