// kubectl's genericDescriber (describe.go): name, namespace, labels, annotations, then every
// other field of the object as "Smart Label: value", maps and lists nested by level.
import type { KubeObject } from '../../client/types.js';
import { LEVEL_0, tabbed, type PrefixWriter } from './prefix-writer.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writeEvents } from './events.js';

export interface GenericRelated {
  events?: KubeObject[];
  now?: number;
}

const SKIP = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];
const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

type RuneClass = 'lower' | 'upper' | 'digit' | 'other';
const classOf = (ch: string): RuneClass => (/\p{Ll}/u.test(ch) ? 'lower' : /\p{Lu}/u.test(ch) ? 'upper' : /\p{Nd}/u.test(ch) ? 'digit' : 'other');

/** github.com/fatih/camelcase.Split: runs of one character class; "HTTPServer" → HTTP, Server. */
export function camelSplit(s: string): string[] {
  const runs: string[][] = [];
  let last: RuneClass | undefined;
  for (const ch of s) {
    const c = classOf(ch);
    if (c === last) runs[runs.length - 1].push(ch);
    else runs.push([ch]);
    last = c;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (classOf(runs[i][0]) === 'upper' && classOf(runs[i + 1][0]) === 'lower') {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length).map((r) => r.join(''));
}

/** smartLabelFor: "apiVersion" → "API Version"; names with other characters stay as they are. */
export function smartLabel(field: string): string {
  if ([...field].some((ch) => !/\p{L}/u.test(ch) && ch !== '-')) return field;
  return camelSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

/** Go's %v of a decoded JSON scalar. */
const scalar = (v: unknown): string => (v === null || v === undefined ? '<nil>' : String(v));

function writeContent(w: PrefixWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort()) {
    const path = `${prefix}.${field}`;
    if (SKIP.includes(path)) continue;
    const value = content[field];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      writeContent(w, level + 1, value as Record<string, unknown>, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) writeContent(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${Array.isArray(child) ? `[${child.map(scalar).join(' ')}]` : scalar(child)}\n`);
      }
    } else w.write(level, `${smartLabel(field)}:\t${scalar(value)}\n`);
  }
}

export function describeGeneric(obj: KubeObject, related: GenericRelated = {}): string {
  const now = related.now ?? Date.now();
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata?.annotations);
    writeContent(w, LEVEL_0, obj as unknown as Record<string, unknown>, '');
    if (related.events) writeEvents(w, related.events, now);
  });
}
