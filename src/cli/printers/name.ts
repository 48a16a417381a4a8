// -o name and the "<kind>.<group>/<name> <operation>" lines of create/apply/delete…
// (cli-runtime printers/name.go).
import { CliError } from '../errors.js';

export type DryRunStrategy = 'none' | 'client' | 'server';

interface TypedObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
}

/** The group of an apiVersion ("apps/v1" → "apps", "v1" → ""). */
export function groupOf(apiVersion: string | undefined): string {
  const v = apiVersion ?? '';
  const i = v.indexOf('/');
  return i < 0 ? '' : v.slice(0, i);
}

/** "deployment.apps" / "pod": the lower-cased kind plus the group, as kubectl prefixes names. */
export function kindDotGroup(kind: string, group: string): string {
  return group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase();
}

/** PrintFlagsWithDryRunStrategy: what the operation word becomes under --dry-run. */
export function withDryRun(operation: string, dryRun: DryRunStrategy = 'none'): string {
  if (dryRun === 'client') return `${operation} (dry run)`;
  if (dryRun === 'server') return `${operation} (server dry run)`;
  return operation;
}

/** One line: `deployment.apps/x created`; without an operation just the name. */
export function formatNameLine(kind: string, group: string, name: string, operation = ''): string {
  if (!kind) throw new CliError(`missing kind for resource with name ${name}`);
  return `${kindDotGroup(kind, group)}/${name}${operation ? ' ' + operation : ''}\n`;
}

const isList = (o: unknown): o is { items: unknown[] } =>
  !!o && typeof o === 'object' && Array.isArray((o as { items?: unknown }).items) && /List$/.test(String((o as TypedObject).kind ?? ''));

/**
 * NamePrinter. `-o name` is the short form (no operation); commands that
 * report what they did pass the operation ("created", "configured", …).
 */
export class NamePrinter {
  constructor(private readonly opts: { operation?: string; shortOutput?: boolean } = {}) {}

  print(obj: unknown): string {
    if (isList(obj)) return obj.items.map((it) => this.print(it)).join('');
    const o = (obj ?? {}) as TypedObject;
    if (!o.kind && !o.apiVersion) throw new CliError('missing apiVersion or kind; try GetObjectKind().SetGroupVersionKind() if you know the type');
    const name = o.metadata?.name || '<unknown>';
    return formatNameLine(o.kind ?? '', groupOf(o.apiVersion), name, this.opts.shortOutput ? '' : this.opts.operation);
  }
}

/** -o name for one object or a List: `kind.group/name` per object. */
export function toKubectlName(obj: unknown): string {
  return new NamePrinter({ shortOutput: true }).print(obj);
}
