// -o for commands that print objects: yaml, json, name, jsonpath, go-template.
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { kindGroup, type MappedResource } from './resource-mapper.js';
import { toKubectlYaml } from './printers/yaml.js';
import { toKubectlJson } from './printers/json.js';
import { executeJsonPath } from './printers/jsonpath.js';
import { executeGoTemplate, TemplateExecutionError } from './printers/gotemplate.js';

export type DryRun = 'none' | 'client' | 'server';

export function dryRunMode(v: string | boolean | undefined): DryRun {
  if (v === undefined || v === false || v === 'none') return 'none';
  if (v === true || v === '' || v === 'client') return 'client';
  if (v === 'server') return 'server';
  throw new CliError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

const DRY_SUFFIX: Record<DryRun, string> = { none: '', client: ' (dry run)', server: ' (server dry run)' };

/** Splits `-o jsonpath=...`, `-o=go-template=...`, `-o yaml` into format and argument. */
export function parseOutput(output: string | undefined, template?: string): { format: string; arg?: string } {
  if (!output) return { format: '' };
  const i = output.indexOf('=');
  if (i < 0) return { format: output, arg: template };
  return { format: output.slice(0, i), arg: output.slice(i + 1) };
}

/** Prints one object or a List in a structured format; false if the format is not one of those. */
export function printStructured(c: CliContext, data: unknown, output: string | undefined, template?: string, allowMissingKeys = true): boolean {
  const { format, arg } = parseOutput(output, template);
  switch (format) {
    case 'yaml':
      c.io.out(toKubectlYaml(data));
      return true;
    case 'json':
      c.io.out(toKubectlJson(data));
      return true;
    case 'jsonpath':
    case 'jsonpath-as-json':
      if (arg === undefined) throw new CliError('template format specified but no template given');
      c.io.out(executeJsonPath(arg, data, { allowMissingKeys, outputJson: format === 'jsonpath-as-json' }));
      return true;
    case 'go-template':
    case 'template':
      if (arg === undefined) throw new CliError('template format specified but no template given');
      try {
        c.io.out(executeGoTemplate(arg, data, allowMissingKeys));
      } catch (e) {
        // kubectl prints what the template produced before it failed
        if (e instanceof TemplateExecutionError) c.io.out(e.stdout);
        throw e;
      }
      return true;
    default:
      return false;
  }
}

/** What create/apply/scale/... print for one object. */
/** PrintFlags' template flags, for the commands that take them (create generators, autoscale) */
export interface TemplateFlags {
  template?: string;
  allowMissingTemplateKeys?: boolean;
}

export function printObjectResult(c: CliContext, m: MappedResource, obj: KubeObject, operation: string, output: string | undefined, dry: DryRun = 'none', tmpl: TemplateFlags = {}): void {
  const name = `${kindGroup(m)}/${obj.metadata.name}`;
  if (output === 'name') {
    c.io.out(name + '\n');
    return;
  }
  if (output) {
    const full = { ...obj, apiVersion: obj.apiVersion ?? (m.group ? `${m.group}/${m.version}` : m.version), kind: obj.kind ?? m.kind };
    if (printStructured(c, full, output, tmpl.template, tmpl.allowMissingTemplateKeys ?? true)) return;
    throw new CliError(`unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
  }
  c.io.out(`${name} ${operation}${DRY_SUFFIX[dry]}\n`);
}
