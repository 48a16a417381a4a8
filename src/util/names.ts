// Random name suffixes in apimachinery's alphabet (no vowels, no confusable digits).
import { randomInt } from 'node:crypto';

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHANUMS[randomInt(ALPHANUMS.length)];
  return s;
}
