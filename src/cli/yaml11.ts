// How kubectl (sigs.k8s.io/yaml over go-yaml v2) reads plain scalars: YAML 1.1, so `yes`, `on`
// and `y` are booleans, `0755` is octal and `1_000` is a thousand; timestamps stay strings;
// a repeated key keeps its last value.
import yaml from 'js-yaml';

const BOOLS: Record<string, boolean> = {};
for (const w of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) BOOLS[w] = true;
for (const w of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) BOOLS[w] = false;

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);

const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
  '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
  '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
  '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};

const STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** strconv.ParseInt(s, 0, 64) after go-yaml dropped the underscores: 0x, 0o, 0b and leading-0 octal. */
function goInt(text: string): number | undefined {
  const s = text.replace(/_/g, '');
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/.exec(s);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2];
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) v = parseInt(body.slice(1), 8);
  else v = parseInt(body, 10);
  return sign * v;
}

const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (d: string | null) => d === null || NULLS.has(d),
  construct: () => null,
  predicate: (o: unknown) => o === null,
  represent: { canonical: () => '~' },
  defaultStyle: 'canonical',
});

const boolType = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (d: string | null) => d !== null && d in BOOLS,
  construct: (d: string) => BOOLS[d],
  predicate: (o: unknown) => typeof o === 'boolean',
  represent: { lowercase: (o: unknown) => String(o) },
  defaultStyle: 'lowercase',
});

const intType = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (d: string | null) => d !== null && goInt(d) !== undefined,
  construct: (d: string) => goInt(d),
  predicate: (o: unknown) => typeof o === 'number' && Number.isInteger(o),
  represent: { decimal: (o: unknown) => String(o) },
  defaultStyle: 'decimal',
});

const floatType = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (d: string | null) => d !== null && (d in SPECIAL_FLOATS || STYLE_FLOAT.test(d.replace(/_/g, ''))),
  construct: (d: string) => (d in SPECIAL_FLOATS ? SPECIAL_FLOATS[d] : Number(d.replace(/_/g, ''))),
  predicate: (o: unknown) => typeof o === 'number',
  represent: { lowercase: (o: unknown) => String(o) },
  defaultStyle: 'lowercase',
});

// js-yaml exports its built-in types at runtime; @types/js-yaml does not declare them
const builtin = (yaml as unknown as { types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', yaml.Type> }).types;

/** go-yaml v2's implicit types, over the failsafe str/seq/map. */
export const GO_YAML_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, builtin.merge],
  explicit: [builtin.binary, builtin.omap, builtin.pairs, builtin.set],
});

/** Parses every document of a manifest as kubectl would see it (non-string keys become strings, as YAMLToJSON makes them). */
export function loadAllAsKubectl(text: string): unknown[] {
  // json: true lets a repeated key override the earlier one, as go-yaml v2 does
  return yaml.loadAll(text, undefined, { schema: GO_YAML_SCHEMA, json: true });
}
