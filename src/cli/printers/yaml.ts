// kubectl -o yaml: JSON converted to YAML with sorted keys and unindented lists.
import yaml from 'js-yaml';

export function toKubectlYaml(v: unknown): string {
  return yaml.dump(v, { sortKeys: true, noArrayIndent: true, lineWidth: -1, noRefs: true, quotingType: '"' });
}
