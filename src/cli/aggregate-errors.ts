// kubectl's CheckErr over an aggregate of errors (MultipleErrors): a lone error is reported as
// any error is; several are printed one per line, plain ones without the `error: ` prefix.
import type { CliContext } from './context.js';
import { CliError, ExitError, errorText } from './errors.js';

function aggregateLine(e: unknown): string {
  if (e instanceof CliError) return e.message;
  return errorText(e).text;
}

/** Throws the lone error, or prints several and exits 1; does nothing when there are none. */
export function reportAggregate(c: CliContext, errors: unknown[]): void {
  if (errors.length === 1) throw errors[0];
  if (!errors.length) return;
  c.io.err(errors.map((e) => aggregateLine(e).replace(/\n$/, '') + '\n').join(''));
  throw new ExitError(1);
}
