// Resolving manifests and TYPE/NAME arguments into API resources.
import type { KubeObject } from '../client/types.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import type { MappedResource } from './resource-mapper.js';

export async function mappingFor(ctx: CliContext, obj: KubeObject, source = ''): Promise<MappedResource> {
  const r = await ctx.mapper.findKind(obj.apiVersion!, obj.kind!);
  if (!r) throw new CliError(`resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
  return r;
}

/** The namespace a manifest goes to; -n must agree with the file's. */
export function manifestNamespace(ctx: CliContext, r: MappedResource, obj: KubeObject): string | undefined {
  if (!r.namespaced) return undefined;
  const fileNs = obj.metadata.namespace;
  if (fileNs && ctx.explicitNamespace && fileNs !== ctx.namespace)
    throw new CliError(`the namespace from the provided object "${fileNs}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${fileNs}' to perform this operation.`);
  return fileNs || ctx.namespace;
}

export interface TypedName {
  mapping: MappedResource;
  name?: string;
}

/** Parses `TYPE NAME...`, `TYPE/NAME...` and `TYPE1,TYPE2` forms. */
export async function resolveArgs(ctx: CliContext, args: string[]): Promise<TypedName[][]> {
  if (!args.length) return [];
  const lookup = async (word: string): Promise<MappedResource[]> => {
    const cat = word === 'all' ? await ctx.mapper.category('all') : [];
    if (cat.length) return cat;
    const m = await ctx.mapper.find(word);
    if (!m) throw new CliError(`the server doesn't have a resource type "${word}"`);
    return [m];
  };
  if (args.some((a) => a.includes('/'))) {
    const out: TypedName[][] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      if (i < 0) throw new CliError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
      const [m] = await lookup(a.slice(0, i));
      const name = a.slice(i + 1);
      if (!name) throw new CliError(`arguments in resource/name form must have a single resource and name`);
      const last = out[out.length - 1];
      if (last && last[0].mapping === m) last.push({ mapping: m, name });
      else out.push([{ mapping: m, name }]);
    }
    return out;
  }
  const [types, ...names] = args;
  const out: TypedName[][] = [];
  for (const t of types.split(',').filter(Boolean)) {
    for (const m of await lookup(t)) out.push(names.length ? names.map((name) => ({ mapping: m, name })) : [{ mapping: m }]);
  }
  return out;
}

