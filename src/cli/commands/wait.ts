// mk wait --for=delete|create|condition=C[=V]|jsonpath='{...}'[=V] TYPE/NAME | TYPE NAME | TYPE -l sel:
// kubectl's wait, driven by a list+watch per object (UntilWithSync), never by polling.
import type { Command } from 'commander';
import { ApiError } from '../../client/http-client.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { reportAggregate } from '../aggregate-errors.js';
import { NO_RESOURCES } from '../arg-errors.js';
import { readManifests } from '../manifests.js';
import { manifestNamespace, mappingFor, resolveArgs } from '../objects.js';
import { kindGroup, resourceGroup, type MappedResource } from '../resource-mapper.js';
import { relaxedJsonPath } from '../printers/customcolumns.js';
import { evaluateJsonPath } from '../printers/jsonpath.js';
import { formatV, kindOf } from '../printers/gotemplate-fmt.js';
import { printStructured } from '../output.js';
import { durationFlag } from '../go-duration.js';

interface WaitFlags {
  for?: string;
  timeout?: string;
  selector?: string;
  all?: boolean;
  allNamespaces?: boolean;
  filename?: string[];
  recursive?: boolean;
  fieldSelector?: string;
  local?: boolean;
  output?: string;
}

type Check = (obj: KubeObject) => boolean;
type Condition = { kind: 'delete' } | { kind: 'create' } | { kind: 'check'; check: Check };

/** "a.b==c=d" → ["a.b==c", "d"]: splits on single '=' only. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        cur += '==';
        i++;
        continue;
      }
      out.push(cur);
      cur = '';
      continue;
    }
    cur += input[i];
  }
  out.push(cur);
  return out;
}

function conditionCheck(name: string, want: string): Check {
  return (obj) => {
    for (const cond of (obj.status?.conditions ?? []) as { type?: string; status?: string; observedGeneration?: number }[]) {
      if (typeof cond.type !== 'string' || cond.type.toLowerCase() !== name.toLowerCase()) continue;
      if (typeof cond.status !== 'string') continue;
      const generation = obj.metadata.generation;
      if (typeof generation === 'number') {
        const observed = cond.observedGeneration ?? obj.status?.observedGeneration;
        if (typeof observed === 'number' && observed < generation) return false;
      }
      return cond.status.toLowerCase() === want.toLowerCase();
    }
    return false;
  };
}

function jsonPathCheck(input: string): Check {
  const parts = splitJsonPathInput(input);
  if (parts.length < 1 || parts.length > 2) throw new CliError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
  const expr = relaxedJsonPath(parts[0]);
  if (!expr) throw new CliError('jsonpath expression cannot be empty');
  const value = parts.length === 2 ? parts[1].replace(/^['"]+|['"]+$/g, '') : undefined;
  if (value === '') throw new CliError("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
  return (obj) => {
    const sets = evaluateJsonPath(expr, obj);
    if (!sets.length || !sets[0].length) return false;
    if (sets.length > 1) throw new CliError('given jsonpath expression matches more than one list');
    if (sets[0].length > 1) throw new CliError('given jsonpath expression matches more than one value');
    if (value === undefined) return true;
    const v = sets[0][0];
    if (kindOf(v) === 'map' || kindOf(v) === 'slice') throw new CliError('jsonpath leads to a nested object or list which is not supported');
    return formatV(v).trim() === value.trim();
  };
}

export function parseCondition(forFlag: string | undefined): Condition {
  const f = forFlag ?? '';
  if (f.toLowerCase() === 'delete') return { kind: 'delete' };
  if (f.toLowerCase() === 'create') return { kind: 'create' };
  if (f.startsWith('condition=')) {
    let name = f.slice('condition='.length);
    let want = 'true';
    const eq = name.indexOf('=');
    if (eq >= 0) {
      want = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    return { kind: 'check', check: conditionCheck(name, want) };
  }
  if (f.startsWith('jsonpath=')) return { kind: 'check', check: jsonPathCheck(f.slice('jsonpath='.length)) };
  throw new CliError(`unrecognized condition: "${f}"`);
}

interface Target {
  mapping: MappedResource;
  namespace?: string;
  name: string;
}

class TimedOut extends Error {}

/**
 * Lists the object by name, then watches it from that resourceVersion until `done`
 * says so (client-go's UntilWithSync); re-lists if the server ends the watch.
 */
