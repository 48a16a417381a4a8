// go-yaml v2 / encoding/json syntax errors as kubectl 1.33 prints them. Each expected string was
// captured from `kubectl.1.33 create --validate=false --dry-run=client -f <file>` (the part after
// "error parsing <file>: "); null means kubectl parsed the file.
import { describe, expect, it } from 'vitest';
import { manifestStream } from '../../src/cli/yaml-errors.js';
import { parseDocumentStream } from '../../src/cli/manifests.js';

const CASES: [name: string, text: string, kubectl: string | null][] = [
  ["after-quote.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a: \"b\"c\n", "error converting YAML to JSON: yaml: line 5: did not find expected key"],
  ["alias.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: *nope\n", "error converting YAML to JSON: yaml: unknown anchor 'nope' referenced"],
  ["anchor-only.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  &a\n", "error converting YAML to JSON: yaml: line 6: could not find expected ':'"],
  ["at.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: @x\n", "error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["backtick.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: `x\n", "error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["bad-escape.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"a\\qb\"\n", "error converting YAML to JSON: yaml: line 4: found unknown escape character"],
  ["bad-indent2.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n     image: nginx\n", "error converting YAML to JSON: yaml: line 8: mapping values are not allowed in this context"],
  ["bad-list-indent.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: nginx\n   - name: b\n    image: nginx\n", "error converting YAML to JSON: yaml: line 8: did not find expected key"],
  ["bad.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\",\n  \"metadata\": {\"name\": \"x\",}\n}\n", null],
  ["bad2.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\"\n  \"metadata\": {\"name\": \"x\"}\n}\n", "json: offset 49: invalid character '\"' after object key:value pair"],
  ["block.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: |\n  a\n b\n", "error converting YAML to JSON: yaml: line 4: did not find expected key"],
  ["dash-top.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n- a\n", "error converting YAML to JSON: yaml: line 4: did not find expected key"],
  ["dash-top2.yaml", "apiVersion: v1\n- kind: ConfigMap\n", "error converting YAML to JSON: yaml: line 1: did not find expected key"],
  ["dedent.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n c: d\n", "error converting YAML to JSON: yaml: line 6: did not find expected key"],
  ["directive.yaml", "apiVersion: v1\nkind: ConfigMap\n%YAML 1.1\n", null],
  ["dupe.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n", null],
  ["dupe2.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n  a: c\n", null],
  ["empty-block.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: |\n  b: c\n", null],
  ["extra-bracket.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a, b]]\n", "error converting YAML to JSON: yaml: line 4: did not find expected key"],
  ["kvv.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x: y\n", "error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context"],
  ["multi2.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y: z\n", "error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context"],
  ["only-sep.yaml", "---\n", null],
  ["open-seq-eof.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: [\n", "error converting YAML to JSON: yaml: line 6: did not find expected node content"],
  ["scalar-then-map.yaml", "a\nb: c\n", "error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context"],
  ["stray-dash.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  - a\n", "error converting YAML to JSON: yaml: line 4: did not find expected key"],
  ["tab-after-colon.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a:\tb\n", null],
  ["tab-indent.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n", "error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["tag.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: !!map\n    a: b\n  ? complex\n", null],
  ["trailing-colon.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n:\n", "error converting YAML to JSON: yaml: line 4: did not find expected key"],
  ["unclosed-dq.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"abc\ndata:\n  a: b\n", "error converting YAML to JSON: yaml: line 7: found unexpected end of stream"],
  ["unclosed-map.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {a: 1\n", "error converting YAML to JSON: yaml: line 5: did not find expected ',' or '}'"],
  ["unclosed-seq.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a, b\ndata:\n  a: b\n", "error converting YAML to JSON: yaml: line 5: did not find expected ',' or ']'"],
  ["unclosed-sq.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 'abc\ndata:\n  a: b\n", "error converting YAML to JSON: yaml: line 7: found unexpected end of stream"],
  ["alias-later.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: *a\n  labels: &a {x: y}\n", "error converting YAML to JSON: yaml: unknown anchor 'a' referenced"],
  ["anchor-bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &\n", "error converting YAML to JSON: yaml: line 4: did not find expected alphabetic or numeric character"],
  ["bad-uni.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"\\uZZZZ\"\n", "error converting YAML to JSON: yaml: line 4: did not find expected hexdecimal number"],
  ["blk-0.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: |0\n    foo\n", "error converting YAML to JSON: yaml: line 4: found an indentation indicator equal to 0"],
  ["blk-junk.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: | foo\n    foo\n", "error converting YAML to JSON: yaml: line 4: did not find expected comment or line break"],
  ["blk-tab.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: |\n\tfoo\n", "error converting YAML to JSON: yaml: line 5: found a tab character where an indentation space is expected"],
  ["brace-close.yaml", "a: }\n", "error converting YAML to JSON: yaml: did not find expected node content"],
  ["bracket-close.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: a]\nx: ]\n", "error converting YAML to JSON: yaml: line 3: did not find expected node content"],
  ["comma.yaml", "a: b, c: d\n", "error converting YAML to JSON: yaml: mapping values are not allowed in this context"],
  ["crlf.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x: y\n", "error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context"],
  ["ctrl.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\u0001\n", "error converting YAML to JSON: yaml: control characters are not allowed"],
  ["dash-after-val.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: - a\n", "error converting YAML to JSON: yaml: line 3: block sequence entries are not allowed in this context"],
  ["deep-colon.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n  c: d\n  e: f\n  url: http://x: y\n", "error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context"],
  ["dir.yaml", "0.000000OO bar\n---\na: b\n", null],
  ["dir2.yaml", "%YAML 1.2\n---\na: b\n", "error converting YAML to JSON: yaml: found incompatible YAML document"],
  ["dir3.yaml", "%YAML 1.1\n%YAML 1.1\n---\na: b\n", "error converting YAML to JSON: yaml: line 1: found duplicate %YAML directive"],
  ["dir4.yaml", "%TAG !e! tag:x,2000:\n---\na: !e!x b\nc: !f!y d\n", "error converting YAML to JSON: yaml: line 1: did not find expected <document start>"],
  ["dots.yaml", "a: b\n...\nc: d\n", null],
  ["flowmap-in-seq.yaml", "a: [b: c, d\n", "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'"],
  ["indent-key.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n    labels: y\n", "error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"],
  ["json1.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"x\"}", "unexpected EOF"],
  ["json10.json", "{\"a\": 1,\n \"b\": {\"c\": [1, 2,]},\n x\n}", null],
  ["json2.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"x\"}}\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"y\"}}\n{\"apiVersion\": \"v1\" \"kind\"}\n", "invalid character '\"' after object key:value pair"],
  ["json3.json", "{\"apiVersion\": v1}\n", null],
  ["json4.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"x\"}}\nfoo: [\n", "json: offset 71: invalid character 'o' in literal false (expecting 'a')"],
  ["json5.json", "{\"a\": \"b\tc\", \"x\": [1, 2 3]}", null],
  ["json6.json", "  {\"a\": tru}", null],
  ["json7.json", "\n\n{\"a\": \"b\",\n  \"c\": 1.}\n", null],
  ["json8.json", "{\"a\": \"\\q\"}", "json: offset 9: invalid character 'q' in string escape code"],
  ["json9.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"x\"}} ]", "json: offset 70: invalid character ']' looking for beginning of value"],
  ["key-noval.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  foo\n", "error converting YAML to JSON: yaml: line 6: could not find expected ':'"],
  ["l1-at.yaml", "@a: b\n", "error converting YAML to JSON: yaml: found character that cannot start any token"],
  ["l1-colon.yaml", "a: b: c\n", "error converting YAML to JSON: yaml: mapping values are not allowed in this context"],
  ["l1-flow.yaml", "[a, b\n", "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'"],
  ["l1-quote.yaml", "\"abc\n", "error converting YAML to JSON: yaml: line 2: found unexpected end of stream"],
  ["l1-tab.yaml", "\ta: b\n", "error converting YAML to JSON: yaml: found character that cannot start any token"],
  ["no-colon.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata\n  name: x\n", "error converting YAML to JSON: yaml: line 4: could not find expected ':'"],
  ["no-colon2.yaml", "apiVersion: v1\nkind\nmetadata:\n  name: x\n", "error converting YAML to JSON: yaml: line 3: could not find expected ':'"],
  ["plain-tab.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: foo\n\tbar\n", "error converting YAML to JSON: yaml: line 5: found a tab character that violates indentation"],
  ["qkey.yaml", "apiVersion: v1\nkind: ConfigMap\n\"metadata\" x: 1\n", "error converting YAML to JSON: yaml: line 2: did not find expected key"],
  ["quoted-doc.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"foo\n---\n  b\"\n", "error converting YAML to JSON: yaml: line 5: found unexpected end of stream"],
  ["sep.yaml", "---foo\napiVersion: v1\n", "invalid Yaml document separator: foo"],
  ["sep3.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n--- foo\napiVersion: v1\n", "invalid Yaml document separator: foo"],
  ["seq-bad.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n  x: 1\n  - name: b\n", "error converting YAML to JSON: yaml: line 6: did not find expected key"],
  ["seq-bad2.yaml", "items:\n  - a\n  b\n", "error converting YAML to JSON: yaml: line 4: could not find expected ':'"],
  ["seq-in-map.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n  - name: b\n", "error converting YAML to JSON: yaml: line 5: did not find expected key"],
  ["tag-undef.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: !e!x y\n", "error converting YAML to JSON: yaml: line 3: found undefined tag handle"],
  ["trailing-colon2.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    :\n", "error converting YAML to JSON: yaml: line 5: did not find expected key"],
  ["a.yaml", "--- # c\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n", null],
  ["b.yaml", "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  y: z: w\n", "error converting YAML to JSON: yaml: line 6: mapping values are not allowed in this context"],
  ["c.yaml", "--- #c\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  y: z: w\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  y: z: w\n", "error converting YAML to JSON: yaml: line 6: mapping values are not allowed in this context"],
  ["d.yaml", "a: 1\n--- # c\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  y: z: w\n", "error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"],
];

const firstError = (text: string) => {
  for (const item of manifestStream(text)) if ('error' in item) return item.error;
  return null;
};

describe('syntax errors worded as kubectl words them', () => {
  it.each(CASES)('%s', (_name, text, kubectl) => {
    expect(firstError(text)).toBe(kubectl);
  });
});

describe('the stream', () => {
  it('keeps the objects before a broken document and names the file', () => {
    const r = parseDocumentStream('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\nkind: v\nname: x: y\n', 'm.yaml');
    expect(r.objects.map((o) => o.metadata?.name)).toEqual(['a']);
    expect(r.error?.message).toBe('error parsing m.yaml: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context');
  });
  it('reads JSON objects back to back, and YAML after a single one', () => {
    const two = [...manifestStream('{"a": 1}\n{"b": 2}\n')];
    expect(two).toEqual([{ text: '{"a": 1}', json: true }, { text: '{"b": 2}', json: true }]);
    const mixed = [...manifestStream('{"a": 1}\n---\nb: 2\n')];
    expect(mixed.map((i) => ('error' in i ? i.error : i.json))).toEqual([true, false]);
  });
  it('loads values after the check, YAML 1.1 scalars included', () => {
    const r = parseDocumentStream('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: yes\n', 'f');
    expect(r.objects[0].data).toEqual({ a: true });
  });
});
