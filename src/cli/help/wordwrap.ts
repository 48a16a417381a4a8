// Word wrapping as kubectl's help does it (the go-wordwrap rules): break only at white
// space, keep existing line breaks, let a word longer than the limit overflow, and drop the
// spaces where a line is broken.

const NBSP = '\u00a0';
const isSpace = (ch: string) => ch !== NBSP && /\s/u.test(ch);

export function wrapString(s: string, limit: number): string {
  let out = '';
  let current = 0; // width of the line written so far
  let word = '';
  let space = '';
  const len = (t: string) => [...t].length;
  for (const ch of s) {
    if (ch === '\n') {
      if (!word) {
        if (current + len(space) <= limit) out += space;
      } else {
        out += space + word;
      }
      space = '';
      word = '';
      out += ch;
      current = 0;
    } else if (isSpace(ch)) {
      if (!space || word) {
        current += len(space) + len(word);
        out += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      const wordLen = len(word);
      if (current + len(space) + wordLen > limit && wordLen < limit) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (!word) {
    if (current + len(space) <= limit) out += space;
  } else {
    out += space + word;
  }
  return out;
}

/** The width kubectl's responsive writer wraps at for a terminal this wide (0: no wrapping). */
export function wrapLimitFor(columns: number | undefined): number {
  if (!columns) return 0;
  if (columns >= 120) return 120;
  if (columns >= 100) return 100;
  if (columns >= 80) return 80;
  return 0;
}
