// Prints errors the way kubectl's cmdutil.CheckErr does.
import { ApiError, ConnectionError } from '../client/http-client.js';

/** A client-side error: printed as `error: <message>`. */
export class CliError extends Error {
  constructor(message: string, public readonly exitCode = 1) {
    super(message);
  }
}

/** A flag-parsing error (pflag): printed with a pointer to the command's help. */
export class FlagError extends CliError {
  constructor(message: string, public readonly commandPath: string) {
    super(message);
  }
}

/**
 * A usage error (cmdutil.UsageErrorf): `error: <message>` then where to find help;
 * `preamble` is what kubectl writes before it, verbatim.
 */
export class UsageError extends CliError {
  constructor(message: string, public readonly commandPath: string, public readonly preamble = '') {
    super(message);
  }
}

/** No kubeconfig context: kubectl falls back to localhost:8080, which refuses. */
export class NotConfiguredError extends CliError {
  constructor() {
    super('no cluster is configured');
  }
}

const refusedText = (hostPort: string) => `The connection to the server ${hostPort} was refused - did you specify the right host or port?`;

/** Already printed; just exit with the code. */
export class ExitError extends Error {
  constructor(public readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export function formatApiError(e: ApiError): string {
  const st = e.status;
  if (st.reason === 'Invalid' && st.details?.causes?.length) {
    const kind = st.details.kind ?? '';
    const causes = st.details.causes;
    if (causes.length === 1) {
      const c = causes[0];
      return `The ${kind} "${st.details.name ?? ''}" is invalid: ${c.field ? `${c.field}: ` : ''}${c.message}`;
    }
    return `The ${kind} "${st.details.name ?? ''}" is invalid: \n${causes.map((c) => `* ${c.field ? `${c.field}: ` : ''}${c.message}`).join('\n')}`;
  }
  if (e.code === 401) return `error: You must be logged in to the server (${st.message ?? 'Unauthorized'})`;
  if (!st.reason) return `Error from server: ${st.message ?? ''}`;
  return `Error from server (${st.reason}): ${st.message ?? ''}`;
}

/** cmdutil.AddSourceToErr: names the file a failed request came from. */
export function addSourceToErr(verb: string, source: string | undefined, e: unknown): unknown {
  if (!source) return e;
  if (e instanceof ApiError) return new ApiError(e.code, { ...e.status, message: `error when ${verb} ${JSON.stringify(source)}: ${e.status.message ?? ''}` });
  if (e instanceof CliError || !(e instanceof Error)) return e;
  return new CliError(`error when ${verb} ${JSON.stringify(source)}: ${e.message}`);
}

/** Generators that wrap the server's error (`fmt.Errorf("failed to create deployment: %v", err)`). */
export function wrapError(prefix: string, e: unknown): unknown {
  if (e instanceof ApiError) return new CliError(`${prefix}${e.status.message ?? e.message}`);
  return e;
}

export function errorText(e: unknown): { text: string; code: number } {
  if (e instanceof ApiError) return { text: formatApiError(e), code: 1 };
  if (e instanceof NotConfiguredError) return { text: `${refusedText('localhost:8080')}\nhint: no cluster is configured; run "mk start" first.`, code: 1 };
  if (e instanceof ConnectionError) {
    const text = e.refused ? `${refusedText(e.hostPort)}\nhint: is the cluster running? Start it with "mk start".` : `Unable to connect to the server: ${e.message}`;
    return { text, code: 1 };
  }
  if (e instanceof FlagError) return { text: `error: ${e.message}\nSee '${e.commandPath} --help' for usage.`, code: 1 };
  if (e instanceof UsageError) return { text: `${e.preamble}error: ${e.message}\nSee '${e.commandPath} -h' for help and examples`, code: 1 };
  if (e instanceof CliError) return { text: e.message.startsWith('error: ') || e.message.startsWith('Error') ? e.message : `error: ${e.message}`, code: e.exitCode };
  return { text: `error: ${e instanceof Error ? e.message : String(e)}`, code: 1 };
}
