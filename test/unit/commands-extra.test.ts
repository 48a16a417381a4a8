// The pure parts of wait, events, explain, top, cp and Go's sort.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goSort } from '../../src/util/go-sort.js';
import { parseCondition } from '../../src/cli/commands/wait.js';
import { durationFlag } from '../../src/cli/go-duration.js';

const parseGoDuration = (s: string) => durationFlag(s, '--timeout', 'mk wait');
import { eventInterval, sortEvents } from '../../src/cli/commands/events.js';
import { ExplainRenderer, wrapString } from '../../src/cli/commands/explain.js';
import { quantityScaled } from '../../src/cli/commands/top.js';
import { containerRelative, makeTar, parseFileSpec, readTar } from '../../src/cli/commands/cp.js';
import type { KubeObject } from '../../src/client/types.js';

describe('goSort', () => {
  it('sorts like Go, including where equal elements land (pdqsort is not stable)', () => {
    // 20 elements with many ties: Go 1.24 sort.Sort leaves ties in this exact order
    const keys = [3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1];
    const items = keys.map((k, i) => ({ k, i }));
    goSort(items, (a, b) => a.k < b.k);
    expect(items.map((x) => x.k)).toEqual([...keys].sort());
    // ≤ 12 elements: insertion sort, which is stable
    const small = [2, 1, 2, 1, 2].map((k, i) => ({ k, i }));
    goSort(small, (a, b) => a.k < b.k);
    expect(small.map((x) => x.i)).toEqual([1, 3, 0, 2, 4]);
  });

  it('handles sorted, reversed and large inputs', () => {
    for (const n of [13, 50, 51, 200, 1000]) {
      const asc = Array.from({ length: n }, (_, i) => i);
      expect(goSort([...asc].reverse(), (a, b) => a < b)).toEqual(asc);
      const shuffled = asc.map((x) => (x * 7919) % n);
      expect(goSort(shuffled, (a, b) => a < b)).toEqual([...shuffled].sort((a, b) => a - b));
    }
  });
});

describe('wait helpers', () => {
  it('parses Go durations', () => {
    expect(parseGoDuration('30s')).toBe(30_000);
    expect(parseGoDuration('1m30s')).toBe(90_000);
    expect(parseGoDuration('1.5h')).toBe(5_400_000);
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('-1s')).toBe(-1000);
    expect(() => parseGoDuration('5')).toThrow('missing unit in duration "5"');
  });

  it('checks conditions, honouring observedGeneration', () => {
    const c = parseCondition('condition=available');
    if (c.kind !== 'check') throw new Error('expected a check');
    const obj = (status: string, observed: number) => ({ metadata: { generation: 2 }, status: { observedGeneration: observed, conditions: [{ type: 'Available', status }] } }) as unknown as KubeObject;
    expect(c.check(obj('True', 2))).toBe(true);
    expect(c.check(obj('True', 1))).toBe(false);
    expect(c.check(obj('False', 2))).toBe(false);
    const f = parseCondition('condition=Available=false');
    expect(f.kind === 'check' && f.check(obj('False', 2))).toBe(true);
  });

  it('compares jsonpath values', () => {
    const c = parseCondition('jsonpath={.status.phase}=Running');
    if (c.kind !== 'check') throw new Error('expected a check');
    expect(c.check({ metadata: {}, status: { phase: 'Running' } } as unknown as KubeObject)).toBe(true);
    expect(c.check({ metadata: {}, status: { phase: 'Pending' } } as unknown as KubeObject)).toBe(false);
    expect(() => parseCondition('jsonpath={.a}=')).toThrow('jsonpath wait has to have a value after equal sign');
    expect(() => parseCondition('bogus')).toThrow('unrecognized condition: "bogus"');
  });
});

describe('events helpers', () => {
  const now = Date.parse('2025-01-01T00:10:00Z');
  it('formats intervals like kubectl events', () => {
    expect(eventInterval({ metadata: {}, firstTimestamp: '2025-01-01T00:09:55Z', count: 1 } as unknown as KubeObject, now)).toBe('5s');
    expect(eventInterval({ metadata: {}, firstTimestamp: '2025-01-01T00:00:00Z', lastTimestamp: '2025-01-01T00:09:00Z', count: 3 } as unknown as KubeObject, now)).toBe('60s (x3 over 10m)');
    expect(eventInterval({ metadata: {}, eventTime: '2025-01-01T00:08:00.000000Z', series: { count: 4, lastObservedTime: '2025-01-01T00:09:30.000000Z' } } as unknown as KubeObject, now)).toBe('30s (x4 over 2m)');
    expect(eventInterval({ metadata: {} } as unknown as KubeObject, now)).toBe('<unknown>');
  });

  it('sorts by series, then lastTimestamp, then eventTime', () => {
    const e = (name: string, extra: object) => ({ metadata: { name }, ...extra }) as unknown as KubeObject;
    const sorted = sortEvents([e('b', { lastTimestamp: '2025-01-01T00:02:00Z' }), e('a', { eventTime: '2025-01-01T00:01:00.000000Z' }), e('c', { series: { lastObservedTime: '2025-01-01T00:00:30.000000Z' } })]);
    expect(sorted.map((x) => x.metadata.name)).toEqual(['c', 'a', 'b']);
  });
});

