// Normalises kubectl (pflag) spellings that commander reads differently.

/** Short flags that take a value: `-n=ns` → `-n ns`, `-oyaml` stays (commander handles it). */
const SHORT_WITH_VALUE = new Set(['n', 'o', 'l', 'f', 'c', 'L', 'p', 'i']);

export function normaliseArgs(argv: string[]): string[] {
  const out: string[] = [];
  let passthrough = false;
  for (const a of argv) {
    if (passthrough) {
      out.push(a);
      continue;
    }
    if (a === '--') {
      passthrough = true;
      out.push(a);
      continue;
    }
    const m = /^-([A-Za-z])=(.*)$/.exec(a);
    if (m && SHORT_WITH_VALUE.has(m[1])) {
      out.push(`-${m[1]}`, m[2]);
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Boolean flags written `--flag=true|false` (pflag) → commander's `--flag` / `--no-flag`. */
export function normaliseBooleans(argv: string[], booleans: string[]): string[] {
  return argv.map((a) => {
    const m = /^--([a-z-]+)=(true|false)$/.exec(a);
    if (m && booleans.includes(m[1])) return m[2] === 'true' ? `--${m[1]}` : `--no-${m[1]}`;
    return a;
  });
}
