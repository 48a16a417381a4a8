// The seed scenarios' templates over a real List object, plus the API contracts other printers use.
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.js';
import { TemplateExecutionError, executeGoTemplate } from '../../src/cli/printers/gotemplate.js';
import { evaluateJsonPath, executeJsonPath } from '../../src/cli/printers/jsonpath.js';

const pod = (name: string, phase: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'web' } }, status: { phase } });
const list = { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: [pod('a-1', 'Running'), pod('b-2', 'Pending')] };
const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, nodePort: 31234 }] } };

describe('go-template seeds', () => {
  it('prints one pod name per line', () => {
    expect(executeGoTemplate('{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}', list)).toBe('a-1\nb-2\n');
  });
  it('reads a nodePort through index', () => {
    expect(executeGoTemplate('{{(index .spec.ports 0).nodePort}}', svc)).toBe('31234');
  });
  it('reports parse errors like kubectl', () => {
    expect(() => executeGoTemplate('{{.x', svc)).toThrow(new CliError('error parsing template {{.x, template: output:1: unclosed action'));
    expect(() => executeGoTemplate('', svc)).toThrow('template format specified but no template given');
  });
  it('keeps the partial output and debug dump of an execution error for stdout', () => {
    try {
      executeGoTemplate('{{.kind}}{{.kind.x}}', { kind: 'K' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateExecutionError);
      const err = e as TemplateExecutionError;
      expect(err.message).toBe('error executing template "{{.kind}}{{.kind.x}}": template: output:1:16: executing "output" at <.kind.x>: can\'t evaluate field x in type interface {}');
      expect(err.stdout.startsWith('KError executing template: ')).toBe(true);
      expect(err.stdout).toContain('\traw data was:\n\t\t{"kind":"K"}\n\tobject given to template engine was:\n\t\tmap[kind:K]\n\n');
    }
  });
});

describe('jsonpath API', () => {
  it('range/end over a List', () => {
    expect(executeJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}', list, { allowMissingKeys: true })).toBe('a-1\tRunning\nb-2\tPending\n');
  });
  it('missing keys print nothing with allowMissingKeys, and fail without', () => {
    expect(executeJsonPath('{.metadata.nope}', svc, { allowMissingKeys: true })).toBe('');
    expect(() => executeJsonPath('{.metadata.nope}', svc)).toThrow(/nope is not found/);
  });
  it('evaluateJsonPath returns raw result sets for bare and braced expressions', () => {
    expect(evaluateJsonPath('.items[*].metadata.name', list)).toEqual([['a-1', 'b-2']]);
    expect(evaluateJsonPath('{.spec.ports[0]}', svc)).toEqual([[{ port: 80, nodePort: 31234 }]]);
    expect(evaluateJsonPath('.metadata.nothing', svc)).toEqual([[]]);
  });
});
