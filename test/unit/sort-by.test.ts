// get --sort-by's ordering rules (kubectl 1.33 sorter.go), checked without a cluster.
import { describe, expect, it } from 'vitest';
import { isLessValue, sortObjects, sortTableRows, UnsortableError } from '../../src/cli/sort-by.js';
import type { ServerTable } from '../../src/cli/printers/table.js';

const obj = (name: string, labels: Record<string, string> = {}, extra: Record<string, unknown> = {}) => ({ metadata: { name, labels }, ...extra });
const names = (items: { metadata: { name: string } }[]) => items.map((i) => i.metadata.name);

describe('isLessValue', () => {
  it('compares numbers numerically and strings byte-wise (no natural order in 1.33)', () => {
    expect(isLessValue(2, 10)).toBe(true);
    expect(isLessValue(10, 2)).toBe(false);
    expect(isLessValue('x10', 'x9')).toBe(true);
    expect(isLessValue('cm-a10', 'cm-a9')).toBe(true);
  });

  it('compares strings as quantities when both parse as one', () => {
    expect(isLessValue('100m', '9')).toBe(true);
    expect(isLessValue('10', '9')).toBe(false);
    expect(isLessValue('1Ki', '1000')).toBe(false);
    expect(isLessValue('500Mi', '1Gi')).toBe(true);
    // one side is not a quantity: plain byte order
    expect(isLessValue('9', 'a')).toBe(true);
  });

  it('refuses values it cannot order, with kubectl reasons', () => {
    expect(() => isLessValue({ a: '1' }, { b: '2' })).toThrow('unsortable type: map[string]interface {}');
    expect(() => isLessValue(true, false)).toThrow('unsortable type: bool');
    expect(() => isLessValue('1', 1)).toThrow('unsortable interface: interface');
    expect(() => isLessValue(1, 1.5)).toThrow('unsortable interface: interface');
  });
});

describe('sortObjects', () => {
  it('accepts the field with or without braces and a leading dot', () => {
    const items = [obj('b'), obj('c'), obj('a')];
    for (const f of ['.metadata.name', 'metadata.name', '{.metadata.name}', '{metadata.name}']) expect(names(sortObjects(items, f))).toEqual(['a', 'b', 'c']);
  });

  it('puts objects without the field first, in reverse order of appearance (Go insertion sort)', () => {
    const items = [obj('n1'), obj('t2', { t: '2' }), obj('n2'), obj('t1', { t: '1' }), obj('n3')];
    expect(names(sortObjects(items, '.metadata.labels.t'))).toEqual(['n3', 'n2', 'n1', 't1', 't2']);
  });

  it('keeps ties in order for short lists', () => {
    const items = [obj('d', { t: 'x' }), obj('a', { t: 'x' }), obj('c', { t: 'w' }), obj('b', { t: 'x' })];
    expect(names(sortObjects(items, '.metadata.labels.t'))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('sorts long lists with ties the way Go pdqsort does (deterministically)', () => {
    const items = Array.from({ length: 40 }, (_, i) => obj(`o${i}`, { g: String(i % 3) }));
    const sorted = sortObjects(items, '.metadata.labels.g');
    expect(sorted.map((o) => o.metadata.labels.g)).toEqual([...Array(14).fill('0'), ...Array(13).fill('1'), ...Array(13).fill('2')]);
    expect(names(sortObjects(items, '.metadata.labels.g'))).toEqual(names(sorted));
  });

  it('errors as kubectl does', () => {
    expect(() => sortObjects([obj('a'), obj('b')], '.foo')).toThrow('couldn\'t find any field with path "{.foo}" in the list of objects');
    expect(() => sortObjects([obj('a')], '{.foo')).toThrow("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
    expect(() => sortObjects([obj('a')], '.metadata.name[')).toThrow('unterminated array');
    expect(sortObjects([], '.foo')).toEqual([]);
    try {
      sortObjects([obj('a', { x: '1' }), obj('b', { x: '2' })], '.metadata.labels');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnsortableError);
      expect((e as UnsortableError).klogLine(new Date(2026, 10, 23, 11, 58, 9, 483), 892)).toBe(
        'F1123 11:58:09.483000     892 sorter.go:329] Field {.metadata.labels} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: map[string]interface {}\n',
      );
    }
  });
});

describe('sortTableRows', () => {
  const table = (...objs: unknown[]): ServerTable => ({ kind: 'Table', columnDefinitions: [], rows: objs.map((o, i) => ({ cells: [i], object: o as never })) });

  it('orders rows by their embedded objects', () => {
    const t = table(obj('a', {}, { spec: { replicas: 3 } }), obj('b', {}, { spec: { replicas: 1 } }), obj('c', {}, { spec: { replicas: 2 } }));
    sortTableRows(t, '.spec.replicas');
    expect(t.rows!.map((r) => r.cells[0])).toEqual([1, 2, 0]);
  });

  it('leaves one-row tables alone and accepts what the relaxed form rejects', () => {
    const one = table(obj('a'));
    sortTableRows(one, '.foo');
    expect(one.rows).toHaveLength(1);
    const t = table(obj('b'), obj('a'));
    sortTableRows(t, '{.metadata.name}}');
    expect(t.rows!.map((r) => r.cells[0])).toEqual([1, 0]);
    expect(() => sortTableRows(table(obj('b'), obj('a')), '{.foo')).toThrow('sorting error: unclosed action');
    expect(() => sortTableRows(table(obj('b'), obj('a')), '.foo')).toThrow('couldn\'t find any field with path "{.foo}"');
  });
});