describe('explain rendering', () => {
  it('wraps like go-wordwrap', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('one\ntwo three', 5)).toBe('one\ntwo\nthree');
    expect(wrapString('averyveryverylongword x', 5)).toBe('averyveryverylongword\nx');
  });

  it('renders fields, enums and required markers from a v3 document', () => {
    const doc = {
      paths: { '/apis/demo.io/v1/namespaces/{namespace}/widgets': { get: { 'x-kubernetes-group-version-kind': { group: 'demo.io', kind: 'Widget', version: 'v1' } } } },
      components: {
        schemas: {
          'io.demo.v1.Widget': {
            description: 'A widget.',
            required: ['size'],
            properties: {
              size: { type: 'string', description: 'How big.', enum: ['Small', 'Medium', 'Large', 'Huge', 'Vast'] },
              spec: { allOf: [{ $ref: '#/components/schemas/io.demo.v1.Spec' }], description: 'The spec.' },
            },
            'x-kubernetes-group-version-kind': [{ group: 'demo.io', kind: 'Widget', version: 'v1' }],
          },
          'io.demo.v1.Spec': { type: 'object', description: 'Spec of a widget.', properties: { tags: { type: 'array', items: { type: 'string' } } } },
        },
      },
    };
    const r = new ExplainRenderer(doc);
    const out = r.render('demo.io', 'v1', 'widgets', [], false, () => undefined);
    expect(out).toBe(
      'GROUP:      demo.io\nKIND:       Widget\nVERSION:    v1\n\nDESCRIPTION:\n    A widget.\n    \nFIELDS:\n' +
        '  size\t<string> -required-\n  enum: Small, Medium, Large, Huge, ....\n    How big.\n\n' +
        '  spec\t<Spec>\n    The spec.\n\n\n',
    );
    expect(r.render('demo.io', 'v1', 'widgets', ['spec'], false, () => undefined)).toContain('FIELD: spec <Spec>\n\n\nDESCRIPTION:\n    The spec.\n    Spec of a widget.\n    \nFIELDS:\n  tags\t<[]string>\n');
    expect(() => r.render('demo.io', 'v1', 'widgets', ['nope'], false, () => undefined)).toThrow('error: field "nope" does not exist');
  });
});

describe('top quantities', () => {
  it('rounds up to millicores and bytes as resource.Quantity does', () => {
    expect(quantityScaled('123456n', 1e-3)).toBe(1);
    expect(quantityScaled('0', 1e-3)).toBe(0);
    expect(quantityScaled('2', 1e-3)).toBe(2000);
    expect(quantityScaled('250m', 1e-3)).toBe(250);
    expect(quantityScaled('43668Ki')).toBe(43668 * 1024);
    expect(quantityScaled('1Gi')).toBe(2 ** 30);
  });
});

describe('cp helpers', () => {
  it('parses file specs and maps container paths', () => {
    expect(parseFileSpec('web:/tmp/x')).toEqual({ pod: 'web', file: '/tmp/x' });
    expect(parseFileSpec('ns/web:x')).toEqual({ namespace: 'ns', pod: 'web', file: 'x' });
    expect(parseFileSpec('./local')).toEqual({ file: './local' });
    expect(() => parseFileSpec('web:')).toThrow('filepath can not be empty');
    expect(containerRelative('/tmp/x')).toBe('tmp/x');
    expect(containerRelative('/../../etc')).toBe('etc');
    expect(containerRelative('/')).toBe('.');
  });

  it('round-trips files and directories through its tar writer and reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mk-cp-'));
    mkdirSync(join(dir, 'src', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'src', 'a.txt'), 'alpha');
    writeFileSync(join(dir, 'src', 'sub', 'b.txt'), 'x'.repeat(1000));
    const long = 'n'.repeat(120);
    writeFileSync(join(dir, 'src', 'sub', long), 'long');
    const entries = readTar(makeTar(join(dir, 'src'), 'dest'));
    expect(entries.map((e) => [e.name, e.type, e.data.toString()])).toEqual([
      ['dest/a.txt', 'file', 'alpha'],
      ['dest/sub/b.txt', 'file', 'x'.repeat(1000)],
      [`dest/sub/${long}`, 'file', 'long'],
    ]);
  });
});
