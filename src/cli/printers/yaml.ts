// kubectl -o yaml: sigs.k8s.io/yaml, i.e. the object marshalled to JSON, read back
// by go-yaml v2 (map keys become sorted, integral numbers ints) and emitted by it.
import { goFormatFloatG, goIntegerText } from './gofmt.js';
import { canUsePlain } from './yaml-resolve.js';
import { YamlEmitter, type YamlNode, type YamlScalar } from './yaml-emitter.js';

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => /\p{Nd}/u.test(c);

/** go-yaml v2's keyList.Less for string keys: letters before other characters, digit runs compared as numbers. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai].codePointAt(0)! - 48));
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi].codePointAt(0)! - 48));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}

export function sortYamlKeys(keys: string[]): string[] {
  return keys.sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0));
}

const plain = (value: string): YamlScalar => ({ kind: 'scalar', value, style: 'plain' });

/** A JSON number after the JSON → go-yaml round trip: int/uint when integral and in range, else a float. */
function yamlNumber(v: number): string {
  if (Number.isNaN(v)) return '.nan';
  if (!Number.isFinite(v)) return v > 0 ? '.inf' : '-.inf';
  return goIntegerText(v, true) ?? goFormatFloatG(v);
}

/** encode.go's stringv: literal for multi-line text, plain unless it would read back as another type. */
function stringScalar(raw: string): YamlScalar {
  // json.Marshal already replaced unpaired surrogates (invalid UTF-8) with U+FFFD
  const s = raw.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (s.includes('\n')) return { kind: 'scalar', value: s, style: 'literal' };
  return { kind: 'scalar', value: s, style: canUsePlain(s) ? 'plain' : 'double' };
}

function toNode(v: unknown): YamlNode {
  if (v === null || v === undefined) return plain('null');
  if (typeof v === 'boolean') return plain(v ? 'true' : 'false');
  if (typeof v === 'number') return plain(yamlNumber(v));
  if (typeof v === 'bigint') return plain(v.toString());
  if (typeof v === 'string') return stringScalar(v);
  if (Array.isArray(v)) return { kind: 'sequence', items: v.map((x) => (x === undefined ? plain('null') : toNode(x))) };
  if (v instanceof Date) return stringScalar(v.toISOString());
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // JSON drops undefined fields, so they never reach go-yaml
    const keys = sortYamlKeys(Object.keys(o).filter((k) => o[k] !== undefined));
    return { kind: 'mapping', pairs: keys.map((k) => [stringScalar(k), toNode(o[k])]) };
  }
  return stringScalar(String(v));
}

/** What `kubectl get -o yaml` prints for one object (or a List). */
export function toKubectlYaml(v: unknown): string {
  return new YamlEmitter().document(toNode(v));
}

/** cli-runtime's YAMLPrinter: documents after the first are preceded by `---`. */
export class YamlPrinter {
  private count = 0;

  print(obj: unknown): string {
    return (this.count++ > 0 ? '---\n' : '') + toKubectlYaml(obj);
  }
}
