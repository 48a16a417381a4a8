// kubectl's `-o go-template=` / `-o template=` printer: Go text/template over the object decoded
// from JSON, with kubectl's extra functions and its error output.
import { CliError } from '../errors.js';
import { formatV, goJson, goQuote } from './gotemplate-fmt.js';
import { BUILTINS } from './gotemplate-funcs.js';
import { TemplateExecError, TemplateExecutor } from './gotemplate-exec.js';
import { TemplateParseError, parseTemplate, type ParsedTemplates } from './gotemplate-parse.js';

const TEMPLATE_NAME = 'output';
const FUNC_NAMES = new Set(Object.keys(BUILTINS));

/**
 * A template that failed while executing. kubectl has by then written the partial output and a
 * debugging dump to stdout (`stdout`); the message is what goes to stderr after "error: ".
 */
export class TemplateExecutionError extends CliError {
  constructor(message: string, readonly stdout: string) {
    super(message);
  }
}

/** Parses a template as kubectl does before printing; throws kubectl's "error parsing template". */
export function parseGoTemplate(template: string): ParsedTemplates {
  if (!template) throw new CliError('template format specified but no template given');
  try {
    return parseTemplate(TEMPLATE_NAME, template, FUNC_NAMES);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new CliError(`error parsing template ${template}, ${e.message}`);
    throw e;
  }
}

/** Renders without throwing on execution errors: returns stdout text and the error, if any. */
export function renderGoTemplate(template: string, data: unknown, allowMissingKeys = true): { stdout: string; error?: TemplateExecutionError } {
  const parsed = parseGoTemplate(template);
  const exec = new TemplateExecutor(parsed.trees, template, TEMPLATE_NAME);
  exec.missingKeyError = !allowMissingKeys;
  try {
    exec.execute(data);
    return { stdout: exec.out.join('') };
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    const stdout =
      exec.out.join('') +
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\traw data was:\n\t\t${goJson(data)}\n` +
      `\tobject given to template engine was:\n\t\t${formatV(data)}\n\n`;
    return { stdout, error: new TemplateExecutionError(`error executing template ${goQuote(template)}: ${e.message}`, stdout) };
  }
}

/**
 * Output of the template for `data`. Parse errors throw CliError; execution errors throw
 * TemplateExecutionError whose `stdout` the caller should print before reporting the error.
 */
export function executeGoTemplate(template: string, data: unknown, allowMissingKeys = true): string {
  const { stdout, error } = renderGoTemplate(template, data, allowMissingKeys);
  if (error) throw error;
  return stdout;
}
