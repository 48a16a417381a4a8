// go-yaml v2's implicit typing (resolve.go), used only to decide whether a string
// would read back as something else when written plain — in which case
// kubectl's YAML (sigs.k8s.io/yaml → go-yaml v2) double-quotes it.

const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

function hintOf(s: string): string {
  if (s === '') return 'N';
  const c = s[0];
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

/** strconv.ParseInt/ParseUint(s, 0, 64) on a string already stripped of '_'. */
function parseGoInt(s: string, signed: boolean): boolean {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m || (!signed && m[1])) return false;
  let body = m[2];
  if (/^0[oO]/.test(body)) body = '0o' + body.slice(2);
  else if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  else if (/^0[xXbB]/.test(body)) body = '0' + body[1].toLowerCase() + body.slice(2);
  let n = BigInt(body);
  if (m[1] === '-') n = -n;
  return signed ? n >= -INT64_MAX - 1n && n <= INT64_MAX : n <= UINT64_MAX;
}

const pad2 = '(\\d{1,2})';
const TIMESTAMP_FORMATS = [
  new RegExp(`^(\\d{4})-${pad2}-${pad2}[Tt]${pad2}:${pad2}:${pad2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$`),
  new RegExp(`^(\\d{4})-${pad2}-${pad2} ${pad2}:${pad2}:${pad2}(?:[.,]\\d{1,9})?$`),
  new RegExp(`^(\\d{4})-${pad2}-${pad2}$`),
];

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** go-yaml's parseTimestamp: the four allowed layouts, with time.Parse's range checks. */
function isTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  for (const re of TIMESTAMP_FORMATS) {
    const m = re.exec(s);
    if (!m) continue;
    const [year, month, day, hour = 0, min = 0, sec = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x))) as number[];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) continue;
    if (hour > 23 || min > 59 || sec > 59) continue;
    return true;
  }
  return false;
}

/** Go's underscoreOK: '_' only between digits (or after a base prefix). */
function underscoresOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** True when go-yaml would resolve `s`, written plain, to a non-string (bool, null, int, float, timestamp, merge). */
export function resolvesToNonString(s: string): boolean {
  const hint = hintOf(s);
  if (!hint) return false;
  if (RESOLVE_MAP.has(s)) return true;
  if (hint === 'M') return false;
  if (hint === '.') {
    if (s.includes('_') && !underscoresOK(s)) return false;
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s.replace(/_/g, ''));
  }
  if (isTimestamp(s)) return true;
  const plain = s.replace(/_/g, '');
  if (parseGoInt(plain, true) || parseGoInt(plain, false)) return true;
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true;
  return false;
}

export function isBase60Float(s: string): boolean {
  if (!s || !/^[-+0-9]/.test(s) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

/** What encode.go's stringv decides before the emitter's own checks. */
export function canUsePlain(s: string): boolean {
  return !resolvesToNonString(s) && !isBase60Float(s);
}
