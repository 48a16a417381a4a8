// --cascade as kubectl's DeleteFlags read it: background|foreground|orphan, or a deprecated
// boolean (with a warning); a bare --cascade is background.
import type { DeleteOptions } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';

const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

export function parseCascade(c: CliContext, cascade: string | boolean | undefined): NonNullable<DeleteOptions['propagationPolicy']> {
  if (cascade === undefined || cascade === true || cascade === 'background') return 'Background';
  if (cascade === 'orphan') return 'Orphan';
  if (cascade === 'foreground') return 'Foreground';
  const value = String(cascade);
  const on = TRUE.includes(value);
  if (!on && !FALSE.includes(value)) throw new CliError(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`);
  c.io.err(`warning: --cascade=${value} is deprecated (boolean value) and can be replaced with --cascade=${on ? 'background' : 'orphan'}.\n`);
  return on ? 'Background' : 'Orphan';
}