async function untilWithSync(c: CliContext, t: Target, deadline: number, done: (obj: KubeObject | undefined, deleted: boolean) => boolean): Promise<KubeObject | undefined> {
  for (;;) {
    const list = await c.client.list(t.mapping, t.namespace, { fieldSelector: `metadata.name=${t.name}` });
    const current = list.items[0];
    if (done(current, false)) return current;
    if (Date.now() >= deadline) throw new TimedOut();
    const result = await new Promise<{ obj?: KubeObject; finished: boolean }>((resolve, reject) => {
      let last = current;
      const timer = setTimeout(() => {
        h.stop();
        reject(new TimedOut());
      }, Math.max(0, deadline - Date.now()));
      const h = c.client.watch(t.mapping, t.namespace, { fieldSelector: `metadata.name=${t.name}`, resourceVersion: list.metadata.resourceVersion }, (ev) => {
        if (ev.type !== 'ADDED' && ev.type !== 'MODIFIED' && ev.type !== 'DELETED') return;
        last = ev.object;
        let met: boolean;
        try {
          met = done(ev.object, ev.type === 'DELETED');
        } catch (e) {
          clearTimeout(timer);
          h.stop();
          return reject(e);
        }
        if (met) {
          clearTimeout(timer);
          h.stop();
          resolve({ obj: ev.object, finished: true });
        }
      });
      h.done.then(
        () => {
          clearTimeout(timer);
          resolve({ obj: last, finished: false });
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
    if (result.finished) return result.obj;
  }
}

const objectName = (t: Target) => `${t.mapping.resource}/${t.name}`;

async function waitOne(c: CliContext, t: Target, cond: Condition, timeoutMs: number, deadline: number): Promise<KubeObject | undefined> {
  const notFound = (e: unknown) => e instanceof ApiError && e.code === 404;
  if (cond.kind === 'delete') {
    let obj: KubeObject;
    try {
      obj = await c.client.get(t.mapping, t.namespace, t.name);
    } catch (e) {
      if (notFound(e)) return undefined;
      throw e;
    }
    if (timeoutMs === 0) throw new CliError(`condition not met for ${objectName(t)}`);
    try {
      await untilWithSync(c, t, deadline, (cur, deleted) => deleted || !cur || cur.metadata.uid !== obj.metadata.uid);
    } catch (e) {
      if (e instanceof TimedOut) throw new CliError(`timed out waiting for the condition on ${objectName(t)}`);
      throw e;
    }
    return obj;
  }
  if (timeoutMs === 0) {
    const obj = await c.client.get(t.mapping, t.namespace, t.name);
    if (cond.kind === 'check' && !cond.check(obj)) throw new CliError(`condition not met for ${objectName(t)}`);
    return obj;
  }
  try {
    return await untilWithSync(c, t, deadline, (cur, deleted) => {
      if (!cur || deleted) {
        // the object must exist to wait on its condition (kubectl's precondition)
        if (cond.kind === 'check' && !deleted) throw new ApiError(404, { kind: 'Status', reason: 'NotFound', message: `${resourceGroup(t.mapping)} "${t.name}" not found` });
        return false;
      }
      return cond.kind === 'create' || cond.check(cur);
    });
  } catch (e) {
    if (e instanceof TimedOut) throw new CliError(`timed out waiting for the condition on ${objectName(t)}`);
    throw e;
  }
}

/** A target, or an error in its place (a file's syntax error, kubectl's ContinueOnError). */
type Entry = Target | { error: unknown };

const LOCAL_RESOURCES = "you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'";

async function targets(c: CliContext, args: string[], o: WaitFlags, cond: Condition): Promise<Entry[]> {
  const out: Entry[] = [];
  if (o.local && args.length) throw new CliError(LOCAL_RESOURCES);
  if (o.filename?.length) {
    const manifests = readManifests(o.filename, o.recursive, true);
    const syntaxBefore = (i: number) => (manifests.syntaxErrors ?? []).filter((s) => s.before === i).map((s) => ({ error: s.error }));
    for (let i = 0; i < manifests.length; i++) {
      out.push(...syntaxBefore(i));
      const { object, source } = manifests[i];
      const m = await mappingFor(c, object, source);
      out.push({ mapping: m, namespace: manifestNamespace(c, m, object), name: object.metadata.name! });
    }
    out.push(...syntaxBefore(manifests.length));
    return out;
  }
  if (!args.length) throw new CliError(NO_RESOURCES);
  for (const group of await resolveArgs(c, args)) {
    for (const { mapping, name } of group) {
      const ns = mapping.namespaced ? (o.allNamespaces ? undefined : c.namespace) : undefined;
      if (name) {
        out.push({ mapping, namespace: ns, name });
        continue;
      }
      if (!o.selector && !o.fieldSelector && !o.all) throw new CliError('resource(s) were provided, but no name was specified');
      let items: KubeObject[];
      try {
        items = (await c.client.list(mapping, ns, { labelSelector: o.selector, fieldSelector: o.fieldSelector })).items;
      } catch (e) {
        if (cond.kind === 'delete' && e instanceof ApiError && e.code === 404) continue;
        throw e;
      }
      for (const it of items) out.push({ mapping, namespace: it.metadata.namespace, name: it.metadata.name! });
    }
  }
  return out;
}

export function registerWait(program: Command, ctx: () => CliContext): void {
  program
    .command('wait')
    .description('Experimental: Wait for a specific condition on one or many resources')
    .argument('[args...]')
    .option('--for <condition>', "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is True.")
    .option('--timeout <duration>', "The length of time to wait before giving up.  Zero means check once and don't wait, negative means wait for a week.", '30s')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on')
    .option('--all', 'Select all resources in the namespace of the specified resource types')
    .option('-A, --all-namespaces', 'If present, list the requested object(s) across all namespaces.')
    .option('--field-selector <selector>', 'Selector (field query) to filter on.')
    .option('--local', 'If true, annotation will NOT contact api-server but run locally.')
    .option('-f, --filename <file>', 'identifying the resource.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('-o, --output <format>', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).')
    .action(async (args: string[], o: WaitFlags) => {
      const c = ctx();
      const cond = parseCondition(o.for);
      let timeoutMs = durationFlag(o.timeout, '--timeout', 'mk wait', 30_000);
      if (timeoutMs < 0) timeoutMs = 168 * 3_600_000;
      const deadline = Date.now() + timeoutMs;
      const entries = await targets(c, args, o, cond);
      // --for=create visits everything first: a file's syntax error ends it there
      const firstError = entries.find((e): e is { error: unknown } => 'error' in e);
      if (cond.kind === 'create' && firstError) throw firstError.error;
      const list = entries.filter((e): e is Target => !('error' in e));
      const errors: unknown[] = [];
      for (const e of entries) {
        if ('error' in e) {
          errors.push(e.error);
          continue;
        }
        const t = e;
        try {
          const obj = await waitOne(c, t, cond, timeoutMs, deadline);
          if (cond.kind === 'delete' && !obj) continue;
          const full = { ...(obj ?? {}), apiVersion: obj?.apiVersion ?? (t.mapping.group ? `${t.mapping.group}/${t.mapping.version}` : t.mapping.version), kind: obj?.kind ?? t.mapping.kind } as KubeObject;
          if (o.output === 'name') c.io.out(`${kindGroup(t.mapping)}/${t.name}\n`);
          else if (!o.output || !printStructured(c, full, o.output)) c.io.out(`${kindGroup(t.mapping)}/${t.name} condition met\n`);
        } catch (err) {
          errors.push(err);
        }
      }
      reportAggregate(c, errors);
      if (!list.length && cond.kind !== 'delete') throw new CliError('no matching resources found');
    });
}
