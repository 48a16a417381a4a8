// How kubectl's rollout verbs walk several resources: every one is tried, errors are collected
// and reported together at the end (exit 1), instead of stopping at the first.
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import type { TypedName } from '../objects.js';
import { reportAggregate } from '../aggregate-errors.js';

type Visit = (t: TypedName, obj: KubeObject) => Promise<void>;

/** `rollout undo`/`history`: each resource fetched and handled in turn; a failed fetch is its error in place. */
export async function visitInOrder(c: CliContext, targets: TypedName[], fn: Visit): Promise<void> {
  const errors: unknown[] = [];
  for (const t of targets) {
    try {
      await fn(t, await c.client.get(t.mapping, c.namespace, t.name!));
    } catch (e) {
      errors.push(e);
    }
  }
  reportAggregate(c, errors);
}

/** `rollout pause|resume|restart`: all resources fetched first (r.Infos()), so fetch errors come first. */
export async function visitFetchedFirst(c: CliContext, targets: TypedName[], fn: Visit): Promise<void> {
  const errors: unknown[] = [];
  const found: [TypedName, KubeObject][] = [];
  for (const t of targets) {
    try {
      found.push([t, await c.client.get(t.mapping, c.namespace, t.name!)]);
    } catch (e) {
      errors.push(e);
    }
  }
  for (const [t, obj] of found) {
    try {
      await fn(t, obj);
    } catch (e) {
      errors.push(e);
    }
  }
  reportAggregate(c, errors);
}

/** set.CalculatePatches' error for one object: `error: deployments.apps "x" is already paused`. */
export function patchError(t: TypedName, problem: string): CliError {
  const resource = t.mapping.group ? `${t.mapping.resource}.${t.mapping.group}` : t.mapping.resource;
  return new CliError(`error: ${resource} ${JSON.stringify(t.name)} ${problem}`);
}

/** polymorphichelpers.RollbackerFn for a kind without a rollbacker; GroupKind printed as Go's %v does. */
export function unsupportedRollback(t: TypedName): CliError {
  if (t.mapping.kind === 'StatefulSet' || t.mapping.kind === 'DaemonSet') return new CliError(`no rollout has been implemented for "${t.mapping.kind}"`);
  return new CliError(`error retrieving rollbacker for ${JSON.stringify(t.mapping.kind)}, no visitor method exists for {${t.mapping.group} ${t.mapping.kind}}`);
}
