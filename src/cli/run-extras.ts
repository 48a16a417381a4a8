// kubectl run's less common flags: --annotations, --overrides/--override-type (applied to the
// generated object as kubectl's Overrider does; expose uses it too) and --expose (the service).
import type { KubeObject } from '../client/types.js';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch, patchSchemaForType } from '../patch/index.js';
import { CliError } from './errors.js';

/** cmdutil.ParsePairs(annotations, "annotations", false): KEY=VALUE, the value after the first '='. */
export function parseAnnotations(specs: string[] | undefined): Record<string, string> | undefined {
  if (!specs?.length) return undefined;
  const out: Record<string, string> = {};
  const invalid: string[] = [];
  for (const s of specs) {
    if (s.includes('=') && s[0] !== '=') out[s.slice(0, s.indexOf('='))] = s.slice(s.indexOf('=') + 1);
    else invalid.push(s);
  }
  if (invalid.length) throw new CliError(`invalid annotations format: ${invalid.join(', ')}`);
  return out;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never', ''];
export const validPullPolicy = (p: string | undefined) => PULL_POLICIES.includes(p ?? '');

/** Overrider.Apply: the generated object patched by --overrides, as --override-type says. */
export function applyOverrides(obj: KubeObject, overrides: string | undefined, type: string | undefined, typeName = 'io.k8s.api.core.v1.Pod'): KubeObject {
  if (!overrides) return obj;
  const kind = type || 'merge';
  if (!['json', 'merge', 'strategic'].includes(kind)) throw new CliError(`invalid override type: ${kind}`);
  let patch: unknown;
  try {
    patch = JSON.parse(overrides);
  } catch {
    throw new CliError(kind === 'json' ? 'invalid character in JSON patch' : 'Invalid JSON Patch');
  }
  const target = structuredClone(obj);
  if (kind === 'merge') return applyMergePatch(target as never, patch as never) as KubeObject;
  if (kind === 'json') return applyJsonPatch(target as never, patch) as KubeObject;
  return applyStrategicMergePatch(target as never, patch as never, patchSchemaForType(typeName)) as KubeObject;
}

/** ServiceGeneratorV2 for --expose: one TCP port, selecting the pod's labels (run=NAME by default). */
export function exposeService(name: string, port: string, labelsFlag: string | undefined): KubeObject {
  const labels = labelsFlag ? Object.fromEntries(labelsFlag.split(',').map((kv) => [kv.split('=')[0], kv.split('=')[1] ?? ''])) : undefined;
  const p = Number(port);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, creationTimestamp: null, ...(labels ? { labels } : {}) },
    spec: { ports: [{ port: p, protocol: 'TCP', targetPort: p }], selector: labels ?? { run: name } },
    status: { loadBalancer: {} },
  };
}
